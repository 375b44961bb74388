/// The date an article was published, as ISO 8601 ("2026-11-03") where the page's text says
/// which day it is, so that it can be announced ("Published 3 November 2026."): a page's
/// ISO date as it is; a date written with a month's English name in any order ("Nov 19, 2019",
/// "19 Nov 2019 07:09 GMT", "Mon, 18 Nov 2019 16:07:38 -0600", "Tue Nov 19 2019 03:05:46",
/// "Dec 19th 2025"); a numeric date whose day is over 12 ("13/11/2025", "09/25/2025").
/// A date the text leaves open (no year, or "02-12-2025": day and month either way) is kept as
/// the page wrote it, and not announced; none for a CMS's empty date ("0001-01-01T00:00:00Z").
enum PublishedDate {
    static func normalized(_ raw: String) -> String? {
        // A field of a hundred characters or more is not a date, whatever it holds.
        guard raw.utf8.count < Self.longest else { return nil }
        let text = TextCleanup.collapse(raw).trimming("\"'")
        guard !text.isEmpty else { return nil }
        if let year = Int(text.prefix(4)), Self.namesADay(text) {
            return year >= Self.earliestYear ? text : nil
        }
        let tokens = Self.tokens(of: text)
        if let date = Self.namedMonthDate(tokens) ?? Self.numericDate(tokens) {
            guard date.year >= Self.earliestYear else { return nil }
            return Self.iso(date)
        }
        return text
    }

    /// The date only when the text names a day (what `normalized` makes ISO 8601): a text
    /// left open ("Sat 7 Mar", "02-12-2025") is no date here.
    static func day(_ raw: String) -> String? {
        normalized(raw).flatMap { namesADay($0) ? $0 : nil }
    }

    /// Whether the text opens with an ISO 8601 day ("2026-11-03", "2026-11-03T09:15:00Z").
    static func namesADay(_ text: String) -> Bool {
        SpokenDates.isoDate(String(text.prefix(10))) != nil
    }

    static let longest = 100

    /// Before this year a page's date is a placeholder, not a publication's.
    static let earliestYear = 1900

    typealias Day = (year: Int, month: Int, day: Int)

    static func iso(_ date: Day) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.year)-\(two(date.month))-\(two(date.day))"
    }

    /// Runs of letters and of digits ("19th" as "19" and "th").
    static func tokens(of text: String) -> [Substring] {
        var tokens: [Substring] = []
        var start: String.Index?
        var isDigitRun = false
        for index in text.indices {
            let character = text[index]
            let isDigit = character.isASCIIDigit
            if character.isLetter || isDigit {
                if let begun = start, isDigit != isDigitRun {
                    tokens.append(text[begun..<index])
                    start = index
                } else if start == nil {
                    start = index
                }
                isDigitRun = isDigit
            } else if let begun = start {
                tokens.append(text[begun..<index])
                start = nil
            }
        }
        if let begun = start { tokens.append(text[begun...]) }
        return tokens
    }

    /// A month's English name (or its first three letters or more) with a day beside it and
    /// a year after it.
    static func namedMonthDate(_ tokens: [Substring]) -> Day? {
        guard let at = tokens.firstIndex(where: { Self.month($0) != nil }), let month = Self.month(tokens[at]) else {
            return nil
        }
        func day(_ index: Int) -> Int? {
            guard tokens.indices.contains(index), tokens[index].count <= 2, let value = Int(tokens[index]),
                  (1...31).contains(value) else { return nil }
            return value
        }
        guard let day = day(at + 1) ?? day(at - 1),
              let year = tokens[(at + 1)...].lazy.compactMap(Self.year).first else { return nil }
        return (year, month, day)
    }

    /// Day, month and year as numbers (after a weekday's name, "Thu, 09/25/2025 - 11:38"),
    /// where the day is over 12 (day first or month first).
    static func numericDate(_ tokens: [Substring]) -> Day? {
        guard let at = tokens.firstIndex(where: { $0.first?.isASCIIDigit == true }), tokens.count >= at + 3,
              let first = Int(tokens[at]), let second = Int(tokens[at + 1]),
              tokens[at].count <= 2, tokens[at + 1].count <= 2, let year = Self.year(tokens[at + 2]) else { return nil }
        if (13...31).contains(first), (1...12).contains(second) { return (year, second, first) }
        if (13...31).contains(second), (1...12).contains(first) { return (year, first, second) }
        return nil
    }

    static func year(_ token: Substring) -> Int? {
        guard token.count == 4, let value = Int(token), (1...2200).contains(value) else { return nil }
        return value
    }

    static func month(_ token: Substring) -> Int? {
        guard token.count >= 3, token.first?.isLetter == true else { return nil }
        let lower = token.lowercased()
        return Self.months.firstIndex { $0.hasPrefix(lower) }.map { $0 + 1 }
    }

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
}
