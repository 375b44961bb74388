/// Shorthand that only the rest of its sentence reads: degrees written "30C" in a sentence about
/// the weather or an oven, cents written "5c" in one about prices, a blood pressure ("140/90")
/// in one about blood pressure, a bookmaker's odds ("5/1") in one about betting, watts ("400 W")
/// in one about electric power, basis points ("25bps") in one about rates (bits per second
/// elsewhere), and inches written with a straight quote ('6.1"') where the sentence's other
/// quotes pair up. Asked by `SpokenAmounts.shorthand(_:at:in:after:)`.
extension SpokenAmounts {
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

    /// "45p", "95p" in a sentence about prices or in pounds: pence (eSpeak: "forty-five P");
    /// under a pound only ("1080p" is a picture's lines), but for a share's price in a sentence
    /// about shares ("rose 6p to 296p", "closed at 1,150p"); with tenths of a penny, as fuel is
    /// priced ("155.2p a litre"), anywhere.
    static func pence(_ core: String, in text: String) -> String? {
        guard core.hasSuffix("p"), core.count >= 2 else { return nil }
        let number = core.dropLast()
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        // A London share price in pence ("1,150p") may hold a thousands comma.
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCIIDigit || $0 == "," } }) else { return nil }
        if parts.count == 2 {
            guard parts[0].count <= 3, parts[1].count == 1, !number.contains(",") else { return nil }
        } else if number.count > 2 {
            // "rose 6p to 296p": a share's price in pence runs to four figures; a picture's lines
            // ("1080p") are no price.
            guard parts.count == 1, number.count <= 5, !pictureLines.contains(String(number)),
                  mentions(text, anyOf: shareWords) else { return nil }
        } else {
            guard parts.count == 1, !number.contains(","), text.contains("£") || speaksOfMoney(text) else { return nil }
        }
        return number + (core == "1p" ? " penny" : " pence")
    }

    /// Words of a sentence about share prices, which London quotes in pence.
    static let shareWords: Set<String> = ["shares", "share", "stock", "stocks"]

    /// A picture's lines, written with a "p" (progressive): "1080p".
    static let pictureLines: Set<String> = ["240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"]

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
    /// is bits per second ("9600 bps"; eSpeak: "B P S") and "bp" is left. `core` is the token's
    /// at `index` without its marks. Returns the words and how many tokens they read (the number
    /// alone or with its unit).
    static func pointsOrBits(_ leading: String, _ core: String, _ trailing: String, _ tokens: [Substring], at index: Int,
                             in text: String) -> (String, Int)? {
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

    /// Odds where the words around them quote a price, in a sentence with no word of betting: "is
    /// 3/1 to win", "are 1/5 to lift the cup"; a price higher than evens after "a" before "shot"
    /// or "pick" ("a 9/2 shot"; "a 1/2 shot of syrup" is a half); after "at" following a word of
    /// a race's result or start ("won at 5/1", "went off at 7/2", "came home at 12/1").
    static func quotesOdds(_ core: String, _ tokens: [Substring], at index: Int) -> Bool {
        let word = { (offset: Int) -> String in
            let at = index + offset
            return tokens.indices.contains(at) ? TokenMarks.split(String(tokens[at])).core.lowercased() : ""
        }
        if word(1) == "to", oddsOutcomes.contains(word(2)) { return true }
        if ["a", "an"].contains(word(-1)), ["shot", "pick"].contains(word(1)) {
            let parts = core.split(separator: "/")
            return parts.count == 2 && (Int(parts[0]) ?? 0) > (Int(parts[1]) ?? .max)
        }
        return word(-1) == "at" && raceResults.contains(word(-2))
    }

    /// Verbs after odds and "to": what the price is for.
    static let oddsOutcomes: Set<String> = ["win", "lift", "take", "beat", "claim", "retain", "land", "be", "finish",
                                            "score", "top", "qualify"]

    /// Words before "at" and a horse's or a runner's starting price.
    static let raceResults: Set<String> = ["won", "wins", "finished", "started", "starts", "home", "backed", "priced",
                                           "returned", "off"]

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

    /// "400 W", "15 W" in a sentence about electric power: watts (eSpeak: "double-u"); in the
    /// singular before what they describe ("a 400 W panel", "a powerful 1400 W heating
    /// element"). Elsewhere a capital W after a number may be a compass point or a road's
    /// direction ("from 270 W", "Route 9 W"). Returns the words.
    static func watts(_ number: String, unit token: String, after article: String?, before next: String?,
                      in text: String) -> String? {
        let (unit, trailing) = TokenMarks.split(token, closing: TokenMarks.sentence)
        guard unit == "W", isNumber(number), mentions(text, anyOf: electricWords) else { return nil }
        let word = next ?? ""
        let describes = trailing.isEmpty && word.first?.isLowercase == true && word.allSatisfy(\.isLetter)
            && !notDescribed.contains(word) && !notNouns.contains(word)
        let one = number == "1" || describes || ["a", "an"].contains(article?.lowercased() ?? "")
        return number + (one ? " watt" : " watts") + trailing
    }

    static let electricWords: Set<String> = [
        "power", "powered", "powerful", "watt", "watts", "wattage", "charger", "chargers", "charging", "charge", "draws",
        "draw", "consumes", "consumption", "output", "rated", "bulb", "bulbs", "motor", "panel", "panels", "solar",
        "inverter", "amplifier", "amp", "heater", "microwave", "adapter", "laser", "tdp", "electricity", "energy",
    ]

    /// Whether any word of `text`, in lower case, is one of `words`.
    static func mentions(_ text: String, anyOf words: Set<String>) -> Bool {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { words.contains(String($0)) }
    }

    static let temperatureWords: Set<String> = [
        "temperature", "temperatures", "degrees", "heat", "heatwave", "hot", "hotter", "warm", "warmer", "cold", "colder",
        "cool", "cooler", "chilly", "freezing", "frost", "weather", "forecast", "forecasters", "highs", "lows",
        "thermometer", "oven", "bake", "roast", "preheat", "preheated",
    ]
}
