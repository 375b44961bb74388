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
    /// The address the page names as its own (`<link rel="canonical">` or `og:url`), as written.
    public var canonicalURL: String?

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
    /// The number an ordered list shows before an item, by the item's place in `paragraphs`
    /// (the number is spoken, not part of the item's text).
    public var listNumbers: [Int: Int] = [:]
    /// The list each item came from, by the item's place in `paragraphs`: an id the extractor
    /// gives each list of a page (items of one list share it). The extractor's own: not encoded,
    /// not compared.
    var lists: [Int: Int] = [:]
    /// The rank of the heading's element (2 for `<h2>`), when the heading was one: the
    /// extractor's own, like `lists`.
    var headingRank: Int?

    public init(heading: String? = nil, paragraphs: [String] = [], listNumbers: [Int: Int] = [:]) {
        self.heading = heading
        self.paragraphs = paragraphs
        self.listNumbers = listNumbers
    }

    /// A section opened by a heading element of `rank`.
    init(heading: String, rank: Int?) {
        self.init(heading: heading)
        headingRank = rank
    }

    public static func == (a: Section, b: Section) -> Bool {
        a.heading == b.heading && a.paragraphs == b.paragraphs && a.listNumbers == b.listNumbers
    }

    /// Appends another section's paragraphs (its heading dropped), list numbers and lists kept
    /// with their items.
    public mutating func append(paragraphsOf other: Section) {
        for (offset, number) in other.listNumbers { listNumbers[paragraphs.count + offset] = number }
        for (offset, list) in other.lists { lists[paragraphs.count + offset] = list }
        paragraphs += other.paragraphs
    }

    /// The section without the paragraphs at `offsets`, list numbers and lists kept with their
    /// items.
    public func removing(_ offsets: Set<Int>) -> Section {
        guard !offsets.isEmpty else { return self }
        // A copy with its items emptied: whatever else a section carries stays.
        var kept = self
        kept.paragraphs = []
        kept.listNumbers = [:]
        kept.lists = [:]
        for (offset, paragraph) in paragraphs.enumerated() where !offsets.contains(offset) {
            if let number = listNumbers[offset] { kept.listNumbers[kept.paragraphs.count] = number }
            if let list = lists[offset] { kept.lists[kept.paragraphs.count] = list }
            kept.paragraphs.append(paragraph)
        }
        return kept
    }

    enum CodingKeys: String, CodingKey { case heading, paragraphs, listNumbers }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        heading = try container.decodeIfPresent(String.self, forKey: .heading)
        paragraphs = try container.decode([String].self, forKey: .paragraphs)
        listNumbers = try container.decodeIfPresent([Int: Int].self, forKey: .listNumbers) ?? [:]
    }
}
