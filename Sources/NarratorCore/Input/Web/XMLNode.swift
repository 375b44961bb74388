import Foundation

/// A small XML element tree: what a feed or sitemap parser reads (feeds are small; a page
/// never goes through this).
public final class XMLNode: @unchecked Sendable {
    // @unchecked: built once by one parser, then only read.
    /// The local name, lower-cased ("creator" for "dc:creator").
    public let name: String
    /// The name as written ("dc:creator").
    public let qualifiedName: String
    public let attributes: [String: String]
    public internal(set) var children: [XMLNode] = []
    /// The element's own text (not its children's), as written.
    public internal(set) var ownText = ""

    public init(qualifiedName: String, attributes: [String: String]) {
        self.qualifiedName = qualifiedName
        self.name = String(qualifiedName.split(separator: ":").last ?? Substring(qualifiedName)).lowercased()
        self.attributes = attributes
    }

    public func append(_ child: XMLNode) { children.append(child) }
    public func appendText(_ text: String) { ownText += text }

    /// The first child named `name` (local name).
    public func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }
    public func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// All text inside, children's included, trimmed.
    public var text: String {
        var parts = ownText
        for child in children { parts += child.text }
        return parts.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
