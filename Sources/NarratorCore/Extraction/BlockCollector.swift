/// Reads an HTML body container block by block into sections of paragraphs.
///
/// Headings h2-h6 open sections; paragraphs, list items, block quotes and runs of loose text
/// become paragraphs; boilerplate elements, standalone labels and link lists are dropped.
struct BlockCollector {
    let filter: BoilerplateHints
    private(set) var sections: [Section] = [Section()]
    /// Text blocks looked at and dropped (labels, link lists), for error messages.
    private(set) var rejectedParagraphs = 0

    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
        "var", "wbr", "nobr", "tt", "big",
    ]

    mutating func collect(_ node: MarkupNode) {
        var run = ""
        var runLinks = 0
        for child in node.children {
            if child.kind == .text || Self.inlineTags.contains(child.name) {
                if child.kind == .element && filter.isBoilerplate(child) { continue }
                child.appendText(to: &run)
                if child.name == "a" { runLinks += child.textLength }
                continue
            }
            flush(&run, links: &runLinks)
            block(child)
        }
        flush(&run, links: &runLinks)
    }

    private mutating func flush(_ run: inout String, links: inout Int) {
        let text = TextCleanup.collapse(run)
        if !text.isEmpty { addParagraph(text, linkCharacters: links) }
        run = ""
        links = 0
    }

    private mutating func block(_ node: MarkupNode) {
        guard node.kind == .element, !filter.isBoilerplate(node) else { return }
        switch node.name {
        case "h1", "header":
            return
        case "h2", "h3", "h4", "h5", "h6":
            let heading = node.textContent
            if heading.isEmpty || TextCleanup.isBoilerplateLabel(heading) { rejectedParagraphs += 1; return }
            sections.append(Section(heading: heading))
        case "p", "li", "dd", "dt":
            if node.children.contains(where: { $0.kind == .element && Self.isBlock($0.name) }) {
                collect(node)
            } else {
                addParagraph(node.textContent, linkCharacters: Self.linkCharacters(in: node))
            }
        case "table":
            table(node)
        case "pre", "hr":
            return
        default:
            collect(node)
        }
    }

    /// A data table is read row by row, cells joined; a layout table (holding blocks) is a container.
    private mutating func table(_ node: MarkupNode) {
        let rows = node.descendants { $0.name == "tr" }
        let holdsBlocks = node.descendants { ["p", "div", "table", "ul", "ol", "h2", "h3"].contains($0.name) }.count > 0
        if holdsBlocks || rows.isEmpty {
            collect(node)
            return
        }
        // Link density is judged on the whole table: rows of linked names are still data.
        let textLength = node.textLength
        guard textLength > 0, Self.linkCharacters(in: node) * 2 < textLength else {
            rejectedParagraphs += 1
            return
        }
        for row in rows {
            let cells = row.children.filter { $0.kind == .element && ($0.name == "td" || $0.name == "th") }
            let text = cells.map(\.textContent).filter { !$0.isEmpty }.joined(separator: " ")
            addParagraph(text, linkCharacters: 0)
        }
    }

    private mutating func addParagraph(_ text: String, linkCharacters: Int) {
        guard !text.isEmpty else { return }
        if TextCleanup.isBoilerplateLabel(text) || Double(linkCharacters) > Double(text.unicodeScalars.count) * 0.5
            || LineKind.isCaption(text) || TextCleanup.isBareURL(text) || TextCleanup.isDateLine(text) {
            rejectedParagraphs += 1
            return
        }
        sections[sections.count - 1].paragraphs.append(text)
    }

    static func isBlock(_ name: String) -> Bool {
        ["p", "div", "ul", "ol", "li", "blockquote", "section", "article", "table", "h2", "h3", "h4",
         "h5", "h6", "figure", "aside", "dl"].contains(name)
    }

    static func linkCharacters(in node: MarkupNode) -> Int {
        node.descendants { $0.name == "a" }.reduce(0) { $0 + $1.textLength }
    }
}
