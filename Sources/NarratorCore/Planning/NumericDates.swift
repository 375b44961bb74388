/// Dates written in figures with a four-digit year ("3/6/2026", "03/03/2026", "24.03.2024",
/// "01-04-2024"), which eSpeak NG reads group by group ("three slash six slash two thousand and
/// twenty-six", "twenty-four point zero three", "tres barra seis barra"), written out as the
/// language writes a date before the language's own readings say it: "March 6, 2026" or
/// "6 March 2026", "6 mars 2026", "6 de marzo de 2026".
///
/// Which number is the day: one above 12 is; otherwise, with slashes or dashes, the month comes
/// first where the page's region writes it so (the United States), else the day ("3/6/2026" is
/// 6 March on an American page, 3 June on a British one); with periods, the day ("24.03.2024",
/// as Europe writes it). Other languages write the day first.
enum NumericDates {
    /// The text with its numeric dates written out for `language` ("en", "de", "fr", "es", "it",
    /// "pt"); the text itself when it holds none, or for another language.
    static func rewrite(_ text: String, language: String, monthFirst: Bool) -> String {
        guard languages.contains(language), mayHoldDate(text) else { return text }
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        var found = false
        let monthFirstHere = language == "en" && monthFirst
        while index < chars.count {
            if ("0"..."9").contains(chars[index]), !continuesBefore(chars, index),
               let (date, end) = date(in: chars, at: index, monthFirst: monthFirstHere) {
                out.append(contentsOf: written(date, language: language, monthFirst: monthFirstHere).unicodeScalars)
                index = end
                found = true
                continue
            }
            out.append(chars[index])
            index += 1
        }
        return found ? String(out) : text
    }

    /// Whether a figure, a separator and a figure follow each other somewhere: most sentences
    /// hold none, and are left without a look at their characters.
    static func mayHoldDate(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        var beforePrevious: UInt8 = 0x20
        for byte in text.utf8 {
            if ByteText.isDigit(byte), previous == 0x2F || previous == 0x2E || previous == 0x2D, ByteText.isDigit(beforePrevious) {
                return true
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    struct Day: Equatable {
        var day: Int
        var month: Int
        var year: Int
    }

    /// The date starting at `index` and the index after it, or nil: one or two digits, a
    /// separator (a slash, a period or a hyphen), one or two digits, the same separator and four
    /// digits (a year from 1000 to 2999), a valid day of that month, and the token ends there.
    static func date(in chars: [Unicode.Scalar], at index: Int, monthFirst: Bool) -> (Day, Int)? {
        var numbers: [Int] = []
        var position = index
        var separator: Unicode.Scalar = "/"
        for (part, widths) in [(0, 1...2), (1, 1...2), (2, 4...4)] {
            if part == 1 {
                guard position < chars.count, ["/", ".", "-"].contains(chars[position]) else { return nil }
                separator = chars[position]
                position += 1
            } else if part == 2 {
                guard position < chars.count, chars[position] == separator else { return nil }
                position += 1
            }
            var value = 0
            var width = 0
            while position < chars.count, ("0"..."9").contains(chars[position]) {
                // A longer run of figures is no part of a date (and would overflow).
                guard width < widths.upperBound else { return nil }
                value = value * 10 + Int(chars[position].value - 0x30)
                width += 1
                position += 1
            }
            guard widths.contains(width) else { return nil }
            numbers.append(value)
        }
        if continuesAfter(chars, position) { return nil }
        let (first, second, year) = (numbers[0], numbers[1], numbers[2])
        guard (1000...2999).contains(year) else { return nil }
        let dayFirst = first > 12 || (second <= 12 && (separator == "." || !monthFirst))
        let day = Day(day: dayFirst ? first : second, month: dayFirst ? second : first, year: year)
        guard (1...12).contains(day.month), (1...daysIn(day.month, of: day.year)).contains(day.day) else { return nil }
        return (day, position)
    }

    /// Whether the characters before `start` (or from `end` on) make a longer token of the
    /// figures: a letter, a digit or a slash beside them, or a period or hyphen with a letter or
    /// digit beyond it (a path, a version "1.24.03.2024", "24/7/365", "2024-05"). A sentence's
    /// final period or a dash between words is no part of it.
    private static func continuesBefore(_ chars: [Unicode.Scalar], _ start: Int) -> Bool {
        guard start > 0 else { return false }
        if isTokenCharacter(chars[start - 1]) { return true }
        return (chars[start - 1] == "." || chars[start - 1] == "-") && start >= 2 && isTokenCharacter(chars[start - 2])
    }

    private static func continuesAfter(_ chars: [Unicode.Scalar], _ end: Int) -> Bool {
        guard end < chars.count else { return false }
        if isTokenCharacter(chars[end]) { return true }
        return (chars[end] == "." || chars[end] == "-") && end + 1 < chars.count && isTokenCharacter(chars[end + 1])
    }

    private static func isTokenCharacter(_ char: Unicode.Scalar) -> Bool {
        char == "/" || char.properties.isAlphabetic || ("0"..."9").contains(char)
    }

    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The languages whose dates are written out: English and those with their own readings.
    static let languages: Set<String> = ["en", "de", "fr", "es", "it", "pt"]

    /// How the language writes the date out, for its own readings to say ("1er mars", "1º de
    /// março", "1. März" are said as ordinals by them); English with the month first or not.
    static func written(_ date: Day, language: String, monthFirst: Bool) -> String {
        let day = String(date.day)
        let month = date.month - 1
        switch language {
        case "en":
            return monthFirst ? "\(SpokenDates.months[month]) \(day), \(date.year)" : "\(day) \(SpokenDates.months[month]) \(date.year)"
        case "de": return "\(day). \(SpokenGerman.monthNames[month]) \(date.year)"
        case "fr": return "\(date.day == 1 ? "1er" : day) \(frenchMonths[month]) \(date.year)"
        case "es": return "\(day) de \(spanishMonths[month]) de \(date.year)"
        case "it": return "\(date.day == 1 ? "1°" : day) \(SpokenItalian.monthNames[month]) \(date.year)"
        default: return "\(date.day == 1 ? "1º" : day) de \(portugueseMonths[month]) de \(date.year)"  // "pt"
        }
    }

    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                               "octobre", "novembre", "décembre"]
    static let spanishMonths = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                                "octubre", "noviembre", "diciembre"]
    static let portugueseMonths = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
                                   "setembro", "outubro", "novembro", "dezembro"]

    /// Whether a page's language tag ("en-US", "en-gb") names a region that writes the month
    /// first: true for the United States, false for another region, nil without one.
    static func monthFirst(region languageTag: String?) -> Bool? {
        guard let tag = languageTag else { return nil }
        let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard parts.count >= 2, let region = parts.dropFirst().first(where: { $0.count == 2 }) else { return nil }
        return region.uppercased() == "US"
    }
}
