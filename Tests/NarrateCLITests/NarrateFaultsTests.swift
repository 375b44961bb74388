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
