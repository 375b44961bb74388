import CLibXML2Shim
import NarratorCore

/// Parses HTML with libxml2's forgiving parser into a `MarkupNode` tree.
///
/// libxml2 decodes the page from its BOM or declared charset (meta charset / http-equiv) to
/// UTF-8, replaces invalid sequences, and never fetches anything the page names.
public enum HTMLParser {
    /// Parses a page. Comments are dropped; text and CDATA become text nodes.
    ///
    /// - Parameter encoding: force an encoding (e.g. "windows-1252"); nil lets libxml2 decide.
    public static func parse(_ bytes: [UInt8], source: String, encoding: String? = nil) throws -> MarkupNode {
        var bytes = bytes
        var encoding = encoding
        // A page declaring windows-1252 or Latin-1 (which browsers read as windows-1252) is
        // decoded here: libxml2's converter stops at the five bytes windows-1252 leaves
        // undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) and drops the rest of the page.
        if encoding == nil, let declared = CharsetPrescan.declaredCharset(bytes), CharsetPrescan.isWindows1252(declared) {
            bytes = Array(TextDecoding.windows1252Text(bytes).utf8)
            encoding = "UTF-8"
        }
        let document: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                narrator_html_parse(pointer, buffer.count, encoding)
            }
        }
        guard let document else { throw ExtractionError(source: source, problem: .unparsable) }
        defer { narrator_html_free(document) }
        guard let root = narrator_html_root(document) else {
            throw ExtractionError(source: source, problem: .unparsable)
        }
        return convert(root)
    }

    /// Elements deeper than this are not nested further (see `flattened`): the tree's users
    /// recurse, and a hostile page can nest hundreds of thousands of levels.
    static let maxDepth = 256

    private static func convert(_ node: UnsafeRawPointer, depth: Int = 0) -> MarkupNode {
        var element = bareElement(node)
        // Code and styles are never read (only JSON-LD metadata is): their text, often most of
        // a news page's bytes, is not copied.
        if skipsContent(element) { return element }
        children(of: node) { child in
            if depth + 1 < maxDepth {
                element.children.append(convert(child, depth: depth + 1))
            } else {
                element.children += flattened(child)
            }
        } text: { text in
            element.children.append(MarkupNode(text: text))
        }
        return element
    }

    /// A subtree too deep to keep as it is, as a flat list in document order: every element
    /// with its attributes and its own text, none nested. Paragraphs stay paragraphs; walked
    /// with an explicit stack, so depth costs no call stack.
    private static func flattened(_ root: UnsafeRawPointer) -> [MarkupNode] {
        var out: [MarkupNode] = []
        var stack = [root]
        while let node = stack.popLast() {
            var element = bareElement(node)
            if skipsContent(element) { out.append(element); continue }
            var elements: [UnsafeRawPointer] = []
            children(of: node) { elements.append($0) } text: { element.children.append(MarkupNode(text: $0)) }
            out.append(element)
            stack.append(contentsOf: elements.reversed())
        }
        return out
    }

    /// Calls `element` for each child element and `text` for each text or CDATA child, in order.
    private static func children(of node: UnsafeRawPointer, element: (UnsafeRawPointer) -> Void, text: (String) -> Void) {
        var child = narrator_node_first_child(node)
        while let current = child {
            switch Int(narrator_node_kind(current)) {
            case NARRATOR_NODE_ELEMENT:
                element(current)
            case NARRATOR_NODE_TEXT, NARRATOR_NODE_CDATA:
                if let content = narrator_node_content(current) { text(String(cString: content)) }
            default:
                break
            }
            child = narrator_node_next(current)
        }
    }

    static func skipsContent(_ element: MarkupNode) -> Bool {
        switch element.name {
        case "style", "template", "svg", "math": return true
        case "script": return !(element["type"] ?? "").lowercased().contains("ld+json")
        default: return false
        }
    }

    /// The attributes the extractor reads; others (href, src, data-*, event handlers...) are
    /// not copied.
    static let keptAttributes: Set<String> = [
        "class", "id", "itemprop", "itemtype", "name", "type", "style", "role", "rel", "property", "lang", "xml:lang",
        "http-equiv", "hidden", "datetime", "content", "aria-hidden", "charset",
    ]

    /// An element with its name and the attributes the extractor reads, no children yet.
    private static func bareElement(_ node: UnsafeRawPointer) -> MarkupNode {
        var element = MarkupNode(element: narrator_node_name(node).map { String(cString: $0) } ?? "")
        var attribute = narrator_attr_first(node)
        while let current = attribute {
            if let rawName = narrator_attr_name(current) {
                let name = String(cString: rawName).lowercased()
                if keptAttributes.contains(name) {
                    let value = narrator_attr_value(current)
                    element.addAttribute(name, value.map { String(cString: $0) } ?? "")
                    narrator_free(value)
                }
            }
            attribute = narrator_attr_next(current)
        }
        return element
    }
}
