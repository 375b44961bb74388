/// Finds the article in a parsed HTML page: metadata, headline, standfirst and body.
///
/// The body is the element with the most paragraph text (itemprop=articleBody, <article> and
/// <main> are preferred when they hold most of it), read block by block with boilerplate
/// (navigation, ads, captions, widgets, related links, hidden elements) skipped.
public struct HTMLArticleExtractor: Sendable {
    public init() {}

    public func extract(tree: PageTree, source: String) throws -> Article {
        let metadata = PageMetadata(tree: tree)
        let measures = PageMeasures(tree)
        // A page whose markup runs on past its end (a second <html>, text after </html>) has
        // prose outside the first <body>: then the whole document is read.
        let firstBody = tree.first(.body, in: tree.document)
        let body = firstBody.flatMap {
            measures.paragraphCharacters[$0] * 2 >= measures.paragraphCharacters[tree.document] ? $0 : nil
        } ?? tree.document
        let headlineNode = tree.first(.h1, in: body)
        let h1 = headlineNode.map { tree.text(of: $0) }
        let title = [h1, metadata.headline, metadata.documentTitle].lazy
            .compactMap { $0 }.first { !$0.isEmpty }
        func read(classWords: Bool, asLines: Bool = false) -> BodyReading {
            BodyReading(tree: tree, measures: measures, body: body, headlineNode: headlineNode,
                        headline: h1 ?? metadata.headline, title: title, classWords: classWords, asLines: asLines)
        }
        var reading = read(classWords: true)
        // Weaker readings, strongest first: the page's own JSON-LD articleBody when it holds far
        // more than was found, then the page read again without class-word hints (a template
        // that names its main column with a furniture word).
        let words = { (text: String) in ByteText.wordCount(text.utf8) }
        let found = Self.words(in: reading.sections)
        if let ldBody = metadata.articleBody, case let ldWords = words(ldBody), ldWords >= 50, ldWords > 2 * found {
            reading.sections = [Section(paragraphs: Self.paragraphs(ldBody))]
            reading.shingles = ShingleSet(shinglesOf: reading.sections[0].paragraphs)
        } else if reading.filter.decidedByClassWords, found < Self.weakReading {
            let lenient = read(classWords: false)
            if lenient.sections.contains(where: { $0.paragraphs.contains { words($0) >= 10 } }),
               found == 0 || Self.words(in: lenient.sections) >= 2 * max(found, Self.weakReading / 2) {
                reading = lenient
            }
        }
        // A page with no article of its own (a listing of jobs, a shop's collection) is read for
        // what its main region shows, line by line: when the readings above are weak (under 60
        // words, and 360 characters: Japanese or Chinese prose has few spaces) and it finds
        // twice as much, or when the page does not say it is an article and the region shows
        // four times what the prose reading found (a shop's blurb above its products).
        let foundNow = Self.words(in: reading.sections)
        let weak = foundNow < Self.weakReading && Self.characters(in: reading.sections) < 6 * Self.weakReading
        // (The region's text bounds what a reading of it finds: a page whose region cannot hold
        // four times the prose found is not read twice.)
        let region = BodyReading.mainRegion(in: body, filter: reading.filter)
        if weak || (!metadata.declaresArticle
                    && Int(measures.textLength[region]) >= Self.listingShare * Self.characters(in: reading.sections)) {
            let lines = read(classWords: true, asLines: true)
            let linesWords = Self.words(in: lines.sections)
            if linesWords >= Self.fewestListedWords, linesWords >= (weak ? 2 : Self.listingShare) * foundNow {
                reading = lines
            }
        }
        let filter = reading.filter
        let standfirst = Standfirst(filter: filter, sections: reading.sections, bodyShingles: reading.shingles, headline: title)
            .choose(in: body, headlineNode: headlineNode, metadata: metadata)
        var article = Article(
            source: source, title: title, byline: metadata.author ?? Self.byline(in: body, filter: filter),
            published: metadata.published ?? tree.first(.time, in: body).flatMap { tree[$0, .datetime] },
            language: metadata.language,
            standfirst: standfirst,
            sections: reading.sections)
        article.canonicalURL = metadata.canonicalURL
        guard article.hasBody else {
            throw ExtractionError(source: source, problem: .noArticleText(reading.rejectedParagraphs))
        }
        return article
    }

    /// Fewer words than this in a reading make it weak: then the page is read again without
    /// class-word hints, and that reading is kept when it finds twice as much (or anything, in
    /// place of nothing).
    static let weakReading = 60

    /// Words a page read line by line must hold to be read so.
    static let fewestListedWords = 15
    /// How many times the prose reading's words a page that does not say it is an article must
    /// show in its main region to be read line by line.
    static let listingShare = 4

    static func characters(in sections: [Section]) -> Int {
        sections.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + $1.unicodeScalars.count } }
    }

    static func words(in sections: [Section]) -> Int {
        sections.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + ByteText.wordCount($1.utf8) } }
    }

    /// A plain-text body as paragraphs: its non-empty lines, whitespace collapsed.
    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { TextCleanup.collapse(String($0)) }.filter { !$0.isEmpty }
    }

    /// A visible byline: rel=author, or an element whose class names the author or byline.
    static func byline(in body: PageTree.Index, filter: BoilerplateHints) -> String? {
        let inBody = filter.tree.descendants(body)
        guard let node = filter.bylineCandidates.first(where: { inBody.contains($0) }) else { return nil }
        var text = filter.tree.text(of: node)
        guard !text.isEmpty, text.count < 120 else { return nil }
        if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
        return text
    }
}
