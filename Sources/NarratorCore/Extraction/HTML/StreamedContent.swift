/// Content a page streams after its shell, put where the page's script would put it.
///
/// Streaming server rendering (React's) sends the page's frame first, with an empty
/// `<template id="B:1">` (a boundary still loading, followed by its fallback: "Loading
/// paragraph...") or `<template id="P:1">` (a placeholder) where content will go, then sends
/// the content later, at the end of the body, as `<div hidden id="S:1">`, and a script moves
/// it into place. Read as written, such a page is its fallbacks, with its text out of order in
/// hidden elements at the end. Here each template whose segment the page holds is replaced by
/// the segment's children, the fallback after a boundary (one short element) is dropped, and
/// the segment is not read again where it was sent. The script's own pairing is not read
/// (scripts are dropped before parsing): a boundary's content takes the segment of the same
/// number, as the renderer numbers them, and a placeholder's always does.
enum StreamedContent {
    /// The tree with streamed segments in place, or the tree itself when it has none.
    static func placed(in tree: PageTree) -> PageTree {
        var placeholders = 0
        var segments: [ArraySlice<UInt8>: PageTree.Index] = [:]
        for node in 0..<tree.count {
            switch tree.tag(node) {
            case .template where streamedID(tree, node, kinds: [0x42, 0x50]) != nil: placeholders += 1  // B:, P:
            case .div where tree.attributeBytes(node, .hidden) != nil:
                if let id = streamedID(tree, node, kinds: [0x53]) { segments[id] = segments[id] ?? node }  // S:
            default: break
            }
        }
        guard placeholders > 0, !segments.isEmpty else { return tree }
        var placement = Placement(tree: tree, segments: segments)
        return placement.run()
    }

    /// The number after "B:", "P:" or "S:" in the element's id, when its id is one of those.
    static func streamedID(_ tree: PageTree, _ node: PageTree.Index, kinds: [UInt8]) -> ArraySlice<UInt8>? {
        guard let id = tree.attributeBytes(node, .id), id.count >= 3, kinds.contains(id[id.startIndex]),
              id[id.startIndex + 1] == 0x3A else { return nil }  // ':'
        let number = id.dropFirst(2)
        guard number.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
        return number
    }

    /// One pass over the tree, copying nodes in their new order.
    private struct Placement {
        let tree: PageTree
        let segments: [ArraySlice<UInt8>: PageTree.Index]
        let segmentNodes: Set<PageTree.Index>
        var used = Set<PageTree.Index>()
        var nodes: [PageTree.Node] = []
        /// Each node's depth in the page as written, and the deepest depth below each segment.
        var depth: [Int32]

        init(tree: PageTree, segments: [ArraySlice<UInt8>: PageTree.Index]) {
            self.tree = tree
            self.segments = segments
            segmentNodes = Set(segments.values)
            depth = [Int32](repeating: 0, count: tree.count)
            for node in 1..<tree.count { depth[node] = depth[Int(tree.nodes[node].parent)] + 1 }
            nodes.reserveCapacity(tree.count)
        }

        /// Children still to copy, under `parent` in the new tree. `closes` is the new node
        /// whose end is set when they are done (nil for a segment's children put in place).
        struct Frame {
            var next: PageTree.Index
            let end: PageTree.Index
            let parent: Int32
            let closes: Int32?
            /// The next element is a boundary's fallback, when short.
            var fallbackNext = false
        }

        mutating func run() -> PageTree {
            nodes.append(tree.nodes[0])
            var stack = [Frame(next: 1, end: tree.end(0), parent: 0, closes: 0)]
            var level = 1  // the depth of the new nodes the top frame adds
            while let top = stack.last {
                guard top.next < top.end else {
                    stack.removeLast()
                    if let closes = top.closes {
                        nodes[Int(closes)].end = Int32(nodes.count)
                        level -= 1
                    }
                    continue
                }
                let node = top.next
                stack[stack.count - 1].next = tree.end(node)
                var copy = tree.nodes[node]
                copy.parent = top.parent
                if copy.tag == .text {
                    copy.end = Int32(nodes.count + 1)
                    nodes.append(copy)
                    continue
                }
                if stack[stack.count - 1].fallbackNext {
                    stack[stack.count - 1].fallbackNext = false
                    if isFallback(node) { continue }
                }
                if copy.tag == .template, let segment = placeable(node, level: level) {
                    used.insert(segment)
                    stack[stack.count - 1].fallbackNext = tree.attributeBytes(node, .id)?.first == 0x42  // B:
                    stack.append(Frame(next: segment + 1, end: tree.end(segment), parent: top.parent, closes: nil))
                    continue
                }
                if segmentNodes.contains(node) {
                    // Sent here and already put in place; else read where it is, hidden.
                    guard used.insert(node).inserted else { continue }
                }
                let index = Int32(nodes.count)
                nodes.append(copy)
                stack.append(Frame(next: node + 1, end: tree.end(node), parent: index, closes: index))
                level += 1
            }
            return PageTree(nodes: nodes, attributes: tree.attributes, bytes: tree.bytes, canonicalURL: tree.canonicalURL)
        }

        /// The segment a template stands for, when it is not yet placed and fits within the
        /// tree's depth limit there.
        func placeable(_ template: PageTree.Index, level: Int) -> PageTree.Index? {
            guard let id = StreamedContent.streamedID(tree, template, kinds: [0x42, 0x50]),
                  let segment = segments[id], !used.contains(segment) else { return nil }
            let deepest = tree.descendants(segment).reduce(depth[segment]) { max($0, depth[$1]) }
            return level + Int(deepest - depth[segment]) <= PageTreeBuilder.maxDepth ? segment : nil
        }

        /// A boundary's fallback: a `div` or `span` of a few words at most ("Loading...").
        func isFallback(_ node: PageTree.Index) -> Bool {
            let tag = tree.tag(node)
            guard tag == .div || tag == .span else { return false }
            var words = 0
            for index in tree.descendants(node) {
                if tree.tag(index) == .p { return false }
                if tree.tag(index) == .text { words += ByteText.wordCount(tree.textBytes(index)) }
            }
            return words <= 6
        }
    }
}
