import Foundation
import Testing
import NarratorTestSupport
@testable import NarratorCore

@Suite struct InputTests {
    @Test func detectsHTMLByContentWhateverTheExtension() throws {
        let bytes = Array("  <!DOCTYPE html><html><body><p>Hi</p></body></html>".utf8)
        #expect(try InputDocument.classify(source: "page.txt", bytes: bytes).kind == .html)
        #expect(try InputDocument.classify(source: "-", bytes: Array("<div><p>x</p></div>".utf8)).kind == .html)
        let commented = Array("<!-- built 2026-12-01 -->\n<!DOCTYPE html><html><body><p>Hi</p></body></html>".utf8)
        #expect(try InputDocument.classify(source: "page.txt", bytes: commented).kind == .html)
    }

    /// Markdown opens with an HTML comment as often as a page does ("<!-- markdownlint-disable -->").
    @Test func aLeadingCommentAloneDoesNotMakeMarkdownHTML() throws {
        let text = Array("<!-- draft -->\n# Harbour notes\n\nThe tide came in early.".utf8)
        #expect(try InputDocument.classify(source: "notes.md", bytes: text).kind == .markdown)
    }

    @Test func classifiesByExtensionThenShape() throws {
        #expect(try InputDocument.classify(source: "a.md", bytes: Array("Hello".utf8)).kind == .markdown)
        #expect(try InputDocument.classify(source: "a.txt", bytes: Array("# Not a heading here".utf8)).kind == .text)
        #expect(try InputDocument.classify(source: "-", bytes: Array("# Title\n\nBody.".utf8)).kind == .markdown)
        #expect(try InputDocument.classify(source: "-", bytes: Array("Plain words.".utf8)).kind == .text)
    }

    @Test func rejectsEmptyAndBinary() {
        #expect(throws: InputError(source: "e.txt", problem: .empty)) {
            try InputDocument.classify(source: "e.txt", bytes: Array(" \n\t\n".utf8))
        }
        #expect(throws: InputError(source: "b.html", problem: .binary)) {
            try InputDocument.classify(source: "b.html", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00] + Array(repeating: 1, count: 64))
        }
    }

    @Test func missingFileAndDirectoryAreNoInput() throws {
        #expect(throws: InputError(source: "/no/such/file.html", problem: .missing)) {
            try InputDocument.read("/no/such/file.html")
        }
        let directory = try RepositoryPaths.temporaryDirectory()
        let error = #expect(throws: InputError.self) { try InputDocument.read(directory.path) }
        #expect(error?.exitStatus == .noInput)
    }

    @Test func enforcesTheSizeLimit() throws {
        let file = try RepositoryPaths.temporaryDirectory().appendingPathComponent("big.txt")
        try Data(repeating: 0x41, count: 3 << 20).write(to: file)
        #expect(throws: InputError(source: file.path, problem: .tooLarge(limit: 2 << 20))) {
            try InputDocument.read(file.path, maxBytes: 2 << 20)
        }
    }

    /// Files are read whole at their size; pipes (no size) in chunks; both byte for byte.
    @Test func readsFilesAndPipesByteForByte() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let bytes = (0..<(600 << 10)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let file = directory.appendingPathComponent("page.bin")
        try Data(bytes).write(to: file)
        #expect(try InputDocument.readBytes(file.path) == bytes)
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data(bytes))
                try? handle.close()
            }
        }
        writer.start()
        #expect(try InputDocument.readBytes(fifo) == bytes)
        #expect(throws: InputError(source: fifo + ".none", problem: .missing)) { try InputDocument.readBytes(fifo + ".none") }
    }

    @Test func decodesLegacyAndUTF16Text() {
        // "café – “quoted”" in Windows-1252.
        let cp1252: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94]
        #expect(TextDecoding.decode(cp1252) == "café – “q”")
        let utf16le: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00]
        #expect(TextDecoding.decode(utf16le) == "Hé")
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("ok".utf8)) == "ok")
    }

    /// UTF-8 with stray windows-1252 bytes pasted in: each stray byte is read as windows-1252,
    /// every well-formed sequence as UTF-8 (before and after the first stray byte alike).
    @Test func readsStrayBytesInUTF8AsWindows1252() {
        let mixed: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" \u{2014} ".utf8) + [0x93] + Array("ok".utf8) + [0x94]
            + Array(" \u{A3}5".utf8)
        #expect(TextDecoding.decode(mixed) == "Café \u{2014} \u{201C}ok\u{201D} \u{A3}5")
        // Sequences Unicode calls ill-formed are stray bytes too: a truncated one, an overlong
        // one, a surrogate, a lead byte past U+10FFFF.
        for stray in [[0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80]] as [[UInt8]] {
            let bytes = Array("a".utf8) + stray + Array("b \u{E9}".utf8)
            let expected = "a" + String(String.UnicodeScalarView(stray.map { TextDecoding.windows1252($0) })) + "b \u{E9}"
            #expect(TextDecoding.repairingStrayBytes(bytes) == Array(expected.utf8), "\(stray)")
        }
        #expect(TextDecoding.repairingStrayBytes(Array("all \u{E9}\u{1F6A2} well-formed".utf8)) == nil)
    }
}
