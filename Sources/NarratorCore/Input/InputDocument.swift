import Foundation

/// The raw bytes of one input and what kind of document they hold.
public struct InputDocument: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case html, text, markdown
    }

    /// A file path, or "-" for standard input.
    public var source: String
    public var bytes: [UInt8]
    public var kind: Kind
    /// The charset the transport named (an HTTP Content-Type header), used when the document
    /// declares none of its own.
    public var charset: String?

    public init(source: String, bytes: [UInt8], kind: Kind, charset: String? = nil) {
        self.source = source
        self.bytes = bytes
        self.kind = kind
        self.charset = charset
    }

    /// A fetched page as an input: its kind from its media type (by content when the server
    /// said text/plain or nothing), its source the address that answered.
    public static func fetched(_ page: FetchedPage) throws -> InputDocument {
        var document = try classify(source: page.final, bytes: page.body)
        switch page.mediaType {
        case "text/html", "application/xhtml+xml": document.kind = .html
        case "text/markdown", "text/x-markdown": document.kind = .markdown
        default: break
        }
        document.charset = page.charset
        return document
    }

    /// Reads a file (or standard input for "-") and classifies it.
    ///
    /// - Throws: `InputError` when the file is missing, unreadable, empty, binary or too large.
    public static func read(_ source: String, maxBytes: Int = NarrationSettings.defaultMaxInputBytes) throws -> InputDocument {
        let bytes = try InputReader.bytes(of: source, maxBytes: maxBytes)
        return try classify(source: source, bytes: bytes)
    }

    /// Reads a file (or standard input for "-") without classifying it; empty input is allowed.
    public static func readBytes(_ source: String, maxBytes: Int = 256 << 20) throws -> [UInt8] {
        try InputReader.bytes(of: source, maxBytes: maxBytes)
    }

    /// Classifies bytes already read: HTML by content first, then by extension.
    public static func classify(source: String, bytes: [UInt8]) throws -> InputDocument {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
            || bytes == [0xEF, 0xBB, 0xBF] {
            throw InputError(source: source, problem: .empty)
        }
        if InputSniffer.looksBinary(bytes) {
            throw InputError(source: source, problem: .binary)
        }
        return InputDocument(source: source, bytes: bytes, kind: InputSniffer.kind(of: bytes, source: source))
    }
}

/// Why an input could not be read.
public struct InputError: NarratorError, Equatable {
    public enum Problem: Sendable, Equatable {
        case missing, unreadable(String), empty, binary, tooLarge(limit: Int), isDirectory
    }

    public var source: String
    public var problem: Problem

    public init(source: String, problem: Problem) {
        self.source = source
        self.problem = problem
    }

    public var description: String {
        let name = InputSource.displayName(source)
        switch problem {
        case .missing: return "\(name): no such file"
        case .unreadable(let why): return "\(name): cannot read: \(why)"
        case .empty: return "\(name): the input is empty"
        case .binary: return "\(name): the input is binary data, not an HTML, text or Markdown article"
        case .tooLarge(let limit):
            let size = limit >= 1 << 20 ? "\(limit / (1 << 20)) MiB" : "\(max(1, limit / 1024)) KiB"
            return "\(name): the input is larger than the \(size) limit (--max-input-mb)"
        case .isDirectory: return "\(name): is a directory, not an article file"
        }
    }

    public var exitStatus: ExitStatus {
        switch problem {
        case .missing, .unreadable, .isDirectory: return .noInput
        case .empty, .binary, .tooLarge: return .dataError
        }
    }
}

/// How inputs are named in messages.
public enum InputSource {
    /// "standard input" for "-", else the path as given.
    public static func displayName(_ source: String) -> String {
        source == "-" ? "standard input" : source
    }
}
