import CLibXML2Shim
import NarratorCore

/// Parses an XML document (a feed, a sitemap) with libxml2's XML parser into an `XMLNode` tree.
/// Entities the document declares are not expanded; nothing is fetched.
public enum XMLTreeParser {
    /// The document's root element, or nil when no element could be read.
    public static func parse(_ bytes: [UInt8]) -> XMLNode? {
        var state = XMLParseState()
        let result = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                withUnsafeMutablePointer(to: &state) { context in
                    withUnsafePointer(to: XMLParseState.events) { narrator_xml_parse(chars.baseAddress, chars.count, $0, context) }
                }
            }
        }
        _ = result  // a document libxml2 gave up on still yields what it read
        return state.root
    }
}

private struct XMLParseState {
    var root: XMLNode?
    var open: [XMLNode] = []
    /// Elements deeper than this are skipped (a feed is shallow; a hostile one is not read deeper).
    static let maxDepth = 64
    var skipped = 0

    static let events = narrator_html_events(
        start_element: { context, name, attributes in
            context!.assumingMemoryBound(to: XMLParseState.self).pointee.start(name!, attributes)
        },
        end_element: { context, _ in
            context!.assumingMemoryBound(to: XMLParseState.self).pointee.end()
        },
        text: { context, bytes, length in
            let state = context!.assumingMemoryBound(to: XMLParseState.self)
            guard state.pointee.skipped == 0, let node = state.pointee.open.last, let bytes else { return }
            node.appendText(String(decoding: UnsafeRawBufferPointer(start: bytes, count: Int(length)), as: UTF8.self))
        })

    mutating func start(_ name: UnsafePointer<CChar>, _ list: UnsafeMutablePointer<UnsafePointer<CChar>?>?) {
        if skipped > 0 || open.count >= Self.maxDepth { skipped += 1; return }
        var attributes: [String: String] = [:]
        if var pointer = list {
            while let key = pointer.pointee {
                let value = (pointer + 1).pointee.map { String(cString: $0) } ?? ""
                attributes[String(cString: key).lowercased()] = value
                pointer += 2
            }
        }
        let node = XMLNode(qualifiedName: String(cString: name), attributes: attributes)
        if let parent = open.last { parent.append(node) } else if root == nil { root = node }
        open.append(node)
    }

    mutating func end() {
        if skipped > 0 { skipped -= 1; return }
        _ = open.popLast()
    }
}
