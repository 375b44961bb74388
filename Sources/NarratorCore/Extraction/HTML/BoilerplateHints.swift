/// Signals that an HTML element is not article text: its tag, its role, its class and id.
///
/// Some tags are never read (scripts, media, controls). The rest of the signals (layout tags
/// such as `<footer>` and `<aside>`, ARIA roles, class and id words such as "sidebar" or
/// "comments") are hints: a page that wraps its whole layout in `<form>` or in
/// `<div class="has-sidebar">` would otherwise lose its article, so an element flagged only by
/// hints is kept when it holds a large share of the page's paragraph text.
struct BoilerplateHints {
    /// `hint`: furniture unless it holds a large share of the page's prose (a layout wrapper
    /// around the article). `concealed`: hidden from view, read only when it holds most of the
    /// page's prose (pages that render their body hidden and reveal it by script).
    /// `weak`: a class word that also names content blocks ("widget"), read when it holds a
    /// paragraph and its text is mostly prose, or hardly links (a product's lists of prices), or
    /// when its text is a heading or a list with few links (a page builder's heading or list
    /// block).
    /// `wrapper`: a class word on an element around the page's headline: furniture unless it
    /// holds prose of its own (the words describe the article: "promoted", "featured").
    /// `discussion`: comments, furniture below an article but the content of a discussion page
    /// (a forum thread, a Q&A page), which holds most of its prose in them.
    enum Verdict: UInt8 { case keep, skip, hint, concealed, weak, wrapper, discussion }

    let tree: PageTree
    let measures: PageMeasures
    /// Each element's verdict, judged once.
    private let verdicts: [Verdict]
    /// Paragraph text on the whole page, in characters (see `PageMeasures.paragraphCharacters`).
    let pageParagraphCharacters: Int
    /// Elements whose class or id names a standfirst, in document order.
    let standfirstCandidates: [PageTree.Index]
    /// Elements marked as a byline (see `isByline`), in document order.
    let bylineCandidates: [PageTree.Index]
    /// Elements whose class or id names a pull quote (`pullQuoteWords`).
    let pullQuotes: Set<PageTree.Index>
    /// Whether a class or id word set some element's verdict: when none did, a reading without
    /// them would be the same.
    let decidedByClassWords: Bool
    /// Whether a hint is furniture however much prose it holds, unless it wraps nearly all of
    /// the page's text (a layout in a `<form>`): on a page read line by line, a sidebar of
    /// stories is not the page's listing.
    private(set) var strictHints = false
    /// All text on the page, in characters.
    private let pageText: Int32
    /// Elements marked as furniture by a class word that the page's article also wears (see
    /// `articleClassed(_:tree:measures:pageProse:)`): read unless hints are strict.
    private let articleClassed: Set<PageTree.Index>

    /// The heading that names the article (`Headline`), heard before the body.
    let headline: PageTree.Index?

    /// - Parameters:
    ///   - headline: the heading that names the article, if any (`Headline`).
    ///   - classWords: whether class and id words count (a lenient reading ignores them).
    init(tree: PageTree, measures: PageMeasures, body: PageTree.Index, headline: PageTree.Index?,
         classWords: Bool = true) {
        self.tree = tree
        self.measures = measures
        self.headline = headline
        var verdicts = [Verdict](repeating: .keep, count: tree.count)
        var standfirsts: [PageTree.Index] = []
        var bylines: [PageTree.Index] = []
        var pullQuotes = Set<PageTree.Index>()
        var scratch: [UInt8] = []
        var style: [UInt8] = []
        var decidedByClassWords = false
        // Ids that disclosure controls name (see `reveal`), and the `<h1>`s and `<h2>`s.
        var panels = Set<ArraySlice<UInt8>>()
        var titleHeadings: [PageTree.Index] = []
        for node in 0..<tree.count where tree.isElement(node) {
            let tag = tree.tag(node)
            if tag == .h1 || tag == .h2 { titleHeadings.append(node) }
            if tree.attributeBytes(node, .ariaExpanded) != nil || tag == .button,
               let ids = tree.attributeBytes(node, .ariaControls) {
                for id in ByteText.Tokens(ids) { panels.insert(id) }
            }
            let classLength = Self.hints(tree, node, into: &scratch)
            verdicts[node] = Self.verdict(tree, node, hints: classWords ? classLength.map { _ in scratch } : nil,
                                          scratch: &style)
            if classWords, classLength != nil, !decidedByClassWords, Self.mayComeFromClassWords(verdicts[node]) {
                decidedByClassWords = Self.verdict(tree, node, hints: nil, scratch: &style) != verdicts[node]
            }
            if classLength != nil, Self.standfirstWords.occur(in: scratch) { standfirsts.append(node) }
            if classLength != nil, Self.pullQuoteWords.occur(in: scratch) { pullQuotes.insert(node) }
            if classLength.map({ Self.isByline(classes: scratch[0..<$0]) }) == true
                || tree.attributeBytes(node, .rel)?.elementsEqual("author".utf8) == true {
                bylines.append(node)
            }
        }
        self.decidedByClassWords = decidedByClassWords
        Self.reveal(panels, tree: tree, in: &verdicts)
        pageText = measures.textLength[body]
        let pageProse = Int(measures.paragraphCharacters[body])
        // Around the headline, a class word (not a layout tag) does not take the article with it;
        // nor around a heading that repeats it (an article element that opens with its title).
        if let headline {
            let title = tree.text(of: headline)
            // The headings repeating it, in the body.
            let repeats = title.isEmpty ? [] : titleHeadings.filter { heading in
                heading != headline && heading > body && heading < tree.end(body) && tree.text(of: heading) == title
            }
            for heading in [headline] + repeats {
                var node = tree.parent(heading)
                while let ancestor = node, ancestor > body {
                    if verdicts[ancestor] == .hint, !Self.isHintTag(tree.tag(ancestor)) { verdicts[ancestor] = .wrapper }
                    node = tree.parent(ancestor)
                }
            }
        }
        // Pages that render their body hidden and reveal it by script (streamed server
        // rendering), or that show it only without scripts (web apps' crawler views), hold
        // most of their prose in hidden elements: then those are read.
        func keepAll(_ verdict: Verdict, whenMostOfPage holdsMost: (_ prose: Int) -> Bool) {
            let prose = Self.outermostProse(of: verdict, verdicts: verdicts, tree: tree, measures: measures, body: body)
            guard pageProse > 0, Double(prose) >= 0.6 * Double(pageProse), holdsMost(prose) else { return }
            for index in verdicts.indices where verdicts[index] == verdict { verdicts[index] = .keep }
        }
        keepAll(.concealed) { _ in true }
        // Only where there is no article of its own beside them: comments under an article are
        // still furniture.
        keepAll(.discussion) { prose in pageProse - prose < 800 }
        articleClassed = classWords ? Self.articleClassed(verdicts, tree: tree, measures: measures, pageProse: pageProse) : []
        self.verdicts = verdicts
        standfirstCandidates = standfirsts
        self.pullQuotes = pullQuotes
        bylineCandidates = bylines
        pageParagraphCharacters = pageProse
    }

    /// Panels of disclosure widgets (an accordion's answers, a "read more" section): hidden
    /// until a control opens them, one that says whether it is expanded (`aria-expanded`) or a
    /// `<button>`, and that names them (`aria-controls`: the ids in `panels`). Their text is the
    /// page's, folded away to save room, and is read like the rest.
    private static func reveal(_ panels: Set<ArraySlice<UInt8>>, tree: PageTree, in verdicts: inout [Verdict]) {
        guard !panels.isEmpty else { return }
        for node in verdicts.indices where verdicts[node] == .concealed {
            if let id = tree.attributeBytes(node, .id), panels.contains(id) { verdicts[node] = .keep }
        }
    }

    /// The elements a class word marks as furniture whose class the page also gives to an
    /// element holding a large share of its prose (see `holdsShareOfPage`): a template that
    /// names its article's blocks with a furniture word ("content-nav-section", each section an
    /// in-page menu's target) names them all so, and a part of the article set apart from the
    /// rest (the introduction beside the headline, the rest below a call to action) is read
    /// with the rest. A class shared only by furniture proves nothing.
    private static func articleClassed(_ verdicts: [Verdict], tree: PageTree, measures: PageMeasures,
                                       pageProse: Int) -> Set<PageTree.Index> {
        // The class of an element a word of that class marked (not its tag, role or id).
        func fromClassWords(_ node: PageTree.Index) -> ArraySlice<UInt8>? {
            guard verdicts[node] == .hint, !isHintTag(tree.tag(node)), tree.attributeBytes(node, .role) == nil,
                  let classes = tree.attributeBytes(node, .class), !classes.isEmpty,
                  words(in: classes.map(ByteText.lower)) == .boilerplate else { return nil }
            return classes
        }
        let marked = verdicts.indices.compactMap { node in fromClassWords(node).map { (node: node, classes: $0) } }
        let articleClasses = Set(marked.lazy.filter { element in
            holdsShare(Int(measures.paragraphCharacters[element.node]), of: pageProse, 0.3)
        }.map(\.classes))
        guard !articleClasses.isEmpty else { return [] }
        return Set(marked.lazy.filter { articleClasses.contains($0.classes) }.map(\.node))
    }

    /// The same verdicts, with hints strict (see `strictHints`): judged once, read twice.
    func withStrictHints() -> BoilerplateHints {
        var strict = self
        strict.strictHints = true
        return strict
    }

    /// Prose in the outermost elements below `body` with the verdict.
    private static func outermostProse(of verdict: Verdict, verdicts: [Verdict], tree: PageTree, measures: PageMeasures,
                                       body: PageTree.Index) -> Int {
        var prose = 0
        var node = body + 1
        while node < tree.end(body) {
            if verdicts[node] == verdict {
                prose += Int(measures.paragraphCharacters[node])
                node = tree.end(node)
            } else {
                node += 1
            }
        }
        return prose
    }

    /// True when the element and everything under it should be ignored.
    func isBoilerplate(_ node: PageTree.Index) -> Bool {
        switch verdicts[node] {
        case .keep: return false
        case .skip: return true
        case .hint:
            if strictHints { return Double(measures.textLength[node]) < 0.8 * Double(pageText) }
            return !holdsShareOfPage(node, 0.3) && !articleClassed.contains(node)
        case .discussion:
            return !holdsShareOfPage(node, 0.3)
        case .concealed:
            return !holdsShareOfPage(node, 0.6)
        case .wrapper:
            return measures.paragraphCharacters[node] < 200
        case .weak:
            let prose = Int(measures.paragraphCharacters[node])
            let text = Double(measures.textLength[node])
            let fewLinks = Double(measures.linkCharacters[node]) <= 0.2 * text
            let isText = prose >= 40 && (Double(prose) >= 0.6 * text || fewLinks)
            return !isText && !(fewLinks && (isHeadingBlock(node) || isListBlock(node))) && !holdsShareOfPage(node, 0.3)
        }
    }

    /// Whether nothing about the element or the elements around it (up to `top`) suggests
    /// furniture: no hint, however much prose it holds.
    func isPlainContent(_ node: PageTree.Index, below top: PageTree.Index) -> Bool {
        var current: PageTree.Index? = node
        while let index = current, index != top {
            if verdicts[index] != .keep { return false }
            current = tree.parent(index)
        }
        return true
    }

    /// Whether an element inside a paragraph is left out of its text: hidden from view (see
    /// `isBoilerplate`), or never read (a footnote's number).
    func isUnreadInline(_ node: PageTree.Index) -> Bool {
        switch verdicts[node] {
        case .skip: return true
        case .concealed: return !holdsShareOfPage(node, 0.6)
        default: return false
        }
    }

    /// Whether the element's text is a heading (h2-h6): a page builder's heading block.
    private func isHeadingBlock(_ node: PageTree.Index) -> Bool {
        let text = measures.textLength[node]
        guard text > 0 else { return false }
        return tree.descendants(node).contains { index in
            switch tree.tag(index) {
            case .h2, .h3, .h4, .h5, .h6: return measures.textLength[index] * 5 >= text * 4
            default: return false
            }
        }
    }

    /// Whether the element's text is a list of 80 characters or more (a page builder's list
    /// block: a review's pros and cons).
    private func isListBlock(_ node: PageTree.Index) -> Bool {
        let text = measures.textLength[node]
        guard text >= 80 else { return false }
        var listed: Int32 = 0
        var index = node + 1
        while index < tree.end(node) {
            switch tree.tag(index) {
            case .ul, .ol:
                listed += measures.textLength[index]
                index = tree.end(index)
            default:
                index += 1
            }
        }
        return listed * 5 >= text * 4
    }

    /// The verdicts a class or id word can give (see `verdict`).
    private static func mayComeFromClassWords(_ verdict: Verdict) -> Bool {
        switch verdict {
        case .hint, .weak, .discussion: return true
        case .keep, .skip, .concealed, .wrapper: return false
        }
    }

    /// Whether the element holds 200+ characters of prose and `share` of the page's.
    private func holdsShareOfPage(_ node: PageTree.Index, _ share: Double) -> Bool {
        Self.holdsShare(Int(measures.paragraphCharacters[node]), of: pageParagraphCharacters, share)
    }

    /// Whether `characters` of prose are 200 or more and `share` of the page's `pageProse`.
    private static func holdsShare(_ characters: Int, of pageProse: Int, _ share: Double) -> Bool {
        characters >= 200 && Double(characters) >= share * Double(pageProse)
    }
}
