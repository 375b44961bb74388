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
        let period = finalPeriod(text)
        var out = ""
        var word = ""
        var afterElement = false
        func flush() {
            guard !word.isEmpty else { return }
            let pronunciation = lexicon.pronunciation(of: word)
            switch pronunciation {
            case .respelling(let alias)?: out += "<sub alias=\"\(attribute(alias))\">\(escape(word))</sub>"
            case .letters?: out += "<say-as interpret-as=\"characters\">\(escape(word))</say-as>"
            case .phonemes(let phonemes)?: out += "<phoneme alphabet=\"espeak\" ph=\"\(attribute(phonemes))\"></phoneme>"
            case nil: out += escape(word)
            }
            afterElement = pronunciation != nil
            word = ""
        }
        for index in text.indices {
            let char = text[index]
            if char.isLetter || char.isNumber || ((char == "'" || char == "’" || char == "-") && !word.isEmpty) {
                word.append(char)
            } else {
                flush()
                // The sentence's final period goes straight after an element ("We told the
                // BBC." is "...BBC"): eSpeak NG 1.51 says "dot" for it there, and the end of the
                // text ends the sentence all the same ("We met Win." and "We met Win" make the
                // same audio).
                if !(index == period && afterElement) { out += escape(String(char)) }
                afterElement = false
            }
        }
        flush()
        return out
    }

    /// The period that ends `text`, with only closing quotation marks and spaces after it, when
    /// it is not the last of an ellipsis.
    static func finalPeriod(_ text: String) -> String.Index? {
        let closing: Set<Character> = [" ", "\n", "\t", "\u{201D}", "\u{2019}", "\"", "'"]
        guard let index = text.lastIndex(where: { !closing.contains($0) }), text[index] == ".",
              index == text.startIndex || text[text.index(before: index)] != "." else { return nil }
        return index
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
