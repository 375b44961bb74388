/// Codes and faces written among words: a model or an identifier whose hyphen stands between two
/// digits, a section of a law with its subsections in brackets, a form's number, a stock's
/// exchange and ticker, and the faces typed from punctuation. eSpeak NG reads the marks inside
/// them by name ("T five dash one thousand", "NYSE colon H B L", "colon") or the number as an
/// amount ("four hundred one, K").
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

    /// A section of a code or a law with its subsections in brackets ("401(k)", "403(b)s",
    /// "501(c)(3)", "1201(b)"): the number read as such names are ("4 oh 1", "4 17", "12 oh 1"),
    /// then each subsection ("4 oh 1 K", "5 oh 1 C 3"); eSpeak: "four hundred one, K". The
    /// section has three or four digits and its first subsection is one small letter; an "A" is
    /// written against what comes before it ("4 17A"), where eSpeak says the letter, not "uh".
    static func section(_ text: String) -> String? {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        var rest = text.dropFirst(digits.count)
        guard (3...4).contains(digits.count), digits.first != "0", rest.hasPrefix("("),
              rest.dropFirst().first.map({ $0.isASCII && $0.isLowercase }) == true else { return nil }
        var said = SpokenContext.yearWords(String(digits))
        while rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
            let part = rest[rest.index(after: rest.startIndex)..<close]
            guard (1...2).contains(part.count), part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
                  part.allSatisfy(\.isNumber) || part.count == 1 else { return nil }
            let written = part.uppercased()
            said += (written == "A" ? "" : " ") + written
            rest = rest[rest.index(after: close)...]
        }
        // "two 401(k)s": the letter's plural.
        if let plural = ["s", "'s", "’s"].first(where: rest.hasPrefix) {
            said += "'s"
            rest = rest.dropFirst(plural.count)
        }
        return rest.allSatisfy(TokenMarks.closing.contains) ? said + rest : nil
    }

    /// A form's number joined to its letters, read in pairs as a year is ("1099-NEC" -> "10 99
    /// NEC", "1098-Ts"; eSpeak: "one thousand ninety-nine"): four digits, a hyphen, one to five
    /// capitals ("Form 1040" alone is read by `SpokenContext`).
    static func formNumber(_ core: String) -> String? {
        let digits = core.prefix { $0.isASCII && $0.isNumber }
        let code = core.dropFirst(digits.count + 1)
        let letters = code.hasSuffix("s") ? code.dropLast() : code
        guard digits.count == 4, digits.first != "0", core.dropFirst(4).first == "-", (1...5).contains(letters.count),
              letters.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        return SpokenContext.yearWords(String(digits)) + " " + code
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
