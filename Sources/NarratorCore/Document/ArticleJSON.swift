import Foundation

/// The JSON shape of `narrate extract`: one object per input, keys in a fixed order.
///
/// `{"source", "title", "byline", "published", "language", "standfirst",
///   "sections": [{"heading": str|null, "paragraphs": [str], "listNumbers"?: {str: int}}]}`, or
/// `{"source", "error"}`. `listNumbers`, present when a section holds an ordered list, gives the
/// number spoken before each item, by the item's place in `paragraphs` ("3": 1: the fourth
/// paragraph is item 1).
/// Objects are encoded straight into UTF-8 bytes: a long article is held once as text and
/// once as JSON, never as many partial strings.
public enum ArticleJSON {
    /// One article as a single-line JSON object (absent fields are `null`).
    public static func object(_ article: Article, readIn language: LanguageDecision? = nil) -> String {
        var out: [UInt8] = []
        encode(article, readIn: language, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one article as a single-line JSON object to `out`; with `language`, a
    /// `"readIn": {"tag", "declared", "detected", "reason"}` object follows `"language"`.
    public static func encode(_ article: Article, readIn language: LanguageDecision? = nil, into out: inout [UInt8]) {
        // Room for it all at once: a long article's JSON is not copied as the buffer grows.
        let text = article.sections.reduce(0) { total, section in
            total + (section.heading?.utf8.count ?? 0) + section.paragraphs.reduce(0) { $0 + $1.utf8.count + 3 } + 40
        }
        out.reserveCapacity(out.count + text + text / 32 + 1024)
        out.append(0x7B)  // {
        field("source", article.source, into: &out)
        for (name, value) in [("title", article.title), ("byline", article.byline), ("published", article.published),
                              ("language", article.language)] {
            out.append(0x2C)
            field(name, value, into: &out)
        }
        if let language {
            out += Array(",\"readIn\":{".utf8)
            field("tag", language.tag, into: &out)
            for (name, value) in [("declared", language.declared), ("detected", language.detected),
                                  ("reason", language.reason)] {
                out.append(0x2C)
                field(name, value, into: &out)
            }
            out.append(0x7D)
        }
        out.append(0x2C)
        field("standfirst", article.standfirst, into: &out)
        out += Array(",\"sections\":[".utf8)
        for (index, section) in article.sections.enumerated() {
            if index > 0 { out.append(0x2C) }
            out.append(0x7B)
            field("heading", section.heading, into: &out)
            out += Array(",\"paragraphs\":[".utf8)
            for (number, paragraph) in section.paragraphs.enumerated() {
                if number > 0 { out.append(0x2C) }
                appendString(paragraph, to: &out)
            }
            out.append(0x5D)  // ]
            if !section.listNumbers.isEmpty {
                out += Array(",\"listNumbers\":{".utf8)
                for (index, (offset, number)) in section.listNumbers.sorted(by: { $0.key < $1.key }).enumerated() {
                    if index > 0 { out.append(0x2C) }
                    out += Array("\"\(offset)\":\(number)".utf8)
                }
                out.append(0x7D)
            }
            out.append(0x7D)  // }
        }
        out += [0x5D, 0x7D]  // ]}
    }

    /// The object for an input that failed.
    public static func error(source: String, message: String) -> String {
        "{\"source\":\(string(source)),\"error\":\(string(message))}"
    }

    /// A JSON string literal.
    public static func string(_ value: String) -> String {
        var out: [UInt8] = []
        appendString(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func field(_ name: String, _ value: String?, into out: inout [UInt8]) {
        appendString(name, to: &out)
        out.append(0x3A)  // :
        if let value { appendString(value, to: &out) } else { out += Array("null".utf8) }
    }

    /// Appends `value` as a JSON string literal.
    static func appendString(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { text in
            out.reserveCapacity(out.count + text.count + 2)
            out.append(0x22)
            var index = 0
            while index < text.count {
                let byte = text[index]
                index += 1
                switch byte {
                // U+2028 and U+2029 are line breaks to many readers of JSON lines: escaped.
                case 0xE2 where index + 1 < text.count && text[index] == 0x80 && (text[index + 1] == 0xA8 || text[index + 1] == 0xA9):
                    out += Array((text[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    index += 2
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
        }
    }
}
