import Foundation
/// Reads an HTML body container block by block into sections of paragraphs.
///
/// Headings h2-h6 open sections; paragraphs, list items, block quotes and runs of loose text
/// become paragraphs; boilerplate elements, standalone labels and link lists are dropped.
struct BlockCollector {
    let filter: BoilerplateHints
    private(set) var sections: [Section] = [Section()]
    /// Sections whose heading is a link (the headline of a story told elsewhere, or an entry of
    /// a list of links with notes), by index.
    private(set) var linkedHeadings = Set<Int>()
    /// Sections under a heading that points elsewhere ("Related products"), by index.
    private(set) var elsewhere = Set<Int>()
    /// Text blocks looked at and dropped (labels, link lists), for error messages.
    var rejectedParagraphs = 0
    /// The paragraphs read from elements named as pull quotes (`BoilerplateHints.pullQuotes`).
    private(set) var pullQuoteParagraphs = Set<String>()
    /// Short lines wholly linked, with how often each was met (read line by line: a control's
    /// label repeated on every entry, "View Company Profile").
    private(set) var linkedLabels: [String: Int] = [:]
    /// A line wholly linked, dropped unless the paragraph straight after it takes up its words
    /// (`LinkedSubjects`): where it stood (section, and the paragraph it would have been).
    private var heldLinkedLine: (text: String, section: Int, offset: Int)?

    /// Whether lines mostly of links are read (a page of listings: each entry's linked title).
    let keepsLinkedLines: Bool
    /// The headline's text: an `<h1>` saying it again (a template's second copy of the title,
    /// for small screens) is not a chapter.
    private let headline: String?

    init(filter: BoilerplateHints, keepsLinkedLines: Bool = false) {
        self.filter = filter
        self.keepsLinkedLines = keepsLinkedLines
        headline = filter.headline.map { Headline.text(of: $0, in: filter.tree) }
    }

    var tree: PageTree { filter.tree }
    var measures: PageMeasures { filter.measures }

    /// Reads the children of `node`; recursion is bounded by the tree's depth limit.
    mutating func collect(_ node: PageTree.Index) {
        var run: [UInt8] = []
        var runLinks = 0
        // The run's first child: a line set as code is looked for in it only when needed.
        var runStart: PageTree.Index?
        for child in tree.children(node) {
            let tag = tree.tag(child)
            // An inline element wrapping paragraphs (a rich-text `<span>` around `<p>`s) is a
            // container: its paragraphs stay paragraphs.
            if tag.isInline, tag != .text, tag != .a, measures.paragraphCharacters[child] > 0
                || tree.children(child).contains(where: { Self.isBlock(tree.tag($0)) }) {
                if filter.isBoilerplate(child) { continue }
                flush(&run, links: &runLinks, from: &runStart, upTo: child)
                collect(child)
                continue
            }
            // Two line breaks end a paragraph of loose text.
            if tag == .br, tree.isParagraphBreak(child, in: node) {
                flush(&run, links: &runLinks, from: &runStart, upTo: child)
                continue
            }
            if tag == .text || tag.isInline {
                if tag != .text && filter.isBoilerplate(child) { continue }
                if runStart == nil { runStart = child }
                tree.appendRawText(of: child, to: &run, skipping: filter.isUnreadInline)
                if tag == .a { runLinks += Int(measures.textLength[child]) }
                continue
            }
            flush(&run, links: &runLinks, from: &runStart, upTo: child)
            block(child)
        }
        flush(&run, links: &runLinks, from: &runStart, upTo: tree.end(node))
    }

    /// Adds the run of inline text read from `start` up to `end` (not included) as a paragraph.
    private mutating func flush(_ run: inout [UInt8], links: inout Int, from start: inout PageTree.Index?, upTo end: PageTree.Index) {
        defer { start = nil }
        guard !run.isEmpty else { return }
        let text = TextCleanup.collapse(utf8: run)
        let tree = self.tree
        if !text.isEmpty {
            addParagraph(text, linkCharacters: links, holdsCode: { [start] in
                start.map { (($0)..<end).contains { tree.tag($0).holdsCode } } ?? false
            })
        }
        run.removeAll(keepingCapacity: true)
        links = 0
    }

    /// Reads one block element (nothing when it is boilerplate).
    mutating func block(_ node: PageTree.Index) {
        guard !filter.isBoilerplate(node) else { return }
        guard filter.pullQuotes.contains(node) else { return read(node) }
        let section = sections.count - 1
        let offset = sections[section].paragraphs.count
        read(node)
        for index in section..<sections.count {
            pullQuoteParagraphs.formUnion(sections[index].paragraphs[(index == section ? offset : 0)...])
        }
    }

    private mutating func read(_ node: PageTree.Index) {
        switch tree.tag(node) {
        case _ where node == filter.headline:
            return  // heard as the headline, before the body
        case .h1 where filter.headline.map({ node < $0 }) ?? true:
            // An <h1> above the headline names the site or its section ("Blog"), not a part.
            return
        case let tag where tag.isHeading && tag != .h1 && tree.descendants(node).contains { tree.tag($0) == .ul || tree.tag($0) == .ol }:
            // A heading holding a list is a container set in a heading's element (a table of
            // contents a plugin put inside an <h2>: "In this article:" and its entries), not a
            // chapter's title: its blocks are read as blocks.
            collect(node)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            let text = Headline.text(of: node, in: tree)
            if tree.tag(node) == .h1, text == headline { return }  // the headline's second copy
            let heading = EscapedMarkup.removed(from: text)
            let rank = tree.tag(node).headingRank
            if pointsElsewhere(heading, rank: rank) { return }
            // A label, a prompt or a CMS's unrendered shortcode set as a heading ("Share", "Table
            // of Contents", "You must log in to answer this question", "[CTA_MODULE]") heads
            // nothing: what follows stays in the section before.
            if heading.isEmpty || TextCleanup.isBoilerplateLabel(heading) || FurnitureLines.isFurnitureHeading(heading)
                || UnrenderedTemplates.isShortcodeLine(heading) {
                rejectedParagraphs += 1
                return
            }
            if measures.linkCharacters[node] * 10 >= measures.textLength[node] * 9 { linkedHeadings.insert(sections.count) }
            sections.append(Section(heading: heading, rank: rank))
        case .p, .li, .dd, .dt:
            if tree.children(node).contains(where: { Self.isBlock(tree.tag($0)) }) {
                // An item holding blocks (a step's text in a <div>) is numbered at its first
                // paragraph, when that opens no new section.
                let (section, before) = (sections.count - 1, sections[sections.count - 1].paragraphs.count)
                let held = heldLinkedLine
                collect(node)
                if let number = listNumber(of: node), sections.count - 1 == section, sections[section].paragraphs.count > before {
                    // After the linked line naming it, if one was heard before it.
                    let first = held.map { $0.section == section && $0.offset == before } == true
                        && sections[section].paragraphs.count > before + 1 && sections[section].paragraphs[before] == held?.text
                    sections[section].listNumbers[first ? before + 1 : before] = number
                }
            } else {
                // Paragraphs set apart by two line breaks are read as paragraphs; an item's
                // number goes with its first.
                let pieces = tree.holdsParagraphBreak(node) ? paragraphPieces(node)
                    : [(paragraphText(node), Int(measures.linkCharacters[node]))]
                for (index, (text, links)) in pieces.enumerated() {
                    let bold = pieces.count == 1 && isWhollyBold(node)
                    if tree.tag(node) == .p, Subheads.isSubhead(text, whollyBold: bold), !isFurniture(text, linkCharacters: links) {
                        if !pointsElsewhere(text) { sections.append(Section(heading: text)) }
                        continue
                    }
                    let before = sections[sections.count - 1].paragraphs.count
                    let tree = self.tree
                    addParagraph(text, linkCharacters: links, holdsCode: { tree.descendants(node).contains { tree.tag($0).holdsCode } })
                    // The item is the last paragraph (a linked line naming it may stand before it).
                    let added = sections[sections.count - 1].paragraphs.count - 1
                    if added >= before {
                        if index == 0, let number = listNumber(of: node) { sections[sections.count - 1].listNumbers[added] = number }
                        if let list = list(of: node) { sections[sections.count - 1].lists[added] = list }
                    }
                }
            }
        case .table:
            table(node)
        case .pre:
            preformatted(node)
        case .hr:
            return
        default:
            collect(node)
        }
    }

    /// Preformatted text is read when it is prose (a letter, a poem, a plain-text page), one
    /// paragraph per blank-line-separated block; code is not read aloud.
    private mutating func preformatted(_ node: PageTree.Index) {
        guard let text = Preformatted.prose(of: node, in: tree) else { return }
        for block in text.components(separatedBy: "\n\n") {
            addParagraph(TextCleanup.collapse(block), linkCharacters: 0)
        }
    }

    /// Whether a heading points elsewhere ("References", "Related posts"): then what follows it,
    /// up to the next heading, is not read (`holdApart`). `rank` is its element's, if it is one.
    private mutating func pointsElsewhere(_ heading: String, rank: Int? = nil) -> Bool {
        guard ElsewhereHeadings.contains(heading) else { return false }
        holdApart(heading, rank: rank)
        return true
    }

    /// Opens a section under a heading or label that points elsewhere, to hold what follows it
    /// apart: it is not read.
    private mutating func holdApart(_ heading: String, rank: Int? = nil) {
        rejectedParagraphs += 1
        elsewhere.insert(sections.count)
        sections.append(Section(heading: heading, rank: rank))
    }

    /// A paragraph's text without what is hidden inside it (a footnote's tooltip) or not read
    /// (its number).
    private func paragraphText(_ node: PageTree.Index) -> String {
        var raw: [UInt8] = []
        tree.appendRawText(of: node, to: &raw, skipping: filter.isUnreadInline)
        return TextCleanup.collapse(utf8: raw)
    }

    /// A paragraph's text in pieces, split where two line breaks set paragraphs apart, each with
    /// its link characters; what is hidden or not read is left out as in `paragraphText`.
    private func paragraphPieces(_ node: PageTree.Index) -> [(text: String, links: Int)] {
        var pieces: [(text: String, links: Int)] = []
        var raw: [UInt8] = []
        var links = 0
        func close() {
            let text = TextCleanup.collapse(utf8: raw)
            if !text.isEmpty { pieces.append((text, links)) }
            raw.removeAll(keepingCapacity: true)
            links = 0
        }
        for child in tree.children(node) {
            let tag = tree.tag(child)
            if tag == .br {
                if tree.isParagraphBreak(child, in: node) { close() } else { raw.append(0x20) }
                continue
            }
            if tag != .text, filter.isUnreadInline(child) { continue }
            tree.appendRawText(of: child, to: &raw, skipping: filter.isUnreadInline)
            links += Int(measures.linkCharacters[child]) + (tag == .a ? Int(measures.textLength[child]) : 0)
        }
        close()
        return pieces
    }

    /// Whether all of a paragraph's text is in one bold element (a subhead set as a bold line).
    private func isWhollyBold(_ node: PageTree.Index) -> Bool {
        var bold: PageTree.Index?
        for child in tree.children(node) {
            switch tree.tag(child) {
            case .text where tree.textBytes(child).allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }):
                continue
            case .strong, .b:
                if bold != nil { return false }
                bold = child
            default:
                return false
            }
        }
        return bold != nil
    }

    /// The number an ordered list shows before this item (its place, from the list's `start`):
    /// an `<ol>`'s, or a `<ul>`'s whose item or list a style numbers (`list-style-type: decimal`,
    /// as a recipe card's steps are set).
    private func listNumber(of node: PageTree.Index) -> Int? {
        guard tree.tag(node) == .li, let list = tree.parent(node),
              tree.tag(list) == .ol || (tree.tag(list) == .ul && (isNumberedByStyle(node) || isNumberedByStyle(list)))
        else { return nil }
        var number = tree[list, .start].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 1
        for sibling in tree.children(list) {
            if sibling == node { return number }
            if tree.tag(sibling) == .li { number += 1 }
        }
        return nil
    }

    /// The list an item belongs to: its `<ul>` or `<ol>`.
    private func list(of node: PageTree.Index) -> PageTree.Index? {
        guard tree.tag(node) == .li, let list = tree.parent(node), tree.tag(list) == .ul || tree.tag(list) == .ol else { return nil }
        return list
    }

    /// Whether an element's own style numbers its list items in figures ("list-style-type:
    /// decimal", "list-style: decimal inside"; letters and roman numerals are not said as such).
    private func isNumberedByStyle(_ node: PageTree.Index) -> Bool {
        guard let style = tree.attributeBytes(node, .style), ByteText.contains(style, "list-style") else { return false }
        return ByteText.contains(style.map(ByteText.lower), "decimal")
    }

    mutating func addParagraph(_ text: String, linkCharacters: Int, holdsCode: () -> Bool = { false }) {
        let text = IconNames.removed(from: EscapedMarkup.removed(from: text))
        // A line of nothing but punctuation or symbols ("・", "|") says nothing.
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else { return }
        // A template's placeholder a script would fill, unless the page writes it as code.
        if UnrenderedTemplates.isPlaceholderLine(text) || UnrenderedTemplates.isShortcodeLine(text)
            || UnrenderedTemplates.isDataLine(text), !holdsCode() {
            rejectedParagraphs += 1
            return
        }
        if isFurniture(text, linkCharacters: linkCharacters) || FurnitureLines.isBreadcrumbTrail(text, headline: headline) {
            rejectedParagraphs += 1
            // A link line may name the paragraph after it: held until that paragraph is read.
            // Other furniture between them (an advertisement's label) leaves it held.
            if !keepsLinkedLines, LinkedSubjects.mayName(text, linkCharacters: linkCharacters, scalars: Self.scalarCount(text)),
               !isFurnitureByItsWords(text), !FurnitureLines.isBreadcrumbTrail(text, headline: headline) {
                heldLinkedLine = (text, sections.count - 1, sections[sections.count - 1].paragraphs.count)
            }
            return
        }
        // "Citations" or "About the author" standing as a line of its own heads what points
        // elsewhere, as such a heading would.
        if linkCharacters == 0, ElsewhereHeadings.isLabelLine(text) {
            holdApart(text)
            return
        }
        if keepsLinkedLines, linkCharacters * 10 >= Self.scalarCount(text) * 9, ByteText.wordCount(text.utf8) <= 4 {
            linkedLabels[text, default: 0] += 1
        }
        if let held = heldLinkedLine, held.section == sections.count - 1,
           held.offset == sections[held.section].paragraphs.count, LinkedSubjects.names(held.text, subjectOf: text) {
            sections[held.section].paragraphs.append(held.text)
        }
        heldLinkedLine = nil
        sections[sections.count - 1].paragraphs.append(text)
    }

    /// Whether an element is a block: its text is set apart from the text around it.
    static func isBlock(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .p, .div, .ul, .ol, .li, .blockquote, .section, .article, .table, .h2, .h3, .h4, .h5, .h6, .figure,
             .aside, .dl:
            return true
        default:
            return false
        }
    }
}
