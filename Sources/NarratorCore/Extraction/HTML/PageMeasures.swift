/// Text measures of every node of a page, taken in one pass from the leaves up.
///
/// The extractor asks the same questions of many nodes and of their ancestors (how much text,
/// how much of it is links, how much paragraph text); answering each from its children's
/// answers keeps the whole page linear in its size.
struct PageMeasures {
    /// Characters of text below the node, whitespace runs counted once (scripts not read).
    private(set) var textLength: [Int32]
    /// Characters of link text below the node (in `<a>` descendants, not counting the node).
    private(set) var linkCharacters: [Int32]
    /// Characters of the node's "real" paragraphs: `<p>`s of 40 or more characters that are not
    /// mostly links, and runs of loose text as long (see `looseScore`), not inside elements
    /// that are never read.
    private(set) var paragraphCharacters: [Int32]
    /// The paragraph value (see `BodyLocator`) of text written straight into the node rather
    /// than in `<p>`s: runs of text and inline elements between blocks and `<br>`s, 40 or more
    /// characters and not mostly links. Older pages and some CMSs write articles this way.
    private(set) var looseScore: [Float]
    /// Characters of those runs of loose text.
    private(set) var looseCharacters: [Int32]
    /// `<pre>`s of prose (a manual page, a letter, a plain-text article): paragraphs like `<p>`s.
    private(set) var prosePreformatted: Set<PageTree.Index> = []

    init(_ tree: PageTree) {
        let count = tree.count
        var lengths = [CollapsedLength](repeating: CollapsedLength(), count: count)
        textLength = [Int32](repeating: 0, count: count)
        linkCharacters = [Int32](repeating: 0, count: count)
        paragraphCharacters = [Int32](repeating: 0, count: count)
        looseScore = [Float](repeating: 0, count: count)
        looseCharacters = [Int32](repeating: 0, count: count)
        // Children follow their parent in document order: walking backwards, every child is
        // measured before its parent.
        for node in stride(from: count - 1, through: 0, by: -1) {
            switch tree.tag(node) {
            case .text:
                lengths[node] = CollapsedLength(utf8: tree.textBytes(node))
            case .br:
                lengths[node] = .space
            case let tag where tag.hidesText:
                break
            default:
                var length = CollapsedLength()
                var links: Int32 = 0
                var paragraphs: Int32 = 0
                var run = LooseRun()
                var loose = LooseRun.Total()
                let readsLoose = Self.holdsLooseText(tree.tag(node))
                for child in tree.children(node) {
                    length.append(lengths[child])
                    let tag = tree.tag(child)
                    if tag == .text {
                        run.length.append(lengths[child])
                        continue
                    }
                    let childLinks = linkCharacters[child] + (tag == .a ? lengths[child].count : 0)
                    links += childLinks
                    if tag.isInline && tag != .br && paragraphCharacters[child] == 0 {
                        run.length.append(lengths[child])
                        run.links += childLinks
                        continue
                    }
                    if readsLoose { run.end(into: &loose) } else { run = LooseRun() }
                    if tag == .p || tag == .pre {
                        let characters = lengths[child].count
                        if characters >= 40, linkCharacters[child] * 2 < characters,
                           tag == .p || Preformatted.prose(of: child, in: tree) != nil {
                            paragraphs += characters
                            if tag == .pre { prosePreformatted.insert(child) }
                        }
                    } else if !BoilerplateHints.isSkipped(tag) {
                        paragraphs += paragraphCharacters[child]
                    }
                }
                if readsLoose { run.end(into: &loose) }
                paragraphs += loose.characters
                lengths[node] = length
                linkCharacters[node] = links
                paragraphCharacters[node] = paragraphs
                looseScore[node] = loose.score
                looseCharacters[node] = loose.characters
            }
            textLength[node] = lengths[node].count
        }
    }

    /// Elements whose own loose text can be article paragraphs (a paragraph, list item or
    /// heading is measured whole by its parent instead).
    static func holdsLooseText(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .p, .li, .dd, .dt, .h1, .h2, .h3, .h4, .h5, .h6, .th, .pre, .title, .label, .button, .document:
            return false
        default:
            return !tag.isInline
        }
    }
}

/// A run of loose text being measured: text and inline elements between blocks and `<br>`s.
private struct LooseRun {
    var length = CollapsedLength()
    var links: Int32 = 0

    struct Total {
        var characters: Int32 = 0
        var score: Float = 0
    }

    /// Ends the run, adding it to `total` when it is a paragraph: 40 or more characters, not
    /// mostly links.
    mutating func end(into total: inout Total) {
        if length.count >= 40, links * 2 < length.count {
            total.characters += length.count
            total.score += 1 + Float(min(length.count, 600)) / 100
        }
        self = LooseRun()
    }
}
