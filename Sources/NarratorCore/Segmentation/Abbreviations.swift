/// Abbreviations that change what a period means: English ones, German ones (`GermanText`),
/// French and Spanish ones (`RomanceText`).
enum Abbreviations {
    /// Letters in the longest abbreviation below: a longer plain word is never one.
    static let longest = 7

    /// Never the end of a sentence: titles and words that always take something after them.
    static let alwaysContinue: Set<String> = titles.union([
        "nos", "nr", "vol", "vols", "p", "pp", "fig", "figs", "ch", "sec", "art", "para",
        "vs", "v", "e.g", "i.e", "cf", "approx", "est", "dept", "univ", "ave", "blvd", "rd",
        "op", "eds", "al", "incl", "excl", "avg", "sq", "cu",
    ]).union(GermanText.continuing).union(RomanceText.continuing)

    /// Titles, before a name; one before "The" or a pronoun ended its sentence ("wanted to be
    /// a Dr. It never happened", "the summit of the Mt. The view").
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "st", "mt", "rev", "hon", "gen", "sen", "rep", "gov",
        "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "pres", "supt", "det", "insp", "atty",
        "messrs", "mme", "cpl", "pvt", "pfc", "spc", "brig", "amb", "asst", "msgr", "mx", "fr", "mlle", "ft",
        "rt",
    ]
    static let afterNoTitle: Set<String> = pronouns.subtracting(["I"]).union(["The"])
    /// Titles that are words or units in lower case: a repetition, a revision, a generation,
    /// milliseconds, a column, a detail, feet ("Ft. Worth" is a fort, "20 ft. Nobody" a height).
    static let wordsInLowerCase: Set<String> = ["rep", "rev", "gen", "ms", "col", "det", "ft"]

    /// Abbreviations that number what follows ("No. 5", "N°. 12"). "No" is also a word, so its
    /// period continues the sentence only before a number ("told me no. When she").
    static let numbering: Set<String> = ["no", "nos", "n°", "nº", "nr", "num", "vol", "p", "pp", "art", "arts", "sec", "fig",
                                         "rs", "rp", "rm", "kr", "ch", "para", "abs", "kap", "tel", "ext", "ft",
                                         "eq", "eqs", "tab", "ref", "refs", "chap", "sect", "ep"]

    /// Abbreviations that number what follows and are English words in lower case ("art",
    /// "fig"), or a name's last word capitalised ("the Museum of Modern Art. Its"; "Fig. A" is
    /// a figure): those end a sentence before a capital.
    static let wordsUnlessNumbered: Set<String> = ["art", "arts", "fig", "figs", "Art", "Arts"]

    /// Capitalised abbreviations that number what follows: a storm's category and a ballot's
    /// proposition ("a Cat. 4 hurricane", "Prop. 47"); in lower case a cat may end a sentence
    /// before a figure ("adopted a cat. 3 more followed").
    static let numberingCapitalised: Set<String> = ["Cat", "Prop"]

    /// A street's kind written short after its name ("Quay St.", "Harbour Dr."); before a name
    /// "St." and "Dr." are titles. `streetPrepositions` put a name and its street in a place.
    static let streets: Set<String> = ["st", "dr", "ave", "blvd", "rd"]
    static let streetPrepositions: Set<String> = ["on", "at", "off", "along", "onto", "near"]
    /// The part of an address that goes on after its street ("110 Gough St. Suite 301").
    static let addressUnits: Set<String> = ["Suite", "Ste", "Apt", "Unit", "Floor", "Fl", "Room", "Rm", "Bldg", "Building"]

    /// Nouns that name one of a series by a capital letter ("Plan B", "vitamin D", "Terminal
    /// C"), and the article before a letter named ("got an A"): the letter may end a sentence.
    /// After a word in lower case the segmenter takes any but a preposition or a conjunction
    /// (`beforeInitial`); this list names the ones it takes capitalised too ("Plan B. The",
    /// "Terminal C. It", "An A. Then"), where a letter after another capitalised word is an
    /// initial ("Jonas E. Smith").
    static let namedByLetter: Set<String> = [
        "plan", "vitamin", "type", "grade", "class", "option", "section", "exhibit", "appendix", "group",
        "part", "hepatitis", "category", "zone", "level", "block", "wing", "gate", "terminal", "row",
        "unit", "phase", "stage", "tier", "model", "gen", "generation", "division", "pool", "floor", "lot",
        "platform", "building", "ward", "schedule", "item", "question", "team", "route", "track", "size",
        "a", "an",
    ]

    /// Words that open a sentence and are no one's surname: after a capital letter and its
    /// period, the letter ended a sentence ("Exit C. The road", "Strain B. It"), where before
    /// a surname it is an initial ("Harry S. Truman").
    static let afterInitialOpeners: Set<String> = ["The", "It", "He", "She", "They", "We", "This", "These", "Those", "There"]

    /// Prepositions and conjunctions, after which a capital letter is an initial or a symbol
    /// ("by J. Smith", "each vertex in X"), not one of a series named by its letter.
    static let beforeInitial: Set<String> = [
        "in", "of", "on", "at", "by", "with", "from", "to", "for", "and", "or", "nor", "but", "as", "than",
        "into", "onto", "over", "under", "via", "per", "about", "like", "between", "among", "through",
        "without", "within", "upon", "against", "toward", "towards", "after", "before", "during",
        "including", "if", "then", "where", "when", "whereas", "while", "let", "is", "are", "be",
    ]

    /// Names spelled with an exclamation mark, which does not end the sentence.
    static let exclaimedNames: Set<String> = ["Yahoo", "Jeopardy", "Joomla", "Wham"]

    /// May end a sentence; do so only before a typical sentence opener.
    static let sentenceFinal: Set<String> = Set([
        "inc", "ltd", "co", "corp", "llc", "plc", "jr", "etc", "bros", "esq", "ph.d", "a.m", "p.m", "lb", "lbs", "oz",
        "intl", "natl", "mfg", "assn", "govt",
    ]).union(months).union(weekdays).union(GermanText.mayEnd).union(RomanceText.mayEnd)

    /// Months written short: one ends a sentence before an opener ("He joined in Sept. Then he
    /// quit."), not before its day ("Sept. 30").
    static let months = Set(CalendarWords.shortMonths.keys.map { $0.lowercased() })

    /// Time zones written after a time ("7:30 p.m. ET").
    static let timeZones: Set<String> = ["ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
                                         "GMT", "UTC", "BST", "CET", "CEST", "IST", "JST", "AEST", "AEDT"]

    /// Days written short, the same ("It opens on Fri. Then we leave.", "Fri. Jan. 5"); some
    /// are words too ("He sat. Then he ate.").
    static let weekdays = Set(CalendarWords.shortWeekdays.keys.map { $0.lowercased() })

    /// Days in full: news writes a time before its day ("at 3:15 a.m. Friday").
    static let weekdayNames = Set(CalendarWords.weekdays)

    /// Months in full, in lower case ("Thurs. October 2").
    static let monthNames = Set(CalendarWords.shortMonths.values.map { $0.lowercased() }).union(["may"])

    /// Words that usually open a sentence, for the ambiguous cases above: English's closed
    /// classes (pronouns, determiners and quantifiers, conjunctions, sentence adverbs), the
    /// quantity nouns news opens with ("Millions attended") and a few subjects of reporting.
    static let sentenceOpeners: Set<String> = pronouns.union(determiners).union(connectives).union(quantities).union([
        "Analysts", "Officials", "One", "Two",
    ]).union(GermanText.sentenceOpeners)

    /// The words that open a sentence after `abbreviation` (lower-cased): French and Spanish
    /// openers too after "etc." and the French and Spanish abbreviations that may end one, but
    /// not after English ones ("Roper Corp. La Fayette" is a company and a town).
    static func sentenceOpeners(after abbreviation: String) -> Set<String> {
        abbreviation == "etc" || RomanceText.mayEnd.contains(abbreviation) ? romanceOpeners : sentenceOpeners
    }

    /// English, German, French, Spanish, Italian and Portuguese sentence openers.
    static let romanceOpeners = sentenceOpeners.union(RomanceText.sentenceOpeners)

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

