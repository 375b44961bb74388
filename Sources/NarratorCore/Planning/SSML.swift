/// SSML for eSpeak NG, built so that article text can never act as markup.
public enum SSML {
    /// Escapes the five XML metacharacters; control characters other than tab become spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value)
                || (0xD800...0xDFFF).contains(scalar.value):
                out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One sentence as an SSML document.
    public static func sentence(_ text: String, language: String? = nil) -> String {
        let lang = language.map { " xml:lang=\"\(escape($0))\"" } ?? ""
        return "<speak\(lang)>\(escape(text))</speak>"
    }
}
