import Foundation
import Testing
import NarratorTestSupport

/// Hostile pages and a hostile machine: nothing fetched, nothing read from outside the page,
/// odd file names, huge inputs, a full disk, a read-only directory, signals mid-way.
@Suite struct NarrateHostileTests {
    let sample = RepositoryPaths.sample("harbour-tides.html").path

    static func page(_ extra: String) -> String {
        "<html><body><article><h1>Harbour notice</h1>\(extra)"
            + String(repeating: "<p>The ferry leaves at nine and returns at six, the harbour office said on Tuesday.</p>", count: 3)
            + "</article></body></html>"
    }

    /// Nothing the page names is fetched: a local server sees no connection.
    @Test func namedResourcesAreNeverFetched() throws {
        let socket = try LoopbackSocket()
        listen(socket.descriptor, 8)
        _ = fcntl(socket.descriptor, F_SETFL, O_NONBLOCK)
        let url = "http://127.0.0.1:\(socket.port)"
        let html = "<!DOCTYPE html SYSTEM \"\(url)/dtd\"><html><head><link rel=stylesheet href=\"\(url)/s.css\">"
            + "<script src=\"\(url)/a.js\"></script><meta http-equiv=refresh content=\"0;url=\(url)/r\"></head>"
            + Self.page("<img src=\"\(url)/i.png\"><iframe src=\"\(url)/f\"></iframe>"
                        + "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"\(url)/x\"/>").dropFirst(6)
        let directory = try RepositoryPaths.temporaryDirectory()
        let input = directory.appendingPathComponent("remote.html")
        try html.write(to: input, atomically: true, encoding: .utf8)
        let result = try narrate([input.path, "-o", directory.appendingPathComponent("a.wav").path, "--voice", "en-us"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(accept(socket.descriptor, nil, nil) < 0)  // no connection was ever made
    }

    /// An external entity in the page's DOCTYPE is not read.
    @Test func externalEntitiesAreNotRead() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let secret = directory.appendingPathComponent("secret.txt")
        try "TOPSECRETVALUE".write(to: secret, atomically: true, encoding: .utf8)
        let html = "<!DOCTYPE html [<!ENTITY x SYSTEM \"file://\(secret.path)\">]>"
            + Self.page("<p>The value &x; is here in the ferry notice today.</p>")
        let input = directory.appendingPathComponent("xxe.html")
        try html.write(to: input, atomically: true, encoding: .utf8)
        let result = try narrate(["extract", "--format", "text", input.path])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("TOPSECRET"))
        #expect(result.stdout.contains("ferry notice today"))
    }

    @Test func fileNamesWithSpacesQuotesAndNewlines() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let input = directory.appendingPathComponent("a name with spaces \"quoted\" and\nnewline.txt")
        try "Odd name\n\nThe ferry leaves at nine and returns at six, the office said.\n".write(to: input, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("out dir/odd \"name\".wav")
        let result = try narrate([input.path, "-o", output.path, "--voice", "en-us"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try RIFFReader(path: output.path).frames > 0)
        // A title full of path parts names a file inside out/.
        let slashes = directory.appendingPathComponent("slash.txt")
        try "../../etc/passwd for the /root ..\\evil notice\n\nThe ferry leaves at nine, the office said on Tuesday.\n"
            .write(to: slashes, atomically: true, encoding: .utf8)
        let named = try narrate([slashes.path, "--voice", "en-us"], in: directory)
        #expect(named.status == 0)
        #expect(named.stdout == "out/etc-passwd-for-the-root-evil-notice.wav\n")
    }

    /// A 10-million-character paragraph is segmented in well under a second a megabyte and
    /// narrated up to the --max-minutes limit, which then stops it cleanly.
    @Test func aTenMillionCharacterParagraph() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let sentence = "The ferry leaves at nine and returns at six, the harbour office said on Tuesday. "
        let text = "One paragraph\n\n" + String(repeating: sentence, count: 10_000_000 / sentence.utf8.count) + "\n"
        let input = directory.appendingPathComponent("paragraph.txt")
        try text.write(to: input, atomically: true, encoding: .utf8)
        let segmented = try narrate(["segment", input.path])
        #expect(segmented.status == 0)
        #expect(segmented.stdout.split(separator: "\n").count == 10_000_000 / sentence.utf8.count + 1)
        let narrated = try narrate([input.path, "-o", directory.appendingPathComponent("a.wav").path, "--voice", "en-us",
                                    "--max-minutes", "1"])
        #expect(narrated.status == 65)
        #expect(narrated.stderr.contains("longer than the 1-minute limit"))
        #expect(RepositoryPaths.listing(directory) == ["paragraph.txt"])
    }

    /// A full disk (here a file-size limit) while writing WAV and while encoding MP3: a clear
    /// error, no temporary file left, nothing under the final name.
    @Test(arguments: ["wav", "mp3"])
    func aFullDiskIsAClearError(_ format: String) throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let output = directory.appendingPathComponent("a.\(format)").path
        let command = "ulimit -f 200; exec \"$0\" \"$1\" -o \"$2\" --voice en-us"
        let result = try ProcessRunner.run("/bin/sh", ["-c", command, RepositoryPaths.narrate, sample, output])
        #expect(result.status == 73)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("\(output): cannot write output"))
        #expect(RepositoryPaths.listing(directory).isEmpty)
    }

    /// A directory the user cannot write to (as root, the test drops to nobody to see it).
    @Test func aReadOnlyDirectoryIsAClearError() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let readonly = directory.appendingPathComponent("readonly")
        try FileManager.default.createDirectory(at: readonly, withIntermediateDirectories: true)
        chmod(readonly.path, 0o555)
        chmod(directory.path, 0o755)
        // The article is given from the test's own folder: the checkout may sit in a folder
        // only root may enter (a fresh clone under `mktemp -d`), where nobody cannot read it.
        let article = directory.appendingPathComponent("article.html")
        try FileManager.default.copyItem(atPath: sample, toPath: article.path)
        chmod(article.path, 0o644)
        var command = [RepositoryPaths.narrate, article.path, "-o", readonly.appendingPathComponent("a.wav").path]
        if getuid() == 0 {
            guard let setpriv = ProcessRunner.which("setpriv") else { Issue.record("setpriv (util-linux) is not installed"); return }
            command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        }
        let result = try ProcessRunner.run(command[0], Array(command.dropFirst()))
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr.contains("is not writable"))
        #expect(RepositoryPaths.listing(readonly).isEmpty)
    }

    /// SIGTERM, SIGINT, SIGHUP or SIGQUIT at random moments of an MP3 narration: exit 130 and
    /// nothing left (#17 fault 8: SIGHUP left a hidden temporary WAV, SIGQUIT was ignored).
    @Test func signalsAtRandomMomentsLeaveNothing() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let text = "Long notice\n\n" + String(repeating: "The ferry leaves at nine and returns at six, the office said. ", count: 800)
        let input = directory.appendingPathComponent("long.txt")
        try text.write(to: input, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out")
        for (index, signalNumber) in [SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGHUP, SIGQUIT].enumerated() {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: RepositoryPaths.narrate)
            process.arguments = [input.path, "-o", out.appendingPathComponent("a.mp3").path, "--voice", "en-us", "--sidecars", "all"]
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(60_000 + (index % 4) * 60_000))
            kill(process.processIdentifier, signalNumber)
            process.waitUntilExit()
            let left = RepositoryPaths.listing(out)
            if process.terminationReason == .exit && process.terminationStatus == 0 {
                #expect(left.contains("a.mp3"))  // it finished first: every file complete
            } else if process.terminationReason == .uncaughtSignal {
                // Signalled before its handlers were installed (the first milliseconds): it had
                // not begun, so there is nothing to clean up.
                #expect(left.isEmpty, "\(left)")
            } else {
                #expect(process.terminationStatus == 130)
                #expect(left.isEmpty, "\(left)")
            }
            try? FileManager.default.removeItem(at: out)
        }
    }
}

/// Odd but legitimate text is read, odd bytes are a clear error: extraction only, so fast.
@Suite struct NarrateHostileTextTests {
    static let sentence = " leaves at nine and returns at six, the harbour office said on Tuesday."

    static func utf16(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        for unit in text.utf16 { out += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        return out
    }

    static let arabic: String = {
        let paragraph = "<p>قال المسؤولون يوم الثلاثاء إن العبارة ستغادر في التاسعة صباحاً وتعود في السادسة مساءً.</p>"
        return "<html lang=\"ar\"><body><article><h1>عنوان الخبر</h1>" + String(repeating: paragraph, count: 3) + "</article></body></html>"
    }()

    static let laughs: String = {
        let doctype = "<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
        return doctype + "<html><body><article><h1>Laughs</h1><p>Laughs &c; and the ferry" + sentence + "</p></article></body></html>"
    }()

    static let cases: [(name: String, file: String, bytes: [UInt8], expectation: String?)] = [
        ("right-to-left", "ar.html", Array(arabic.utf8), "العبارة"),
        ("combining marks", "zalgo.txt", Array(("Zalgo\n\nT\u{334}\u{335}h\u{337}e\u{321} ferry" + sentence + "\n").utf8), "ferry"),
        ("UTF-16 with a lone surrogate", "u16.txt",
         [0xFF, 0xFE] + utf16("Headline\n\nThe ferry ") + [0x00, 0xD8] + utf16(sentence + "\n"), "leaves at nine"),
        ("billion laughs", "laughs.html", Array(laughs.utf8), "the ferry"),
        ("bytes windows-1252 leaves undefined", "cp1252.html",
         Array("<html><head><meta charset=\"windows-1252\"></head><body><article><h1>Bad bytes</h1><p>The ferry ".utf8)
            + [0x90, 0x81, 0x8D] + Array((sentence + " Caf").utf8) + [0xE9] + Array(" owners agreed.</p></article></body></html>".utf8),
         "leaves at nine and returns at six, the harbour office said on Tuesday. Café owners agreed."),
        ("emoji only", "emoji.txt", Array(("🚢🚢🚢\n\n" + String(repeating: "🌊⛴️🌅🎉 ", count: 40) + "\n").utf8), nil),
        ("NUL bytes", "nul.txt", Array("Headline\n\nSome\u{0}text\u{0}with NULs".utf8), nil),
    ]

    @Test(arguments: cases.indices)
    func hostileText(_ index: Int) throws {
        let test = Self.cases[index]
        let directory = try RepositoryPaths.temporaryDirectory()
        let input = directory.appendingPathComponent(test.file)
        try Data(test.bytes).write(to: input)
        let result = try narrate(["extract", "--format", "text", input.path])
        if let expected = test.expectation {
            #expect(result.status == 0, "\(test.name): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(test.name): \(result.stderr)")  // no library noise
            #expect(result.stdout.contains(expected), "\(test.name): \(result.stdout)")
            #expect(!result.stdout.contains("aaaaaaaaaaaaaaaaaaaa"), "\(test.name): an entity was expanded")
        } else {
            #expect(result.status == 65, "\(test.name)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }
}
