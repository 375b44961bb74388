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
    /// mostly links, not inside elements that are never read.
    private(set) var paragraphCharacters: [Int32]

    init(_ tree: PageTree) {
        let count = tree.count
        var lengths = [CollapsedLength](repeating: CollapsedLength(), count: count)
        textLength = [Int32](repeating: 0, count: count)
        linkCharacters = [Int32](repeating: 0, count: count)
        paragraphCharacters = [Int32](repeating: 0, count: count)
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
                for child in tree.children(node) {
                    length.append(lengths[child])
                    let tag = tree.tag(child)
                    if tag == .text { continue }
                    links += linkCharacters[child] + (tag == .a ? lengths[child].count : 0)
                    if tag == .p {
                        let characters = lengths[child].count
                        if characters >= 40, linkCharacters[child] * 2 < characters { paragraphs += characters }
                    } else if !BoilerplateHints.isSkipped(tag) {
                        paragraphs += paragraphCharacters[child]
                    }
                }
                lengths[node] = length
                linkCharacters[node] = links
                paragraphCharacters[node] = paragraphs
            }
            textLength[node] = lengths[node].count
        }
    }
}
