/// Codes and faces written among words: a model or an identifier whose hyphen stands between two
/// digits, a stock's exchange and ticker, and the faces typed from punctuation. eSpeak NG reads
/// the marks inside them by name ("T five dash one thousand", "NYSE colon H B L", "colon").
extension SpokenSymbols {
    /// A model's, a part's or an identifier's parts, said one after the other ("T5-1000",
    /// "i5-1335U", "DDR5-5600", "x86-64", "CVE-2024-31877", "ISO-8859-1" -> "T5 1000", "CVE
    /// 2024 31877"; eSpeak: "dash" between two digits). Only a code: letters and numbers
    /// joined by hyphens, opening with a digit or a capital, a letter before the hyphen that
    /// stands between digits. A word before a span ("mid-2020-21"), a span of years after a
    /// code ("FY2024-25"), a range ("18-24s", "0-20P") and the hyphens eSpeak reads well
    /// ("GLP-1", "AES-256-GCM", "Q1-Q3") are left.
    static func code(_ core: String) -> String? {
        // A point only inside a number ("Qwen3-0.6B").
        guard core.contains("-"), core.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }),
              !core.contains(where: { $0 == "." }) || pointsInNumbers(core) else { return nil }
        let parts = core.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }), let first = parts.first,
              first.contains(where: \.isNumber) || first.allSatisfy(\.isUppercase) else { return nil }
        var letterBefore = false
        var joinsDigits = false
        for (left, right) in zip(parts, parts.dropFirst()) {
            letterBefore = letterBefore || left.contains(where: \.isLetter)
            guard left.last!.isNumber, right.first!.isNumber else { continue }
            if isSpanOfYears(left, right) { return nil }
            joinsDigits = joinsDigits || letterBefore
        }
        return joinsDigits ? parts.joined(separator: " ") : nil
    }

    private static func pointsInNumbers(_ core: String) -> Bool {
        let chars = Array(core)
        return chars.indices.allSatisfy { i in
            chars[i] != "." || i > 0 && i + 1 < chars.count && chars[i - 1].isNumber && chars[i + 1].isNumber
        }
    }

    /// "FY2024-25", "FY2023-2024": a year's four digits ending one side, and two digits or a
    /// later year making the other.
    private static func isSpanOfYears(_ left: Substring, _ right: Substring) -> Bool {
        let digits = left.reversed().prefix(while: \.isNumber)
        guard digits.count == 4, let year = Int(String(digits.reversed())), (1900...2099).contains(year),
              right.allSatisfy(\.isNumber) else { return false }
        return right.count == 2 || right.count == 4 && Int(right).map { $0 > year && $0 <= 2099 } == true
    }

    /// A stock's exchange and ticker glued by a colon ("NYSE:HBL", "NASDAQ:PIER", "LSE:BP.") set
    /// apart as written with a space: a pause, where eSpeak said "colon".
    static func ticker(_ core: String) -> String? {
        guard let colon = core.firstIndex(of: ":") else { return nil }
        let exchange = core[..<colon]
        let symbol = core[core.index(after: colon)...]
        guard exchange.count >= 2, exchange.allSatisfy({ $0.isASCII && $0.isUppercase }), let first = symbol.first,
              first.isASCII, first.isUppercase, symbol.count <= 6,
              symbol.allSatisfy({ $0.isASCII && ($0.isUppercase || $0 == ".") }) else { return nil }
        return exchange + ": " + symbol
    }

    /// Faces typed from punctuation (":)", ";-)", ":D", ":("): a tone of voice, not words; a
    /// narrator says nothing (eSpeak: "colon").
    static let faces: Set<String> = [":)", ":-)", ";)", ";-)", ":(", ":-(", ":D", ":-D", ";D", ":P", ":-P", ":p", ";P", ":]", "=)", ":o", ":O", ":/"]

    /// The face a token is, and the marks after it that close the sentence (":).", ";),").
    static func face(_ token: String) -> (face: String, trailing: String)? {
        let trailing = String(token.reversed().prefix { ".,!?".contains($0) }.reversed())
        let face = String(token.dropLast(trailing.count))
        return faces.contains(face) ? (face, trailing) : nil
    }
}
