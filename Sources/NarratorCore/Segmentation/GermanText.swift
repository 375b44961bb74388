/// Where German text's periods do not end a sentence: abbreviations ("z. B.", "bzw.", "ca. 40",
/// "3,5 Mio. Euro", "Hafenstr. 12") and ordinal numbers, which German writes with a period
/// ("am 3. Mai", "im 19. Jahrhundert", "der 2. Platz") though a capital follows, since every
/// noun has one. Words no English sentence uses so; the segmenter reads them in any text.
enum GermanText {
    /// Never a sentence's end ("bzw. Firma B", "inkl. Steuer", "ca. 40").
    static let continuing: Set<String> = [
        "ca", "vgl", "inkl", "exkl", "ggf", "evtl", "bzgl", "zzgl", "bzw", "bspw", "geb", "gest",
    ]

    /// May end a sentence ("... auf 3 Mio."); do so only before a typical sentence opener.
    static let mayEnd: Set<String> = ["usw", "mio", "mrd", "tsd", "jh", "jhd"]

    /// German words that usually open a sentence: articles, pronouns, connectives.
    static let sentenceOpeners: Set<String> = [
        "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Ihr", "Man", "Dies",
        "Diese", "Dieser", "Dieses", "Auch", "Doch", "Aber", "Dann", "Danach", "Dabei", "Damit",
        "Deshalb", "Trotzdem", "Außerdem", "Zudem", "Nun", "Jetzt", "Heute", "Im", "Am", "Zum",
        "Bei", "Nach", "Mit", "Seit", "Für", "Wie", "Was", "Wer", "Wenn", "Als", "Denn",
    ]

    static let months: Set<String> = [
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember",
    ]

    /// Articles and contracted prepositions that go before an ordinal ("im 19.", "der 2.").
    static let beforeOrdinal: Set<String> = [
        "der", "die", "das", "dem", "den", "des", "im", "am", "zum", "zur", "vom", "beim", "ins", "ans",
    ]

    /// A number of one or two digits just before `end`, not part of a longer number or word:
    /// where it starts, and its value.
    static func number(_ chars: [Unicode.Scalar], before end: Int) -> (start: Int, value: Int)? {
        var start = end
        while start > 0, end - start < 3, chars[start - 1].isASCIIDigit { start -= 1 }
        guard (1...2).contains(end - start), start == 0 || !(chars[start - 1].properties.isAlphabetic
                || chars[start - 1].isASCIIDigit || chars[start - 1] == "." || chars[start - 1] == ",") else { return nil }
        return (start, chars[start..<end].reduce(0) { $0 * 10 + Int($1.value) - 48 })
    }

    /// Whether the period at `period`, before the word `next`, makes the number before it an
    /// ordinal: a day before a month's name, or a number after an article or a contracted
    /// preposition ("im 19. Jahrhundert"; "am" only when "I" is not before it: "I am 19.").
    static func isOrdinalPeriod(_ chars: [Unicode.Scalar], period: Int, next: String) -> Bool {
        guard let number = number(chars, before: period) else { return false }
        if months.contains(next) { return (1...31).contains(number.value) }
        let before = words(chars, before: number.start, count: 2)
        guard let word = before.last?.lowercased(), beforeOrdinal.contains(word) else { return false }
        return word != "am" || before.first.map { $0 != "I" && $0 != "i" } ?? true
    }

    /// Up to `count` words just before `end`, in order.
    static func words(_ chars: [Unicode.Scalar], before end: Int, count: Int) -> [String] {
        var found: [String] = []
        var cursor = end
        while found.count < count {
            while cursor > 0, chars[cursor - 1] == " " { cursor -= 1 }
            var start = cursor
            while start > 0, chars[start - 1].properties.isAlphabetic { start -= 1 }
            guard start < cursor else { break }
            found.insert(String(String.UnicodeScalarView(chars[start..<cursor])), at: 0)
            cursor = start
        }
        return found
    }
}
