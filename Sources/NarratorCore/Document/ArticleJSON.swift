import Foundation

/// The JSON shape of `narrate extract`: one object per input, keys in a fixed order.
///
/// `{"source", "title", "byline", "published", "language", "standfirst",
///   "sections": [{"heading": str|null, "paragraphs": [str]}]}`, or `{"source", "error"}`.
public enum ArticleJSON {
    /// One article as a single-line JSON object (absent fields are `null`).
    public static func object(_ article: Article) -> String {
        var fields: [(String, String)] = [
            ("source", string(article.source)),
            ("title", optional(article.title)),
            ("byline", optional(article.byline)),
            ("published", optional(article.published)),
            ("language", optional(article.language)),
            ("standfirst", optional(article.standfirst)),
        ]
        let sections = article.sections.map { section in
            "{\"heading\":\(optional(section.heading)),\"paragraphs\":["
                + section.paragraphs.map(string).joined(separator: ",") + "]}"
        }
        fields.append(("sections", "[" + sections.joined(separator: ",") + "]"))
        return "{" + fields.map { "\(string($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    /// The object for an input that failed.
    public static func error(source: String, message: String) -> String {
        "{\"source\":\(string(source)),\"error\":\(string(message))}"
    }

    /// A JSON string literal.
    public static func string(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func optional(_ value: String?) -> String { value.map(string) ?? "null" }
}
