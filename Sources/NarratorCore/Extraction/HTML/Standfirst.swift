/// Chooses the standfirst read after the headline: the article's own summary, or none.
///
/// Candidates are an element whose class names a standfirst (dek, summary, subtitle...) placed
/// just after the headline, then the page's description where the page shows it (one written
/// for search results alone is not the article's standfirst). A candidate is refused when it
/// is not the article's own (furniture wording, a newsletter or sign-up prompt, a byline or
/// date, a short tagline, the headline glued to a label) or when the body already says it: a
/// listener would hear it twice. A summary element the body reads as its first paragraph,
/// which the opening then retells, is left out of the body (`leaveOutRestatedSummary`).
struct Standfirst {
    let tree: PageTree
    let filter: BoilerplateHints
    /// Word 4-grams of the body, lower-cased.
    let bodyShingles: ShingleSet
    let headline: String?
    /// The first `<h1>`'s text when it names something else than the article (`Headline`).
    let passedOver: String?
    /// The body: a standfirst element the body reads as a paragraph is heard there.
    private(set) var sections: [Section]

    /// Elements after the headline within this many nodes of it can be its standfirst.
    static let reach = 120

    /// The nodes after the headline, within `reach` of it and inside the body.
    private func reach(after headlineNode: PageTree.Index, in body: PageTree.Index) -> Range<PageTree.Index> {
        (headlineNode + 1)..<min(headlineNode + Self.reach, tree.end(body))
    }

    /// - Parameter bodyShingles: the word 4-grams of the body's paragraphs (`BodyReading` has them).
    init(filter: BoilerplateHints, sections: [Section], bodyShingles: ShingleSet, headline: String?,
         passedOver: String? = nil) {
        self.tree = filter.tree
        self.filter = filter
        self.headline = headline
        self.passedOver = passedOver
        self.sections = sections
        self.bodyShingles = bodyShingles
    }

    func choose(in body: PageTree.Index, headlineNode: PageTree.Index?, metadata: PageMetadata) -> String? {
        // A line the page's JSON-LD gives as an image's caption is the caption under the lead
        // image (set in the standfirst's type), not a summary.
        func isSummary(_ text: String) -> Bool { isArticlesOwn(text) && !metadata.imageCaptions.contains(text) }
        if let headlineNode {
            let window = reach(after: headlineNode, in: body)
            for node in filter.standfirstCandidates where window.contains(node) && !isInFurniture(node, below: body) {
                let text = EscapedMarkup.removed(from: tree.text(of: node))
                // A standfirst element inside the article's container is heard as its opening.
                if sections.contains(where: { $0.paragraphs.contains(text) }) { return nil }
                if isSummary(text) { return text }
            }
        }
        // A description the page does not show its reader is written for search results
        // ("Discover the top 10 trends... Learn more now!"): the listener hears what the page
        // shows. It is looked for after the headline, where a standfirst stands: a site's
        // tagline in its banner above, or a line for voice assistants, is not the article's.
        if let description = metadata.description.map(EscapedMarkup.removed(from:)), isSummary(description),
           shows(description, in: ((headlineNode ?? body) + 1)..<tree.end(body)) {
            return description
        }
        return nil
    }

    /// Whether the page shows the text to its reader: its first words (`shownWords` of them),
    /// in order, in the text of `nodes`, where scripts, styles and templates are not read.
    /// Words are compared as `Shingles` reads them, so a text node's entities and typographic
    /// quotation marks do not matter.
    func shows(_ text: String, in nodes: Range<PageTree.Index>) -> Bool {
        let key = Shingles.openingWords(of: text, count: Self.shownWords)
        guard !key.isEmpty else { return false }
        var window: [UInt64] = []
        window.reserveCapacity(key.count)
        var found = false
        var index = nodes.lowerBound
        let end = nodes.upperBound
        while index < end, !found {
            let tag = tree.tag(index)
            if tag.hidesText { index = tree.end(index); continue }
            guard tag == .text else { index += 1; continue }
            tree.textBytes(index).withUnsafeBufferPointer { bytes in
                Shingles.forEachWord(in: bytes) { _, word in
                    guard !found else { return }
                    if window.count == key.count { window.removeFirst() }
                    window.append(word)
                    if window == key { found = true }
                }
            }
            index += 1
        }
        return found
    }

    /// The words of a description that must stand in the page's text, in order, for the page
    /// to show it (a page may show a shortened description, or one running on).
    static let shownWords = 8

    /// Leaves out the body's first paragraph when that is a summary element (an excerpt or a dek
    /// inside the article's container, just after the headline) and the paragraphs after it say
    /// it again: the article's opening retold in its own first sentences ("We got the keys 48
    /// hours ago. The house is full of boxes, chaos..." above "We got the keys 48 hours ago.
    /// The house is full of boxes, our stuff..."). The listener hears the opening once, as the
    /// article tells it.
    mutating func leaveOutRestatedSummary(in body: PageTree.Index, headlineNode: PageTree.Index?) {
        guard let headlineNode else { return }
        leaveOutRestatedSummaryHeading(in: body, headlineNode: headlineNode)
        guard let first = sections.firstIndex(where: { !$0.paragraphs.isEmpty }) else { return }
        let opening = sections[first].paragraphs[0]
        guard ByteText.wordCount(opening.utf8) >= 6 else { return }
        guard summaryElement(says: opening, among: reach(after: headlineNode, in: body), in: body) else { return }
        let told = sections[first...].lazy.flatMap(\.paragraphs).dropFirst().prefix(Self.openingParagraphs)
        guard Self.repeats(opening, in: ShingleSet(shinglesOf: Array(told))) else { return }
        sections[first] = sections[first].removing([0])
        sections = sections.filter { !$0.paragraphs.isEmpty || $0.heading != nil }
    }

    /// A summary element the body reads as its first heading (a dek set as an `<h2>`) whose
    /// words the body's paragraphs say again ("...is not a future concept. It is a practical
    /// model agencies can adopt today" as the dek and as the closing line): heard there, not
    /// as a chapter's title too.
    private mutating func leaveOutRestatedSummaryHeading(in body: PageTree.Index, headlineNode: PageTree.Index) {
        guard let first = sections.firstIndex(where: { $0.heading != nil }), let heading = sections[first].heading,
              ByteText.wordCount(heading.utf8) >= 6 else { return }
        // Anywhere after the headline: the body's first heading (a lead image's sources can
        // set it beyond a standfirst's reach).
        guard summaryElement(says: heading, among: (headlineNode + 1)..<tree.end(body), in: body),
              Self.repeats(heading, in: ShingleSet(shinglesOf: sections.flatMap(\.paragraphs))) else { return }
        sections[first].heading = nil
        sections = sections.filter { !$0.paragraphs.isEmpty || $0.heading != nil }
    }

    /// Whether an element among `nodes` whose class names a summary (`summaryWords`), not in
    /// furniture, says `text`.
    private func summaryElement(says text: String, among nodes: Range<PageTree.Index>, in body: PageTree.Index) -> Bool {
        nodes.contains { node in
            guard tree.isElement(node), let classes = tree.attributeBytes(node, .class),
                  Self.summaryWords.occur(in: classes.map(ByteText.lower)) else { return false }
            return !isInFurniture(node, below: body) && EscapedMarkup.removed(from: tree.text(of: node)) == text
        }
    }

    /// Class words of a summary element: a standfirst's, and an excerpt's (a post's excerpt set
    /// above its text; as a standfirst candidate it is too often a teaser or a site's line).
    static let summaryWords = ByteNeedles(BoilerplateHints.standfirstWordList + ["excerpt"])

    /// The paragraphs after a summary that make the article's opening.
    static let openingParagraphs = 3

    /// Whether the text can be read as this article's standfirst.
    func isArticlesOwn(_ text: String) -> Bool {
        let words = ByteText.wordCount(text.utf8)
        guard words >= 6, words <= 90 else { return false }
        if TextCleanup.isBoilerplateLabel(text) || TextCleanup.isDateLine(text) || FurnitureLines.isFurniture(text) {
            return false
        }
        let lower = text.utf8.map(ByteText.lower)
        if Self.prompts.occur(in: lower) { return false }
        // "JANE DOE Nov. 20, 2019 Updated: 1:35 a.m.": a dateline, whatever else is glued to it.
        if Self.datelineWords.occur(in: lower), Self.hasYear(lower) { return false }
        // The headline glued to a label or a date ("Updated 3 May<headline>") is not a summary.
        if let headline, headline.utf8.count >= 12, text.contains(headline) { return false }
        // A line naming what the first <h1> names, when that is not the article (a blog's name
        // and its tagline), describes the site.
        if let passedOver, passedOver.utf8.count >= 6, text.contains(passedOver) { return false }
        if !TextCleanup.endsLikeSentence(text) {
            // A line without a sentence's end and under a dozen words is a tagline.
            if words < 12 { return false }
            // Without a sentence's end, a line opening "By Name" or written mostly in
            // capitalised words is a byline, a list of names or a label, not a summary.
            if Self.isBylineOpening(text) || Self.capitalisedShare(text) >= 0.5 { return false }
        }
        // A sentence said twice in a row is a widget's text doubled for its animation.
        if Self.repeatsItself(text) { return false }
        return !repeatsBody(text) && !restatesOpening(text)
    }

    /// Whether the text opens with the same five words as the body's first paragraph: the
    /// opening restated ("Monday's best deals include various MacBook offers..." above
    /// "Monday's best deals include various MacBook models..."), a description written from
    /// it; the listener would hear the article begin twice.
    func restatesOpening(_ text: String) -> Bool {
        guard let opening = sections.lazy.flatMap(\.paragraphs).first else { return false }
        let words = Shingles.openingWords(of: text, count: Self.openingWordsRestated)
        return words.count == Self.openingWordsRestated
            && words == Shingles.openingWords(of: opening, count: Self.openingWordsRestated)
    }

    static let openingWordsRestated = 5

    /// Whether a third or more of the text's word 4-grams are in the body, or a run of a dozen
    /// words of it is: the listener would hear that passage twice, straight after the headline
    /// and again in the body.
    func repeatsBody(_ text: String) -> Bool { Self.repeats(text, in: bodyShingles) }

    /// Whether a third or more of the text's word 4-grams are among those `heard`, or a run of
    /// a dozen words of it is.
    static func repeats(_ text: String, in heard: ShingleSet) -> Bool {
        let shingles = Shingles.of(text)
        guard !shingles.isEmpty else { return false }
        var repeated = 0
        var run = 0
        for shingle in shingles {
            guard heard.contains(shingle) else { run = 0; continue }
            repeated += 1
            run += 1
            if run >= repeatedRun - 3 { return true }  // 9 shingles: 12 words
        }
        return repeated * 3 >= shingles.count
    }

    /// Words in a row heard in the body that make a standfirst a repeat.
    static let repeatedRun = 12

    /// Whether the element is inside furniture (an article's `<header>`, where standfirsts
    /// live, is not).
    private func isInFurniture(_ node: PageTree.Index, below body: PageTree.Index) -> Bool {
        var ancestor: PageTree.Index? = node
        while let current = ancestor, current > body {
            if tree.tag(current) != .header, filter.isBoilerplate(current) { return true }
            ancestor = tree.parent(current)
        }
        return false
    }

    /// "By Jane Doe ...": the word "By" then a capitalised word.
    static func isBylineOpening(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 2)
        return words.count >= 2 && words[0] == "By" && (words[1].first?.isUppercase ?? false)
    }

    /// The share of words that open with a capital letter (numbers and symbols aside).
    static func capitalisedShare(_ text: String) -> Double {
        var capitalised = 0
        var lettered = 0
        for word in text.split(separator: " ") {
            guard let first = word.first(where: { $0.isLetter }) else { continue }
            lettered += 1
            if first.isUppercase { capitalised += 1 }
        }
        return lettered == 0 ? 0 : Double(capitalised) / Double(lettered)
    }

    /// Whether the text is one passage said twice ("Over 6,000 users. Over 6,000 users.").
    static func repeatsItself(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 4, words.count % 2 == 0 else { return false }
        return words[..<(words.count / 2)].elementsEqual(words[(words.count / 2)...])
    }

    static let datelineWords = ByteNeedles(["updated", "published", "posted", "last modified"])

    /// Whether the text holds a year from 1900 to 2099 as four digits of its own.
    static func hasYear(_ bytes: [UInt8]) -> Bool {
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && ByteText.isDigit(bytes[index]) }
        for start in bytes.indices where (bytes[start] == 0x31 && bytes.dropFirst(start + 1).first == 0x39)
            || (bytes[start] == 0x32 && bytes.dropFirst(start + 1).first == 0x30) {
            if isDigit(start + 2), isDigit(start + 3), !isDigit(start - 1), !isDigit(start + 4) { return true }
        }
        return false
    }

    /// Calls to act: a standfirst informs, it does not ask.
    static let prompts = ByteNeedles([
        "newsletter", "sign up", "signup", "subscribe", "inbox", "click here", "log in", "sign in", "fill out",
        "complete the form", "get in touch", "contact us", "rate it", "follow us", "share on", "share this", "check out our",
    ])
}
