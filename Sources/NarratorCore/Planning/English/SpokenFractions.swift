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

    /// "1½", "2¾,": a whole number and a fraction character, in words ("1 and a half"), and the
    /// marks after it.
    static func mixedFraction(_ token: String) -> (words: String, trailing: String)? {
        let (core, trailing) = TokenMarks.split(token, closing: TokenMarks.sentence)
        guard let last = core.last, let name = fractionCharacters[last] else { return nil }
        let whole = core.dropLast()
        guard !whole.isEmpty, whole.count <= 4, whole.allSatisfy(\.isASCIIDigit) else { return nil }
        return ("\(whole) and \(name)", trailing)
    }

    static let fractionCharacters: [Character: String] = [
        "½": "a half", "¼": "a quarter", "¾": "3 quarters", "⅓": "a third", "⅔": "2 thirds", "⅛": "an eighth",
        "⅜": "3 eighths", "⅝": "5 eighths", "⅞": "7 eighths",
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
