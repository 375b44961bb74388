/// English abbreviations that change what a period means.
enum Abbreviations {
    /// Letters in the longest abbreviation below: a longer plain word is never one.
    static let longest = 7

    /// Never the end of a sentence: titles and words that always take something after them.
    static let alwaysContinue: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "st", "mt", "rev", "hon", "gen", "sen", "rep", "gov",
        "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "pres", "supt", "det", "insp", "atty",
        "nos", "nr", "vol", "vols", "p", "pp", "fig", "figs", "ch", "sec", "art", "para",
        "vs", "v", "e.g", "i.e", "cf", "approx", "est", "dept", "univ", "ave", "blvd", "rd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "messrs", "mme",
        "mlle", "op", "eds", "lb", "lbs", "oz", "al",
    ]

    /// Abbreviations that number what follows ("No. 5", "N°. 12"). "No" is also a word, so its
    /// period continues the sentence only before a number ("told me no. When she").
    static let numbering: Set<String> = ["no", "nos", "n°", "nº", "nr", "num", "vol", "p", "pp", "art", "sec", "fig",
                                         "rs", "rp", "rm", "kr", "ch", "para"]

    /// Names spelled with an exclamation mark, which does not end the sentence.
    static let exclaimedNames: Set<String> = ["Yahoo", "Jeopardy", "Joomla", "Wham"]

    /// May end a sentence; do so only before a typical sentence opener.
    static let sentenceFinal: Set<String> = [
        "inc", "ltd", "co", "corp", "llc", "plc", "jr", "etc", "bros", "esq", "ph.d", "a.m", "p.m",
    ]

    /// Words that usually open a sentence, for the ambiguous cases above: English's closed
    /// classes (pronouns, determiners and quantifiers, conjunctions, sentence adverbs), the
    /// quantity nouns news opens with ("Millions attended") and a few subjects of reporting.
    static let sentenceOpeners: Set<String> = pronouns.union(determiners).union(connectives).union(quantities).union([
        "Analysts", "Officials", "One", "Two",
    ])

    static let pronouns: Set<String> = [
        "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "His", "Her", "Its", "Their", "Our", "My", "Your", "Nobody", "Nothing", "None", "Noone",
        "Everyone", "Everybody", "Everything", "Someone", "Somebody", "Something", "Anyone",
        "Anybody", "Anything",
    ]

    static let determiners: Set<String> = [
        "The", "A", "An", "Some", "Many", "Most", "Each", "Every", "Few", "Several", "All", "Both",
        "Neither", "Either", "Such", "Any", "No",
    ]

    static let connectives: Set<String> = [
        "But", "And", "So", "Yet", "Or", "In", "On", "At", "If", "When", "While", "After", "Before",
        "However", "Meanwhile", "Still", "Now", "Then", "What", "Why", "How", "Who", "Where", "As",
        "For", "With", "Under", "Despite", "Although", "Because", "Since", "Though", "Instead",
        "Yes", "Also",
    ]

    static let quantities: Set<String> = [
        "Millions", "Thousands", "Hundreds", "Billions", "Dozens", "Tens",
    ]
}

/// Dates written with an ordinal day, as German does ("am 3. Mai", "14. Juli 2026"): the
/// period after the day marks an ordinal, not a sentence's end, though a capital follows.
/// Other languages that write the day so (Danish "3. maj", Czech "3. května") put the month
/// in lower case, which no sentence starts with.
enum OrdinalDates {
    static let germanMonths: Set<String> = [
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember",
    ]

    /// A day of the month (1 to 31, one or two digits) written just before `end` in `chars`,
    /// not part of a longer number or word.
    static func isDay(_ chars: [Unicode.Scalar], before end: Int) -> Bool {
        var start = end
        while start > 0, end - start < 3, chars[start - 1].isASCIIDigit { start -= 1 }
        guard (1...2).contains(end - start), start == 0 || !(chars[start - 1].properties.isAlphabetic
                || chars[start - 1].isASCIIDigit || chars[start - 1] == "." || chars[start - 1] == ",") else { return false }
        let value = chars[start..<end].reduce(0) { $0 * 10 + Int($1.value) - 48 }
        return (1...31).contains(value)
    }
}
