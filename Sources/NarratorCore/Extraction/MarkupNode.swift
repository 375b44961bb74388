/// A parsed HTML node: the C-free tree the extractor walks.
///
/// NarratorHTML builds it from libxml2's DOM; tests can build it by hand.
public struct MarkupNode: Sendable, Equatable {
    public static func == (lhs: MarkupNode, rhs: MarkupNode) -> Bool {
        lhs.kind == rhs.kind && lhs.name == rhs.name && lhs.text == rhs.text && lhs.children == rhs.children
            && lhs.attributes.elementsEqual(rhs.attributes) { $0.name == $1.name && $0.value == $1.value }
    }

    public enum Kind: Sendable, Equatable { case element, text }

    public var kind: Kind
    /// Lower-case tag name for elements; empty for text.
    public var name: String
    /// Attributes in document order, names lower-cased. A short array: cheaper than a
    /// dictionary for the handful of attributes an element has.
    public var attributes: [(name: String, value: String)]
    public var children: [MarkupNode]
    /// The text of a text node; empty for elements.
    public var text: String

    public init(element name: String, attributes: [String: String] = [:], children: [MarkupNode] = []) {
        self.kind = .element
        self.name = name
        self.attributes = attributes.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
        self.children = children
        self.text = ""
    }

    public init(text: String) {
        self.kind = .text
        self.name = ""
        self.attributes = []
        self.children = []
        self.text = text
    }

    public subscript(attribute: String) -> String? {
        for entry in attributes where entry.name == attribute { return entry.value }
        return nil
    }

    /// Adds an attribute (the first of a repeated name wins, as in browsers).
    public mutating func addAttribute(_ name: String, _ value: String) {
        if self[name] == nil { attributes.append((name, value)) }
    }

    /// All text below this node, whitespace collapsed; `<br>` counts as a space.
    public var textContent: String {
        var out = ""
        appendText(to: &out)
        return TextCleanup.collapse(out)
    }

    /// Characters of text below this node, whitespace runs counted once; cheaper than
    /// `textContent.count` (no string is built).
    public var textLength: Int {
        var count = 0
        var pendingSpace = false
        var stack = [self]
        while let node = stack.popLast() {
            switch node.kind {
            case .text:
                for byte in node.text.utf8 {
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                        pendingSpace = count > 0
                    } else if byte & 0xC0 != 0x80 {  // count scalars, not continuation bytes
                        if pendingSpace { count += 1; pendingSpace = false }
                        count += 1
                    }
                }
            case .element:
                if node.name == "br" { pendingSpace = count > 0; continue }
                if node.name == "script" || node.name == "style" || node.name == "template" { continue }
                stack.append(contentsOf: node.children.reversed())
            }
        }
        return count
    }

    func appendText(to out: inout String) {
        switch kind {
        case .text: out += text
        case .element:
            if name == "br" { out += " "; return }
            if name == "script" || name == "style" || name == "template" { return }
            for child in children { child.appendText(to: &out) }
        }
    }

    /// Elements below this node (depth first, document order) that satisfy `predicate`.
    public func descendants(where predicate: (MarkupNode) -> Bool) -> [MarkupNode] {
        var found: [MarkupNode] = []
        var stack: [MarkupNode] = children.reversed()
        while let node = stack.popLast() {
            guard node.kind == .element else { continue }
            if predicate(node) { found.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return found
    }

    /// The first descendant element named `name`.
    public func first(_ name: String) -> MarkupNode? {
        descendants { $0.name == name }.first
    }
}
