@_exported import NarratorCore
import NarratorHTML

/// Input stage: a file or standard input to an `Article`, by the input's kind.
public struct ArticleLoader: Sendable {
    public var maxInputBytes: Int

    public init(maxInputBytes: Int = 64 << 20) {
        self.maxInputBytes = maxInputBytes
    }

    /// Reads and extracts one input ("-" is standard input).
    public func load(_ source: String) throws -> Article {
        try extract(InputDocument.read(source, maxBytes: maxInputBytes))
    }

    /// Extracts an article from an input already read.
    public func extract(_ input: InputDocument) throws -> Article {
        switch input.kind {
        case .html:
            let root = try HTMLParser.parse(input.bytes, source: input.source)
            return try HTMLArticleExtractor().extract(root: root, source: input.source)
        case .text:
            return try PlainTextExtractor().extract(text: TextDecoding.decode(input.bytes), source: input.source)
        case .markdown:
            return try MarkdownExtractor().extract(text: TextDecoding.decode(input.bytes), source: input.source)
        }
    }
}
