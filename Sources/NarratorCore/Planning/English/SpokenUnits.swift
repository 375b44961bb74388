/// The units a number is measured in, said as words ("5km" -> "5 kilometers", "8 oz" -> "8
/// ounces", "800 sq ft" -> "800 square feet", "76 in." -> "76 inches", "300 hp" -> "300
/// horsepower"), and the tables they are read from; part of `SpokenAmounts`, which applies them
/// word by word.
extension SpokenAmounts {
    /// Units read when written apart from their number: those of `units` that cannot be read
    /// as a word or a letter on their own ("bn", "in" stay as written; "g" is a letter unit in
    /// lower case only), and units usually written apart.
    static let separateUnits: [String: (singular: String, plural: String)] = units
        .filter { ["lb", "lbs", "km/h", "mph", "km", "kg", "mg", "ml", "cm", "mm", "kwh", "kw", "mw", "gw", "tw", "ft", "°c", "°f",
                   "kbps", "mbps", "gbps", "tbps", "gbit/s", "mbit/s", "kbit/s", "tbit/s", "pct", "gal", "gals", "mpg", "fps", "ppm", "ppb", "bpm", "mah", "mwh", "gwh",
                   "twh"].contains($0.key) }
        .merging([
            "tsp": ("teaspoon", "teaspoons"), "tbsp": ("tablespoon", "tablespoons"), "oz": ("ounce", "ounces"),
            "fl oz": ("fluid ounce", "fluid ounces"), "hz": ("hertz", "hertz"), "khz": ("kilohertz", "kilohertz"),
            "mhz": ("megahertz", "megahertz"), "ghz": ("gigahertz", "gigahertz"), "gb": ("gigabyte", "gigabytes"),
            "tb": ("terabyte", "terabytes"), "mb": ("megabyte", "megabytes"), "yd": ("yard", "yards"),
            "yds": ("yards", "yards"), "sqft": ("square foot", "square feet"), "pts": ("points", "points"),
            "nmi": ("nautical mile", "nautical miles"), "ha": ("hectare", "hectares"), "lb-ft": ("pound-foot", "pound-feet"),
        ]) { shared, _ in shared }
        .merging(microUnits) { shared, _ in shared }

    /// Units of a millionth, written with the micro sign or the Greek mu ("15 µg", "7 μm", "40
    /// µs"; eSpeak: "micro G", "micro S").
    static let microUnits: [String: (singular: String, plural: String)] = ["µ", "μ"].reduce(into: [:]) { table, micro in
        table[micro + "g"] = ("microgram", "micrograms")
        table[micro + "m"] = ("micrometer", "micrometers")
        table[micro + "s"] = ("microsecond", "microseconds")
        table[micro + "l"] = ("microliter", "microliters")
    }

    /// Spans of time written short, in lower case only ("5 HR" is a heart rate; eSpeak reads
    /// "30 sec" "thirty sek", "1 hr" "one H R", "5 yrs" "five er", "3 wks" "three W K S", "6 mos"
    /// "six moss").
    static let timeUnits: [String: (singular: String, plural: String)] = [
        "sec": ("second", "seconds"), "secs": ("seconds", "seconds"), "min": ("minute", "minutes"),
        "mins": ("minutes", "minutes"), "hr": ("hour", "hours"), "hrs": ("hours", "hours"),
        "wk": ("week", "weeks"), "wks": ("weeks", "weeks"), "mo": ("month", "months"), "mos": ("months", "months"),
        "mth": ("month", "months"), "mths": ("months", "months"),
        "yr": ("year", "years"), "yrs": ("years", "years"),
    ]

    /// Words after which a span of time written short is one ("per yr", "a yr earlier", "last
    /// wk.", "every hr.", "its first wk.", "the past hr.").
    static let spansAfter: Set<String> = [
        "per", "a", "an", "last", "next", "this", "each", "every", "first", "second", "third", "fourth", "fifth",
        "final", "past", "previous", "following", "coming", "opening", "same",
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
    /// eSpeak: "S Q F T"): "square" and the unit's words; of volume written "cu" ("2 cu. ft.",
    /// "4.5 cu ft"; eSpeak: "cue, F T"), `power` "cubic".
    static func squareUnit(_ unit: String, after number: String, power: String = "square") -> String? {
        let (core, trailing) = TokenMarks.split(unit, closing: TokenMarks.sentence)
        guard let words = lengthWords[core.lowercased()] ?? lengthUnit(core) else { return nil }
        return power + " " + (number == "1" ? words.singular : words.plural) + TokenMarks.withoutAbbreviationPeriod(trailing)
    }

    /// The word a unit of length is raised by, written short before it ("sq", "cu").
    static let powerWords: [String: String] = ["sq": "square", "cu": "cubic"]

    /// Units of length written short that "sq" may square; their words are those of the unit
    /// tables ("m" and "mi" in lower case only, as `letterUnits` has them).
    static let shortLengths: Set<String> = ["km", "cm", "mm", "ft", "yd", "yds", "in", "m", "mi"]

    /// The words of a unit of length written short (`shortLengths`), from the unit tables.
    static func lengthUnit(_ core: String) -> (singular: String, plural: String)? {
        let lower = core.lowercased()
        return shortLengths.contains(lower) ? separateUnits[lower] ?? letterUnits[core] ?? units[lower] : nil
    }

    /// Units of length written out that "sq" may square.
    private static let lengthWords: [String: (singular: String, plural: String)] = [
        "feet": ("foot", "feet"), "foot": ("foot", "feet"), "meters": ("meter", "meters"), "metres": ("metre", "metres"),
        "miles": ("mile", "miles"), "yards": ("yard", "yards"), "inches": ("inch", "inches"),
    ]

    /// Units read only as written, stuck to their number or apart ("9ms", "75 dB", "500Wh",
    /// "200 px", "5 GB/s", "9.8 m/s²", "100mW", "300 hp", "40 kph", "50 m²"; "10 MS Office" is
    /// not a time, "EPYC 4584PX" is a model, "Gb/s" is bits, "100MW" megawatts, "2 HP laptops"
    /// a brand); looked up before the units read in any case.
    static let casedUnits: [String: (singular: String, plural: String)] = [
        "ms": ("millisecond", "milliseconds"), "dB": ("decibel", "decibels"), "db": ("decibel", "decibels"),
        "Wh": ("watt hour", "watt hours"), "px": ("pixel", "pixels"), "mW": ("milliwatt", "milliwatts"),
        "GB/s": ("gigabyte per second", "gigabytes per second"), "MB/s": ("megabyte per second", "megabytes per second"),
        "Gb/s": ("gigabit per second", "gigabits per second"), "Mb/s": ("megabit per second", "megabits per second"),
        "m/s": ("meter per second", "meters per second"), "km/s": ("kilometer per second", "kilometers per second"),
        "m/s²": ("meter per second squared", "meters per second squared"), "kV": ("kilovolt", "kilovolts"),
        "mV": ("millivolt", "millivolts"), "hp": ("horsepower", "horsepower"), "bhp": ("brake horsepower", "brake horsepower"),
        "kph": ("kilometer per hour", "kilometers per hour"), "mmHg": ("millimeter of mercury", "millimeters of mercury"),
        "Nm": ("newton meter", "newton meters"), "nm": ("nanometer", "nanometers"),
        "Gt": ("gigatonne", "gigatonnes"), "Mt": ("megatonne", "megatonnes"),
    ].merging(powersOfLength) { listed, _ in listed }.merging(rooms) { listed, _ in listed }

    /// A home's rooms as listings write them ("3BR", "2 BA", "3 bd", "2.5 ba", "4 bdrm"; eSpeak:
    /// "B R", "bah"): in capitals or in lower case only ("a BA" is a degree, with no number).
    static let rooms: [String: (singular: String, plural: String)] = [
        "BR": ("bedroom", "bedrooms"), "bd": ("bedroom", "bedrooms"), "bdrm": ("bedroom", "bedrooms"),
        "bdrms": ("bedrooms", "bedrooms"), "BA": ("bath", "baths"), "ba": ("bath", "baths"),
    ]

    /// "3BR/2BA", "4bd/3ba": a home's bedrooms and baths in one word, "3 bedrooms, 2 baths", or
    /// "3 bedroom, 2 bath" before what they describe (eSpeak: "three B R two B A").
    static func bedsAndBaths(_ core: String, describing: Bool) -> String? {
        guard core.utf8.contains(0x2F) else { return nil }
        let sides = core.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard sides.count == 2 else { return nil }
        let said = sides.compactMap { side -> String? in
            let number = numberPrefix(side)
            guard !number.isEmpty, isNumber(number), let words = rooms[String(side.dropFirst(number.count))] else { return nil }
            return number + " " + (describing || number == "1" ? words.singular : words.plural)
        }
        return said.count == 2 ? said.joined(separator: ", ") : nil
    }

    /// Areas and volumes written with a superscript ("50 m²", "100 ft²", "3 m³"; eSpeak: "M
    /// two"): "square" or "cubic" and a unit of length (`lengthUnit`), not one written as a
    /// plural ("yds").
    static let powersOfLength: [String: (singular: String, plural: String)] = shortLengths.reduce(into: [:]) { powers, short in
        guard let words = lengthUnit(short), words.singular != words.plural else { return }
        powers[short + "²"] = ("square " + words.singular, "square " + words.plural)
        powers[short + "³"] = ("cubic " + words.singular, "cubic " + words.plural)
    }

    /// Letters that are units only after a number and only in lower case ("30 m wide", "300 l",
    /// "5 t", "40 mi", "250 g flour"; "5 M" may be millions, "I-94 MI" is Michigan, "mi" alone
    /// Spanish, "5 G" a network).
    static let letterUnits: [String: (singular: String, plural: String)] = [
        "m": ("meter", "meters"), "l": ("liter", "liters"), "t": ("tonne", "tonnes"), "mi": ("mile", "miles"),
        "g": ("gram", "grams"),
    ]

    /// The unit token after a number, in words ("oz." -> "ounces"), keeping what follows it.
    /// (A period still on the unit here ends the sentence: the one after an abbreviation inside
    /// a sentence was dropped before, unless a comma, colon or semicolon follows it: "lbs.,"
    /// is "pounds,", where "pounds.," made eSpeak NG stop twice.)
    static func separateUnit(_ token: String, after number: String) -> String? {
        let (core, trailing) = TokenMarks.split(token, closing: TokenMarks.sentence)
        guard let words = casedUnits[core] ?? separateUnits[core.lowercased()] ?? letterUnits[core] ?? timeUnits[core] ?? perUnit(core)
        else { return nil }
        return (number == "1" ? words.singular : words.plural) + TokenMarks.withoutPeriodBeforeComma(trailing)
    }

    /// "12 nm off the coast", "40 nm from the port": nautical miles, as ships and aircraft count
    /// the distance to a place; elsewhere "nm" is nanometers ("light at 650 nm").
    static func nauticalMiles(_ token: String, before next: String?, after number: String) -> String? {
        guard token == "nm", let next, distanceFrom.contains(TokenMarks.split(next).core.lowercased()) else { return nil }
        return number == "1" ? "nautical mile" : "nautical miles"
    }

    /// Words after a distance that say where it is counted from.
    static let distanceFrom: Set<String> = [
        "off", "offshore", "from", "away", "out", "beyond", "past",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    ]

    /// "0.4pc", "3pc": a percentage written short, as British papers do (eSpeak: "P C"). A
    /// whole number before "pc" counts pieces ("a 5pc place setting") unless a clause ends with
    /// it or a preposition follows ("rose 3pc in May"); a fraction is never a count of pieces.
    static func percentWrittenShort(_ core: String, before next: String, closed: Bool) -> String? {
        guard core.hasSuffix("pc") else { return nil }
        let number = String(core.dropLast(2))
        guard isNumber(number) else { return nil }
        let following = TokenMarks.split(next)
        guard number.contains(".") || closed || next.isEmpty || following.core.isEmpty
                || percentFollowers.contains(following.core.lowercased()) else { return nil }
        return number + " percent"
    }

    /// Words that follow a percentage and not a count of pieces.
    private static let percentFollowers: Set<String> = [
        "in", "on", "to", "from", "after", "since", "over", "against", "last", "this", "year", "and", "or",
        "than", "while", "compared", "higher", "lower", "more", "less", "of", "for", "a", "an", "the", "between",
    ]

    static let units: [String: (singular: String, plural: String)] = [
        "km": ("kilometer", "kilometers"), "cm": ("centimeter", "centimeters"), "mm": ("millimeter", "millimeters"),
        "kg": ("kilogram", "kilograms"), "g": ("gram", "grams"), "mg": ("milligram", "milligrams"),
        "km/h": ("kilometer per hour", "kilometers per hour"), "mph": ("mile per hour", "miles per hour"),
        "kw": ("kilowatt", "kilowatts"), "mw": ("megawatt", "megawatts"), "gw": ("gigawatt", "gigawatts"),
        "tw": ("terawatt", "terawatts"), "kwh": ("kilowatt hour", "kilowatt hours"), "ml": ("milliliter", "milliliters"), "ft": ("foot", "feet"),
        "lb": ("pound", "pounds"), "lbs": ("pounds", "pounds"), "°c": ("degree Celsius", "degrees Celsius"),
        "°f": ("degree Fahrenheit", "degrees Fahrenheit"), "bn": ("billion", "billion"), "tn": ("trillion", "trillion"),
        "gb": ("gigabyte", "gigabytes"), "tb": ("terabyte", "terabytes"), "mb": ("megabyte", "megabytes"),
        "gbps": ("gigabit per second", "gigabits per second"), "mbps": ("megabit per second", "megabits per second"),
        "kbps": ("kilobit per second", "kilobits per second"), "tbps": ("terabit per second", "terabits per second"),
        "gbit/s": ("gigabit per second", "gigabits per second"), "mbit/s": ("megabit per second", "megabits per second"),
        "kbit/s": ("kilobit per second", "kilobits per second"), "tbit/s": ("terabit per second", "terabits per second"),
        // A latitude or a longitude ("12°N", "61.5°W").
        "°n": ("degree north", "degrees north"), "°s": ("degree south", "degrees south"),
        "°e": ("degree east", "degrees east"), "°w": ("degree west", "degrees west"),
        "w": ("watt", "watts"), "mah": ("milliamp hour", "milliamp hours"), "ghz": ("gigahertz", "gigahertz"),
        "mhz": ("megahertz", "megahertz"), "khz": ("kilohertz", "kilohertz"), "hz": ("hertz", "hertz"),
        "mp": ("megapixel", "megapixels"), "in": ("inch", "inches"), "″": ("inch", "inches"), "′": ("foot", "feet"),
        "oz": ("ounce", "ounces"), "v": ("volt", "volts"), "pct": ("percent", "percent"), "bbl": ("barrel", "barrels"),
        "gal": ("gallon", "gallons"), "gals": ("gallons", "gallons"),
        // Said in the plural before what they describe too ("a 30fps lock": "a 30 frames per second lock").
        "mpg": ("miles per gallon", "miles per gallon"), "fps": ("frames per second", "frames per second"),
        "ppm": ("parts per million", "parts per million"), "ppb": ("parts per billion", "parts per billion"),
        "bpm": ("beats per minute", "beats per minute"), "mwh": ("megawatt hour", "megawatt hours"),
        "gwh": ("gigawatt hour", "gigawatt hours"), "twh": ("terawatt hour", "terawatt hours"),
        "dl": ("deciliter", "deciliters"), "mmol": ("millimole", "millimoles"), "mcg": ("microgram", "micrograms"),
    ].merging(microUnits) { listed, _ in listed }

    /// The words for a unit stuck to its number ("km", "GB/s", "mins" in "25mins", "s" after a
    /// fraction: "3.1s"). A "V" is
    /// volts after one or two digits ("48V", "5.1V"), three that are a round ten ("230V") or
    /// more that are a round hundred ("1500V", "300,000V"); after other numbers it ends a
    /// model's or a course's number ("Core Ultra 7 258V", "ACCT 5350V").
    static func stuckUnit(_ unit: String, after number: String = "") -> (singular: String, plural: String)? {
        // "3.1s", "0.04s": seconds after a fraction ("the 1990s", "in their 20s" are plurals).
        if unit == "s" { return number.contains(".") ? ("second", "seconds") : nil }
        if unit.lowercased() == "v" {
            let whole = number.prefix { $0 != "." }.filter { $0 != "," }
            if whole.count == 3 && !whole.hasSuffix("0") || whole.count > 3 && !whole.hasSuffix("00") { return nil }
        }
        return casedUnits[unit] ?? units[unit.lowercased()] ?? timeUnits[unit] ?? perUnit(unit)
    }

    /// Two units joined by a slash, the second a unit of the first's ("5 mg/kg", "140 mg/dL",
    /// "120 g/km", "25 µg/m³"): "milligrams per kilogram" (eSpeak: "M G slash K G"). Not a
    /// letter alone ("3.0 m/kWh" is miles on an electric car's dial).
    static func perUnit(_ unit: String) -> (singular: String, plural: String)? {
        let sides = unit.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard sides.count == 2, let first = stuckUnit(sides[0]), let second = stuckUnit(sides[1]) else { return nil }
        return (first.singular + " per " + second.singular, first.plural + " per " + second.singular)
    }
}
