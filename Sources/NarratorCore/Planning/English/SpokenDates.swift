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
        isoDate(core) ?? isoDateTime(core) ?? decade(core)
    }

    /// "1972's", "2025’s": a year's (eSpeak dropped the "s" and read "two thousand and twenty
    /// five"), said as the year is ("19 seventy-two's"; by `SpokenContext`, whose day numbers the two
    /// words must not meet: "December 2024's" is not "December 20th"). A year ending in 0 with
    /// "'s" is a decade.
    static func possessiveYear(_ core: String) -> String? {
        guard core.count == 6, core.hasSuffix("'s") || core.hasSuffix("’s") else { return nil }
        let digits = String(core.prefix(4))
        guard digits.allSatisfy(\.isASCIIDigit), let year = Int(digits), (1100...2099).contains(year), year % 10 != 0
        else { return nil }
        // eSpeak drops the "'s" after a figure ("19 78's" is "nineteen seventy-eight"): the last
        // group is said in words ("19 seventy-eight's", "2 thousand five's").
        if digits.hasPrefix("200") { return "2 thousand \(belowHundred(year % 100))'s" }
        var words = SpokenContext.yearWords(digits).split(separator: " ").map(String.init)
        guard let last = words.last.flatMap({ Int($0) }) else { return nil }
        words[words.count - 1] = belowHundred(last)
        return words.joined(separator: " ") + "'s"
    }

    /// A number from 1 to 99 in words ("seventy-eight").
    static func belowHundred(_ number: Int) -> String {
        let small = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        if number < 20 { return small[number] }
        return tens[number / 10] + (number % 10 == 0 ? "" : "-" + small[number % 10])
    }

    /// "2019-01-21T21:40:59.62Z", "2021-12-10T13:28+01:00": an ISO 8601 date and time (a forum
    /// post's or a log's stamp; eSpeak read every digit group), said as the date and the hour and
    /// minutes ("21 January 2019 at 21:40"); the seconds and the zone are not said.
    static func isoDateTime(_ core: String) -> String? {
        guard let t = core.firstIndex(of: "T"), let date = isoDate(String(core[..<t])) else { return nil }
        let time = Array(core[core.index(after: t)...].utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= time.count, time[range].allSatisfy(ByteText.isDigit) else { return nil }
            return Int(String(decoding: time[range], as: UTF8.self))
        }
        guard time.count >= 5, time[2] == 0x3A, let hour = digits(0..<2), let minute = digits(3..<5), hour < 24, minute < 60
        else { return nil }
        // What may follow: seconds (with a fraction), then "Z" or an offset ("+00:00", "-0500").
        var index = 5
        if index < time.count, time[index] == 0x3A {
            guard digits(index + 1..<index + 3) != nil else { return nil }
            index += 3
            if index < time.count, time[index] == 0x2E {
                index += 1
                let start = index
                while index < time.count, ByteText.isDigit(time[index]) { index += 1 }
                guard index > start else { return nil }
            }
        }
        if index < time.count, time[index] == 0x5A { index += 1 }  // "Z"
        if index < time.count, time[index] == 0x2B || time[index] == 0x2D {
            let offset = time[(index + 1)...].filter { $0 != 0x3A }
            guard offset.count == 4 || offset.count == 2, offset.allSatisfy(ByteText.isDigit) else { return nil }
            index = time.count
        }
        guard index == time.count else { return nil }
        let clock = "\(hour):\(minute < 10 ? "0" : "")\(minute)"
        return "\(date) at " + (SpokenAmounts.clockTime(clock, next: "") ?? clock)
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
        guard let (prefix, rest) = partOfTime(core, among: partsOfDecades), let said = decade(String(rest)) else { return nil }
        return "\(prefix) \(said)"
    }

    /// One of `parts` of a span of time and what follows its hyphen ("mid" and "2024" of
    /// "mid-2024"), or nil.
    private static func partOfTime(_ core: String, among parts: Set<String>) -> (prefix: Substring, rest: Substring)? {
        guard let dash = core.firstIndex(of: "-") else { return nil }
        let prefix = core[..<dash]
        guard parts.contains(prefix.lowercased()) else { return nil }
        return (prefix, core[core.index(after: dash)...])
    }

    /// Words joined before a decade ("mid-2000s") and before a year, which also has an end and a
    /// start ("end-2025").
    private static let partsOfDecades: Set<String> = ["mid", "early", "late", "pre", "post"]
    private static let partsOfYears = partsOfDecades.union(["end", "start"])

    /// "mid-2024" -> "mid 2024", "end-2025", "early-2026": a year and the part of it, apart, so
    /// that the year is read as one ("mid 20 24"; eSpeak: "mid, two thousand twenty-four").
    static func prefixedYear(_ core: String) -> String? {
        guard let (prefix, year) = partOfTime(core, among: partsOfYears), year.count == 4, year.allSatisfy(\.isASCIIDigit),
              let value = Int(year), (1100...2099).contains(value) else { return nil }
        return "\(prefix) \(year)"
    }

    /// "1980s–90s" -> "19 eighties to nineties", "1800s-1930s": two decades joined by a dash
    /// (eSpeak read "nineteen hundred eighty s nineties").
    static func decadeRange(_ core: String) -> String? {
        guard let (low, high) = SpokenAmounts.rangeEnds(core), let start = decade(low), let end = decade(high) else { return nil }
        return "\(start) to \(end)"
    }

    /// "’84", "'09" ("in '84", "the class of ’09"): a year written by its last two figures, an
    /// apostrophe standing for its century, `leading` the marks before the token (a straight or
    /// left quote is an opening mark there; the right one stays in `core`). Said "84", "oh 9"
    /// (eSpeak paused at the mark and said "zero nine"). Nil when a quote closes after it.
    static func shortYear(_ core: String, after leading: String, closedBy trailing: String) -> String? {
        var digits = Substring(core)
        if digits.first == "’" {
            digits = digits.dropFirst()
        } else if leading.last != "'" && leading.last != "‘" {
            return nil
        }
        guard digits.count == 2, digits.allSatisfy(\.isASCIIDigit), !trailing.contains(where: { "'’".contains($0) })
        else { return nil }
        return digits.first == "0" ? "oh \(digits.last!)" : String(digits)
    }

    /// "1990s", "1900s", "2000s", "2010s", "'80s", "80s" (also with a curly apostrophe), and
    /// written with an apostrophe before the "s" ("1930's", "80’S"; eSpeak said "19 hundred 30 s"
    /// and "the 30's" "the thirty").
    static func decade(_ core: String) -> String? {
        var digits = Substring(core)
        if digits.first == "'" || digits.first == "’" { digits = digits.dropFirst() }
        guard digits.hasSuffix("s") || digits.hasSuffix("S") && digits.dropLast().last.map({ "'’".contains($0) }) == true
        else { return nil }
        digits = digits.dropLast()
        if let mark = digits.last, mark == "'" || mark == "’" { digits = digits.dropLast() }
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
