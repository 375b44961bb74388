/// A parsed HTML page as flat arrays: the C-free tree the extractor reads.
///
/// Nodes are stored in document order, each with the index just past its last descendant,
/// so a node's descendants are the index range `node + 1 ..< end(node)` and its children are
/// found by hopping from one child's end to the next. Text and the attributes the extractor
/// reads are byte ranges in one buffer: a page costs a few bytes per node plus its text, never
/// a string or an object per node. Node 0 is the document; `PageTreeBuilder` makes trees.
public struct PageTree: Sendable, Equatable {
    public typealias Index = Int

    struct Node: Sendable, Equatable {
        var tag: HTMLTag
        var attributeCount: UInt8
        var parent: Int32
        var end: Int32
        /// Text nodes: the text's bytes in `bytes`. Elements: the first attribute in `attributes`.
        var start: Int32
        var length: Int32
    }

    struct Attribute: Sendable, Equatable {
        var name: HTMLAttribute
        var start: Int32
        var length: Int32
    }

    var nodes: [Node]
    var attributes: [Attribute]
    /// Text and attribute values, UTF-8.
    var bytes: [UInt8]
    /// The page's `<link rel="canonical">` address, as written.
    public var canonicalURL: String?

    public var count: Int { nodes.count }
    public var document: Index { 0 }

    public func tag(_ node: Index) -> HTMLTag { nodes[node].tag }
    public func isElement(_ node: Index) -> Bool { nodes[node].tag != .text }
    public func end(_ node: Index) -> Index { Int(nodes[node].end) }
    public func parent(_ node: Index) -> Index? { node == 0 ? nil : Int(nodes[node].parent) }

    /// The node's children, in order.
    public func children(_ node: Index) -> Children { Children(tree: self, parent: node) }

    /// The node's descendants in document order (not the node itself).
    public func descendants(_ node: Index) -> Range<Index> { (node + 1)..<end(node) }

    /// The first element named `tag` below `node`.
    public func first(_ tag: HTMLTag, in node: Index) -> Index? {
        descendants(node).first { nodes[$0].tag == tag }
    }

    /// The bytes of a text node.
    public func textBytes(_ node: Index) -> ArraySlice<UInt8> {
        let entry = nodes[node]
        guard entry.tag == .text else { return [] }
        return bytes[Int(entry.start)..<Int(entry.start + entry.length)]
    }

    /// An attribute's value ("" when written without one), or nil when the element lacks it.
    public subscript(node: Index, attribute: HTMLAttribute) -> String? {
        attributeBytes(node, attribute).map { String(decoding: $0, as: UTF8.self) }
    }

    /// An attribute's value as bytes, without making a string.
    public func attributeBytes(_ node: Index, _ attribute: HTMLAttribute) -> ArraySlice<UInt8>? {
        let entry = nodes[node]
        guard entry.tag != .text, entry.attributeCount > 0 else { return nil }
        let first = Int(entry.start)
        for index in first..<(first + Int(entry.attributeCount)) where attributes[index].name == attribute {
            let value = attributes[index]
            return bytes[Int(value.start)..<Int(value.start + value.length)]
        }
        return nil
    }

    public func hasAttributes(_ node: Index) -> Bool { nodes[node].attributeCount > 0 }

    /// Children of one node, walked by hopping over each child's descendants.
    public struct Children: Sequence {
        let tree: PageTree
        let parent: Index

        public func makeIterator() -> Iterator {
            Iterator(nodes: tree.nodes, position: parent + 1, end: tree.end(parent))
        }

        public struct Iterator: IteratorProtocol {
            let nodes: [Node]
            var position: Int
            let end: Int

            public mutating func next() -> Index? {
                guard position < end else { return nil }
                defer { position = Int(nodes[position].end) }
                return position
            }
        }
    }
}
