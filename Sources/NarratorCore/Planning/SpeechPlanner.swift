/// Turns an article into a speech plan: chapters, paragraphs and sentences.
///
/// The first chapter is titled with the headline and opens with the headline and standfirst;
/// body text before the first section heading belongs to it. Every section heading starts a
/// new chapter titled with the heading, and the heading is spoken as its first paragraph.
public struct SpeechPlanner: Sendable {
    public var segmenter: SentenceSegmenter
    /// Announced after the headline, byline first (none by default).
    public var announce: Set<Announcement>
    /// The language of what the narration adds (announcements, an edition's transitions): the
    /// voice's. nil, for a language without a wording: nothing is added.
    public var wording: AnnouncementWording?

    public init(segmenter: SentenceSegmenter = SentenceSegmenter(), announce: Set<Announcement> = [],
                wording: AnnouncementWording? = .english) {
        self.segmenter = segmenter
        self.announce = announce
        self.wording = wording
    }

    public func plan(_ article: Article) -> SpeechPlan {
        var chapters: [SpeechPlan.Chapter] = []
        var paragraphIndex = 0
        func paragraph(_ text: String, role: Announcement? = nil) -> SpeechPlan.Paragraph? {
            let sentences = role == nil ? segmenter.sentences(in: text) : [text]
            guard !sentences.isEmpty else { return nil }
            defer { paragraphIndex += 1 }
            return SpeechPlan.Paragraph(index: paragraphIndex, sentences: sentences, role: role)
        }

        var opening: [SpeechPlan.Paragraph] = []
        if let title = article.title, let p = paragraph(title) { opening.append(p) }
        for announcement in Announcement.allCases where announce.contains(announcement) {
            if let wording, let sentence = announcement.sentence(for: article, in: wording), let p = paragraph(sentence, role: announcement) {
                opening.append(p)
            }
        }
        if let standfirst = article.standfirst, let p = paragraph(standfirst) { opening.append(p) }
        var sections = article.sections[...]
        if let first = sections.first, first.heading == nil || opening.isEmpty {
            // The untitled opening section (or, with no headline, the first section) joins chapter one.
            if let heading = first.heading, let p = paragraph(heading) { opening.append(p) }
            opening += Self.items(of: first).compactMap { paragraph($0) }
            let title = article.title ?? first.heading ?? Self.fallbackTitle(article)
            chapters.append(.init(title: title, paragraphs: opening))
            sections = sections.dropFirst()
        } else {
            chapters.append(.init(title: article.title ?? Self.fallbackTitle(article), paragraphs: opening))
        }
        for section in sections {
            var paragraphs: [SpeechPlan.Paragraph] = []
            if let heading = section.heading, let p = paragraph(heading) { paragraphs.append(p) }
            paragraphs += Self.items(of: section).compactMap { paragraph($0) }
            guard !paragraphs.isEmpty else { continue }
            if let heading = section.heading {
                chapters.append(.init(title: heading, paragraphs: paragraphs))
            } else {
                chapters[chapters.count - 1].paragraphs += paragraphs
            }
        }
        return SpeechPlan(chapters: chapters.filter { !$0.paragraphs.isEmpty }, languageTag: article.language)
    }

    /// A section's paragraphs as spoken: an ordered list's items with their numbers ("3. Bring
    /// a lantern"), which the segmenter reads as a list marker; an item that writes a number of
    /// its own first ("41. Pitchika V.", "#1 Best seller") is numbered by it alone.
    static func items(of section: Section) -> [String] {
        guard !section.listNumbers.isEmpty else { return section.paragraphs }
        return section.paragraphs.enumerated().map { offset, text in
            guard let number = section.listNumbers[offset], !opensWithANumber(text) else { return text }
            return "\(number). \(text)"
        }
    }

    /// "41.", "3)", "12:", "#1": figures (after a "#") and a mark, at the start of an item, the
    /// figures going no further ("2.5 cups" is a quantity).
    static func opensWithANumber(_ text: String) -> Bool {
        var bytes = text.utf8.drop { $0 == 0x23 }  // "#"
        let hash = bytes.count < text.utf8.count
        let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        guard (1...4).contains(digits) else { return false }
        bytes = bytes.dropFirst(digits)
        guard let mark = bytes.first else { return hash }
        // Not a figure going on ("2.5 cups", "127.0.0.1", "12:30").
        if let next = bytes.dropFirst().first, next >= 0x30, next <= 0x39 { return false }
        return hash || mark == 0x2E || mark == 0x29 || mark == 0x3A  // "." ")" ":"
    }

    /// A title from the source file name when the article has none.
    public static func fallbackTitle(_ article: Article) -> String {
        if article.source == "-" { return "Article" }
        let name = article.source.split(separator: "/").last.map(String.init) ?? article.source
        return name.split(separator: ".").first.map(String.init) ?? name
    }
}
