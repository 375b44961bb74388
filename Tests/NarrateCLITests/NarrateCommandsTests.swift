import Foundation
import Testing
import NarratorTestSupport

/// `extract`, `voices`, `--help`, `--version`, and an installed layout.
@Suite struct NarrateCommandsTests {
    @Test func extractJSONLinesIsOneObjectPerInputInOrder() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let missing = directory.appendingPathComponent("missing.html").path
        let inputs = [RepositoryPaths.sample("harbour-tides.html").path, missing,
                      RepositoryPaths.sample("night-market-rents.txt").path]
        let result = try narrate(["extract", "--format", "jsonl"] + inputs)
        #expect(result.status == 66)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["source"] as? String } == inputs)
        #expect((objects[1]["error"] as? String)?.contains("no such file") == true)
        #expect(objects[0]["title"] as? String == "Harbour town bets on tidal turbines as ferry trade ebbs")
        #expect(objects[0]["language"] as? String == "en-GB")
        let sections = try #require(objects[0]["sections"] as? [[String: Any]])
        #expect(sections.count == 4)
        #expect(sections[0]["heading"] is NSNull)
        #expect(Array(objects[0].keys).sorted() == ["byline", "language", "published", "sections", "source", "standfirst", "title"])
    }

    /// Files read side by side come out in input order, failures in their place, exactly as read
    /// one at a time; more inputs than one window of threads, of every kind.
    @Test func extractOnSeveralThreadsKeepsInputOrder() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let missing = directory.appendingPathComponent("missing.html").path
        let empty = directory.appendingPathComponent("empty.html")
        try Data("<html><body><nav>Home</nav></body></html>".utf8).write(to: empty)
        let kinds = ["harbour-tides.html", "night-market-rents.txt", "library-after-dark.md"].map { RepositoryPaths.sample($0).path }
        let inputs: [String] = (0..<40).map { (index: Int) -> String in
            if index % 13 == 5 { return missing }
            if index % 17 == 3 { return empty.path }
            return kinds[index % 3]
        }
        let one = try narrate(["extract", "--format", "jsonl", "--jobs", "1"] + inputs)
        let four = try narrate(["extract", "--format", "jsonl", "--jobs", "4"] + inputs)
        #expect(one.status == 65)  // the first failure's: the empty page (index 3) before the missing file
        #expect(four.status == one.status)
        #expect(four.stdout == one.stdout)
        let lines = four.stdout.split(separator: "\n")
        #expect(lines.count == inputs.count)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["source"] as? String } == inputs)
        for (object, input) in zip(objects, inputs) {
            #expect((object["error"] != nil) == (input == missing || input == empty.path), "\(input)")
        }
        #expect(objects[0]["title"] as? String == "Harbour town bets on tidal turbines as ferry trade ebbs")
        let refused = try narrate(["extract", "--jobs", "0", kinds[0]])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--jobs"))
    }

    @Test func extractTextIsWhatWillBeSpoken() throws {
        let result = try narrate(["extract", "--format", "text", RepositoryPaths.sample("harbour-tides.html").path])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Harbour town bets on tidal turbines as ferry trade ebbs\n\nKelsby's council"))
        for fragment in ["Advertisement", "Select Voice", "Photo:", "Trending", "comments", "Share"] {
            #expect(!result.stdout.contains(fragment), "\(fragment)")
        }
    }

    @Test func segmentPrintsSentencesOrTheirSpokenForm() throws {
        let text = Data("Mr. Lee met Dr. J. Smith on Nov. 3 in the 1990s.\nIt cost US$5m. Really?".utf8)
        let lines = try narrate(["segment"], stdin: text)
        #expect(lines.status == 0)
        #expect(lines.stdout == "Mr. Lee met Dr. J. Smith on Nov. 3 in the 1990s.\nIt cost US$5m.\nReally?\n")
        let spoken = try narrate(["segment", "--spoken", "--format", "jsonl", "-"], stdin: text)
        #expect(spoken.stdout.split(separator: "\n") == [#""Mr Lee met Dr J Smith on November 3rd in the 19 nineties.""#,
                                                          #""It cost 5 million US dollars.""#, #""Really?""#])
        // --time reports both steps on standard error and leaves the output as it was.
        let timed = try narrate(["segment", "--spoken", "--format", "jsonl", "--time", "-"], stdin: text)
        #expect(timed.stdout == spoken.stdout)
        #expect(timed.stderr.contains("into 3 sentences in") && timed.stderr.contains("spoken forms of 3 sentences in"), "\(timed.stderr)")
    }

    @Test func editionSplitIntoOggFilesPerArticle() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let output = directory.appendingPathComponent("brief.ogg").path
        let result = try narrate(["edition", RepositoryPaths.sample("night-market-rents.txt").path,
                                  RepositoryPaths.sample("library-after-dark.md").path, "-o", output,
                                  "--split", "chapters", "--sidecars", "vtt-chapters", "--voice", "en-us"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = result.stdout.split(separator: "\n").map { URL(fileURLWithPath: String($0)).lastPathComponent }
        #expect(names == ["brief-01.ogg", "brief-01.chapters.vtt", "brief-02.ogg", "brief-02.chapters.vtt"])
        let second = try ffprobeChapters(directory.appendingPathComponent("brief-02.ogg").path)
        #expect(second.map(\.title) == ["The library that stays open after dark"])
        #expect(second.first?.start == 0)
    }

    @Test func extractJSONIsPretty() throws {
        let result = try narrate(["extract", RepositoryPaths.sample("library-after-dark.md").path])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["byline"] as? String == "Tobias Reinholt")
    }

    @Test func voicesListsPresetsAndEngineVoices() throws {
        let table = try narrate(["voices"])
        #expect(table.status == 0)
        for name in ["us-female", "uk-male", "mandarin", "cantonese", "en-gb", "f3"] {
            #expect(table.stdout.contains(name), "\(name)")
        }
        let json = try narrate(["voices", "--json", "--language", "cmn"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let presets = try #require(object["presets"] as? [[String: Any]])
        #expect(presets.map { $0["name"] as? String } == ["mandarin"])
        let voices = try #require(object["espeakVoices"] as? [[String: Any]])
        #expect(voices.contains { $0["name"] as? String == "cmn" })
        #expect(!voices.contains { $0["name"] as? String == "en-us" })
    }

    @Test func previewWritesAShortSample() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let output = directory.appendingPathComponent("p.wav").path
        let result = try narrate(["voices", "--preview", "uk-female", "-o", output, "--speed", "1.25x"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == output + "\n")
        let wav = try RIFFReader(path: output)
        #expect(wav.frames > 22050 * 3 && wav.frames < 22050 * 20)
        #expect(try timings(output)["voice"] as? String == "uk-female")
        let unknown = try narrate(["voices", "--preview", "nobody", "-o", output + "x"])
        #expect(unknown.status == 64)
    }

    @Test func pausesAreConfigurable() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let sample = RepositoryPaths.sample("library-after-dark.md").path
        let short = directory.appendingPathComponent("short.wav").path
        let long = directory.appendingPathComponent("long.wav").path
        #expect(try narrate([sample, "-o", short, "--pause-chapter", "0.5"]).status == 0)
        #expect(try narrate([sample, "-o", long, "--pause-chapter", "3"]).status == 0)
        let gaps = try [short, long].map { path -> Double in
            let chapters = try #require(try timings(path)["chapters"] as? [[String: Any]])
            let sentences = try #require(try timings(path)["sentences"] as? [[String: Any]])
            let start = try #require(chapters[1]["start"] as? Double)
            let previousEnd = try #require(sentences.last { ($0["end"] as? Double ?? 0) <= start }?["end"] as? Double)
            return start - previousEnd
        }
        #expect(abs(gaps[0] - 0.5) < 0.02 && abs(gaps[1] - 3) < 0.02, "\(gaps)")
    }

    @Test func helpDocumentsExamplesAndExitCodes() throws {
        let help = try narrate(["--help"])
        #expect(help.status == 0)
        for text in ["Examples:", "narrate extract", "Exit codes:"] {
            #expect(help.stdout.contains(text), "\(text)")
        }
        // Every exit code in one table in the README and in --help.
        let readme = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        for code in ["0", "64", "65", "66", "69", "70", "73", "75", "78", "130"] {
            #expect(help.stdout.contains("\n  \(code) ") || help.stdout.contains(" \(code)   "), "help: \(code)")
            #expect(readme.contains("\n| \(code) | "), "README: \(code)")
        }
        let version = try narrate(["--version"])
        #expect(version.stdout.split(separator: ".").count == 3)
    }

    @Test func anInstalledBinaryFindsItsPresets() throws {
        // The layout `make install PREFIX=...` creates: bin/narrate and share/narrator/Voices.
        let prefix = try RepositoryPaths.temporaryDirectory()
        let bin = prefix.appendingPathComponent("bin")
        let voices = prefix.appendingPathComponent("share/narrator/Voices")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: voices, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: RepositoryPaths.narrate, toPath: bin.appendingPathComponent("narrate").path)
        try FileManager.default.copyItem(at: RepositoryPaths.voices.appendingPathComponent("uk-male.voice"),
                                         to: voices.appendingPathComponent("uk-male.voice"))
        let elsewhere = try RepositoryPaths.temporaryDirectory()
        let result = try ProcessRunner.run(bin.appendingPathComponent("narrate").path, ["voices"], currentDirectory: elsewhere)
        #expect(result.status == 0)
        #expect(result.stdout.contains("uk-male"))
        #expect(!result.stdout.contains("us-female"))
    }
}
