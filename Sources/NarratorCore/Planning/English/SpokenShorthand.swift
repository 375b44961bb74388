/// Numbers in a newsroom's shorthand, which eSpeak NG reads letter by letter or with a pause
/// inside: odds ("1-in-5" "1 in 5"; eSpeak: "one-in, five"), an earthquake's magnitude ("M6.2"
/// "magnitude 6.2"; eSpeak: "M six point two"), a version ("v2.3.1" "version 2.3.1"), "No.11",
/// a youth side's age ("U-20" "under 20"), a unit joined to its number by a hyphen ("a 10-yr
/// sentence" "a 10 year sentence"; eSpeak: "ten-er"), metres before what they measure ("1.85m
/// tall"; "M" after a number may as well be millions), degrees written "30C" in a sentence
/// about the weather or an oven, and cents written "5c" in one about prices. Part of
/// `SpokenAmounts`.
extension SpokenAmounts {
    /// Shorthand read with the words around it, appended to `words` (the sentence's words said
    /// so far): degrees in a sentence about the weather or an oven ("highs of 30C"), cents in
    /// one about prices ("shares rose 5c"), a magnitude and the article before it ("an M4.8
    /// tremor" "a magnitude 4.8 tremor"), hours and minutes ("2h 15m"). Returns how many tokens
    /// it read, or nil.
    static func shorthand(_ tokens: [Substring], at index: Int, in text: String, after words: inout [String]) -> Int? {
        // Asked of every word; each of these readings holds a figure.
        guard tokens[index].contains(where: \.isASCIIDigit) else { return nil }
        let token = String(tokens[index])
        if let said = quotedInches(token, before: index + 1 < tokens.count ? String(tokens[index + 1]) : nil, in: text) {
            words.append(said)
            return 1
        }
        if let (said, used) = pointsOrBits(tokens, at: index, in: text) {
            words.append(said)
            return used
        }
        if let (leading, core, trailing) = TokenMarks.unwrap(token) {
            if let said = degrees(core), speaksOfTemperature(text) {
                words.append(leading + said + trailing)
                return 1
            }
            if let said = cents(core), speaksOfMoney(text) {
                words.append(leading + said + trailing)
                return 1
            }
            if let said = bettingOdds(core), mentions(text, anyOf: bettingWords),
               index + 1 == tokens.count || tokens[index + 1] != "of" {
                words.append(leading + said + trailing)
                return 1
            }
            if let said = bloodPressure(core), speaksOfBloodPressure(text) {
                // "140/90 mmHg": the unit said once, after both figures.
                if trailing.isEmpty, index + 1 < tokens.count, let unit = separateUnit(String(tokens[index + 1]), after: "2") {
                    words.append(leading + said + " " + unit)
                    return 2
                }
                words.append(leading + said + trailing)
                return 1
            }
            if let said = magnitude(core) {
                if leading.isEmpty, let article = words.last, ["an", "An"].contains(article) {
                    words[words.count - 1] = String(article.prefix(1))
                }
                words.append(leading + said + trailing)
                return 1
            }
        }
        if index + 1 < tokens.count, let said = hoursAndMinutes(token, String(tokens[index + 1])) {
            words.append(said)
            return 2
        }
        return nil
    }

    /// Odds, a version, a unit joined by a hyphen, "No.11" or "U-20", read from the token alone
    /// (`metres` needs the word after it, and is asked apart).
    static func shorthand(_ core: String) -> String? {
        odds(core) ?? version(core) ?? hyphenedUnit(core) ?? numbered(core) ?? underAge(core)
    }

    /// "U-20", "U21": a youth side's age limit, "under 20" (eSpeak: "U, twenty"); ages of ten to
    /// twenty-three, so that "U-235" and "U2" stay.
    static func underAge(_ core: String) -> String? {
        guard core.hasPrefix("U") else { return nil }
        let age = core.dropFirst(core.hasPrefix("U-") ? 2 : 1)
        guard age.count == 2, age.allSatisfy(\.isASCIIDigit), let value = Int(age), (10...23).contains(value) else { return nil }
        return "under \(value)"
    }

    /// "No.11", "No.1": "number" glued to its figure (eSpeak: "no dot one one").
    static func numbered(_ core: String) -> String? {
        guard core.hasPrefix("No.") || core.hasPrefix("NO."), core.count > 3,
              core.dropFirst(3).allSatisfy(\.isASCIIDigit) else { return nil }
        return "number " + core.dropFirst(3)
    }

    /// "30C", "-5C", "95F" in a sentence about the weather or an oven: degrees (elsewhere a
    /// letter after a number names a flat, a seat or a model: "flat 4C", "the 12C model").
    static func degrees(_ core: String) -> String? {
        guard let scale = core.last, scale == "C" || scale == "F" else { return nil }
        var number = String(core.dropLast())
        let negative = number.hasPrefix("-") || number.hasPrefix("−")
        if negative { number.removeFirst() }
        guard isNumber(number), number.prefix(while: \.isNumber).count <= 3 else { return nil }
        return (negative ? "minus " : "") + number + (number == "1" ? " degree " : " degrees ") + (scale == "C" ? "Celsius" : "Fahrenheit")
    }

    /// "5c", "78c" in a sentence about prices: cents (elsewhere a name: "the 21c Hotel", "the
    /// Superlight 2c").
    static func cents(_ core: String) -> String? {
        guard core.hasSuffix("c"), (2...3).contains(core.count), core.dropLast().allSatisfy(\.isASCIIDigit) else { return nil }
        return core.dropLast() + (core == "1c" ? " cent" : " cents")
    }

    /// Whether a sentence speaks of prices, where "5c" is an amount.
    static func speaksOfMoney(_ text: String) -> Bool {
        text.contains("$") || mentions(text, anyOf: moneyWords)
    }

    static let moneyWords: Set<String> = [
        "price", "prices", "priced", "cost", "costs", "pay", "paid", "pays", "fee", "fees", "fare", "fares",
        "cents", "cent", "dollar", "dollars", "shares", "stock", "stocks", "each", "cheaper", "dearer", "charge", "charges",
    ]

    /// Whether a sentence speaks of the weather or of cooking, where "30C" is a temperature.
    static func speaksOfTemperature(_ text: String) -> Bool {
        mentions(text, anyOf: temperatureWords)
    }

    /// '6.1" display', '55" TV': inches written with a straight double quote, as shops and spec
    /// sheets write them (eSpeak says nothing for it), when the sentence's other straight quotes
    /// pair up: a quotation that closes after a figure ('"the score was 5"') has an opening mark
    /// left over. In the singular before what it describes.
    static func quotedInches(_ token: String, before next: String?, in text: String) -> String? {
        let leading = token.prefix { $0 == "(" }
        let rest = token.dropFirst(leading.count)
        guard let quote = rest.firstIndex(of: "\""), isNumber(String(rest[..<quote])) else { return nil }
        let number = String(rest[..<quote])
        let trailing = rest[rest.index(after: quote)...]
        guard trailing.allSatisfy({ TokenMarks.sentence.contains($0) }), quotesPairWithoutFigures(text) else { return nil }
        let word = next.map { TokenMarks.split($0).core } ?? ""
        // A letter alone labels a side ('3.87" W x 2.25" H').
        let describes = trailing.isEmpty && word.count > 1 && word.first?.isLetter == true && !notDescribed.contains(word)
            && !notNouns.contains(word) && !dimensions.contains(word.lowercased())
        return String(leading) + number + " " + (describes || number == "1" ? "inch" : "inches") + trailing
    }

    /// Whether the straight double quotes of `text` that open a word (at its start, after a space
    /// or a bracket) are as many as those that close one other than after a figure.
    static func quotesPairWithoutFigures(_ text: String) -> Bool {
        var (opening, closing, previous) = (0, 0, UInt8(0x20))
        for byte in text.utf8 {
            if byte == 0x22 {
                if previous == 0x20 || previous == 0x28 || previous == 0x5B { opening += 1 } else if !ByteText.isDigit(previous) { closing += 1 }
            }
            previous = byte
        }
        return opening == closing
    }

    /// "25bps", "50 bp": basis points in a sentence about rates, yields or bonds; elsewhere "bps"
    /// is bits per second ("9600 bps"; eSpeak: "B P S") and "bp" is left. Returns the words and
    /// how many tokens they read (the number alone or with its unit).
    static func pointsOrBits(_ tokens: [Substring], at index: Int, in text: String) -> (String, Int)? {
        guard let (leading, core, trailing) = TokenMarks.unwrap(String(tokens[index])) else { return nil }
        var (number, unit, closing, used) = (numberPrefix(core), "", trailing, 1)
        if number.count < core.count {
            unit = String(core.dropFirst(number.count))
        } else if trailing.isEmpty, index + 1 < tokens.count {
            (unit, closing) = TokenMarks.split(String(tokens[index + 1]), closing: TokenMarks.sentence)
            used = 2
        }
        guard unit == "bp" || unit == "bps", isNumber(number) else { return nil }
        if mentions(text, anyOf: rateWords) { return (leading + number + (number == "1" ? " basis point" : " basis points") + closing, used) }
        return unit == "bps" ? (leading + number + " bits per second" + closing, used) : nil
    }

    static let rateWords: Set<String> = [
        "rate", "rates", "yield", "yields", "spread", "spreads", "bond", "bonds", "treasury", "treasuries", "fed",
        "ecb", "interest", "inflation", "hike", "hikes", "cut", "cuts", "basis", "margin", "margins", "coupon",
        "mortgage", "mortgages", "lending", "borrowing", "benchmark", "central",
    ]

    /// "5/1", "7/2", "100/30": a bookmaker's odds, "5 to 1" (eSpeak: "5 slash 1"), in a sentence
    /// about betting; before "of" a fraction ("1/5 of the budget" is a fifth).
    static func bettingOdds(_ core: String) -> String? {
        let parts = core.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...3).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
              let against = Int(parts[0]), let on = Int(parts[1]), against >= 1, on >= 1 else { return nil }
        return "\(against) to \(on)"
    }

    static let bettingWords: Set<String> = ["odds", "bookmakers", "bookies", "bookmaker", "bet", "bets", "betting",
                                            "favourite", "favorite", "outsider", "punters", "wager"]

    /// "140/90", "120/80": a blood pressure, the higher figure over the lower ("140 over 90";
    /// eSpeak: "140 slash 90"), in a sentence that speaks of one.
    static func bloodPressure(_ core: String) -> String? {
        let parts = core.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (2...3).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
              let high = Int(parts[0]), let low = Int(parts[1]), (70...260).contains(high), (40...160).contains(low), high > low
        else { return nil }
        return "\(high) over \(low)"
    }

    /// Whether a sentence speaks of blood pressure ("BP", "systolic", "hypertension").
    static func speaksOfBloodPressure(_ text: String) -> Bool {
        text.contains("BP") || text.contains("mmHg") || mentions(text, anyOf: pressureWords)
    }

    static let pressureWords: Set<String> = ["blood", "systolic", "diastolic", "hypertension", "hypertensive"]

    /// Whether any word of `text`, in lower case, is one of `words`.
    private static func mentions(_ text: String, anyOf words: Set<String>) -> Bool {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { words.contains(String($0)) }
    }

    static let temperatureWords: Set<String> = [
        "temperature", "temperatures", "degrees", "heat", "heatwave", "hot", "hotter", "warm", "warmer", "cold", "colder",
        "cool", "cooler", "chilly", "freezing", "frost", "weather", "forecast", "forecasters", "highs", "lows",
        "thermometer", "oven", "bake", "roast", "preheat", "preheated",
    ]

    /// "1-in-5", "1-in-100-year": the odds, and the word joined after them.
    static func odds(_ core: String) -> String? {
        guard core.first?.isASCIIDigit == true else { return nil }
        let parts = core.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[1] == "in", isNumber(String(parts[0])), isNumber(String(parts[2])),
              parts.dropFirst(3).allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }) else { return nil }
        return parts.joined(separator: " ")
    }

    /// "M6.2", "M4.8": a magnitude, a capital M before a number with one decimal (a motorway
    /// or a model has none: "the M6", "M2").
    static func magnitude(_ core: String) -> String? {
        guard core.hasPrefix("M"), let number = Double(core.dropFirst()), number < 10,
              core.dropFirst().count == 3, core.dropFirst(2).first == "." else { return nil }
        return "magnitude " + core.dropFirst()
    }

    /// "v2.3.1", "v17.0.2", "v2": a version, "v" in lower case before its number.
    static func version(_ core: String) -> String? {
        guard core.hasPrefix("v"), core.count > 1, core.dropFirst().first?.isASCIIDigit == true,
              core.dropFirst().allSatisfy({ $0.isASCIIDigit || $0 == "." }), core.last!.isASCIIDigit else { return nil }
        return "version " + core.dropFirst()
    }

    /// "1.85m tall", "3m away": metres before a word that says what they measure.
    static func metres(_ core: String, before next: String) -> String? {
        guard core.hasSuffix("m"), dimensions.contains(TokenMarks.split(next).core.lowercased()) else { return nil }
        return inMetres(core)
    }

    /// "1.85m", "100m": a number and "m", in metres (`letterUnits`' words), where the words
    /// around it say "m" is no million (`metres`; a relay's "4x100m" in `SpokenSymbols.times`).
    static func inMetres(_ core: String) -> String? {
        let number = String(core.dropLast())
        guard core.hasSuffix("m"), isNumber(number), let words = letterUnits["m"] else { return nil }
        return number + " " + (number == "1" ? words.singular : words.plural)
    }

    /// Words that say what a length measures, after it.
    static let dimensions: Set<String> = [
        "tall", "high", "long", "wide", "deep", "thick", "away", "across", "apart", "below", "above",
        "underground", "underwater", "offshore", "inland", "downstream", "upstream", "overhead",
    ]

    /// "10-yr", "30-min", "5-km", "10-yr-old": a number joined to a unit written short, which
    /// describes what follows (its unit singular), and any words joined after it.
    static func hyphenedUnit(_ core: String) -> String? {
        guard core.first?.isASCIIDigit == true, core.contains("-") else { return nil }
        let parts = core.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, isNumber(parts[0]), parts.dropFirst(2).allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }),
              let words = timeUnits[parts[1]] ?? separateUnits[parts[1].lowercased()] ?? casedUnits[parts[1]]
                ?? (parts[1] == "pt" || parts[1] == "pts" ? ("point", "points") : nil) else { return nil }
        return ([parts[0], words.singular] + parts.dropFirst(2)).joined(separator: " ")
    }
}
