import Foundation

/// SSML for eSpeak NG, built so that article text can never act as markup.
public enum SSML {
    /// Article text as SSML text (`XMLText`), and "[[" (eSpeak's phoneme brackets) becomes
    /// "[ [", so article text is never phoneme input.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "[" && previous == "[" { out += " [" ; continue }
            // eSpeak NG reads a tab as a control character too.
            XMLText.append(scalar == "\t" ? " " : scalar, to: &out)
        }
        return out
    }

    /// One sentence as an SSML document.
    public static func sentence(_ text: String, language: String? = nil) -> String {
        document(body(text, lexicon: Lexicon()), language: language)
    }

    /// An SSML document around a body built by `body(_:lexicon:)`.
    public static func document(_ body: String, language: String? = nil) -> String {
        let lang = language.map { " xml:lang=\"\(escape($0))\"" } ?? ""
        return "<speak\(lang)>\(body)</speak>"
    }

    /// A sentence's SSML body: all text escaped, and lexicon words wrapped in the element that
    /// says them as the lexicon asks (`sub`, `say-as`, or an empty `phoneme`: eSpeak NG 1.51
    /// speaks a phoneme element's text as well as its phonemes).
    public static func body(_ text: String, lexicon: Lexicon) -> String {
        guard !lexicon.isEmpty else { return escape(text) }
        let text = withoutPeriodAfterLastWord(text, lexicon: lexicon)
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            switch lexicon.pronunciation(of: word) {
            case .respelling(let alias)?: out += "<sub alias=\"\(attribute(alias))\">\(escape(word))</sub>"
            case .letters?: out += "<say-as interpret-as=\"characters\">\(escape(word))</say-as>"
            case .phonemes(let phonemes)?: out += "<phoneme alphabet=\"espeak\" ph=\"\(attribute(phonemes))\"></phoneme>"
            case nil: out += escape(word)
            }
            word = ""
        }
        for char in text {
            if char.isLetter || char.isNumber || ((char == "'" || char == "’" || char == "-") && !word.isEmpty) {
                word.append(char)
            } else {
                flush()
                out += escape(String(char))
            }
        }
        flush()
        return out
    }

    /// The sentence without its final period when a lexicon word stands right before it ("We
    /// told the BBC." -> "We told the BBC", a closing quotation mark or space after it kept):
    /// eSpeak NG 1.51 says "dot" for a period that ends the text just after an element, and
    /// the end of the text ends the sentence all the same ("We met Win." and "We met Win" make
    /// the same audio).
    static func withoutPeriodAfterLastWord(_ text: String, lexicon: Lexicon) -> String {
        let closing: Set<Character> = [" ", "\n", "\t", "\u{201D}", "\u{2019}", "\"", "'"]
        let tail = text.reversed().prefix { closing.contains($0) }
        let beforeTail = text.dropLast(tail.count)
        guard beforeTail.last == ".", !beforeTail.dropLast().hasSuffix(".") else { return text }
        let stem = beforeTail.dropLast()
        let word = String(stem.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "\u{2019}" || $0 == "-" }
            .reversed().drop { !($0.isLetter || $0.isNumber) })
        guard !word.isEmpty, lexicon.pronunciation(of: word) != nil else { return text }
        return String(stem) + String(tail.reversed())
    }

    /// An attribute value as eSpeak NG 1.51 reads it: it does not decode entities in attributes,
    /// so characters that would need one are replaced ("&" by "and") or dropped.
    static func attribute(_ value: String) -> String {
        var out = ""
        for char in value {
            switch char {
            case "&": out += " and "
            case "\"", "<", ">": continue
            default: out.append(char)
            }
        }
        return TextCleanup.collapse(out)
    }

    /// The text an SSML body stands for: tags removed, entities decoded (for engines without SSML).
    public static func plainText(_ body: String) -> String {
        var out = ""
        var inTag = false
        for char in body {
            if char == "<" { inTag = true; continue }
            if char == ">" { inTag = false; continue }
            if !inTag { out.append(char) }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
