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

    /// An SSML document around a body built by `body(_:lexicon:)`. The text ends with a blank
    /// line, as a paragraph does: eSpeak NG 1.51 reads a period that ends the text right before
    /// `</speak>` as "dot" after a closing bracket or quotation mark, a sign, an element or a
    /// dotted name ("(at noon) dot", "30 percent dot", "B B C dot", "node dot js dot"), and the
    /// word before it unlike the same word before a period in running text ("CRMs." "C R M S").
    /// After a blank line the period ends the sentence and its last word reads as in running
    /// text, and a text without a final mark (a heading) reads as it did (one line break would
    /// change that: "Data center GPUs" "jee pus").
    public static func document(_ body: String, language: String? = nil) -> String {
        let lang = language.map { " xml:lang=\"\(escape($0))\"" } ?? ""
        return "<speak\(lang)>\(body)\n\n</speak>"
    }

    /// A sentence's SSML body: all text escaped, and lexicon words wrapped in the element that
    /// says them as the lexicon asks (`sub`, `say-as`, or an empty `phoneme`: eSpeak NG 1.51
    /// speaks a phoneme element's text as well as its phonemes).
    public static func body(_ text: String, lexicon: Lexicon) -> String {
        guard !lexicon.isEmpty else { return escape(text) }
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
