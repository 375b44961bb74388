/// Words written short before a period inside a sentence, and what an English voice says for
/// them: titles before a name ("Rep." "Representative"), abbreviations before a number ("No. 5",
/// "Nov. 3", "s. 230"), a recipe's letters ("1 c. of"), months and days wherever they stand, Latin ("etc.",
/// "i.e.", "e.g."), a circuit court after its ordinal; and the tests of what a period closes
/// (an abbreviation, an initial, a unit after its number). Part of `SpeechNormalizer`.
extension SpeechNormalizer {
    /// The words for `word` (at `start`, its period's next character at `after`), or nil when
    /// the voice reads it as written and only its period goes.
    func wordInFull(_ word: String, _ chars: [Unicode.Scalar], start: Int, after: Int) -> String? {
        if let title = Self.titles[word], titleApplies(word, chars, before: start, after: after) { return title }
        if let unit = recipeUnit(word, chars, start: start, after: after) { return unit }
        if let section = Self.sections[word], nextIsDigit(chars, after) { return section }
        if let expansion = Self.expansions[word.lowercased()], nextIsDigit(chars, after) { return expansion }
        // "rose in Sept. and fell", "between Jan. and Mar.", "on Sat. after": a month or a day
        // written short with its period is one wherever it stands (eSpeak: "sept", "sat").
        if let name = CalendarWords.shortMonths[word] ?? CalendarWords.shortWeekdays[word] { return name }
        return Self.latin[word.lowercased()]
    }

    /// Latin written short, which eSpeak spells ("E T C", "I E", "E G").
    static let latin = ["etc": "etcetera", "i.e": "that is", "e.g": "for example"]

    /// Abbreviations read as their word before a number ("No. 5", "Nov. 3"; eSpeak reads "Nov"
    /// as a word and "p" as a letter).
    static let expansions: [String: String] = [
        "no": "number", "nos": "numbers", "p": "page", "pp": "pages", "vs": "versus", "approx": "approximately",
        "fig": "figure", "figs": "figures", "ch": "chapter", "vol": "volume", "vols": "volumes",
        "eq": "equation", "eqs": "equations", "para": "paragraph", "est": "established", "ext": "extension",
        "tab": "table", "chap": "chapter", "sect": "section", "ep": "episode",
        "art": "article", "arts": "articles",
    ].merging(CalendarWords.shortMonths.map { ($0.key.lowercased(), $0.value) }) { listed, _ in listed }

    /// A law's section written short before a number, in lower case only ("s. 230"; a Senate
    /// bill is "S. 230").
    static let sections = ["s": "section"]

    /// Titles said in full before a name ("Rep. Ann Lee" -> "Representative Ann Lee"; eSpeak
    /// says "rep", or spells "Lt." as letters), and Jr./Sr. after one.
    static let titles: [String: String] = [
        "Rep": "Representative", "Reps": "Representatives", "Sen": "Senator", "Sens": "Senators", "Gov": "Governor",
        "Lt": "Lieutenant", "Col": "Colonel", "Gen": "General", "Sgt": "Sergeant", "Capt": "Captain",
        "Cmdr": "Commander", "Adm": "Admiral", "Maj": "Major", "Rev": "Reverend", "Prof": "Professor",
        "Supt": "Superintendent", "Atty": "Attorney", "Pres": "President", "Jr": "Junior", "Sr": "Senior",
        "Cpl": "Corporal", "Pvt": "Private", "Pfc": "Private First Class", "Spc": "Specialist", "Brig": "Brigadier",
        "Det": "Detective", "Insp": "Inspector", "Amb": "Ambassador", "Asst": "Assistant", "Sec": "Secretary",
        "Fr": "Father", "Msgr": "Monsignor", "Hon": "Honorable", "Mme": "Madame", "Mlle": "Mademoiselle", "Mx": "Mix",
    ]

    /// A title applies before a capitalised word or an initial ("Sen. J. Lee"), not a letter
    /// alone ("Gen. Z voters", "Sec. A of"); Jr. and Sr. after a capitalised word.
    func titleApplies(_ word: String, _ chars: [Unicode.Scalar], before start: Int, after: Int) -> Bool {
        if word == "Jr" || word == "Sr" {
            var cursor = start - 1
            while cursor >= 0, chars[cursor] == " " || chars[cursor] == "," { cursor -= 1 }
            return cursor >= 0 && chars[cursor].isLetter
        }
        var next = after
        while next < chars.count, chars[next].isSpace { next += 1 }
        guard next < chars.count, chars[next].properties.isUppercase else { return false }
        return next + 1 < chars.count && (chars[next + 1].properties.isAlphabetic || chars[next + 1] == ".")
    }

    /// Short words, initials and dotted acronyms: "Mr", "J", "p.m", "U.S", "No".
    func isAbbreviationLike(_ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        if word.unicodeScalars.contains(".") { return true }
        let lower = word.lowercased()
        if Abbreviations.alwaysContinue.contains(lower) || Abbreviations.sentenceFinal.contains(lower)
            || Abbreviations.numbering.contains(lower) || Abbreviations.numberingCapitalised.contains(word) {
            return true
        }
        return word.count == 1 && word.first!.isLetter
    }

    /// A state written short inside a name ("at Mass. General", "the Calif. Senate"), not
    /// ending a place after its comma ("in Boston, Mass. Thanks"): its period abbreviates.
    func isStateInsideName(_ word: String, _ chars: [Unicode.Scalar], start: Int) -> Bool {
        USStates.shortFormsBeforeNames.contains(word) && !(start >= 2 && chars[start - 1] == " " && chars[start - 2] == ",")
    }

    /// A unit written short after its number, stuck to it or apart ("4ft. tall", "10 in. deep",
    /// "5 min. later", "300+ mi."), or a span of time after "per" or "a" ("per yr.", "a yr.
    /// earlier"): its period abbreviates, as "oz." does.
    func isUnit(_ word: String, after chars: [Unicode.Scalar], _ start: Int) -> Bool {
        var before = start - 1
        // "4 ft.", "a 9x13-in. pan": a space or a hyphen after the number.
        if before >= 0, chars[before] == " " || chars[before] == "-" { before -= 1 }
        // "800 sq ft.", "800 sq. ft.", "2 cu. ft.": a unit of area or volume.
        let squared = SpokenAmounts.squareUnit(word, after: "2") != nil
        if before >= 3, squared {
            let period = chars[before] == "." ? 1 : 0
            if SpokenAmounts.powerWords[String(scalars: chars[(before - period - 1)...(before - period)]).lowercased()] != nil,
               chars[before - period - 2] == " " {
                before -= period + 3
            }
        }
        // "300+ mi.": a count or more.
        if before > 0, chars[before] == "+" { before -= 1 }
        // "$12 per yr.", "$5 per hr. or", "a yr. earlier": a span of time after "per" or "a".
        if SpokenAmounts.timeUnits[word] != nil, before >= 0, chars[before].isLetter {
            return SpokenAmounts.spansAfter.contains(wordBefore(chars, before + 1).lowercased())
        }
        // "4 ft.", "¾ tsp.", "2½ tbsp.": after a figure or a fraction written as one character.
        guard before >= 0, chars[before].isASCIIDigit || SpokenAmounts.fractionCharacters[Character(chars[before])] != nil
        else { return false }
        return SpokenAmounts.stuckUnit(word) != nil || SpokenAmounts.separateUnits[word.lowercased()] != nil
            || squared
    }

    /// "1 c. of flour", "2 T. of butter", "1 t. of salt": a recipe's cup, tablespoon or teaspoon
    /// written as one letter and its period, between a number and "of" (eSpeak: "see", "tee"),
    /// "t." in a sentence that cooks ("5 t. of steel" may be tonnes). The word `SpokenAmounts` reads.
    func recipeUnit(_ word: String, _ chars: [Unicode.Scalar], start: Int, after: Int) -> String? {
        guard let unit = ["c": "cups", "T": "tbsp", "t": "tsp"][word], start >= 2, chars[start - 1] == " ",
              after + 3 < chars.count, chars[after] == " ", chars[after + 1] == "o", chars[after + 2] == "f",
              chars[after + 3] == " " else { return nil }
        let number = tokenBefore(chars, start - 1)
        guard let first = number.unicodeScalars.first, first.isASCIIDigit || first.properties.numericType != nil else { return nil }
        if word == "t", !SpokenAmounts.mentions(String(String.UnicodeScalarView(chars)), anyOf: Self.cookingWords) { return nil }
        return unit == "cups" && (number == "1" || number.contains("/") || !number.unicodeScalars.allSatisfy(\.isASCII)) ? "cup" : unit
    }

    /// "the 9th Cir.": a federal court of appeals, its circuit numbered by an ordinal (eSpeak:
    /// "sir"). Returns the word said for it.
    func circuit(_ word: String, _ chars: [Unicode.Scalar], start: Int) -> String? {
        guard rewritesInEnglish, word == "Cir", start >= 4, chars[start - 1] == " " else { return nil }
        let ordinal = tokenBefore(chars, start - 1)
        guard ordinal.first?.isASCIIDigit == true, ["st", "nd", "rd", "th"].contains(String(ordinal.suffix(2))),
              ordinal.dropLast(2).allSatisfy(\.isASCIIDigit) else { return nil }
        return "Circuit"
    }

    /// Words of a recipe's steps.
    static let cookingWords: Set<String> = ["add", "mix", "stir", "whisk", "beat", "fold", "sprinkle", "season", "combine",
                                            "blend", "pour", "knead", "bake", "salt", "sugar", "flour", "butter", "oil", "pepper"]

    /// The whole token that ends at `end` (a space or the text's start before it): "9th", "1/2".
    func tokenBefore(_ chars: [Unicode.Scalar], _ end: Int) -> String {
        var start = end
        while start > 0, !chars[start - 1].isSpace { start -= 1 }
        return String(scalars: chars[start..<end])
    }

    func wordBefore(_ chars: [Unicode.Scalar], _ end: Int) -> String {
        var start = end
        while start > 0, chars[start - 1].isLetter || chars[start - 1] == "." { start -= 1 }
        return String(scalars: chars[start..<end])
    }

    func nextIsDigit(_ chars: [Unicode.Scalar], _ from: Int) -> Bool {
        var next = from
        while next < chars.count, chars[next].isSpace { next += 1 }
        return next < chars.count && chars[next].isASCIIDigit
    }
}
