/// Dates and decades written in forms eSpeak NG reads badly: "2024-11-03" (read as "two
/// thousand twenty-four dash eleven dash zero three") becomes "3 November 2024"; "1990s" (read
/// as "nineteen hundred ninety s") becomes "19 nineties", "'80s" and "80s" become "eighties".
/// Times ("10:30"), ordinals ("21st") and written-out dates are left to eSpeak, which reads them.
enum SpokenDates {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    static let decades = ["0": "hundreds", "1": "tens", "2": "twenties", "3": "thirties", "4": "forties",
                          "5": "fifties", "6": "sixties", "7": "seventies", "8": "eighties", "9": "nineties"]

    /// One whitespace-free token without surrounding punctuation, or nil when it is neither.
    static func spoken(_ core: String) -> String? {
        isoDate(core) ?? decade(core)
    }

    /// "2024-11-03": a valid ISO 8601 calendar date.
    static func isoDate(_ core: String) -> String? {
        let parts = core.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return "\(day) \(months[month - 1]) \(year)"
    }

    /// "mid-2000s" -> "mid 2 thousands", "late-1990s", "early-'80s", "pre-2010s".
    static func prefixedDecade(_ core: String) -> String? {
        guard let dash = core.firstIndex(of: "-") else { return nil }
        let prefix = core[..<dash]
        guard ["mid", "early", "late", "pre", "post"].contains(prefix.lowercased()),
              let said = decade(String(core[core.index(after: dash)...])) else { return nil }
        return "\(prefix) \(said)"
    }

    /// "1980s–90s" -> "19 eighties to nineties", "1800s-1930s": two decades joined by a dash
    /// (eSpeak read "nineteen hundred eighty s nineties").
    static func decadeRange(_ core: String) -> String? {
        guard let (low, high) = SpokenAmounts.rangeEnds(core), let start = decade(low), let end = decade(high) else { return nil }
        return "\(start) to \(end)"
    }

    /// "1990s", "1900s", "2000s", "2010s", "'80s", "80s" (also with a curly apostrophe).
    static func decade(_ core: String) -> String? {
        var digits = Substring(core)
        if digits.first == "'" || digits.first == "’" { digits = digits.dropFirst() }
        guard digits.hasSuffix("s") else { return nil }
        digits = digits.dropLast()
        guard digits.allSatisfy(\.isASCIIDigit), digits.last == "0" else { return nil }
        let tens = String(digits.dropLast().suffix(1))
        switch digits.count {
        case 2:
            guard tens != "0", tens != "1", let word = decades[tens] else { return nil }
            return word
        case 4:
            let century = digits.prefix(2)
            if digits.hasSuffix("000") { return "\(digits.prefix(1)) thousands" }  // "2000s"
            guard let word = decades[tens] else { return nil }
            return "\(century) \(word)"
        default:
            return nil
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
