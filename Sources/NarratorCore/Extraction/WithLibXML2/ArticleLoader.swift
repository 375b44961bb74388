import NarratorCore

/// Input stage: a file or standard input to an `Article`, by the input's kind.
public struct ArticleLoader: Sendable {
    public var maxInputBytes: Int

    public init(maxInputBytes: Int = NarrationSettings.defaultMaxInputBytes) {
        self.maxInputBytes = maxInputBytes
    }

    /// Reads and extracts one input ("-" is standard input).
    public func load(_ source: String) throws -> Article {
        try extract(InputDocument.read(source, maxBytes: maxInputBytes))
    }

    /// Extracts an article from an input already read. The input is consumed: an HTML page's
    /// bytes are parsed in place when nothing else holds them.
    public func extract(_ input: consuming InputDocument) throws -> Article {
        switch input.kind {
        case .html:
            let tree = try HTMLParser.parse(&input.bytes, source: input.source, transportCharset: input.charset)
            return try HTMLArticleExtractor().extract(tree: tree, source: input.source)
        case .text:
            return try PlainTextExtractor().extract(text: TextDecoding.decode(input.bytes, charset: input.charset), source: input.source)
        case .markdown:
            return try MarkdownExtractor().extract(text: TextDecoding.decode(input.bytes, charset: input.charset), source: input.source)
        }
    }
}
