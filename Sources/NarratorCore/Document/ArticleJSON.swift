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
        var value = value
        return value.withUTF8 { text in
            var out: [UInt8] = []
            out.reserveCapacity(text.count + 2)
            out.append(0x22)
            for byte in text {
                switch byte {
                case 0x22: out += [0x5C, 0x22]  // \"
                case 0x5C: out += [0x5C, 0x5C]  // \\
                case 0x0A: out += [0x5C, 0x6E]  // \n
                case 0x0D: out += [0x5C, 0x72]  // \r
                case 0x09: out += [0x5C, 0x74]  // \t
                case ..<0x20: out += Array(String(format: "\\u%04x", Int(byte)).utf8)
                default: out.append(byte)
                }
            }
            out.append(0x22)
            return String(decoding: out, as: UTF8.self)
        }
    }

    static func optional(_ value: String?) -> String { value.map(string) ?? "null" }
}
