/// Numbers that name rather than count: a model's, a route's, a room's or a course's number in
/// three figures after its name, said in pairs as a narrator does ("Boeing 737" "7 37", "Highway
/// 101" "1 oh 1", "Microsoft 365" "3 65"; eSpeak NG: "seven hundred thirty-seven"). Part of
/// `SpokenContext`, whose token loop applies it.
extension SpokenContext {
    /// Whether a number of three figures at `index` is a name's: a capitalised word straight
    /// before it ("Forerunner 965", "Microsoft 365"), not opening the sentence ("About 250
    /// people") and not a word that counts or orders ("Top 250", "Over 150", "Page 168"), or one
    /// of `identifyingWords` anywhere ("Highway 101"); nothing after the number that it counts or
    /// measures ("Downloaded 442 times", "Max 150 chars", "Capacity 358 watt hours", "Price 159 US
    /// dollars", "Plans 410 million"), nor one end of a range or a ratio ("Lakers 112 to 107",
    /// "BP 150 over 95"). A round hundred is said as one ("Fiat 500").
    static func isNamesNumber(_ core: String, at index: Int, in tokens: [String], previous: (core: String, trailing: String),
                              next: String?, trailing: String) -> Bool {
        guard previous.trailing.isEmpty, core.first != "0", !core.hasSuffix("00"),
              previous.core.count >= 2, previous.core.first?.isUppercase == true, previous.core.allSatisfy(\.isLetter),
              tokens[index].first?.isASCIIDigit == true else { return false }
        // A word that names places and things by number names wherever it stands.
        let identifies = identifyingWords.contains(previous.core.lowercased())
        guard identifies || index >= 2 && !isCountLabel(previous.core) else { return false }
        guard let next, let first = next.first else { return true }
        if trailing == "," { return !first.isNumber }  // not a row of figures ("Stenhouse 679, 0, 0")
        guard trailing.isEmpty else { return true }
        let word = next.lowercased()
        // A range's or a ratio's other end makes both counts ("Sharpener 199 to 1499 dollars",
        // "OKC 112 to 107", "BP 150 over 95").
        if ["to", "and", "or", "over", "by", "x", "-", "–"].contains(word), index + 2 < tokens.count,
           split(tokens[index + 2]).core.first?.isNumber == true { return false }
        let afterNext = index + 2 < tokens.count ? split(tokens[index + 2]).core : ""
        if scaleWords.contains(word) || unitWords.contains(word) || irregularPlurals.contains(word)
            || currencies.contains(next) || currencies.contains(next + " " + afterNext) { return false }
        if !first.isLetter { return !first.isNumber && !"%°".contains(first) }
        // A plural after it is what it counts, in a title's capitals too ("Ford to Cut 850
        // Jobs"); a possessive, a verb or a word ending in "s" that follows a year may follow a
        // name ("the 516 GE's screen", "The Boeing 737 is", "Flight 370 was").
        return identifies || !next.hasSuffix("s") || next.hasSuffix("ss") || next.hasSuffix("'s") || next.hasSuffix("’s")
            || afterYear.contains(word)
    }

    /// Words that name places and things by a number ("Section 230", "Flight 370", "Room 204",
    /// "Interstate 405"): after one the number is a name even opening a sentence or before a
    /// plural ("Flight 370 passengers", "Section 230 shields websites"). Not words that open a
    /// sentence as a verb or an adjective would ("Building 250 homes", "Measure 250 grams",
    /// "Local 250 firms"): those name only where the rule for other names finds them.
    static let identifyingWords: Set<String> = [
        "section", "article", "proposition", "prop", "resolution", "room", "suite", "apartment", "ward", "studio",
        "route", "highway", "interstate", "freeway", "flight", "gate", "terminal", "pier", "hangar", "precinct", "unit",
    ]

    /// A word that counts or orders the number after it ("Top 250", "Over 150", "Page 168"), or
    /// labels a count: a plural ("Replies 133", "Views 928") or a verb's past ("Downloaded 442",
    /// "Achieved 830").
    static func isCountLabel(_ word: String) -> Bool {
        let lower = word.lowercased()
        if countingWords.contains(lower) { return true }
        return lower.hasSuffix("s") && !lower.hasSuffix("ss") || lower.hasSuffix("ed") && lower.count > 4
    }

    static let scaleWords: Set<String> = ["hundred", "thousand", "million", "billion", "trillion", "percent"]

    /// Capitalised words before a number that count or order it rather than name it: words a
    /// title writes with a capital ("Over", "Than"), quantities ("Top", "Max", "Total") and the
    /// parts of a text or a year ("Page", "Chapter", "Day").
    /// (Plurals, "Pages" or "Its", are labels already.)
    static let countingWords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with", "without",
        "into", "than", "per", "between", "about", "over", "under", "above", "below", "around", "nearly", "almost", "only",
        "just", "some", "all", "any", "each", "every", "top", "bottom", "up", "down", "max", "min", "maximum", "minimum",
        "total", "approx", "approximately", "roughly", "exactly", "least", "most", "last", "first", "next", "another",
        "page", "chapter", "verse", "volume", "vol", "issue", "no", "number", "day", "week", "year", "lap", "mile", "step",
        "figure", "table", "these", "their", "our", "her", "my", "your", "were", "are", "be", "had", "have",
    ]

    /// The first words of units said in full ("watt hours", "kilometers per hour"): a number
    /// before one measures.
    static let unitWords: Set<String> = {
        let tables = [SpokenAmounts.units, SpokenAmounts.separateUnits, SpokenAmounts.casedUnits, SpokenAmounts.timeUnits]
        var words: Set<String> = []
        for table in tables {
            for names in table.values {
                for name in [names.singular, names.plural] {
                    if let first = name.split(separator: " ").first { words.insert(String(first)) }
                }
            }
        }
        return words
    }()
}
