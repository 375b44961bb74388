/// Which reading of a page's body is heard: the prose reading, unless a stronger one is at
/// hand. In order: the page's own JSON-LD `articleBody` when it holds far more than was found;
/// the page read again without class-word hints (a template that names its main column with a
/// furniture word); the page's main region read line by line (a page with no article of its
/// own: a listing of jobs, a shop's collection).
struct ReadingChoice {
    let tree: PageTree
    let measures: PageMeasures
    let body: PageTree.Index
    let headlineNode: PageTree.Index?
    /// The headline's text (the `<h1>`'s, else the page's metadata's).
    let headline: String?
    let title: String?
    let metadata: PageMetadata

    func read(classWords: Bool) -> BodyReading {
        BodyReading(tree: tree, measures: measures, body: body, headlineNode: headlineNode,
                    headline: headline, title: title, classWords: classWords,
                    asideStories: metadata.declaresArticle)
    }

    func best() -> BodyReading {
        let first = read(classWords: true)
        var reading = first
        let found = Self.words(in: reading.sections)
        if let ldBody = metadata.articleBody, case let ldWords = Self.words(ldBody), ldWords >= 50, ldWords > 2 * found {
            reading.sections = [Section(paragraphs: Self.paragraphs(ldBody))]
            reading.shingles = ShingleSet(shinglesOf: reading.sections[0].paragraphs)
        } else if reading.filter.decidedByClassWords, found < Self.weakReading {
            let lenient = read(classWords: false)
            if lenient.sections.contains(where: { $0.paragraphs.contains { Self.words($0) >= 10 } }),
               found == 0 || Self.words(in: lenient.sections) >= 2 * max(found, Self.weakReading / 2) {
                reading = lenient
            }
        }
        return asListing(instead: reading, verdicts: first.filter) ?? reading
    }

    /// The main region read line by line, when the reading is weak (under 60 words, and 360
    /// characters: Japanese or Chinese prose has few spaces) and that finds twice as much, or
    /// when the page does not say it is an article and the region shows four times what the
    /// reading found (a shop's blurb above its products); else nil.
    ///
    /// - Parameter verdicts: the class-word reading's judgements, read again with strict hints.
    private func asListing(instead reading: BodyReading, verdicts: BoilerplateHints) -> BodyReading? {
        let found = Self.words(in: reading.sections)
        let characters = Self.characters(in: reading.sections)
        let weak = found < Self.weakReading && characters < 6 * Self.weakReading
        // The region's text bounds what a reading of it finds (a word and a space take two
        // characters at least): a page whose region cannot hold four times the words found is
        // not read twice.
        let strict = verdicts.withStrictHints()
        let region = BodyReading.mainRegion(in: body, filter: strict)
        guard weak || (!metadata.declaresArticle && Int(measures.textLength[region]) + 1 >= 2 * Self.listingShare * found)
        else { return nil }
        let lines = BodyReading(linesOf: region, filter: strict, title: title)
        let listed = Self.words(in: lines.sections)
        return listed >= Self.fewestListedWords && listed >= (weak ? 2 : Self.listingShare) * found ? lines : nil
    }

    /// Fewer words than this in a reading make it weak: then the page is read again without
    /// class-word hints, and that reading is kept when it finds twice as much (or anything, in
    /// place of nothing).
    static let weakReading = 60
    /// Words a page read line by line must hold to be read so.
    static let fewestListedWords = 15
    /// How many times the reading's words a page that does not say it is an article must show
    /// in its main region to be read line by line.
    static let listingShare = 4

    static func characters(in sections: [Section]) -> Int {
        sections.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + $1.unicodeScalars.count } }
    }

    static func words(in sections: [Section]) -> Int {
        sections.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + words($1) } }
    }

    static func words(_ text: String) -> Int { ByteText.wordCount(text.utf8) }

    /// A plain-text body as paragraphs: its non-empty lines, whitespace collapsed.
    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { TextCleanup.collapse(String($0)) }.filter { !$0.isEmpty }
    }
}
