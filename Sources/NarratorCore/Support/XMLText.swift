/// Text inside XML (SSML for the engine, RSS for feeds): the five metacharacters escaped, and
/// characters XML 1.0 forbids (controls other than tab, U+FFFE/U+FFFF) replaced by spaces, so
/// text can never act as markup or break the document.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return out
    }

    static func append(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        case _ where (scalar.value < 0x20 && scalar != "\t") || (0xFFFE...0xFFFF).contains(scalar.value):
            out += " "
        default: out.unicodeScalars.append(scalar)
        }
    }
}
