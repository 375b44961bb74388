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

    /// Elements whose content is never read aloud.
    static func isSkipped(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .script, .style, .template, .select, .input, .textarea, .iframe, .svg,
             .canvas, .video, .audio, .object, .embed, .picture, .img, .map, .head, .title,
             .figcaption:
            return true
        default:
            return false
        }
    }

    /// Layout, control and figure elements that usually hold furniture, treated as hints: the
    /// parser nests a page's article inside one left unclosed (a menu's `<nav>` or `<button>`,
    /// a figure around a table).
    static func isHintTag(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .footer, .aside, .form, .label, .header, .nav, .button, .menu, .dialog, .figure: return true
        default: return false
        }
    }

    static let skippedRoles: Set<String> = [
        "navigation", "complementary", "banner", "contentinfo", "search", "dialog", "alert",
        "menu", "menubar", "toolbar", "button", "figure", "status",
    ]

    /// - Parameter hints: the element's class and id as `hints` gives them, nil when it has neither.
    static func verdict(_ tree: PageTree, _ node: PageTree.Index, hints: [UInt8]?, scratch: inout [UInt8]) -> Verdict {
        let tag = tree.tag(node)
        if isSkipped(tag) { return .skip }
        // A figure holding a table is the table (block editors wrap every table in one); one
        // holding a block quote is the quotation (as HTML's own examples mark up a quote; its
        // caption, like every caption, is not read), unless it embeds a post from elsewhere (a social post's
        // card, with its handle, date and links).
        if tag == .figure {
            if tree.first(.table, in: node) != nil { return .keep }
            if tree.first(.blockquote, in: node) != nil, !(hints.map { ByteText.contains($0, "embed") } ?? false) { return .keep }
        }
        if tag == .sup, isFootnoteReference(tree, node) { return .skip }
        // What a page shows without scripts: web apps put their whole content there for crawlers.
        if tag == .noscript { return .concealed }
        guard tree.hasAttributes(node) else { return isHintTag(tag) ? .hint : .keep }
        if tree.attributeBytes(node, .hidden) != nil { return .concealed }
        if let value = tree.attributeBytes(node, .ariaHidden), ByteText.equalsLowercased(value, "true") { return .concealed }
        if let style = tree.attributeBytes(node, .style) {
            scratch.removeAll(keepingCapacity: true)
            for byte in style where byte != 0x20 { scratch.append(ByteText.lower(byte)) }
            if ByteText.contains(scratch, "display:none") || ByteText.contains(scratch, "visibility:hidden") {
                return .concealed
            }
        }
        if let classes = tree.attributeBytes(node, .class), isHiddenByClass(classes) { return .concealed }
        // A tooltip shows on hover (a footnote's text beside its number, a person's card): the
        // sentence it sits in is read without it.
        if let role = tree.attributeBytes(node, .role), ByteText.equalsLowercased(role, "tooltip") { return .concealed }
        if let itemprop = tree.attributeBytes(node, .itemprop), ByteText.equalsLowercased(itemprop, "articlebody") {
            return .keep
        }
        if isHintTag(tag) { return .hint }
        if let role = tree.attributeBytes(node, .role),
           skippedRoles.contains(String(decoding: role, as: UTF8.self).lowercased()) {
            return .hint
        }
        guard let hints else { return .keep }
        switch words(in: hints) {
        case .never: return .skip
        case .discussion: return .discussion
        case .boilerplate: return .hint
        case .weak: return .weak
        case .none: return .keep
        }
    }

    /// A footnote's number set as a superscript after a word ("bitter about it<sup>4</sup>",
    /// "[12]"): a link, or a number in brackets. Not read: a listener would hear "it four".
    /// (A superscript that is neither, such as "km<sup>2</sup>", is read.)
    static func isFootnoteReference(_ tree: PageTree, _ node: PageTree.Index) -> Bool {
        let end = tree.end(node)
        guard end - node <= 4 else { return false }
        let text = tree.text(of: node)
        guard (1...6).contains(text.utf8.count) else { return false }
        let bracketed = text.hasPrefix("[") && text.hasSuffix("]") && text.count > 2
        let mark = bracketed ? text.dropFirst().dropLast() : Substring(text)
        guard mark.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) || "*†‡".contains($0) }),
              mark.count <= 3 else { return false }
        return bracketed || tree.first(.a, in: node) != nil
    }

    /// Whether the class list hides the element on every screen: the utility class `hidden`,
    /// with no class that shows it at some width (`md:block`, `d-lg-flex`). (Bootstrap's
    /// `d-none` is not counted: menus use it, and it lost text that pages show.)
    static func isHiddenByClass(_ classes: ArraySlice<UInt8>) -> Bool {
        // Most class lists hold no "hidden": looked for before splitting into tokens.
        guard classes.count >= 6, ByteText.contains(classes, "hidden") || ByteText.contains(classes, "HIDDEN") else { return false }
        var hidden = false
        for token in ByteText.Tokens(classes) {
            if ByteText.equalsLowercased(token, "hidden") {
                hidden = true
            } else if token.contains(0x3A) || (token.starts(with: "d-".utf8) && token.count > 2) {
                return false  // shown at some width, or displayed by another utility
            }
        }
        return hidden
    }

    /// The element's class and id, lower-cased and joined by a space, in `out`; returns the
    /// length of the class part, or nil when the element has neither.
    static func hints(_ tree: PageTree, _ node: PageTree.Index, into out: inout [UInt8]) -> Int? {
        out.removeAll(keepingCapacity: true)
        let classes = tree.attributeBytes(node, .class)
        let id = tree.attributeBytes(node, .id)
        guard classes != nil || id != nil else { return nil }
        for byte in classes ?? [] { out.append(ByteText.lower(byte)) }
        let classLength = out.count
        out.append(0x20)
        for byte in id ?? [] { out.append(ByteText.lower(byte)) }
        return classLength
    }

    /// class/id tokens (split at -, _, : and spaces) that mark boilerplate on their own.
    static let exactTokens: [String] = [
        "ad", "ads", "adv", "advert", "nav", "navbar", "menu", "footer", "player", "listen",
        "audio", "toolbar", "tags", "tag", "byline", "share", "sharing", "meta",
        "caption", "credit", "credits", "sidebar", "masthead", "banner", "breadcrumbs",
        "breadcrumb", "sr", "visually", "dateline", "timestamp", "author", "cta", "ctas", "button",
        "buttons", "copyright",
    ]

    /// class/id token prefixes that mark boilerplate.
    static let tokenPrefixes: [String] = [
        "advert", "sponsor", "promo", "social", "related", "recommend", "trending",
        "newsletter", "subscri", "paywall", "cookie", "popup", "modal", "outbrain",
        "taboola", "signup", "readmore", "mostread", "disqus", "gallery", "disclaimer", "disclosure",
    ]

    /// class/id token prefixes that name furniture which never holds an article, however much
    /// text it has: a consent manager's dialog (pages of legal prose about cookies).
    static let neverPrefixes = ["consent"]

    /// class/id token prefixes that name a discussion's posts: furniture under an article, the
    /// content of a discussion page.
    static let discussionPrefixes = ["comment"]

    /// class/id token prefixes that name furniture on some pages and content blocks on others
    /// (page builders call every block a widget).
    static let weakPrefixes = ["widget"]

    /// What the class and id words of an element say, strongest last.
    enum Words: UInt8, Comparable {
        case none, weak, boilerplate, discussion, never

        static func < (a: Words, b: Words) -> Bool { a.rawValue < b.rawValue }
    }

    /// A word to match a token against: `length` bytes of `wordBytes` from `offset`.
    private struct Word {
        var offset: Int
        var length: Int
        var isPrefix: Bool
        var says: Words
    }

    private static let allWords: [(String, Bool, Words)] = exactTokens.map { ($0, false, .boilerplate) }
        + tokenPrefixes.map { ($0, true, .boilerplate) } + discussionPrefixes.map { ($0, true, .discussion) }
        + weakPrefixes.map { ($0, true, .weak) } + neverPrefixes.map { ($0, true, .never) }

    /// The exact words and prefixes, end to end.
    private static let wordBytes: [UInt8] = allWords.flatMap { Array($0.0.utf8) }

    /// Exact words and prefixes by first byte, so a token is compared with a handful of them.
    private static let wordsByFirstByte: [[Word]] = {
        var table = [[Word]](repeating: [], count: 256)
        var offset = 0
        for (word, isPrefix, says) in allWords {
            table[Int(word.utf8.first!)].append(Word(offset: offset, length: word.utf8.count, isPrefix: isPrefix, says: says))
            offset += word.utf8.count
        }
        return table
    }()

    /// Multi-word markers found anywhere in the class/id text.
    private static let phrases = ByteNeedles(["read-more", "most-read", "see-also"])

    /// What lower-cased class/id text says: its strongest token (or "read-more", "most-read",
    /// "see-also" anywhere, which mark boilerplate).
    static func words(in hints: [UInt8]) -> Words {
        var strongest = hints.withUnsafeBufferPointer { text in
            wordBytes.withUnsafeBufferPointer { words in
                var strongest = Words.none
                var start = 0
                let count = text.count
                while start < count {
                    var end = start
                    while end < count, !isTokenSeparator(text[end]) { end += 1 }
                    let length = end - start
                    if length > 0 {
                        for word in wordsByFirstByte[Int(text[start])]
                        where word.says > strongest && (word.length == length || (word.isPrefix && word.length < length)) {
                            var matched = 1
                            while matched < word.length, text[start + matched] == words[word.offset + matched] { matched += 1 }
                            if matched == word.length { strongest = word.says }
                        }
                    }
                    start = end + 1
                }
                return strongest
            }
        }
        if strongest < .boilerplate, phrases.occur(in: hints) { strongest = .boilerplate }
        return strongest
    }

    @inline(__always) private static func isTokenSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2D || byte == 0x5F || byte == 0x3A
    }

    /// Words in class/id text that name a standfirst.
    static let standfirstWords = ByteNeedles(standfirstWordList)
    static let standfirstWordList = [
        "standfirst", "dek", "subtitle", "subhead", "summary", "strapline", "sub-headline", "subheadline", "lede",
        "article-description", "intro",
    ]

    /// Whether lower-cased class text marks a byline: "byline" anywhere, or the class "author".
    /// (rel=author marks one too.)
    static func isByline(classes: ArraySlice<UInt8>) -> Bool {
        if ByteText.contains(classes, "byline") { return true }
        var start = classes.startIndex
        while start < classes.endIndex {
            let end = classes[start...].firstIndex(of: 0x20) ?? classes.endIndex
            if end - start == 6, classes[start..<end].elementsEqual("author".utf8) { return true }
            start = end + 1
        }
        return false
    }
}
