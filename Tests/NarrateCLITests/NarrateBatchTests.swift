import Foundation
import Testing
import NarratorTestSupport

/// `narrate batch`: worker processes, skipping what is done, the sentence cache, failures,
/// retries, timeouts, shards, and being killed at any moment.
@Suite(.serialized) struct NarrateBatchTests {
    /// `count` short articles in `directory/articles`, each with its own headline and text.
    static func articles(_ count: Int, in directory: URL, paragraphs: Int = 2) throws -> URL {
        let folder = directory.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for number in 1...count {
            var text = "Harbour notice number \(number)\n\n"
            for paragraph in 1...paragraphs {
                text += "Paragraph \(paragraph) of notice \(number) says the ferry leaves at \(number + paragraph) o'clock. "
                text += "Passengers should arrive early. The office opens at nine.\n\n"
            }
            try text.write(to: folder.appendingPathComponent("notice-\(number).txt"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func report(_ out: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: out.appendingPathComponent("report.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    static func items(_ report: [String: Any]) -> [[String: Any]] { report["items"] as? [[String: Any]] ?? [] }
    static func summary(_ report: [String: Any]) -> [String: Any] { report["summary"] as? [String: Any] ?? [:] }

    @Test func narratesSkipsWhatIsDoneAndReusesSentences() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let articles = try Self.articles(4, in: directory)
        let out = directory.appendingPathComponent("out")
        let first = try narrate(["batch", articles.path, "--out-dir", out.path, "--jobs", "2", "--voice", "en-us",
                                 "--sidecars", "vtt"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("4 items: 4 to narrate, 0 up to date"))
        var report = try Self.report(out)
        #expect(Self.summary(report)["ok"] as? Int == 4)
        for number in 1...4 {
            let wav = try RIFFReader(path: out.appendingPathComponent("notice-\(number).wav").path)
            #expect(wav.frames > 22_050)
            #expect(wav.cues.count == 1)
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("notice-\(number).vtt").path))
        }
        // The same command again: nothing to do.
        let again = try narrate(["batch", articles.path, "--out-dir", out.path, "--jobs", "2", "--voice", "en-us",
                                 "--sidecars", "vtt"])
        #expect(again.status == 0)
        #expect(again.stderr.contains("4 items: 0 to narrate, 4 up to date"))
        report = try Self.report(out)
        #expect(Self.items(report).allSatisfy { $0["status"] as? String == "skipped" })
        // A changed setting changes the key: everything again, all from the sentence cache.
        // A corrected article: only its changed sentence is synthesized.
        let edited = articles.appendingPathComponent("notice-2.txt")
        let text = try String(contentsOf: edited, encoding: .utf8)
        try text.replacingOccurrences(of: "Passengers should arrive early.", with: "Passengers should arrive very early.")
            .write(to: edited, atomically: true, encoding: .utf8)
        let third = try narrate(["batch", articles.path, "--out-dir", out.path, "--jobs", "2", "--voice", "en-us",
                                 "--sidecars", "vtt"])
        #expect(third.status == 0)
        report = try Self.report(out)
        let redone = Self.items(report).filter { $0["status"] as? String == "ok" }
        #expect(redone.count == 1)
        #expect(redone.first?["output"] as? String == "notice-2")
        // "Passengers should arrive very early." is new; its second occurrence comes from the cache.
        #expect(redone.first?["synthesized"] as? Int == 1)
        #expect((redone.first?["cached"] as? Int ?? 0) >= 5)
    }

    /// On a terminal (a pseudo-terminal from `script`), progress is a live bar.
    @Test func aTerminalShowsAProgressBar() throws {
        guard let script = ProcessRunner.which("script") else { Issue.record("script (util-linux) is not installed"); return }
        let directory = try RepositoryPaths.temporaryDirectory()
        let articles = try Self.articles(3, in: directory)
        let out = directory.appendingPathComponent("out")
        let command = [RepositoryPaths.narrate, "batch", articles.path, "--out-dir", out.path, "--jobs", "1", "--voice", "en-us"]
        let result = try ProcessRunner.run(script, ["-qec", command.joined(separator: " "), "/dev/null"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("\r"))
        #expect(result.stdout.contains("3/3"))
        #expect(result.stdout.contains("audio min"))
        #expect(result.stdout.contains("ETA"))
        #expect(result.stdout.contains("3 items: 3 narrated"))
    }

    @Test func failuresAreReportedAndTheRestFinishes() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let articles = try Self.articles(2, in: directory)
        try Data().write(to: articles.appendingPathComponent("empty.txt"))
        let job = directory.appendingPathComponent("job.jsonl")
        try """
            {"defaults": {"voice": "en-us", "format": "flac"}}
            {"input": "articles/notice-1.txt", "output": "first", "title": "Overridden title"}
            {"input": "articles/empty.txt"}
            {"input": "articles/missing.txt"}
            {"input": "articles/notice-2.txt", "format": "mp3"}
            """.write(to: job, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out")
        let result = try narrate(["batch", job.path, "--out-dir", out.path, "--jobs", "2", "--json"])
        #expect(result.status == 75, "\(result.stderr)")
        // --json: one event a line on standard output.
        let events = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(events.first?["event"] as? String == "planned")
        #expect(events.last?["event"] as? String == "summary")
        #expect(events.filter { $0["event"] as? String == "finished" }.count == 4)
        #expect(events.last?["failed"] as? Int == 2)
        let items = Self.items(try Self.report(out))
        #expect(items.map { $0["status"] as? String } == ["ok", "failed", "failed", "ok"])
        #expect((items[1]["error"] as? String)?.contains("empty.txt: the input is empty") == true)
        #expect((items[2]["error"] as? String)?.contains("missing.txt") == true)
        #expect(items[0]["title"] as? String == "Overridden title")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("first.flac").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("notice-2.mp3").path))
    }

    @Test(arguments: ["crash", "hang"])
    func aCrashedOrHungWorkerIsReplacedAndItsItemRetriedOnce(_ fault: String) throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let articles = try Self.articles(3, in: directory)
        try FileManager.default.moveItem(at: articles.appendingPathComponent("notice-2.txt"),
                                         to: articles.appendingPathComponent("notice-2-poison.txt"))
        let out = directory.appendingPathComponent("out")
        let environment = ProcessInfo.processInfo.environment.merging(["NARRATOR_BATCH_FAULT": "\(fault):poison"]) { $1 }
        let result = try narrate(["batch", articles.path, "--out-dir", out.path, "--jobs", "2", "--voice", "en-us",
                                  "--timeout", "3"], environment: environment)
        #expect(result.status == 75)
        let items = Self.items(try Self.report(out))
        let poisoned = try #require(items.first { ($0["input"] as? String)?.contains("poison") == true })
        #expect(poisoned["status"] as? String == "failed")
        #expect(poisoned["attempts"] as? Int == 2)
        let error = poisoned["error"] as? String ?? ""
        #expect(error.contains(fault == "crash" ? "the worker process failed (killed by signal 9)" : "timed out after 3 s"), "\(error)")
        #expect(items.filter { $0["status"] as? String == "ok" }.count == 2)
        // No temporary file is left behind by the killed workers.
        #expect(RepositoryPaths.listing(out).filter { $0.hasPrefix(".") && $0 != ".narrator" }.isEmpty)
    }

    @Test func shardsSplitTheJobAndTheirReportsMerge() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let articles = try Self.articles(5, in: directory)
        var outputs: Set<String> = []
        var reports: [String] = []
        for shard in 1...2 {
            let out = directory.appendingPathComponent("out\(shard)")
            let result = try narrate(["batch", articles.path, "--out-dir", out.path, "--shard", "\(shard)/2", "--jobs", "1",
                                      "--voice", "en-us", "--podcast", "https://example.org/a"])
            #expect(result.status == 0, "\(result.stderr)")
            let wavs = RepositoryPaths.listing(out).filter { $0.hasSuffix(".wav") }
            #expect(outputs.isDisjoint(with: wavs))
            outputs.formUnion(wavs)
            reports.append(out.appendingPathComponent("report.json").path)
            let feed = try String(contentsOf: out.appendingPathComponent("feed.xml"), encoding: .utf8)
            #expect(feed.components(separatedBy: "<enclosure ").count - 1 == wavs.count)
            #expect(feed.contains("podcast:chapters") && feed.contains("podcast:transcript"))
        }
        #expect(outputs == Set((1...5).map { "notice-\($0).wav" }))
        let merged = try narrate(["batch", "merge-reports"] + reports + ["-o", directory.appendingPathComponent("all.json").path])
        #expect(merged.status == 0)
        let all = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("all.json"))) as? [String: Any]
        #expect((all?["summary"] as? [String: Any])?["ok"] as? Int == 5)
    }

    @Test func ctrlCStopsCleanlyAndSaysHowToResume() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        // Enough work (about 40 items of 8 paragraphs on one worker) that Ctrl-C lands mid-batch.
        let articles = try Self.articles(40, in: directory, paragraphs: 8)
        let out = directory.appendingPathComponent("out")
        let arguments = ["batch", articles.path, "--out-dir", out.path, "--jobs", "1", "--voice", "en-us", "--no-cache"]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.narrate)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // Ctrl-C once the batch has said what it will do (its handlers are in place by then): a
        // fixed wait lost the race on a loaded machine and the signal's default action won.
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains(" to narrate") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said.append(chunk)
        }
        kill(process.processIdentifier, SIGINT)
        said.append(errors.fileHandleForReading.readDataToEndOfFile())
        let message = String(decoding: said, as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130, "\(message)")
        #expect(message.contains("run the same command again to resume"), "\(message)")
        let report = try Self.report(out)
        let statuses = Self.items(report).map { $0["status"] as? String ?? "" }
        #expect(statuses.contains("interrupted"))
        #expect(RepositoryPaths.listing(out).filter { $0.hasPrefix(".") && $0 != ".narrator" }.isEmpty)
        let resumed = try narrate(arguments)
        #expect(resumed.status == 0)
        let done = statuses.filter { $0 == "ok" }.count
        #expect(resumed.stderr.contains("40 items: \(40 - done) to narrate, \(done) up to date"), "\(resumed.stderr)")
    }

    /// kill -9 at random moments, resuming each time: every output ends complete, none is
    /// missing, none duplicated, no temporary file stays.
    @Test func killedAtRandomMomentsAndResumed() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let articles = try Self.articles(8, in: directory, paragraphs: 6)
        let out = directory.appendingPathComponent("out")
        let arguments = ["batch", articles.path, "--out-dir", out.path, "--jobs", "2", "--voice", "en-us", "-q"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: RepositoryPaths.narrate)
            process.arguments = arguments
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 50_000...400_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Every file under a final name is whole.
            for name in RepositoryPaths.listing(out) where name.hasSuffix(".wav") {
                let wav = try RIFFReader(path: out.appendingPathComponent(name).path)
                #expect(wav.frames > 0 && wav.cues.count == 1, "\(name)")
            }
        }
        usleep(300_000)  // the killed batch's workers end with it (the kernel sends them SIGTERM)
        let final = try narrate(arguments)
        #expect(final.status == 0, "\(final.stderr)")
        let names = RepositoryPaths.listing(out)
        #expect(names.filter { $0.hasSuffix(".wav") }.sorted() == (1...8).map { "notice-\($0).wav" }.sorted())
        #expect(names.filter { $0.hasPrefix(".") && $0 != ".narrator" }.isEmpty, "\(names)")
        for number in 1...8 {
            let path = out.appendingPathComponent("notice-\(number).wav").path
            let wav = try RIFFReader(path: path)
            let timings = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path + ".timings.json"))) as? [String: Any]
            #expect(wav.frames == timings?["frames"] as? Int)
        }
    }
}
