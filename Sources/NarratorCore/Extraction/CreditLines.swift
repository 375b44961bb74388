/// A line of credits under the headline, its parts set apart by dots or bars: a date with a
/// reading time, a byline or an author's name ("March 15, 2022 · 3 min read · By Dana Reyes",
/// "Charlotte Gannon • November 4th, 2025", "23.07.2025 · 6 min read"). Each part alone is a
/// label; together they say who wrote the article and when, which the headline's listener does
/// not need read out (`--announce` reads the byline and date from the page's metadata).
///
/// Only such a line at the opening of the body, and the only one of its shape on the page, is
/// left out (and so is a reading time standing alone without "read", "2–4 minutes", there): a
/// listing repeats the shape for every entry ("Mar 07, 2026 · 4 min read" under each post), and
/// there it is what the page shows.
enum CreditLines {
    /// Paragraphs from the start of the body that count as its opening.
    static let opening = 5

    /// The sections without the credit line at their opening, when the page has just one.
    static func withoutOpeningCredits(_ sections: [Section]) -> [Section] {
        // Each line of the shape, and whether it may go: a recipe's "45 to 55 mins" counts as
        // one of the shape but is no reading time.
        var found: [(section: Int, paragraph: Int, place: Int, goes: Bool)] = []
        var place = 0
        for (index, section) in sections.enumerated() {
            for (offset, paragraph) in section.paragraphs.enumerated() {
                let goes = isCreditLine(paragraph) || isDurationAlone(paragraph)
                if goes || isDuration(paragraph) {
                    found.append((index, offset, place, goes))
                    if found.count > 1 { return sections }
                }
                place += 1
            }
        }
        guard let only = found.first, only.place < opening, only.goes else { return sections }
        var kept = sections
        kept[only.section] = kept[only.section].removing([only.paragraph])
        return kept
    }

    /// The sections without a bare credit: "By", "Written by:" standing alone, its name gone
    /// (a link or a card the page's markup set apart and the reading left out) or set on the
    /// next line. With no name after it, it credits nothing and is left out. With names after
    /// it ("By:" then "Rose Potter, Betsy Arnold") it stays, a label of what follows, except at
    /// the body's opening when it is the page's only one: there the two lines are the article's
    /// byline split in two, left out as a credit line is.
    static func withoutBareCredits(_ sections: [Section]) -> [Section] {
        var places: [(section: Int, paragraph: Int)] = []
        for (index, section) in sections.enumerated() {
            for offset in section.paragraphs.indices { places.append((index, offset)) }
        }
        func text(_ place: Int) -> String { sections[places[place].section].paragraphs[places[place].paragraph] }
        let bare = places.indices.filter { isBareCredit(text($0)) }
        guard !bare.isEmpty else { return sections }
        var drop: [Int: Set<Int>] = [:]
        func leaveOut(_ place: Int) { drop[places[place].section, default: []].insert(places[place].paragraph) }
        for place in bare {
            let next = place + 1 < places.count ? text(place + 1) : nil
            guard let next, isNames(next) else {
                leaveOut(place)
                continue
            }
            if bare.count == 1, place < opening {
                leaveOut(place)
                leaveOut(place + 1)
            }
        }
        return sections.enumerated().map { index, section in section.removing(drop[index] ?? []) }
    }

    /// "By", "by:", "Written by": a credit's words with nothing after them.
    static func isBareCredit(_ text: String) -> Bool {
        guard text.utf8.count <= 12 else { return false }
        var lower = TextCleanup.lowercased(text).trimming(" ")
        if lower.hasSuffix(":") { lower.removeLast() }
        return bareCredits.contains(lower)
    }

    static let bareCredits: Set<String> = ["by", "written by", "posted by", "words by", "story by", "reported by"]

    /// One name or several, set apart by commas, "and" or "&": "Barbara E. Bullock, Almeida
    /// Jacqueline Toribio".
    static func isNames(_ text: String) -> Bool {
        guard text.utf8.count <= 160 else { return false }
        var parts: [[Substring]] = [[]]
        for word in text.split(separator: " ") {
            if word == "and" || word == "&" || word == "," {
                parts.append([])
            } else if word.hasSuffix(",") {
                parts[parts.count - 1].append(word.dropLast())
                parts.append([])
            } else {
                parts[parts.count - 1].append(word)
            }
        }
        return parts.allSatisfy { !$0.isEmpty && isName($0.joined(separator: " ")) }
    }

    /// Whether a line is made of credits only: two or more parts set apart by "·", "•", "・" or
    /// "|", each a date, a reading time, a byline, a name or a widget's count, with a date or a
    /// reading time among them, or two bylines ("By Dana Reyes, CFP – Updated Mar 5, 2026 |
    /// Fact-checked by Sam Lee"), and at most one date (two dates make a span: "1/27/2026 |
    /// 3/24/2026").
    static func isCreditLine(_ text: String) -> Bool {
        guard text.utf8.count <= 120, text.unicodeScalars.contains(where: separators.contains) else { return false }
        let parts = text.unicodeScalars.split(whereSeparator: separators.contains)
            .map { String(String.UnicodeScalarView($0)).trimming(" ,") }
            .filter { !$0.isEmpty }
        guard parts.count >= 2 else { return false }
        var dates = 0
        var times = 0
        var bylines = 0
        for part in parts {
            let lower = TextCleanup.lowercased(part)
            let words = lower.split(separator: " ")
            if TextCleanup.isDateLine(part) {
                dates += 1
            } else if TextCleanup.isReadingTime(words) {
                times += 1
            } else if FurnitureLines.isBylineLine(part, lower: Array(lower.utf8), words: words.count) {
                bylines += 1
            } else if !(TextCleanup.isCounter(words) || isName(part)) {
                return false
            }
        }
        return (dates + times >= 1 || bylines >= 2) && dates <= 1
    }

    static let separators: Set<Unicode.Scalar> = ["·", "•", "・", "|"]

    /// A reading time without "read": "2–4 minutes", "5 Min" standing alone. At the body's
    /// opening and the page's only such line (or credit line), it is the article's reading time;
    /// a recipe's times come several together ("Prep", "10 mins", "Bake", "45 to 55 mins",
    /// "20 hrs 25 mins") and stay.
    static func isDurationAlone(_ text: String) -> Bool {
        guard text.utf8.count <= 16, let words = durationWords(text) else { return false }
        return words.count == 2 && TextCleanup.minuteWords.contains(String(words[1]))
    }

    /// A line of numbers and units of time only: "10 mins", "45 to 55 mins", "1 hr 20 mins".
    static func isDuration(_ text: String) -> Bool {
        durationWords(text) != nil
    }

    /// The lower-cased words of a line of numbers and units of time, opening with a number (two
    /// to six words, 32 bytes at most), or nil.
    private static func durationWords(_ text: String) -> [Substring]? {
        guard text.utf8.count <= 32 else { return nil }
        let words = TextCleanup.lowercased(text).trimming(" .").split(separator: " ")
        guard words.count >= 2, words.count <= 6, TextCleanup.isCount(words[0]),
              words.allSatisfy({ TextCleanup.isCount($0) || $0 == "to" || timeUnits.contains(String($0)) }) else { return nil }
        return words
    }

    static let timeUnits: Set = ["sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs",
                                 "hour", "hours", "day", "days"]

    /// One to four capitalised words with no digits and no sentence's end: "Trond Teigen".
    static func isName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), !TextCleanup.endsLikeSentence(text) else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true && !word.contains(where: \.isNumber)
        }
    }
}
