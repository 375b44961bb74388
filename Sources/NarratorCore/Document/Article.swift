/// An article as the rest of the pipeline sees it: metadata and the text to be read.
///
/// Produced by the extraction stage from HTML, plain text or Markdown; consumed by the planner.
public struct Article: Sendable, Equatable, Codable {
    /// Where the article came from: a file path, or "-" for standard input.
    public var source: String
    public var title: String?
    public var byline: String?
    /// The publication date as the page gave it (ISO 8601 where the page had one).
    public var published: String?
    /// A BCP 47 language tag such as "en" or "en-GB", when the page declares one.
    public var language: String?
    /// The standfirst (dek, summary) printed under the headline.
    public var standfirst: String?
    public var sections: [Section]

    public init(source: String, title: String? = nil, byline: String? = nil,
                published: String? = nil, language: String? = nil, standfirst: String? = nil,
                sections: [Section] = []) {
        self.source = source
        self.title = title
        self.byline = byline
        self.published = published
        self.language = language
        self.standfirst = standfirst
        self.sections = sections
    }

    /// All body paragraphs, in reading order.
    public var paragraphs: [String] { sections.flatMap(\.paragraphs) }

    /// True when there is body text to read.
    public var hasBody: Bool { sections.contains { !$0.paragraphs.isEmpty } }
}

/// A run of paragraphs, under an optional heading. A heading starts a chapter in the audio.
public struct Section: Sendable, Equatable, Codable {
    public var heading: String?
    public var paragraphs: [String]

    public init(heading: String? = nil, paragraphs: [String] = []) {
        self.heading = heading
        self.paragraphs = paragraphs
    }
}
