import Foundation
import NarratorTestSupport
import Testing

/// Faults an adversarial run found (#17), each reproduced here.
@Suite struct NarrateFaultsTests {
    /// Runs `narrate ARGUMENTS` through the shell with standard output sent to `target`.
    func narrate(_ arguments: [String], stdoutTo target: String) throws -> ProcessResult {
        let quoted = ([RepositoryPaths.narrate] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        return try ProcessRunner.run("/bin/sh", ["-c", quoted.joined(separator: " ") + " " + target])
    }

    /// Fault 5: standard output that cannot be written trapped in Foundation (exit 132 and a
    /// backtrace) or lost the output silently with exit 0.
    @Test func standardOutputThatCannotBeWrittenIsAClearError() throws {
        let sample = RepositoryPaths.samples.appendingPathComponent("harbour-tides.html").path
        let directory = try RepositoryPaths.temporaryDirectory()
        let cases: [[String]] = [
            ["extract", sample, "--format", "jsonl"],
            ["extract", sample],
            ["segment", sample],
            ["voices"],
            [sample, "--voice", "en-us", "-o", directory.appendingPathComponent("a.wav").path],
        ]
        for arguments in cases {
            for target in ["> /dev/full", ">&-"] {
                let result = try narrate(arguments, stdoutTo: target)
                #expect(result.status == 73, "\(arguments) \(target): \(result.status) \(result.stderr)")
                #expect(result.stderr.hasPrefix("narrate: standard output: cannot write: "), "\(arguments) \(target): \(result.stderr)")
                #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments) \(target): \(result.stderr)")
            }
        }
    }
}

extension NarrateFaultsTests {
    /// Fault 7: `make install` left out the shipped lexicon, so an installed narrate said names
    /// differently from a checkout build.
    @Test func installShipsTheLexicon() throws {
        let make = try ProcessRunner.which("make") ?? { throw CLITestError("make is not installed") }()
        let result = try ProcessRunner.run(make, ["-n", "install", "PREFIX=/opt/narrator", "DESTDIR=/tmp/staged"],
                                           currentDirectory: RepositoryPaths.root)
        #expect(result.status == 0, "\(result.stderr)")
        let installLines = result.stdout.split(separator: "\n").filter { $0.hasPrefix("install ") && $0.contains("share/narrator/Voices") }
        #expect(installLines.contains { $0.contains("Voices/lexicon.txt") }, "\(result.stdout)")
        #expect(installLines.contains { $0.contains("Voices/*.voice") })
    }

    /// Faults 12 and 13: an output folder that is a file, a state folder that is a file, and
    /// batch options out of range gave "internal error" (exit 70), failed every item, or crashed.
    @Test func batchOutputFoldersAndOptionsAreCheckedUpFront() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let article = RepositoryPaths.samples.appendingPathComponent("night-market-rents.txt").path
        let file = directory.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let stateIsFile = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: stateIsFile, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: stateIsFile.appendingPathComponent(".narrator"))
        let cases: [([String], Int32, String)] = [
            (["--out-dir", file.path], 73, "exists and is not a directory"),
            (["--out-dir", file.appendingPathComponent("below").path], 73, "cannot be created"),
            (["--out-dir", stateIsFile.path], 73, ".narrator: cannot write output: it exists and is not a directory"),
            (["--out-dir", directory.appendingPathComponent("o1").path, "--cache-size=-1"], 64, "--cache-size"),
            (["--out-dir", directory.appendingPathComponent("o2").path, "--cache-size", "9999999999999"], 64, "--cache-size"),
            (["--out-dir", directory.appendingPathComponent("o3").path, "--shard", "1/10000000000"], 64, "--shard"),
            (["--out-dir", directory.appendingPathComponent("o4").path, "--shard", "1/9223372036854775807"], 64, "--shard"),
        ]
        for (arguments, status, message) in cases {
            let result = try ProcessRunner.run(RepositoryPaths.narrate, ["batch", article, "--voice", "en-us"] + arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
    }

    /// Fault 15: a job file's title with CR LF and "[CHAPTER]" added chapters to the ffmetadata
    /// (and so to an M4B); a NUL reached the captions.
    @Test func metadataFromAJobFileIsOneLineOfText() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let article = RepositoryPaths.samples.appendingPathComponent("night-market-rents.txt").path
        let job = directory.appendingPathComponent("job.jsonl")
        let line = #"{"input": "\#(article)", "output": "rents", "title": "Rents\r\n\r\n[CHAPTER]\nTITLE=Injected\u0000 rise", "artist": "Desk\r\nencoder=x"}"#
        try (line + "\n").write(to: job, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out")
        let result = try ProcessRunner.run(RepositoryPaths.narrate, ["batch", job.path, "--out-dir", out.path, "--voice", "en-us",
                                                                     "--sidecars", "ffmetadata,vtt"])
        #expect(result.status == 0, "\(result.stderr)")
        let metadata = try String(contentsOf: out.appendingPathComponent("rents.ffmetadata"), encoding: .utf8)
        let timings = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("rents.wav.timings.json"))) as? [String: Any]
        let chapters = (timings?["chapters"] as? [[String: Any]] ?? []).count
        #expect(metadata.split(separator: "\n").filter { $0 == "[CHAPTER]" }.count == chapters, "\(metadata)")
        #expect(metadata.contains("title=Rents [CHAPTER] TITLE\\=Injected rise\n"), "\(metadata)")
        #expect(!metadata.contains("\r") && !metadata.contains("\u{0}"))
        let captions = try Data(contentsOf: out.appendingPathComponent("rents.vtt"))
        #expect(!captions.contains(0))
    }
}

extension NarrateFaultsTests {
    /// Fault 11: a batch over a folder that holds its own output read its sidecars
    /// (`out/*.labels.txt`) as articles on the next run, and every later run failed.
    @Test func aBatchDoesNotReadItsOwnOutput() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        try FileManager.default.copyItem(at: RepositoryPaths.samples.appendingPathComponent("night-market-rents.txt"),
                                         to: directory.appendingPathComponent("rents.txt"))
        for run in 1...2 {
            let result = try ProcessRunner.run(RepositoryPaths.narrate, ["batch", ".", "--out-dir", "out", "--voice", "en-us",
                                                                         "--sidecars", "audacity,vtt"], currentDirectory: directory)
            #expect(result.status == 0, "run \(run): \(result.stderr)")
            #expect(result.stderr.contains("1 items"), "run \(run): \(result.stderr)")
        }
    }
}

extension NarrateFaultsTests {
    /// Fault 19: an episode's GUID was the item key, so a new voice (or Narrator, or eSpeak NG)
    /// made every episode look new to podcast apps; fractional seconds lost the time of day.
    @Test func podcastEpisodesKeepTheirGUIDAndTime() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let job = directory.appendingPathComponent("job.jsonl")
        let article = RepositoryPaths.samples.appendingPathComponent("night-market-rents.txt").path
        try "{\"input\": \"\(article)\", \"output\": \"rents\", \"date\": \"2026-10-14T07:30:00.123Z\"}\n"
            .write(to: job, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out")
        var guids: [String] = []
        for voice in ["en-us", "en-gb"] {
            let result = try ProcessRunner.run(RepositoryPaths.narrate, ["batch", job.path, "--out-dir", out.path, "--voice", voice,
                                                                         "--podcast", "https://example.org/audio/"])
            #expect(result.status == 0, "\(result.stderr)")
            let feed = try String(contentsOf: out.appendingPathComponent("feed.xml"), encoding: .utf8)
            #expect(feed.contains("<pubDate>Wed, 14 Oct 2026 07:30:00 +0000</pubDate>"), "\(feed)")
            let guid = feed.components(separatedBy: "<guid isPermaLink=\"false\">").dropFirst().first?.components(separatedBy: "<").first
            guids.append(guid ?? "")
        }
        #expect(guids.count == 2 && !guids[0].isEmpty && guids[0] == guids[1], "\(guids)")
    }
}

extension NarrateFaultsTests {
    /// Fault 4: a corrupt calibration cache (a factor of 1e-17) crashed with SIGILL and left a
    /// temporary WAV behind; it is now measured again.
    @Test func aCorruptCalibrationCacheIsMeasuredAgain() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let sample = RepositoryPaths.samples.appendingPathComponent("night-market-rents.txt").path
        let environment = ProcessInfo.processInfo.environment.merging(["NARRATOR_CACHE_DIR": directory.path]) { $1 }
        let output = directory.appendingPathComponent("a.wav").path
        let first = try ProcessRunner.run(RepositoryPaths.narrate, [sample, "--voice", "en-us", "-o", output], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        let cache = directory.appendingPathComponent("speed-calibration.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: cache)) as? [String: Double] ?? [:]
        #expect(!object.isEmpty)
        for (value, name) in [(1e-17, "tiny"), (1e300, "huge"), (-3.0, "negative")] {
            let corrupt = object.mapValues { _ in value }
            try JSONSerialization.data(withJSONObject: corrupt).write(to: cache)
            let again = try ProcessRunner.run(RepositoryPaths.narrate, [sample, "--voice", "en-us", "-o", output, "--sidecars", "vtt"],
                                              environment: environment)
            #expect(again.status == 0, "\(name): \(again.status) \(again.stderr)")
            let timings = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + ".timings.json"))) as? [String: Any]
            let wpm = (timings?["speed"] as? [String: Any])?["measuredWPM"] as? Double ?? 0
            #expect(abs(wpm - 200) < 10, "\(name): \(wpm) WPM")
            #expect(!RepositoryPaths.listing(directory).contains { $0.hasSuffix(".tmp") }, "\(name): a temporary file was left")
        }
    }
}

extension NarrateFaultsTests {
    static func page(headline: String, language: String) -> String {
        let paragraph = "<p>The harbour office said on Tuesday that the ferry leaves at nine and returns at six, and that tickets can be bought on board.</p>"
        return "<html lang=\"\(language)\"><body><article><h1>\(headline)</h1>" + String(repeating: paragraph, count: 3) + "</article></body></html>"
    }

    /// Fault 6: long non-Latin headlines failed with "File name too long" (the slug was capped in
    /// characters, not bytes); Thai slugs had dashes inside words; -o names of 215-251 bytes failed
    /// at the end. Now slugs are capped in bytes, marks stay in their word, temporary names are
    /// shortened, and a name with no room for its timings file is refused before any work.
    @Test func longAndNonLatinNamesFitTheFileSystem() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let chinese = String(repeating: "港口新渡轮周二启航乘客称赞准时", count: 6)  // 90 characters, 270 bytes
        let thai = "ท่าเรือเปิดใหม่ หลังซ่อมแซมนานสามเดือน ชาวบ้านดีใจที่เรือข้ามฟากกลับมาวิ่งตามเวลา"
        for (name, headline, language) in [("zh", chinese, "zh"), ("th", thai, "th")] {
            let input = directory.appendingPathComponent("\(name).html")
            try Self.page(headline: headline, language: language).write(to: input, atomically: true, encoding: .utf8)
            let folder = directory.appendingPathComponent("run-\(name)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let result = try ProcessRunner.run(RepositoryPaths.narrate, [input.path, "--voice", "en-us"], currentDirectory: folder)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let written = RepositoryPaths.listing(folder.appendingPathComponent("out")).filter { $0.hasSuffix(".wav") }
            #expect(written.count == 1 && written.allSatisfy { $0.utf8.count <= 84 }, "\(name): \(written)")
            if name == "th", let slug = written.first?.dropLast(4) {
                // Words whole (tone marks and vowel signs stay in them), cut at 80 bytes between characters.
                #expect(slug.split(separator: "-").first == "ท่าเรือเปิดใหม่", "the Thai slug keeps its words whole: \(slug)")
                #expect(slug.hasPrefix("ท่าเรือเปิดใหม่-หลัง") && slug.utf8.count <= 80, "\(slug)")
            }
        }
        let article = RepositoryPaths.samples.appendingPathComponent("night-market-rents.txt").path
        let fits = directory.appendingPathComponent(String(repeating: "a", count: 236) + ".wav")  // 240 bytes + .timings.json = 253
        let ok = try ProcessRunner.run(RepositoryPaths.narrate, [article, "--voice", "en-us", "-o", fits.path])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(FileManager.default.fileExists(atPath: fits.path + ".timings.json"))
        let tooLong = directory.appendingPathComponent(String(repeating: "b", count: 241) + ".wav")
        let started = Date()
        let refused = try ProcessRunner.run(RepositoryPaths.narrate, [article, "--voice", "en-us", "-o", tooLong.path])
        #expect(refused.status == 73 && refused.stderr.contains("255 bytes"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
        #expect(Date().timeIntervalSince(started) < 5, "refused before any synthesis")
        #expect(!RepositoryPaths.listing(directory).contains { $0.hasPrefix(".b") || $0.hasPrefix("bbb") })
    }
}

extension NarrateFaultsTests {
    /// Fault 20 (part): "-o a.aiff" got WAV data under that name, "--format mp3 -o b.wav" MP3 in
    /// a .wav, "-o -" a file named "-"; each is now a usage error before any work.
    @Test func outputNamesThatSayOneThingAndHoldAnother() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let article = RepositoryPaths.samples.appendingPathComponent("night-market-rents.txt").path
        let cases: [([String], String)] = [
            (["-o", "a.aiff"], "'.aiff' is not an extension"),
            (["-o", "b.mp4"], "'.mp4' is not an extension"),
            (["-o", "c.wav", "--format", "mp3"], "names a wav file but --format is mp3"),
            (["-o", "-"], "not written to standard output"),
        ]
        for (arguments, message) in cases {
            let result = try ProcessRunner.run(RepositoryPaths.narrate, [article, "--voice", "en-us"] + arguments, currentDirectory: directory)
            #expect(result.status == 64 && result.stderr.contains(message), "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(RepositoryPaths.listing(directory).isEmpty, "nothing written: \(RepositoryPaths.listing(directory))")
        let fine = try ProcessRunner.run(RepositoryPaths.narrate, [article, "--voice", "en-us", "-o", "d.MP3", "--format", "mp3"],
                                         currentDirectory: directory)
        #expect(fine.status == 0, "\(fine.stderr)")
    }
}

extension NarrateFaultsTests {
    /// Fault 10: a sentence-cache entry damaged in place (its rate zeroed) was reused: the pace
    /// controller's factor became infinite and the rest was read at the slowest rate, reported
    /// ok. Entries now carry a checksum; a damaged one is made again.
    @Test func aDamagedSentenceCacheEntryIsMadeAgain() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        try FileManager.default.copyItem(at: RepositoryPaths.samples.appendingPathComponent("night-market-rents.txt"),
                                         to: directory.appendingPathComponent("rents.txt"))
        let out = directory.appendingPathComponent("out")
        let arguments = ["batch", directory.appendingPathComponent("rents.txt").path, "--out-dir", out.path, "--voice", "en-us"]
        #expect(try ProcessRunner.run(RepositoryPaths.narrate, arguments).status == 0)
        let cache = out.appendingPathComponent(".narrator/cache")
        let entries = RepositoryPaths.listing(cache).filter { $0.hasSuffix(".pcm") }
        #expect(entries.count > 5)
        for entry in entries {  // the rate field zeroed in place
            let url = cache.appendingPathComponent(entry)
            var bytes = [UInt8](try Data(contentsOf: url))
            for index in 4..<8 { bytes[index] = 0 }
            try Data(bytes).write(to: url)
        }
        try FileManager.default.removeItem(at: out.appendingPathComponent(".narrator/items"))  // narrate it again
        let again = try ProcessRunner.run(RepositoryPaths.narrate, arguments)
        #expect(again.status == 0, "\(again.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report.json"))) as? [String: Any]
        let item = (report?["items"] as? [[String: Any]])?.first ?? [:]
        #expect(item["cached"] as? Int == 0, "no damaged entry was used: \(item)")
        let wpm = item["wpm"] as? Double ?? 0
        #expect(abs(wpm - 200) < 10, "the pace holds: \(wpm) WPM")
    }
}

extension NarrateFaultsTests {
    /// Fault 2: an item split into pieces ("brief" -> brief-01, brief-02...) and an item whose
    /// output is "brief-02" overwrote each other, both reported ok, and a rerun said both were up
    /// to date. The second now fails with a message naming the first.
    @Test func splitPiecesNeverOverwriteAnotherItem() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let harbour = RepositoryPaths.samples.appendingPathComponent("harbour-tides.html").path
        let rents = RepositoryPaths.samples.appendingPathComponent("night-market-rents.txt").path
        let job = directory.appendingPathComponent("job.jsonl")
        try """
            {"input": "\(harbour)", "output": "brief", "split": "chapters"}
            {"input": "\(rents)", "output": "brief-02"}
            """.write(to: job, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out")
        let result = try ProcessRunner.run(RepositoryPaths.narrate, ["batch", job.path, "--out-dir", out.path, "--voice", "en-us"])
        #expect(result.status == 75, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report.json"))) as? [String: Any]
        let items = report?["items"] as? [[String: Any]] ?? []
        #expect(items.first?["status"] as? String == "ok")
        #expect(items.last?["status"] as? String == "failed")
        #expect((items.last?["error"] as? String)?.contains("is the name of a piece of") == true, "\(items.last ?? [:])")
        let timings = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("brief-02.wav.timings.json"))) as? [String: Any]
        let title = (timings?["chapters"] as? [[String: Any]])?.first?["title"] as? String
        #expect(title == "A channel that never stops moving", "brief-02 holds brief's second chapter: \(title ?? "nil")")
    }
}

extension NarrateFaultsTests {
    /// Fault 14: the batch hashed every input before planning: a FIFO or /dev/zero hung it, a
    /// 3 GB file was read before --max-input-mb refused it, and a process substitution was used
    /// up. Such items now fail at once, each with a one-line reason.
    @Test func batchInputsThatAreNotFilesFailAtOnce() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let fifo = directory.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let huge = directory.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: huge, contents: Data("Big\n\n".utf8)))
        #expect(truncate(huge, 3 << 30) == 0)  // a sparse 3 GB file
        let started = Date()
        let result = try ProcessRunner.run(RepositoryPaths.narrate, ["batch", fifo, "/dev/zero", huge, "--out-dir",
                                                                     directory.appendingPathComponent("out").path, "--max-input-mb", "1"])
        #expect(result.status == 75, "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 10, "no input was read whole")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("out/report.json"))) as? [String: Any]
        let errors = (report?["items"] as? [[String: Any]] ?? []).compactMap { $0["error"] as? String }
        #expect(errors.count == 3)
        #expect(errors.filter { $0.contains("not a regular file") }.count == 2, "\(errors)")
        #expect(errors.contains { $0.contains("larger than the 1 MiB limit") }, "\(errors)")
    }
}

extension NarrateFaultsTests {
    /// Fault 3: shards in separate PID namespaces sharing an output folder: one shard's start-up
    /// sweep deleted the other's temporary files in progress (their process ids meant nothing to
    /// it), and the last shard's report.json replaced the others'.
    @Test func shardsSharingAFolderLeaveEachOthersWorkAlone() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let articles = directory.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for number in 1...4 {
            try "Notice \(number)\n\nThe pier gates close at \(number + 4) o'clock while the crew paints the railings.\n"
                .write(to: articles.appendingPathComponent("n\(number).txt"), atomically: true, encoding: .utf8)
        }
        let out = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Another container's file in progress (a process id that is not running here), and one
        // left by a dead process of this machine in the format before PID spaces were recorded.
        let foreign = out.appendingPathComponent(".n9.wav.narrator-999999-abcdef12345678.wav.tmp")
        let ownStale = out.appendingPathComponent(".n8.wav.narrator-999999-1a2b.wav.tmp")
        for file in [foreign, ownStale] { try Data("RIFF".utf8).write(to: file) }
        for shard in 1...2 {
            let result = try ProcessRunner.run(RepositoryPaths.narrate, ["batch", articles.path, "--out-dir", out.path,
                                                                         "--shard", "\(shard)/2", "--voice", "en-us"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: foreign.path), "another PID space's file is left alone")
        #expect(!FileManager.default.fileExists(atPath: ownStale.path), "a dead local process's file is swept")
        var inputs: Set<String> = []
        for shard in 1...2 {
            let report = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report.shard-\(shard)-of-2.json"))) as? [String: Any]
            #expect(report?["shard"] as? String == "\(shard)/2")
            for item in report?["items"] as? [[String: Any]] ?? [] { inputs.insert(item["input"] as? String ?? "") }
        }
        #expect(inputs.count == 4, "each shard's report is kept: \(inputs)")
    }
}

extension NarrateFaultsTests {
    /// Fault 1: marker chunks past libsndfile's header room failed the narration at the end
    /// ("chapter chunks missing"), in every format. A WAV now carries all 1,001 chapters (after
    /// its audio), FLAC the first 999 with a warning given before synthesis.
    @Test func aThousandChaptersAreWritten() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let article = directory.appendingPathComponent("parts.md")
        let parts = (1...1_000).map { "## Part \($0) of the long list\n\nItem \($0) is ready." }
        try Data(("# Many parts\n\n" + parts.joined(separator: "\n\n") + "\n").utf8).write(to: article)

        let wav = directory.appendingPathComponent("parts.wav").path
        let wavRun = try NarrateCLITests.narrate([article.path, "--voice", "en-us", "-o", wav, "-q"])
        #expect(wavRun.status == 0, "\(wavRun.stderr)")
        let riff = try RIFFReader(path: wav)
        #expect(riff.cues.count == 1_001)
        #expect(riff.labels[1_001] == "Part 1000 of the long list")
        #expect(riff.chunks.map(\.id).suffix(3) == ["data", "cue ", "LIST/adtl"])

        let flac = directory.appendingPathComponent("parts.flac").path
        let flacRun = try NarrateCLITests.narrate([article.path, "--voice", "en-us", "-o", flac, "--sidecars", "vtt-chapters"])
        #expect(flacRun.status == 0, "\(flacRun.stderr)")
        #expect(flacRun.stderr.contains("flac holds the first 999 of 1001 chapters; the sidecars hold them all"))
        let comments = try ChapterReaders.flacComments([UInt8](try Data(contentsOf: URL(fileURLWithPath: flac))))
        #expect(try ChapterReaders.chapters(fromComments: comments).count == 999)
        let vtt = try String(contentsOfFile: directory.appendingPathComponent("parts.chapters.vtt").path, encoding: .utf8)
        #expect(vtt.contains("Part 1000 of the long list"))
    }
}

extension NarrateFaultsTests {
    /// Fault 17: without /proc (a chroot, some sandboxes) every argument vanished ("Missing
    /// expected argument"). Arguments are now read without it, help and version work, and any
    /// command says in one line that /proc is needed (libdispatch traps without it).
    /// Whether this machine lets a process make its own user and mount namespace (a container
    /// whose seccomp profile forbids it cannot run the check below).
    static let namespacesAllowed: Bool = {
        guard let unshare = ProcessRunner.which("unshare"),
              let probe = try? ProcessRunner.run(unshare, ["--user", "--map-root-user", "--mount", "/bin/sh", "-c",
                                                           "mount -t tmpfs none /proc"]) else { return false }
        return probe.status == 0
    }()

    @Test(.enabled(if: NarrateFaultsTests.namespacesAllowed, "needs user and mount namespaces (unshare)"))
    func withoutProcArgumentsAreReadAndTheNeedIsSaid() throws {
        let unshare = try ProcessRunner.which("unshare") ?? { throw CLITestError("unshare (util-linux) is not installed") }()
        let sample = RepositoryPaths.samples.appendingPathComponent("harbour-tides.html").path
        func withoutProc(_ arguments: [String]) throws -> ProcessResult {
            // A user and mount namespace of its own, with an empty tmpfs over /proc.
            let quoted = ([RepositoryPaths.narrate] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
            return try ProcessRunner.run(unshare, ["--user", "--map-root-user", "--mount", "/bin/sh", "-c",
                                                   "mount -t tmpfs none /proc && test ! -e /proc/self && exec \(quoted)"])
        }
        let version = try withoutProc(["--version"])
        let expected = try NarrateCLITests.narrate(["--version"]).stdout
        #expect(version.status == 0 && version.stdout == expected && !expected.isEmpty, "\(version.stderr)")
        let help = try withoutProc(["extract", "--help"])
        #expect(help.status == 0 && help.stdout.contains("USAGE: narrate extract"))
        let extract = try withoutProc(["extract", sample])
        #expect(extract.status == 69, "\(extract.stderr)")
        #expect(extract.stderr == "narrate: /proc is not mounted: the Swift runtime's thread pool needs it (mount proc in the chroot or sandbox)\n")
        #expect(extract.stdout.isEmpty)
    }
}

extension NarrateFaultsTests {
    /// Fault 16: two runs with the same `-o` at once could leave the WAV of one and the timings
    /// of the other. A narration's files are now staged and renamed together under a lock on
    /// the folder: while another holds it, nothing of the set appears; then all of it does.
    @Test func aNarrationsFilesLandTogetherUnderTheFoldersLock() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let article = directory.appendingPathComponent("brief.txt")
        try Data("Ferry notice\n\nThe ferry leaves at nine. It returns at six.\n".utf8).write(to: article)
        let output = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let lock = open(output.path, O_RDONLY | O_DIRECTORY)
        #expect(lock >= 0 && flock(lock, LOCK_EX) == 0)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.narrate)
        process.arguments = [article.path, "--voice", "en-us", "-o", output.appendingPathComponent("a.wav").path,
                             "--sidecars", "srt", "-q"]
        try process.run()
        // Wait until the whole set is staged (the last file staged is the SRT sidecar).
        let deadline = Date().addingTimeInterval(60)
        var names: [String] = []
        while Date() < deadline {
            names = RepositoryPaths.listing(output)
            if names.contains(where: { $0.hasPrefix(".a.srt") }) { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 0.3)
        names = RepositoryPaths.listing(output)
        #expect(process.isRunning, "narrate finished while another held the folder's lock")
        #expect(names.filter { !$0.hasPrefix(".") }.isEmpty, "final names appeared under another's lock: \(names)")
        #expect(names.contains { $0.hasPrefix(".a.wav") } && names.contains { $0.hasPrefix(".a.wav.timings.json") })

        flock(lock, LOCK_UN)
        close(lock)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(RepositoryPaths.listing(output) == ["a.srt", "a.wav", "a.wav.timings.json"])
    }
}

extension NarrateFaultsTests {
    /// Fault 18: with a cold calibration cache the first run's audio differed from every later
    /// run's (eSpeak NG carried the calibration passage's state into the first sentence). The
    /// same input and settings now give the same bytes, cold or warm, in every format tested.
    @Test(arguments: ["wav", "mp3", "flac"])
    func theSameInputGivesTheSameBytesColdOrWarm(format: String) throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let article = directory.appendingPathComponent("brief.txt")
        try Data("Ferry notice\n\nThe ferry leaves at nine, the harbour office said. It returns at six, weather permitting.\n".utf8)
            .write(to: article)
        let cache = directory.appendingPathComponent("cache").path
        var environment = ProcessInfo.processInfo.environment
        environment["NARRATOR_CACHE_DIR"] = cache
        var outputs: [[Data]] = []
        for run in ["cold", "warm", "warm-again"] {
            let folder = directory.appendingPathComponent(run)
            let result = try NarrateCLITests.narrate([article.path, "--voice", "us-female", "--speed", "1.25x", "--sidecars", "srt",
                                                      "-o", folder.appendingPathComponent("a.\(format)").path, "-q"],
                                                     environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            if run == "cold" { #expect(FileManager.default.fileExists(atPath: cache + "/speed-calibration.json")) }
            outputs.append(try ["a.\(format)", "a.\(format).timings.json", "a.srt"].map {
                try Data(contentsOf: folder.appendingPathComponent($0))
            })
        }
        #expect(outputs[0] == outputs[1], "the cold run's files differ from the warm run's")
        #expect(outputs[1] == outputs[2])
    }
}

extension NarrateFaultsTests {
    /// Fault 20 (orphans): workers of a batch killed with SIGKILL ran on until their item
    /// ended and landed it with no resume record. They now end with the batch, landing nothing.
    @Test func workersEndWithABatchKilledOutright() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        // Long items: 600 paragraphs take a worker about 3 s here (60 took under 0.5 s, so an
        // item could land before the kill and the test fail on a quiet machine).
        let articles = try NarrateBatchTests.articles(2, in: directory, paragraphs: 600)
        let out = directory.appendingPathComponent("out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.narrate)
        process.arguments = ["batch", articles.path, "--out-dir", out.path, "--jobs", "2", "--voice", "en-us", "--no-cache", "-q"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let batch = process.processIdentifier
        func children() -> [Int32] {  // each thread lists the children it started
            let threads = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(batch)/task")) ?? []
            return threads.flatMap {
                ((try? String(contentsOfFile: "/proc/\(batch)/task/\($0)/children", encoding: .utf8)) ?? "")
                    .split(separator: " ").compactMap { Int32($0) }
            }
        }
        var workers: [Int32] = []
        let started = Date()
        while workers.count < 2, Date().timeIntervalSince(started) < 20 {
            Thread.sleep(forTimeInterval: 0.05)
            workers = children()
        }
        #expect(workers.count == 2)
        Thread.sleep(forTimeInterval: 0.5)  // both are narrating now
        kill(batch, SIGKILL)
        process.waitUntilExit()
        func alive(_ pid: Int32) -> Bool {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            return !stat[close...].hasPrefix(") Z")
        }
        let killed = Date()
        while workers.contains(where: alive), Date().timeIntervalSince(killed) < 5 { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!workers.contains(where: alive), "workers outlived the batch: \(workers.filter(alive))")
        let names = RepositoryPaths.listing(out)
        #expect(!names.contains { $0.hasSuffix(".wav") }, "\(names)")
        #expect(names.filter { $0.hasPrefix(".") && $0 != ".narrator" }.isEmpty, "\(names)")
    }

    /// Fault 20 (presets): a copied binary, far from any Voices folder, said only "unknown
    /// voice"; it now says where it looked, and warns when it reads with eSpeak's own voice.
    @Test func noPresetsFoundIsSaid() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let binary = directory.appendingPathComponent("narrate").path
        // A hard link keeps the binary's path away from the checkout (a symbolic one would be
        // followed back to it); across file systems, a copy.
        if link(RepositoryPaths.narrate, binary) != 0 {
            try FileManager.default.copyItem(atPath: RepositoryPaths.narrate, toPath: binary)
        }
        let article = directory.appendingPathComponent("brief.txt")
        try Data("Ferry notice\n\nThe ferry leaves at nine and returns at six, the harbour office said on Tuesday.\n".utf8)
            .write(to: article)
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NARRATOR_VOICES")
        let named = try ProcessRunner.run(binary, [article.path, "--voice", "us-female", "-o", directory.appendingPathComponent("a.wav").path],
                                          environment: environment, currentDirectory: directory)
        #expect(named.status == 64)
        #expect(named.stderr.contains("unknown voice 'us-female': not a preset or an eSpeak NG voice; no voice presets were found (looked in "),
                "\(named.stderr)")
        let automatic = try ProcessRunner.run(binary, [article.path, "-o", directory.appendingPathComponent("b.wav").path],
                                              environment: environment, currentDirectory: directory)
        #expect(automatic.status == 0)
        #expect(automatic.stderr.contains("no voice presets were found"), "\(automatic.stderr)")
        let listing = try ProcessRunner.run(binary, ["voices"], environment: environment, currentDirectory: directory)
        #expect(listing.status == 0 && listing.stderr.hasPrefix("narrate: warning: no voice presets were found"), "\(listing.stderr)")
    }
}
