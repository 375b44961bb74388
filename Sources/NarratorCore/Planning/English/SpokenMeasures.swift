/// Measures, ranges, fractions and scores as a narrator says them ("5km" -> "5 kilometers",
/// "10-15" -> "10 to 15", "1/2 cup" -> "half a cup", "9.8/10" -> "9.8 out of 10"); part of
/// `SpokenAmounts`, which applies them word by word.
extension SpokenAmounts {
    /// The digits, points and commas a token starts with ("3.5" of "3.5kg").
    static func numberPrefix(_ text: String) -> String {
        String(text.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") })
    }

    static func isNumber(_ token: String) -> Bool {
        guard let first = token.first, first.isASCII, first.isNumber else { return false }
        return token.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") } && token.last!.isNumber
    }

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
        let (core, trailing) = TokenMarks.split(token, closing: TokenMarks.sentence)
        if !whole, core == "24/7" || core == "9/11" { return core.split(separator: "/").joined(separator: " ") + trailing }
        if !whole, let split = hundredSplit(core) { return split + trailing }
        let parts = core.split(separator: "/", omittingEmptySubsequences: false)
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
        guard let (leading, core, trailing) = TokenMarks.unwrap(token) else { return nil }
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
        let word = next.lowercased().filter(\.isLetter)
        guard token == "1/2" || token == "1/3", !word.isEmpty, !word.hasSuffix("s") || word == "of",
              !["in", "a", "an", "the", "and", "or", "to", "for", "on", "at", "by", "from", "with"].contains(word) else { return nil }
        let article = word == "of" ? "" : " " + indefiniteArticle(before: next)
        if token == "1/2" { return word == "of" ? "half" : "half" + article }
        return word == "of" ? "a third" : "a third of" + article
    }

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

    /// Units read when written apart from their number: those of `units` that cannot be read
    /// as a word or a letter on their own ("g", "ft", "bn" stay as written), and units usually
    /// written apart.
    static let separateUnits: [String: (singular: String, plural: String)] = units
        .filter { ["lb", "lbs", "km/h", "mph", "km", "kg", "mg", "ml", "cm", "mm", "kwh", "kw", "mw", "gw", "ft", "°c", "°f"].contains($0.key) }
        .merging([
            "tsp": ("teaspoon", "teaspoons"), "tbsp": ("tablespoon", "tablespoons"), "oz": ("ounce", "ounces"),
            "fl oz": ("fluid ounce", "fluid ounces"), "hz": ("hertz", "hertz"), "khz": ("kilohertz", "kilohertz"),
            "mhz": ("megahertz", "megahertz"), "ghz": ("gigahertz", "gigahertz"), "gb": ("gigabyte", "gigabytes"),
            "tb": ("terabyte", "terabytes"), "mb": ("megabyte", "megabytes"), "yd": ("yard", "yards"),
            "yds": ("yards", "yards"), "sqft": ("square foot", "square feet"),
        ]) { shared, _ in shared }

    /// Spans of time written short, in lower case only ("5 HR" is a heart rate; eSpeak reads
    /// "30 sec" "thirty sek", "1 hr" "one H R", "5 yrs" "five er", "3 wks" "three W K S", "6 mos"
    /// "six moss").
    static let timeUnits: [String: (singular: String, plural: String)] = [
        "sec": ("second", "seconds"), "secs": ("seconds", "seconds"), "min": ("minute", "minutes"),
        "mins": ("minutes", "minutes"), "hr": ("hour", "hours"), "hrs": ("hours", "hours"),
        "wk": ("week", "weeks"), "wks": ("weeks", "weeks"), "mo": ("month", "months"), "mos": ("months", "months"),
        "yr": ("year", "years"), "yrs": ("years", "years"),
    ]

    /// "in" after a number when it can only be inches: with the period of an abbreviation or
    /// in parentheses ("76 in.", "(5 in)"), at the end, before a size's "by" or "x", or before
    /// what it measures ("5 in wide"), or as a size's second side (`sized`: "5 inches by 7 in");
    /// "5 in a row" and "born in 1990 in Ohio" stay words.
    static func inches(_ token: String, before next: String?, after number: String, sized: Bool = false) -> String? {
        let (core, trailing) = TokenMarks.split(token, closing: TokenMarks.sentence)
        guard core == "in" else { return nil }
        let following = next.map { TokenMarks.split($0).core.lowercased() }
        guard sized || trailing.hasPrefix(".") || trailing.hasPrefix(")") || following == nil
                || ["x", "×", "by", "wide", "long", "tall", "high", "deep", "thick", "diameter"].contains(following!)
        else { return nil }
        // The abbreviation's period goes inside the sentence ("5 in. x 7 in. frame").
        let marks = next != nil && trailing == "." ? "" : TokenMarks.withoutAbbreviationPeriod(trailing)
        return (number == "1" ? "inch" : "inches") + marks
    }

    /// Units of area written "sq" and a unit of length ("800 sq ft", "12 sq. m", "sq feet";
    /// eSpeak: "S Q F T"): "square" and the unit's words.
    static func squareUnit(_ unit: String, after number: String) -> String? {
        let (core, trailing) = TokenMarks.split(unit, closing: TokenMarks.sentence)
        let lower = core.lowercased()
        guard let words = lengthWords[lower]
                ?? (shortLengths.contains(lower) ? separateUnits[lower] ?? letterUnits[core] ?? units[lower] : nil)
        else { return nil }
        return "square " + (number == "1" ? words.singular : words.plural) + TokenMarks.withoutAbbreviationPeriod(trailing)
    }

    /// Units of length written short that "sq" may square; their words are those of the unit
    /// tables ("m" and "mi" in lower case only, as `letterUnits` has them).
    static let shortLengths: Set<String> = ["km", "cm", "mm", "ft", "yd", "yds", "in", "m", "mi"]

    /// Units of length written out that "sq" may square.
    private static let lengthWords: [String: (singular: String, plural: String)] = [
        "feet": ("foot", "feet"), "foot": ("foot", "feet"), "meters": ("meter", "meters"), "metres": ("metre", "metres"),
        "miles": ("mile", "miles"), "yards": ("yard", "yards"), "inches": ("inch", "inches"),
    ]

    /// Units read only as written, stuck to their number or apart ("9ms", "75 dB", "500Wh",
    /// "200 px", "5 GB/s", "9.8 m/s²", "100mW", "300 hp", "40 kph"; "10 MS Office" is not a
    /// time, "EPYC 4584PX" is a model, "Gb/s" is bits, "100MW" megawatts, "2 HP laptops" a
    /// brand); looked up before the units read in any case.
    static let casedUnits: [String: (singular: String, plural: String)] = [
        "ms": ("millisecond", "milliseconds"), "dB": ("decibel", "decibels"), "db": ("decibel", "decibels"),
        "Wh": ("watt hour", "watt hours"), "px": ("pixel", "pixels"), "mW": ("milliwatt", "milliwatts"),
        "GB/s": ("gigabyte per second", "gigabytes per second"), "MB/s": ("megabyte per second", "megabytes per second"),
        "Gb/s": ("gigabit per second", "gigabits per second"), "Mb/s": ("megabit per second", "megabits per second"),
        "m/s": ("meter per second", "meters per second"), "km/s": ("kilometer per second", "kilometers per second"),
        "m/s²": ("meter per second squared", "meters per second squared"), "kV": ("kilovolt", "kilovolts"),
        "mV": ("millivolt", "millivolts"), "hp": ("horsepower", "horsepower"), "bhp": ("brake horsepower", "brake horsepower"),
        "kph": ("kilometer per hour", "kilometers per hour"),
    ]

    /// Letters that are units only after a number and only in lower case ("30 m wide", "300 l",
    /// "5 t", "40 mi"; "5 M" may be millions, "I-94 MI" is Michigan, "mi" alone Spanish).
    static let letterUnits: [String: (singular: String, plural: String)] = [
        "m": ("meter", "meters"), "l": ("liter", "liters"), "t": ("tonne", "tonnes"), "mi": ("mile", "miles"),
    ]

    /// The unit token after a number, in words ("oz." -> "ounces"), keeping what follows it.
    /// (A period still on the unit here ends the sentence: the one after an abbreviation inside
    /// a sentence was dropped before, unless a comma, colon or semicolon follows it: "lbs.,"
    /// is "pounds,", where "pounds.," made eSpeak NG stop twice.)
    static func separateUnit(_ token: String, after number: String) -> String? {
        var (core, trailing) = TokenMarks.split(token, closing: TokenMarks.sentence)
        guard let words = casedUnits[core] ?? separateUnits[core.lowercased()] ?? letterUnits[core] ?? timeUnits[core] else { return nil }
        if trailing.hasPrefix("."), let mark = trailing.dropFirst().first, ",;:".contains(mark) { trailing.removeFirst() }
        return (number == "1" ? words.singular : words.plural) + trailing
    }

    // MARK: Ranges and measures

    /// "10-15", "2019–2021": two numbers joined by a hyphen or an en dash; "15-20%" and
    /// "15%-20%" -> "15 to 20%"; a season "2024-25" or "2023/24".
    static func range(_ core: String) -> String? {
        if let (low, high) = rangeEnds(core), let first = weekdays[low.lowercased()], let last = weekdays[high.lowercased()] {
            return "\(first) to \(last)"  // "Mon-Fri"
        }
        // "2024-25": a season or a financial year, the second year by its last two digits.
        if let (low, high) = rangeEnds(core), low.count == 4, high.count == 2, let year = Int(low), (1900...2099).contains(year),
           low.allSatisfy(\.isASCIIDigit), high.allSatisfy(\.isASCIIDigit), let end = Int(high), end > year % 100, end - year % 100 <= 10 {
            return "\(SpokenContext.yearWords(low)) to \(high)"
        }
        // "2023/24": a season or a financial year written with a slash, the next year only
        // ("2020/08" is a month).
        let halves = core.split(separator: "/", omittingEmptySubsequences: false)
        if halves.count == 2, halves[0].count == 4, halves[1].count == 2, halves.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
           let year = Int(halves[0]), (1900...2098).contains(year), Int(halves[1]) == (year + 1) % 100 {
            return "\(SpokenContext.yearWords(String(halves[0]))) to \(halves[1])"
        }
        if core.hasSuffix("%"), let (low, high) = rangeEnds(String(core.dropLast())) {
            let start = low.hasSuffix("%") ? String(low.dropLast()) : low
            guard isNumber(start), isNumber(high) else { return nil }
            return "\(start) to \(high)%"
        }
        let parts = core.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
        // "3-2-1", "9-1-1", "50-30-20", a team's "14-0-1": numbers in a row, said one after
        // another (eSpeak: "three dash two dash one"); a telephone number has longer groups.
        if parts.count >= 3, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }) {
            return parts.joined(separator: " ")
        }
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") } && $0.first!.isNumber })
        else { return nil }
        return "\(parts[0]) to \(parts[1])"
    }

    static let units: [String: (singular: String, plural: String)] = [
        "km": ("kilometer", "kilometers"), "cm": ("centimeter", "centimeters"), "mm": ("millimeter", "millimeters"),
        "kg": ("kilogram", "kilograms"), "g": ("gram", "grams"), "mg": ("milligram", "milligrams"),
        "km/h": ("kilometer per hour", "kilometers per hour"), "mph": ("mile per hour", "miles per hour"),
        "kw": ("kilowatt", "kilowatts"), "mw": ("megawatt", "megawatts"), "gw": ("gigawatt", "gigawatts"),
        "kwh": ("kilowatt hour", "kilowatt hours"), "ml": ("milliliter", "milliliters"), "ft": ("foot", "feet"),
        "lb": ("pound", "pounds"), "lbs": ("pounds", "pounds"), "°c": ("degree Celsius", "degrees Celsius"),
        "°f": ("degree Fahrenheit", "degrees Fahrenheit"), "bn": ("billion", "billion"), "tn": ("trillion", "trillion"),
        "gb": ("gigabyte", "gigabytes"), "tb": ("terabyte", "terabytes"), "mb": ("megabyte", "megabytes"),
        "gbps": ("gigabit per second", "gigabits per second"), "mbps": ("megabit per second", "megabits per second"),
        "w": ("watt", "watts"), "mah": ("milliamp hour", "milliamp hours"), "ghz": ("gigahertz", "gigahertz"),
        "mhz": ("megahertz", "megahertz"), "khz": ("kilohertz", "kilohertz"), "hz": ("hertz", "hertz"),
        "mp": ("megapixel", "megapixels"), "in": ("inch", "inches"), "″": ("inch", "inches"), "′": ("foot", "feet"),
        "oz": ("ounce", "ounces"), "v": ("volt", "volts"),
    ]

    /// A whole amount or measure with its unit in the singular, as it is said before what it
    /// describes: "65W" -> "65 watt", "$5" -> "5 dollar", "€30m" -> "30 million euro"; nil for
    /// anything else (a price with cents is said in full).
    static func describingAmount(_ core: String) -> String? {
        let number = numberPrefix(core)
        let unit = String(core.dropFirst(number.count))
        if isNumber(number), unit != "G", let words = stuckUnit(unit, after: number) {  // "4G": a network
            return "\(number) \(words.singular)"
        }
        if let range = measureRange(core, describing: true) { return range }
        for (prefix, name) in symbols where core.hasPrefix(prefix) {
            let rest = String(core.dropFirst(prefix.count))
            guard let said = amount(rest, currency: name), said.hasSuffix(" " + name), !said.contains(" and ") else { return nil }
            return said.dropLast(name.count) + singular(name)
        }
        return nil
    }

    /// "20-30cm" -> "20 to 30 centimeters", "60-80mins" -> "60 to 80 minutes", "5cm–8cm": a range
    /// with its unit stuck to the second end, or to both (eSpeak read "20 dash 30 C M"); before
    /// what it describes the unit is singular ("a 16-50mm lens": "16 to 50 millimeter").
    static func measureRange(_ core: String, describing: Bool = false) -> String? {
        guard let (rawLow, high) = rangeEnds(core) else { return nil }
        let number = numberPrefix(high)
        let unit = String(high.dropFirst(number.count))
        guard isNumber(number), !unit.isEmpty, unit != "G", let words = stuckUnit(unit, after: number) else { return nil }
        let low = rawLow.hasSuffix(unit) ? String(rawLow.dropLast(unit.count)) : rawLow
        guard isNumber(low) else { return nil }
        return "\(low) to \(number) \(describing ? words.singular : words.plural)"
    }

    /// "-5°C" -> "minus 5 degrees Celsius" (eSpeak says "minus" for "-5" alone).
    static func negativeMeasure(_ core: String) -> String? {
        guard core.hasPrefix("-") || core.hasPrefix("−"), let measured = measure(String(core.dropFirst())) else { return nil }
        return "minus " + measured
    }

    static let weekdays: [String: String] = {
        let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        var table: [String: String] = [:]
        for name in names {
            table[name.lowercased()] = name
            table[String(name.prefix(3)).lowercased()] = name
        }
        table["tues"] = "Tuesday"; table["thur"] = "Thursday"; table["thurs"] = "Thursday"
        return table
    }()

    /// "5km", "3.5kg", "20°C", "1.2bn": a number with a unit stuck to it.
    static func measure(_ core: String) -> String? {
        let number = numberPrefix(core)
        guard let first = number.first, first.isNumber, number.count < core.count else { return nil }
        let unit = String(core.dropFirst(number.count))
        // "5G", "4G": a network generation, not grams.
        if unit == "G" { return "\(number) G" }
        guard let words = stuckUnit(unit, after: number) else { return nil }
        return "\(number) \(number == "1" ? words.singular : words.plural)"
    }

    /// The words for a unit stuck to its number ("km", "GB/s", "mins" in "25mins"). A "V" is
    /// volts after one or two digits ("48V", "5.1V"), three that are a round ten ("230V") or
    /// more that are a round hundred ("1500V", "300,000V"); after other numbers it ends a
    /// model's or a course's number ("Core Ultra 7 258V", "ACCT 5350V").
    static func stuckUnit(_ unit: String, after number: String = "") -> (singular: String, plural: String)? {
        if unit.lowercased() == "v" {
            let whole = number.prefix { $0 != "." }.filter { $0 != "," }
            if whole.count == 3 && !whole.hasSuffix("0") || whole.count > 3 && !whole.hasSuffix("00") { return nil }
        }
        return casedUnits[unit] ?? units[unit.lowercased()] ?? timeUnits[unit]
    }

    /// "5'8\"", "6′2″", "5’11”": a height in feet and inches, said "5 foot 8" (eSpeak: "five,
    /// eight"); what follows the inch mark is kept.
    static func feetAndInches(_ text: String) -> String? {
        let chars = Array(text)
        guard chars.count >= 4, chars[0].isASCIIDigit, chars[0] != "0", "'’′".contains(chars[1]) else { return nil }
        let inches = chars[2...].prefix(while: \.isASCIIDigit)
        guard (1...2).contains(inches.count), let count = Int(String(inches)), count < 12 else { return nil }
        var rest = chars[(2 + inches.count)...]
        if rest.starts(with: ["'", "'"]) { rest = rest.dropFirst(2) } else if let mark = rest.first, "\"”″".contains(mark) {
            rest = rest.dropFirst()
        } else { return nil }
        guard rest.allSatisfy({ TokenMarks.sentence.contains($0) }) else { return nil }
        return "\(chars[0]) foot \(count)" + String(rest)
    }
}
