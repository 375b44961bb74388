import Foundation
import Testing
import NarratorTestSupport

/// Every bad input: one line on stderr naming the problem, the documented exit code, no output.
@Suite struct NarrateErrorTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var status: Int32
        var message: String
        /// Arguments, given the scratch directory; the output goes to `<dir>/out/x.wav` unless set.
        var arguments: @Sendable (URL) throws -> [String]
        var environment: [String: String]? = nil
        var description: String { name }
    }

    static let html = RepositoryPaths.sample("harbour-tides.html").path

    static let cases: [Case] = [
        Case(name: "missing input", status: 66, message: "no such file") { dir in
            [dir.appendingPathComponent("missing.html").path]
        },
        Case(name: "directory input", status: 66, message: "is a directory") { dir in [dir.path] },
        Case(name: "empty input", status: 65, message: "the input is empty") { dir in
            let file = dir.appendingPathComponent("empty.txt")
            try Data().write(to: file)
            return [file.path]
        },
        Case(name: "binary input", status: 65, message: "binary data") { dir in
            let file = dir.appendingPathComponent("photo.html")
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array(repeating: 0, count: 64)).write(to: file)
            return [file.path]
        },
        Case(name: "no article text", status: 65, message: "no article text found") { dir in
            let file = dir.appendingPathComponent("nav.html")
            try Data("<html><body><nav><a href='/'>Home</a> <a href='/b'>Business</a></nav><p>Advertisement</p></body></html>".utf8).write(to: file)
            return [file.path]
        },
        Case(name: "unknown voice", status: 64, message: "unknown voice 'nobody'") { _ in [html, "--voice", "nobody"] },
        Case(name: "malformed speed", status: 64, message: "speed 'quick' is not understood") { _ in [html, "--speed", "quick"] },
        Case(name: "speed out of range", status: 64, message: "speed '5x' is out of range") { _ in [html, "--speed", "5x"] },
        Case(name: "pause out of range", status: 64, message: "--pause-chapter 99.0 is out of range") { _ in
            [html, "--pause-chapter", "99"]
        },
        Case(name: "unwritable output", status: 73, message: "cannot write output") { dir in
            let blocker = dir.appendingPathComponent("blocker")
            try Data("x".utf8).write(to: blocker)
            return [html, "-o", blocker.appendingPathComponent("x.wav").path]
        },
        Case(name: "output is a directory", status: 73, message: "it is a directory") { dir in
            let out = dir.appendingPathComponent("out/sub")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            return [html, "-o", out.path]
        },
        Case(name: "malformed preset", status: 78, message: "bad.voice:2: unknown field 'pich'") { dir in
            let voices = dir.appendingPathComponent("voices")
            try FileManager.default.createDirectory(at: voices, withIntermediateDirectories: true)
            try Data("name = \"Bad\"\npich = 3\n".utf8).write(to: voices.appendingPathComponent("bad.voice"))
            return [html, "--voices", voices.path]
        },
        Case(name: "malformed lexicon", status: 78, message: "bad.lex:1: 'two words' is not a single word") { dir in
            let file = dir.appendingPathComponent("bad.lex")
            try Data("two words = letters\n".utf8).write(to: file)
            return [html, "--lexicon", file.path]
        },
        Case(name: "broken eSpeak data", status: 78, message: "eSpeak NG could not start") { dir in
            [html]
        },
        Case(name: "m4b without ffmpeg", status: 69, message: "x.m4b: cannot write output: M4B output needs ffmpeg, which is not on PATH") { dir in
            [html, "-o", dir.appendingPathComponent("out/x.m4b").path]
        },
        Case(name: "input over --max-input-mb", status: 65, message: "the input is larger than the 1 KiB limit") { _ in
            [html, "--max-input-mb", "0.001"]
        },
        Case(name: "edition input over --max-input-mb", status: 65, message: "the input is larger than the 1 KiB limit") { _ in
            ["edition", html, "--max-input-mb", "0.001"]
        },
        Case(name: "narration over --max-minutes", status: 65, message: "longer than the 0.5-minute limit") { _ in
            [html, "--max-minutes", "0.5"]
        },
        Case(name: "unknown format", status: 64, message: "format 'aiff' is not one of: wav, flac") { dir in
            [html, "--format", "aiff"]
        },
        // The argument parser's own errors, one line each with the help command to read.
        Case(name: "segment format not a choice", status: 64, message: "'xml' is invalid for '--format <format>'") { _ in
            ["segment", html, "--format", "xml"]
        },
        Case(name: "batch jobs out of range", status: 64, message: "--jobs must be from 1 to 256; see 'narrate batch run --help'") { _ in
            ["batch", html, "--jobs", "0"]
        },
        Case(name: "unknown option", status: 64, message: "Unknown option '--loud'; see 'narrate speak --help'") { _ in
            [html, "--loud"]
        },
        Case(name: "missing argument", status: 64, message: "Missing expected argument '<input>'; see 'narrate speak --help'") { _ in
            ["speak"]
        },
    ]

    @Test(arguments: cases)
    func failsCleanly(_ test: Case) throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        var arguments = try test.arguments(directory)
        if !arguments.contains("-o") { arguments += ["-o", directory.appendingPathComponent("out/x.wav").path] }
        var environment: [String: String]? = nil
        if test.name == "broken eSpeak data" {
            let empty = directory.appendingPathComponent("espeak-data")
            try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
            environment = ProcessInfo.processInfo.environment.merging(["ESPEAK_DATA_PATH": empty.path]) { $1 }
        }
        if test.name == "m4b without ffmpeg" {
            environment = ProcessInfo.processInfo.environment.merging(["PATH": directory.path]) { $1 }
        }
        let before = Set(RepositoryPaths.listing(directory))
        let result = try narrate(arguments, environment: environment)
        #expect(result.status == test.status, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("narrate: "))
        #expect(result.stderr.contains(test.message), "\(result.stderr)")
        // Nothing new under any name, final or temporary.
        let after = Set(RepositoryPaths.listing(directory))
        let outDirectory = directory.appendingPathComponent("out")
        let leftovers = RepositoryPaths.listing(outDirectory).filter { $0 != "sub" }
        #expect(after.subtracting(before).subtracting(["out"]).isEmpty, "\(after.subtracting(before))")
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func errorsNameTheFile() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let missing = directory.appendingPathComponent("gone.html").path
        let result = try narrate([missing])
        #expect(result.stderr == "narrate: \(missing): no such file\n")
    }

    @Test func interruptLeavesNoOutput() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let long = directory.appendingPathComponent("long.md")
        let paragraph = "The tide came in over the flats and the boats rose with it, one after another, until the harbour was full. "
        try Data(("# A long article\n\n" + String(repeating: paragraph + "\n\n", count: 1500)).utf8).write(to: long)
        let output = directory.appendingPathComponent("long.wav").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.narrate)
        process.arguments = [long.path, "-o", output]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        // Wait until synthesis is under way (its temporary file exists), then interrupt.
        let deadline = Date().addingTimeInterval(20)
        while !RepositoryPaths.listing(directory).contains(where: { $0.hasSuffix(".wav.tmp") }), Date() < deadline {
            usleep(10_000)
        }
        #expect(process.isRunning, "the narration finished before it could be interrupted")
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.contains("interrupted"))
        #expect(RepositoryPaths.listing(directory) == ["long.md"])
    }
}
