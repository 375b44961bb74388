/// Builds a `PageTree` from a parser's events: element starts with their attributes, text,
/// element ends.
///
/// What the extractor never reads is not kept: the content of scripts (except JSON-LD
/// metadata), styles, templates, SVG and MathML, and attributes other than `HTMLAttribute`'s.
/// Depth is bounded: elements nested deeper than `maxDepth` are laid side by side under their
/// deepest kept ancestor, in document order with their text, so a hostile page nested
/// hundreds of thousands of levels deep is read best-effort by code that may recurse.
public struct PageTreeBuilder {
    public static let maxDepth = 256

    private var nodes: [PageTree.Node] = [PageTree.Node(tag: .document, attributeCount: 0, parent: 0, end: -1, start: 0, length: 0)]
    private var attributes: [PageTree.Attribute] = []
    /// The page's `<link rel="canonical">` address, set by the parser that sees `<link>`s.
    public var canonicalURL: String?
    private var bytes: [UInt8] = []
    /// The chain of open elements new nodes go under (document first).
    private var open: [Int32] = [0]
    /// One entry per start not yet ended: its node, or -1 for an element inside hidden content.
    private var starts: [Int32] = []
    /// Nonzero inside an element whose content is not kept.
    private var hiding = 0
    /// The element attributes are added to: the one just started.
    private var current: Int32 = -1

    public init() {}

    /// A builder for a page of `pageBytes` bytes: room for its text and a node per 32 bytes is
    /// reserved (untouched room costs no memory), so a large page's arrays are not copied as
    /// they grow.
    public init(pageBytes: Int) {
        bytes.reserveCapacity(pageBytes)
        nodes.reserveCapacity(pageBytes / 32 + 16)
    }

    public mutating func start(_ tag: HTMLTag) {
        current = -1
        if hiding > 0 {
            hiding += 1
            starts.append(-1)
            return
        }
        if open.count > Self.maxDepth, let deepest = open.popLast() {
            // At the floor: the element nested here ends where its next sibling-to-be starts.
            if nodes[Int(deepest)].end < 0 { nodes[Int(deepest)].end = Int32(nodes.count) }
        }
        let index = Int32(nodes.count)
        nodes.append(PageTree.Node(tag: tag, attributeCount: 0, parent: open[open.count - 1], end: -1,
                                   start: Int32(attributes.count), length: 0))
        open.append(index)
        starts.append(index)
        current = index
        switch tag {
        case .script, .style, .template, .svg, .math: hiding = 1  // a script's type may lift this
        default: break
        }
    }

    /// Adds an attribute to the element just started (the first of a repeated name wins).
    public mutating func attribute(_ name: HTMLAttribute, _ value: UnsafeRawBufferPointer) {
        guard current >= 0 else { return }
        let node = Int(current)
        guard nodes[node].attributeCount < UInt8.max else { return }
        attributes.append(PageTree.Attribute(name: name, start: Int32(bytes.count), length: Int32(value.count)))
        bytes.append(contentsOf: value)
        nodes[node].attributeCount += 1
        // JSON-LD is the one script whose content is read (for the article's metadata).
        if name == .type, nodes[node].tag == .script, hiding == 1, Self.containsLDJSON(value) { hiding = 0 }
        // A span a utility class displays as a block ("block", "flex", "grid", "d-block") is a
        // block: its text is a line of its own, never glued to the text beside it.
        if name == .class, nodes[node].tag == .span, Self.displaysAsBlock(value) { nodes[node].tag = .div }
    }

    /// Whether a class list holds a utility class that displays the element as a block on
    /// every screen (not one for some widths only, "md:block").
    static func displaysAsBlock(_ classes: UnsafeRawBufferPointer) -> Bool {
        guard classes.count >= 4 else { return false }
        return ByteText.Tokens(classes).contains { token in blockUtilities.contains { token.elementsEqual($0.utf8) } }
    }

    static let blockUtilities = ["block", "flex", "grid", "d-block", "d-flex", "d-grid"]

    public mutating func attribute(_ name: HTMLAttribute, _ value: String) {
        var value = value
        value.withUTF8 { attribute(name, UnsafeRawBufferPointer($0)) }
    }

    /// Adds text to the element open now, continuing a text node the previous call began.
    public mutating func text(_ text: UnsafeRawBufferPointer) {
        current = -1
        guard hiding == 0, !text.isEmpty else { return }
        let parent = open[open.count - 1]
        let last = nodes.count - 1
        if nodes[last].tag == .text, nodes[last].parent == parent, Int(nodes[last].start + nodes[last].length) == bytes.count {
            nodes[last].length += Int32(text.count)
        } else {
            nodes.append(PageTree.Node(tag: .text, attributeCount: 0, parent: parent, end: Int32(nodes.count + 1),
                                       start: Int32(bytes.count), length: Int32(text.count)))
        }
        bytes.append(contentsOf: text)
    }

    public mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { self.text(UnsafeRawBufferPointer($0)) }
    }

    /// Ends the element most recently started and not yet ended (an unmatched end is ignored).
    public mutating func end() {
        current = -1
        guard let node = starts.popLast() else { return }
        if node < 0 {
            hiding -= 1
            return
        }
        hiding = 0
        if nodes[Int(node)].end < 0 { nodes[Int(node)].end = Int32(nodes.count) }
        if open.last == node { open.removeLast() }
    }

    /// The tree, with every element still open ended at the end of the page.
    public mutating func finish() -> PageTree {
        for node in open where nodes[Int(node)].end < 0 { nodes[Int(node)].end = Int32(nodes.count) }
        open = [0]
        starts = []
        hiding = 0
        var tree = StreamedContent.placed(in: PageTree(nodes: nodes, attributes: attributes, bytes: bytes))
        tree.canonicalURL = canonicalURL
        canonicalURL = nil
        nodes = []
        attributes = []
        bytes = []
        return tree
    }

    private static func containsLDJSON(_ value: UnsafeRawBufferPointer) -> Bool {
        ByteText.contains(value.map(ByteText.lower), "ld+json")
    }
}
