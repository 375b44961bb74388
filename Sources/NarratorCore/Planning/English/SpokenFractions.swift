/// Fractions and scores as a narrator says them ("1/2 cup" -> "half a cup", "3/4" -> "3
/// quarters", "1½ cups" -> "1 and a half cups", "5/16″" -> "5 sixteenths of an inch", "9.8/10" ->
/// "9.8 out of 10", "50/50" -> "50 50"); part of `SpokenAmounts`, which applies them word by word.
extension SpokenAmounts {
    /// Two shares of a hundred ("50/50", "70/30", "60/40"), each of two digits: said as two
    /// numbers ("fifty fifty"; eSpeak: "fifty slash fifty").
    static func hundredSplit(_ core: String) -> String? {
        let parts = core.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let left = Int(parts[0]), let right = Int(parts[1]), left + right == 100 else { return nil }
        return "\(left) \(right)"
    }

    static let fractionNames: [String: (one: String, many: String)] = [
        "2": ("a half", "halves"), "3": ("a third", "thirds"), "4": ("a quarter", "quarters"), "5": ("a fifth", "fifths"),
        "8": ("an eighth", "eighths"), "10": ("a tenth", "tenths"),
    ]

    /// "1/2" -> "a half", "3/4" -> "3 quarters", "24/7" -> "24 7", "9/11" (the day named so)
    /// -> "9 11", a split of a hundred ("50/50", "70/30") -> "50 50"; with `whole`, the fraction
    /// after a whole number ("1 1/2"), which must be below one. Dates ("3/4/2024") and other
    /// slashes are left alone.
    static func fraction(_ token: String, whole: Bool) -> String? {
        guard token.utf8.contains(0x2F) else { return nil }
        let (core, trailing) = TokenMarks.split(token, closing: TokenMarks.sentence)
        if !whole, core == "24/7" || core == "9/11" { return core.split(separator: "/").joined(separator: " ") + trailing }
        if !whole, let split = hundredSplit(core) { return split + trailing }
        // "2/3rds", "1/3rd", "3/4ths": the fraction's name written after it too.
        var parts = core.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, let suffix = ["rds", "rd", "ths", "th"].first(where: parts[1].hasSuffix) {
            parts[1] = parts[1].dropLast(suffix.count)
        }
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) && $0.count <= 2 }),
              let top = Int(parts[0]), let names = fractionNames[String(parts[1])], let bottom = Int(parts[1]), top < bottom
        else { return nil }
        return (top == 1 ? names.one : "\(top) \(names.many)") + trailing
    }

    /// A fraction of an inch as rulers divide it, `token` with the inch sign stuck to it ("5/16″",
    /// "3/4\"", "1/2″") or, in sixteenths and finer, before "inch", "inches" or "in." (`next`;
    /// `last` when nothing follows it): the words and how many tokens they stand for. "5/16″" ->
    /// "5 sixteenths of an inch", "1/2″" -> "half an inch", "1/16 inch bit" -> "1 sixteenth inch
    /// bit", "3/16 in. of foam" -> "3 sixteenths of an inch of foam", "7/64\" holes" -> "7
    /// sixty-fourths inch holes". (Halves to eighths before
    /// "inch" are read as other fractions are: "a 1/2 inch pipe" is "a half inch pipe".)
    static func inchFraction(_ token: String, next: String?, last: Bool) -> (said: String, length: Int)? {
        guard token.utf8.contains(0x2F), let marks = TokenMarks.unwrap(token) else { return nil }
        let leading = marks.leading
        var (core, trailing) = (marks.core, marks.trailing)
        var marked = core.hasSuffix("″")
        if marked { core.removeLast() }
        if !marked, trailing.hasPrefix("\""), !leading.contains("\"") {  // '7/64"', the quotation mark closing nothing
            marked = true
            trailing.removeFirst()
        }
        let parts = core.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let top = Int(parts[0]), let bottom = Int(parts[1]), top > 0, top < bottom,
              let names = inchFractionNames[bottom] else { return nil }
        let name = top == 1 ? names.one : names.many
        let words = "\(top) \(name)"
        if marked {
            // Before the noun it describes, "inch" ("7/64\" holes": "7 sixty-fourths inch holes").
            let noun = next.map { TokenMarks.split($0).core } ?? ""
            if trailing.isEmpty, !noun.isEmpty, noun.allSatisfy(\.isLetter), !notDescribed.contains(noun.lowercased()) {
                return (leading + (bottom == 2 ? "half" : words) + " inch", 1)
            }
            let part = bottom == 2 ? "half an inch" : "\(top == 1 ? indefiniteArticle(before: name) : String(top)) \(name) of an inch"
            return (leading + part + trailing, 1)
        }
        guard bottom >= 16, trailing.isEmpty, let next else { return nil }
        let (unit, closing) = TokenMarks.split(next)
        switch unit.lowercased() {
        case "inch", "inches": return (leading + words + " " + next, 2)
        case "in" where closing.hasPrefix("."):
            // The period that made "in." short ends the sentence only when nothing follows it.
            let after = last ? closing : TokenMarks.withoutAbbreviationPeriod(closing == "." ? "" : closing)
            return (leading + words + " of an inch" + after, 2)
        default: return nil
        }
    }

    /// The parts of an inch a ruler marks, by denominator.
    static let inchFractionNames: [Int: (one: String, many: String)] = [
        2: ("half", "halves"), 4: ("quarter", "quarters"), 8: ("eighth", "eighths"), 16: ("sixteenth", "sixteenths"),
        32: ("thirty-second", "thirty-seconds"), 64: ("sixty-fourth", "sixty-fourths"),
    ]

    /// "¾ tsp", "⅛ in.", "1 ¾ cups", "2½ tbsp", "⅝-inch": a fraction written as one character,
    /// alone or after a whole number (stuck to it or apart), and the unit after it: "3 quarters of
    /// a teaspoon", "an eighth of an inch", "1 and 3 quarters cups", "5 eighths inch". eSpeak NG
    /// says no fifths, sixths or eighths at all ("⅛ in" "in"), "1 ¼" "one a quarter" and "¾ tsp"
    /// "three quarters T S P". The words and how many tokens they stand for; `previous` is the
    /// word before (a lone fraction after a figure, "4-5 ½ inch", is left as written).
    static func fractionCharacter(_ tokens: [Substring], at index: Int, previous: String?) -> (said: String, length: Int)? {
        // Asked of every word: a fraction character is C2 BC-BE ("¼", "½", "¾") or E2 85 90-9E
        // ("⅐"-"⅞") in UTF-8, looked for byte by byte before anything is built.
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        func mayHold(_ token: Substring?) -> Bool {
            guard let token else { return false }
            var previous: UInt8 = 0
            for byte in token.utf8 {
                if previous == 0xC2 && (0xBC...0xBE).contains(byte) || previous == 0xE2 && byte == 0x85 { return true }
                previous = byte
            }
            return false
        }
        guard mayHold(tokens[index]) || mayHold(next),
              let (leading, core, trailing) = TokenMarks.unwrap(String(tokens[index])) else { return nil }
        var whole: Substring?
        var name: String
        var closing = trailing
        var used = 1
        if let last = core.last, let said = fractionCharacters[last], core.count > 1, core.dropLast().allSatisfy(\.isASCIIDigit) {
            (whole, name) = (core.dropLast(), said)  // "2½"
        } else if core.allSatisfy(\.isASCIIDigit), trailing.isEmpty, let next, next.count <= 3,
                  let parts = TokenMarks.unwrap(String(next)), parts.leading.isEmpty, parts.core.count == 1,
                  let said = fractionCharacters[parts.core.first!] {
            (whole, name, closing, used) = (core[...], said, parts.trailing, 2)  // "1 ¾"
        } else if let first = core.first, let said = fractionCharacters[first],
                  previous?.last.map({ $0.isNumber }) != true {
            name = said
            // "⅝-inch", "½-in", "the ¼ mile": the fraction describes what follows ("5 eighths inch",
            // "half inch", "the quarter mile").
            let compound = said == "a half" || said == "a quarter" ? String(said.dropFirst(2))
                : said.hasPrefix("an ") ? "1" + said.dropFirst(2) : said.hasPrefix("a ") ? "1" + said.dropFirst(1) : said
            if core.count > 1 {
                let rest = core.dropFirst()
                guard rest.first == "-", rest.dropFirst().allSatisfy(\.isLetter), rest.count > 1 else { return nil }
                let unit = String(rest.dropFirst())
                return (leading + compound + " " + (stuckUnit(unit)?.singular ?? unit) + trailing, 1)
            }
            if leading.isEmpty, let previous, ["a", "an", "the"].contains(previous.lowercased()) || isPossessive(previous) {
                return (compound + trailing, 1)
            }
        } else {
            return nil
        }
        let amount = whole.map { "\($0) and \(name)" } ?? name
        // The unit after it, when nothing closes the amount.
        guard closing.isEmpty, index + used < tokens.count else { return (leading + amount + closing, used) }
        let unit = String(tokens[index + used])
        let following = index + used + 1 < tokens.count ? String(tokens[index + used + 1]) : nil
        if whole != nil {
            guard let words = separateUnit(unit, after: "2") ?? inches(unit, before: following, after: "2") else {
                return (leading + amount, used)
            }
            return (leading + amount + " " + words, used + 1)
        }
        let (written, marks) = TokenMarks.split(unit, closing: TokenMarks.sentence)
        let lower = written.lowercased()
        let inch = lower == "inch" || lower == "inches" || lower == "in" && marks.hasPrefix(".")
        let listed = casedUnits[written] ?? separateUnits[lower] ?? letterUnits[written] ?? timeUnits[lower]
        guard let singular = inch ? "inch" : listed?.singular ?? kitchenMeasures[lower] else { return (leading + amount, used) }
        // An abbreviation's period goes inside the sentence ("⅛ in. thick"), and stays at its end.
        let after = following == nil ? marks : TokenMarks.withoutAbbreviationPeriod(marks == "." ? "" : marks)
        let measure = indefiniteArticle(before: singular) + " " + singular + after
        return (leading + (name == "a half" ? "half " + measure : name + " of " + measure), used + 1)
    }

    /// Fractions written as one character, in words.
    static let fractionCharacters: [Character: String] = [
        "½": "a half", "¼": "a quarter", "¾": "3 quarters", "⅓": "a third", "⅔": "2 thirds", "⅛": "an eighth",
        "⅜": "3 eighths", "⅝": "5 eighths", "⅞": "7 eighths", "⅕": "a fifth", "⅖": "2 fifths", "⅗": "3 fifths",
        "⅘": "4 fifths", "⅙": "a sixth", "⅚": "5 sixths", "⅐": "a seventh", "⅑": "a ninth", "⅒": "a tenth",
    ]

    /// A score out of 5, 10 or 100 ("9.8/10", "4.5/5", "8/10", "/10" after its number; the
    /// scale may be written "5.0"): "9.8 out of 10". A whole number out of 5 is left a fraction
    /// ("2/5": "2 fifths").
    static func score(_ token: String) -> String? {
        guard token.utf8.contains(0x2F), let (leading, core, trailing) = TokenMarks.unwrap(token) else { return nil }
        var parts = core.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2, parts[0].contains("."), parts[1].hasSuffix(".0") { parts[1].removeLast(2) }
        guard parts.count == 2, ["5", "10", "100"].contains(parts[1]), isNumber(parts[0]),
              let top = Double(parts[0]), let bottom = Double(parts[1]), top <= bottom,
              parts[0].contains(".") || parts[1] != "5" else { return nil }
        return leading + "\(parts[0]) out of \(parts[1])" + trailing
    }

    /// A lone half or third before a word: "half of", "half a cup", "a third of a cup", "half an
    /// inch".
    static func fractionBeforeNoun(_ token: String, _ next: String) -> String? {
        guard token == "1/2" || token == "1/3" else { return nil }
        let word = next.lowercased().filter(\.isLetter)
        guard !word.isEmpty, !word.hasSuffix("s") || word == "of",
              !["in", "a", "an", "the", "and", "or", "to", "for", "on", "at", "by", "from", "with"].contains(word) else { return nil }
        let article = word == "of" ? "" : " " + indefiniteArticle(before: next)
        if token == "1/2" { return word == "of" ? "half" : "half" + article }
        return word == "of" ? "a third" : "a third of" + article
    }

    /// A fraction of a measure, `token` before its unit (`next`): "3/4 cup" -> "3 quarters of a
    /// cup", "1/4 tsp" -> "a quarter of a teaspoon", "1/2 lb" -> "half a pound" (eSpeak: "three
    /// quarters cup", "T S P"); before "of" (`then`) one quarter or finer names the measure
    /// ("1/4 cup of vinegar" "a quarter cup of vinegar"; a half and a third as `fractionBeforeNoun` reads them). The unit's closing marks are kept.
    static func fractionOfUnit(_ token: String, _ next: String, then: String?) -> String? {
        // Asked of every word: most hold no slash.
        guard token.utf8.contains(0x2F) else { return nil }
        let parts = token.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let top = Int(parts[0]), let bottom = Int(parts[1]), top > 0, top < bottom,
              let names = fractionNames[String(parts[1])] else { return nil }
        let (written, closing) = TokenMarks.split(next, closing: TokenMarks.sentence)
        let lower = written.lowercased()
        guard let unit = separateUnits[lower]?.singular ?? timeUnits[lower]?.singular ?? kitchenMeasures[lower] else { return nil }
        let measure = indefiniteArticle(before: unit) + " " + unit + TokenMarks.withoutPeriodBeforeComma(closing)
        if top == 1, bottom >= 4, then == "of", closing.isEmpty { return names.one + " " + unit }
        if top == 1 { return bottom == 2 ? "half " + measure : names.one + " of " + measure }
        return "\(top) \(names.many) of " + measure
    }

    /// Measures a recipe or a shop names in words, and their singular.
    static let kitchenMeasures: [String: String] = [
        "cup": "cup", "cups": "cup", "teaspoon": "teaspoon", "teaspoons": "teaspoon", "tablespoon": "tablespoon",
        "tablespoons": "tablespoon", "pound": "pound", "pounds": "pound", "ounce": "ounce", "ounces": "ounce",
        "pint": "pint", "pints": "pint", "quart": "quart", "quarts": "quart", "gallon": "gallon", "gallons": "gallon",
        "mile": "mile", "miles": "mile", "hour": "hour", "hours": "hour", "acre": "acre", "acres": "acre",
    ]

    /// "a" or "an" as said before the word: "an inch", "an hour", "an EV", "a unit", "a one".
    static func indefiniteArticle(before word: String) -> String {
        let letters = word.drop { !$0.isLetter }.prefix { $0.isLetter }
        guard let first = letters.first else { return "a" }
        // Capitals read as letters: "an EV", "an MP3", "a USB".
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return "AEFHILMNORSX".contains(first) ? "an" : "a" }
        let lower = letters.lowercased()
        if ["hour", "honest", "honor", "honour", "heir"].contains(where: lower.hasPrefix) { return "an" }
        if ["one", "once", "uni", "use", "usu", "uti", "ure", "uro", "eu", "ewe"].contains(where: lower.hasPrefix) { return "a" }
        return "aeiou".contains(lower.first!) ? "an" : "a"
    }
}
