/// Numbers whose reading depends on the words around them, read as a news narrator does:
/// years by era ("in 1999" -> "nineteen ninety-nine", "since 2011" -> "twenty eleven"; eSpeak
/// NG says "nineteen hundred ninety nine" and "two thousand eleven"), and day numbers beside a
/// month as ordinals ("September 30" -> "September 30th", "30 September" -> "the 30th of
/// September"), both ends of a span of days ("18-24 November" -> "the 18th to the 24th of
/// November", "November 18-24" -> "November 18th to 24th"). A number that does not read as a
/// year or a day is left alone ("1500 homes").
enum SpokenContext {
    static func rewrite(_ text: String) -> String {
        let original = withCalendarWordsInFull(text.split(separator: " ", omittingEmptySubsequences: false).map(String.init))
        var tokens = original
        var lastYear = -10
        for index in tokens.indices {
            let (written, trailing) = split(original[index])
            if let year = SpokenDates.possessiveYear(written) {
                tokens[index] = year + trailing
                continue
            }
            // A number may open a parenthesis: "(1935-2022)", "(born 1953,".
            let opening = String(written.prefix { TokenMarks.opening.contains($0) && $0 != "'" })
            let core = String(written.dropFirst(opening.count))
            guard !core.isEmpty, core.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
            defer { if tokens[index] != original[index] { tokens[index] = opening + tokens[index] } }
            let previous: (core: String, trailing: String) = index > 0 ? word(original[index - 1]) : ("", "")
            let next = index + 1 < original.count ? split(original[index + 1]).core : nil
            // "September 30", "March 05" ("5th"; eSpeak: "zero fifth").
            if let day = Int(core), core.count <= 2, (1...31).contains(day) {
                let start = rangeStart(original, before: index, below: day)
                let monthBeforeStart: (core: String, trailing: String) = index >= 3 ? split(original[index - 3]) : ("", "")
                if isMonth(previous.core), previous.trailing.isEmpty, !isUnitOrTime(next, trailing: trailing) {
                    tokens[index] = String(day) + ordinalSuffix(day) + trailing  // "September 30th"
                } else if start != nil, isMonth(monthBeforeStart.core), monthBeforeStart.trailing.isEmpty,
                          !isUnitOrTime(next, trailing: trailing) {
                    tokens[index] = String(day) + ordinalSuffix(day) + trailing  // "November 18th to 24th"
                } else if let next, isMonth(next), trailing.isEmpty, !isMonth(previous.core) {
                    tokens[index] = "the " + String(day) + ordinalSuffix(day) + " of"  // "the 30th of September"
                    if let start { tokens[index - 2] = "the " + String(start) + ordinalSuffix(start) }  // "the 18th to the 24th of"
                }
                continue
            }
            // A form's number is read in pairs as a year is ("Form 1040": "Form 10 40"; eSpeak:
            // "one thousand forty").
            if core.count == 4, core.first != "0", ["Form", "form", "Forms", "forms"].contains(previous.core), previous.trailing.isEmpty {
                tokens[index] = yearWords(core) + trailing
                continue
            }
            // A name's number in three figures is read in pairs, as a model's, a route's or a
            // room's is ("Boeing 737": "7 37", "Room 204": "2 oh 4"; eSpeak: "seven hundred
            // thirty-seven").
            if core.count == 3, isNamesNumber(core, at: index, in: original, previous: previous, next: next, trailing: trailing) {
                tokens[index] = yearWords(core) + trailing
                continue
            }
            // The end of a span of years ("between 2010 and 2015 sales", "2010-2015" made "2010 to
            // 2015") is a year as its start was, whatever follows it.
            let endsSpan = lastYear == index - 2 && ["to", "and", "-", "–"].contains(previous.core)
            if core.count == 4, let year = Int(core), (1100...2099).contains(year),
               !isOtherNumber(original, at: index, previous: previous, next: next, trailing: trailing),
               endsSpan || isYearContext(previous: previous, next: next, trailing: trailing)
                || trailing.isEmpty && startsSpanOfYears(original, at: index, from: year)
                || opening == "(" && trailing.hasPrefix(")") {  // "(1989)": a work's year
                tokens[index] = yearWords(core) + trailing
                lastYear = index
            }
        }
        return tokens.joined(separator: " ")
    }

    /// Months and days of the week written short before a date, in full: a month without its
    /// period before a day or a year ("Sept 3", "Dec 31, 2024", "Aug 2024"; with its period it
    /// was read before) or after a day ("on 2 Feb and"), a day with a comma before a month ("Mon.,
    /// January 6", "Fri, Oct 10") or before a day and its month, with a comma or without ("Thu, 18
    /// Dec 2025", "Sat 14 Sept"), both ends of a span of days ("Tue – Sat").
    static func withCalendarWordsInFull(_ tokens: [String]) -> [String] {
        var tokens = tokens
        if let last = tokens.indices.last {
            tokens[last] = monthInFull(tokens[last], after: last > 0 ? tokens[last - 1] : "")
            // A line that ends on a date ("Sat 7 Mar – Mon 9 Mar").
            if last > 0, let month = CalendarWords.shortMonths[tokens[last]], isDay(split(tokens[last - 1]).core) {
                tokens[last] = month
            }
        }
        for index in tokens.indices.dropLast() {
            tokens[index] = monthInFull(tokens[index], after: "")
            let (core, trailing) = split(tokens[index])
            let opening = String(core.prefix { TokenMarks.opening.contains($0) })
            let word = String(core.dropFirst(opening.count))
            // "Tue – Sat": a span of days with its dash set apart, "Tuesday to Saturday".
            if trailing.isEmpty, let first = dayName(word), index + 2 < tokens.count, ["–", "-", "to"].contains(tokens[index + 1]) {
                let (last, closing) = split(tokens[index + 2])
                if let day = dayName(last) {
                    tokens[index] = opening + first
                    tokens[index + 1] = "to"
                    tokens[index + 2] = day + closing
                    continue
                }
            }
            // Months and days written short are of three to five letters, a capital first.
            guard (3...5).contains(word.utf8.count), word.utf8.first.map({ (0x41...0x5A).contains($0) }) == true else { continue }
            if let month = CalendarWords.shortMonths[word] {
                if trailing.isEmpty, isDayOrYear(split(tokens[index + 1]).core) {
                    tokens[index] = opening + month
                } else if opening.isEmpty, ["", ",", ";"].contains(trailing), index > 0, isDay(split(tokens[index - 1]).core) {
                    // After its day ("on 2 Feb and", "Sat 14 Sept at"), as British copy writes a date.
                    tokens[index] = month + trailing
                }
            } else if let day = CalendarWords.shortWeekdays[word] {
                let next = split(tokens[index + 1]).core
                if trailing.isEmpty, isDay(next), isMonth(at: index + 2, in: tokens) {
                    // Before a day and its month without a comma ("Sat 14 Sept", as listings write it).
                    tokens[index] = opening + day
                } else if trailing == ".," || trailing == ",",
                          isMonth(at: index + 1, in: tokens) || isDay(next) && isMonth(at: index + 2, in: tokens) {
                    // Before a month, or a day and its month ("Thu, 18 Dec 2025", as mail headers write it).
                    tokens[index] = opening + day + ","
                }
            }
        }
        return tokens
    }

    /// A day or a month written short whose period the normaliser left, in full (eSpeak: "mon",
    /// "nov", "okt"): a day ending the sentence after a word that puts a day after it ("on
    /// Mon."); a month before a comma or a bracket ("in Nov., down from"), or ending the sentence
    /// after its day or a word that puts a time after it ("on 14 Mar.", "in Oct.", "from Feb. to
    /// Apr."; "Jan" and "Jun" are names too: "told Jan." stays). Any other token is returned as
    /// it was.
    private static func monthInFull(_ token: String, after previous: String) -> String {
        guard token.utf8.count <= 8, token.utf8.contains(0x2E), let period = token.firstIndex(of: ".") else { return token }
        let short = String(token[..<period])
        let rest = token[token.index(after: period)...]
        let before = previous.lowercased()
        if let day = CalendarWords.shortWeekdays[short] {
            // "Polls close on Mon.": a day ends the sentence after a word that puts a day after it.
            return rest.isEmpty && dayLeaders.contains(before) ? day + "." : token
        }
        guard let month = CalendarWords.shortMonths[short] else { return token }
        if !rest.isEmpty, rest.allSatisfy({ ",;:)".contains($0) }) { return month + rest }
        let day = before.count <= 2 && before.allSatisfy(\.isASCIIDigit) && (1...31).contains(Int(before) ?? 0)
        guard rest.isEmpty, day || timePrepositions.contains(before)
                || !["Jan", "Jun"].contains(short) && monthLeaders.contains(before) else { return token }
        return month + "."
    }

    /// Words after which a month ends a sentence, besides `timePrepositions`.
    private static let monthLeaders: Set<String> = ["from", "to", "of", "and", "or", "early", "late", "mid", "last", "next", "this"]
    /// Words after which a day of the week ends one.
    private static let dayLeaders: Set<String> = ["on", "by", "until", "till", "through", "from", "to", "next", "last", "this",
                                                  "every", "before", "after", "since", "and", "or"]

    /// A day of the week, capitalised, written short ("Tue", read in full before) or in full.
    private static func dayName(_ word: String) -> String? {
        CalendarWords.shortWeekdays[word] ?? (word.first?.isUppercase == true && CalendarWords.weekdays.contains(word.lowercased()) ? word : nil)
    }

    /// Whether the token at `position` is a month, in full or written short.
    private static func isMonth(at position: Int, in tokens: [String]) -> Bool {
        guard position < tokens.count else { return false }
        let word = split(tokens[position]).core
        return isMonth(word) || CalendarWords.shortMonths[word] != nil
    }

    /// A day of the month, one or two digits from 1 to 31.
    private static func isDay(_ word: String) -> Bool { word.count <= 2 && isDayOrYear(word) }

    /// A day of the month (1 to 31) or a year (1000 to 2099), in figures.
    private static func isDayOrYear(_ word: String) -> Bool {
        guard !word.isEmpty, word.count <= 4, word.allSatisfy(\.isASCIIDigit), let value = Int(word) else { return false }
        return word.count <= 2 ? (1...31).contains(value) : word.count == 4 && (1000...2099).contains(value)
    }

    /// The first day of a span of days ending at `index` ("18 to 24", "between 3 and 5"): the
    /// day two words before, below `day`, with nothing after it.
    static func rangeStart(_ tokens: [String], before index: Int, below day: Int) -> Int? {
        guard index >= 2 else { return nil }
        let word = tokens[index - 1]
        let (core, trailing) = split(tokens[index - 2])
        guard trailing.isEmpty, core.count <= 2, core.allSatisfy(\.isASCIIDigit), let start = Int(core), (1..<day).contains(start),
              word == "to" || (word == "and" && index >= 3 && tokens[index - 3].lowercased() == "between") else { return nil }
        return start
    }

    /// Whether a number of four figures at `index` is something else than a year whatever the
    /// words before it: a size ("1920 by 1080"), an amount ("1500 Australian dollars", "2000
    /// yen"; not "by 2010 US dollars were scarce") or pages ("pages 1818-1820").
    static func isOtherNumber(_ tokens: [String], at index: Int, previous: (core: String, trailing: String), next: String?,
                              trailing: String) -> Bool {
        if previous.core == "by", index > 1, SpokenAmounts.isNumber(split(tokens[index - 2]).core) { return true }
        if trailing.isEmpty, !timePrepositions.contains(previous.core.lowercased()), let next {
            let afterNext = index + 2 < tokens.count ? split(tokens[index + 2]).core : ""
            if currencies.contains(next) || currencies.contains(next + " " + afterNext) { return true }
        }
        return pageWords.contains(previous.core.lowercased())
            || previous.core == "to" && index >= 3 && pageWords.contains(word(tokens[index - 3]).core.lowercased())
    }

    /// Whether the year at `index` starts a span of years: "1901 to 1977" (from "1901-1977"),
    /// its end a later year within two centuries that reads as one ("(1935-2022)", "1901-1977
    /// and", not "1500-2000 words" or "1200-1800 per day").
    static func startsSpanOfYears(_ tokens: [String], at index: Int, from year: Int) -> Bool {
        guard index + 2 < tokens.count, tokens[index + 1] == "to" else { return false }
        let (end, trailing) = split(tokens[index + 2])
        guard end.count == 4, end.allSatisfy(\.isASCIIDigit), let last = Int(end), (year + 1...year + 200).contains(last),
              last <= 2099 else { return false }
        let after = index + 3 < tokens.count ? split(tokens[index + 3]).core : nil
        if trailing.isEmpty, let after, unitsAndTimes.contains(after.lowercased()) { return false }
        return isYearContext(previous: ("to", ""), next: after, trailing: trailing)
    }

    /// A token's word without the marks that open it ("(born"), and the punctuation after it.
    static func word(_ token: String) -> (core: String, trailing: String) {
        let (core, trailing) = split(token)
        return (String(core.drop { TokenMarks.opening.contains($0) }), trailing)
    }

    /// A token's word and the punctuation after it.
    static func split(_ token: String) -> (core: String, trailing: String) {
        TokenMarks.split(token, closing: TokenMarks.closingQuotes)
    }

    static let months = Set(SpokenDates.months)

    /// Words before a span of pages ("pages 1818-1820"), whose numbers are no years.
    static let pageWords: Set<String> = ["pages", "pp"]

    /// Words before a year that name a time ("by 2010 US dollars were scarce").
    static let timePrepositions: Set<String> = ["in", "since", "by", "until", "till", "through", "during", "before", "after"]

    /// The names of currencies the amounts are said with ("yen", "Australian dollars").
    static let currencies = Set(SpokenAmounts.codes.values).union(SpokenAmounts.symbols.map(\.name))

    static func isMonth(_ word: String) -> Bool { months.contains(word) }

    /// "May 5 pm", "June 30%": a day number is not followed by a unit or a time.
    static func isUnitOrTime(_ next: String?, trailing: String) -> Bool {
        guard trailing.isEmpty, let next = next?.lowercased() else { return false }
        return unitsAndTimes.contains(next)
    }

    static let unitsAndTimes = Set(SpokenAmounts.halvesOfDay).union(["percent", "per", "minutes", "hours", "days", "people", "years"])

    static func ordinalSuffix(_ day: Int) -> String {
        if (11...13).contains(day % 100) { return "th" }
        switch day % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    /// Words before a year: "in 1999", "since 2011", "September 30, 2011", "spring 2024".
    static let yearCues: Set<String> = [
        "in", "since", "by", "from", "until", "till", "to", "through", "during", "before", "after", "of", "year",
        "early", "late", "mid", "circa", "around", "about", "spring", "summer", "autumn", "fall", "winter", "season",
        "between", "and", "or", "since", "than", "as", "at", "for", "established", "founded", "born", "died",
        "reigned", "flourished", "end", "start", "pre", "post",
    ]

    /// Words ending in "s" that may follow a year all the same.
    static let afterYear: Set<String> = [
        "and", "or", "but", "the", "a", "an", "to", "when", "where", "as", "after", "before", "he", "she", "it",
        "they", "we", "i", "you", "was", "were", "is", "had", "has", "have", "with", "in", "on", "at", "for", "of",
        "from", "by", "that", "this", "his", "her", "its", "their", "there", "alone", "election", "season",
    ]

    static func isYearContext(previous: (core: String, trailing: String), next: String?, trailing: String) -> Bool {
        // "Q3 2024 earnings", "H1 2023", "FY 2026": a part of a year names one, whatever follows.
        if previous.trailing.isEmpty, partsOfYear.contains(previous.core) { return true }
        let cue = yearCues.contains(previous.core.lowercased()) || isMonth(previous.core)
            || (previous.trailing == "," && previous.core.allSatisfy(\.isNumber) && !previous.core.isEmpty)  // "30, 2011"
        guard cue else { return false }
        guard trailing.isEmpty, let next, let first = next.first else { return true }
        // A plural after the number is what it counts ("in 1500 homes", "about 1800 people").
        let word = next.lowercased()
        if irregularPlurals.contains(word) { return false }
        return first.isUppercase || !first.isLetter || afterYear.contains(word) || !next.hasSuffix("s")
    }

    /// A year's quarters and halves, and its fiscal year, as written before it.
    static let partsOfYear: Set<String> = ["Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY"]

    /// English plurals without an "s" that a number counts.
    static let irregularPlurals: Set<String> = [
        "people", "children", "men", "women", "staff", "police", "cattle", "sheep", "fish", "feet", "teeth",
        "mice", "geese", "personnel", "deer", "aircraft",
    ]

    /// "1999" -> "19 99", "1905" -> "19 oh 5", "1900" -> "19 hundred", "2011" -> "20 11";
    /// 2000 to 2009 stay as they are ("two thousand five" is how they are said). Three digits
    /// are said the same way ("401" -> "4 oh 1", "417" -> "4 17").
    static func yearWords(_ year: String) -> String {
        let century = year.dropLast(2)
        let rest = year.suffix(2)
        if year.hasPrefix("200") { return year }
        if rest == "00" { return "\(century) hundred" }
        if rest.hasPrefix("0") { return "\(century) oh \(rest.dropFirst())" }
        return "\(century) \(rest)"
    }
}
