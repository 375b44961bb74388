/// Numbers written in two loose ways that the rules after this read once they are closed up: a
/// decimal without its leading zero (".5 billion", "$.99", "(.05)"; eSpeak NG says "dot five")
/// gets its zero, and a range or a score whose dash is set apart by spaces ("2 – 5 pounds",
/// "pages 10 - 20", "won 3 – 2"; eSpeak NG says "two, five") loses the spaces, so that scores
/// (`SpokenNumerals`), ranges, measures and percentages (`SpokenAmounts`) read it as they read
/// "2–5 pounds".
extension SpokenAmounts {
    static func closedUp(_ text: String) -> String {
        guard mayHoldLooseNumber(text) else { return text }
        var tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in tokens.indices {
            if let zeroed = withLeadingZero(tokens[index]) { tokens[index] = zeroed }
        }
        var out: [String] = []
        var index = 0
        while index < tokens.count {
            if index + 2 < tokens.count, ["–", "-"].contains(tokens[index + 1]), isRangeStart(tokens[index]),
               isRangeEnd(tokens[index + 2]),
               !isOperator(index > 0 ? tokens[index - 1] : ""), !isOperator(index + 3 < tokens.count ? tokens[index + 3] : "") {
                out.append(tokens[index] + "–" + tokens[index + 2])
                index += 3
            } else {
                out.append(tokens[index])
                index += 1
            }
        }
        return out.joined(separator: " ")
    }

    /// Whether `text` holds a period before a digit, a hyphen set apart or an en dash: most
    /// sentences hold none, and are left as they are without being split into words.
    private static func mayHoldLooseNumber(_ text: String) -> Bool {
        var (previous, beforePrevious): (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if previous == 0x2E, (0x30...0x39).contains(byte) { return true }  // ".5"
            if byte == 0x20, previous == 0x2D, beforePrevious == 0x20 { return true }  // " - "
            if byte == 0x93, previous == 0x80, beforePrevious == 0xE2 { return true }  // "–" (E2 80 93)
            (beforePrevious, previous) = (previous, byte)
        }
        return false
    }

    /// ".5" -> "0.5", "$.99" -> "$0.99", "(.05)" -> "(0.05)": a point opening the token (after
    /// brackets or quotes and a currency sign) and digits after it; a version's ".5.1" and a
    /// name's ".NET" are left alone.
    static func withLeadingZero(_ token: String) -> String? {
        let leading = token.prefix { TokenMarks.opening.contains($0) }
        var rest = token.dropFirst(leading.count)
        let sign = symbols.first { rest.hasPrefix($0.prefix) }?.prefix ?? ""
        rest = rest.dropFirst(sign.count)
        guard rest.first == ".", let first = rest.dropFirst().first, first.isASCIIDigit else { return nil }
        let after = rest.dropFirst().drop { $0.isASCIIDigit }
        if after.first == ".", after.dropFirst().first?.isASCIIDigit == true { return nil }
        return leading + sign + "0" + rest
    }

    /// The first end of a range set apart: a number or a percentage, perhaps after an opening
    /// bracket, with nothing after it.
    private static func isRangeStart(_ token: String) -> Bool {
        let core = token.drop { TokenMarks.opening.contains($0) }
        return isNumber(core.hasSuffix("%") ? String(core.dropLast()) : String(core))
    }

    /// The second end: a number, then nothing, a percent sign or a unit stuck to it ("5kg"),
    /// and the marks that close a clause; not a date or a fraction ("7/31", "78/100").
    private static func isRangeEnd(_ token: String) -> Bool {
        let (core, _) = TokenMarks.split(token, closing: TokenMarks.closing)
        let number = numberPrefix(core)
        guard isNumber(number) else { return false }
        let rest = String(core.dropFirst(number.count))
        return rest.isEmpty || rest == "%" || stuckUnit(rest) != nil
    }

    /// Signs of a sum beside the numbers ("10 - 2 = 8"), where the dash is a minus.
    private static func isOperator(_ token: String) -> Bool {
        ["=", "+", "×", "*", "/", "÷", "<", ">", "≈"].contains(token)
    }
}
