/// A byline as a listener hears it announced ("By Ana Lyle."): the names, without the label
/// before them ("Posted by", "Written by", "Text by"), the date, time or age after them
/// ("Published 11:11 PM EST Nov 19, 2019", "on Friday December 19, 2025", "3 days ago"), a
/// second reviewer's credit, or what the page set beside them after a separator ("| Print
/// this article", "• March 12, 2025"). None when what is left names nobody: a label alone, a
/// date alone, a breadcrumb ("Home » Services » Consulting"), a CMS's default account
/// ("admin", "Webmaster"), an unfilled template field ("page.head.extra.author",
/// "undefined"), an account number or address, or a footer's copyright line ("© 2025").
enum Byline {
    static func cleaned(_ raw: String) -> String? {
        // A credential's or a name's trade mark ("Rebecca Lake, CEPF®") is not heard.
        let unmarked = raw.unicodeScalars.filter { $0 != "®" && $0 != "™" }
        var text = TextCleanup.collapse(String(String.UnicodeScalarView(unmarked)))
        guard text.utf8.count <= 300, !text.isEmpty else { return nil }
        if Self.forbidden.contains(where: { text.contains($0) }) { return nil }
        // A breadcrumb: the site's sections, two separators or more.
        if text.filter({ $0 == "»" || $0 == "›" }).count >= 2 { return nil }
        text = Self.afterLabel(text)
        text = Self.firstPart(text)
        text = Self.beforeDate(text)
        text = Self.afterLabel(text)
        text = text.trimming(",;:|-–—•·(")
        let words = text.split(separator: " ")
        guard !words.isEmpty, text.contains(where: \.isLetter), !text.contains("@") else { return nil }
        let lowerWords = words.map { $0.lowercased() }
        if lowerWords.allSatisfy(Self.labelWords.contains) { return nil }
        if lowerWords.contains(where: { word in Self.accountWords.contains { word.contains($0) } }) { return nil }
        // One token with digits, dots or underscores is an account's id or a template's field.
        if words.count == 1, words[0].contains(where: { $0.isNumber || $0 == "." || $0 == "_" }) { return nil }
        return text
    }

    /// Text no byline holds: a web address, a footer's copyright, a price. (An e-mail address,
    /// "@", is judged once the date is cut off: "@08:00PM" is a time.)
    static let forbidden = ["://", "©", "$"]

    /// Words that are a byline's label, not a name ("Written by", "Posted by:").
    static let labelWords: Set<String> = ["by", "by:", "author", "author:", "authors", "authors:", "written", "posted",
                                          "post", "text", "via", "updated", "published"]

    /// A CMS's default accounts and template values: no one's name.
    static let accountWords = ["admin", "webmaster", "undefined", "null"]

    /// Words after which the credit is another's or the byline has ended ("Reviewed by ...",
    /// "Published ...", "Print this article").
    static let endWords: Set<String> = ["published", "updated", "originally", "reviewed", "edited", "fact-checked",
                                        "print", "posted", "last", "share"]

    /// The text after its label: what follows the first "by" ("Written by", "Posted byJane",
    /// "Updated 3 May 2026 By Jane") when a few words or a date come before it, or a leading "via".
    static func afterLabel(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            var rest: [Substring]?
            if lower == "by" || lower == "by:" {
                rest = Array(words[(index + 1)...])
            } else if word.hasPrefix("by"), word.dropFirst(2).first?.isUppercase == true {
                rest = [word.dropFirst(2)] + words[(index + 1)...]  // "byJane": a label glued to the name
            } else if index == 0, lower == "via" {
                rest = Array(words.dropFirst())
            }
            guard let rest, !rest.isEmpty else { continue }
            let before = words[..<index]
            if before.count <= 3 || before.contains(where: { $0.contains(where: \.isNumber) }) {
                return rest.joined(separator: " ")
            }
        }
        return text
    }

    /// The text before its first separator (" | ", " • ", " » ", " - "...): what a page sets
    /// beside the names (an outlet, a date, "Print this article").
    static func firstPart(_ text: String) -> String {
        var best = text.endIndex
        for separator in [" | ", " • ", " · ", " » ", " › ", " - ", " – ", " — ", "|"] {
            if let range = text.range(of: separator), range.lowerBound < best { best = range.lowerBound }
        }
        return String(text[..<best])
    }

    /// The text before its date, time or age: at the first word holding a digit (a word whose
    /// letters run into digits, "Yucy3/4/2025", keeps its letters), a month or weekday next to
    /// one, or a word that ends a byline ("Published"); trailing "on", "at" and weekdays go too.
    static func beforeDate(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        func hasDigit(_ index: Int) -> Bool {
            words.indices.contains(index) && words[index].contains(where: \.isNumber)
        }
        var cut = words.count
        for (index, word) in words.enumerated() {
            let lower = word.lowercased().trimming(",.:")
            if word.contains(where: \.isNumber) {
                let letters = word.prefix { !$0.isNumber }
                let rest = word.dropFirst(letters.count)
                if letters.count >= 2, letters.allSatisfy(\.isLetter), rest.contains(where: { "/-.:".contains($0) }) {
                    words[index] = String(letters)  // "Yucy3/4/2025": a name glued to its date
                    cut = index + 1
                    break
                }
                if index == 0, !letters.isEmpty { continue }  // a handle with digits, judged whole
                cut = index
                break
            }
            if index > 0, Self.endWords.contains(lower) { cut = index; break }
            let isCalendarWord = PublishedDate.month(Substring(lower)) != nil || Self.isWeekday(lower)
            if isCalendarWord, hasDigit(index + 1) || hasDigit(index - 1) { cut = index; break }
        }
        var kept = Array(words[..<cut])
        // What led to the date: "on Friday", "at", a separator.
        while cut < words.count, let last = kept.last?.lowercased().trimming(",.:"),
              ["on", "at", "|", "-"].contains(last) || Self.isWeekday(last) {
            kept.removeLast()
        }
        return kept.joined(separator: " ")
    }

    /// A weekday's name in English, whole or cut short ("Fri", "Friday").
    static func isWeekday(_ lower: String) -> Bool {
        lower.count >= 3 && CalendarWords.weekdays.contains { $0.hasPrefix(lower) }
    }
}
