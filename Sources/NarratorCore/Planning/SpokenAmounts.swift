import Foundation

/// Amounts, ranges and units written the way newspapers write them, turned into the words a
/// listener expects ("US$1.2bn" -> "1.2 billion US dollars", "10-15" -> "10 to 15",
/// "5km" -> "5 kilometers"; the American spellings, which eSpeak NG says the same in its British
/// voices and as Americans say them in its American ones), with dates and decades (`SpokenDates`). eSpeak NG reads the numbers
/// themselves; acronyms (AI, US, NASA; the lexicon spells out the ones it reads as words, like
/// WHO), ordinals, times, e-mail and web addresses are left to eSpeak, which reads them well.
enum SpokenAmounts {
    /// Rewrites every word of `text` that is an amount, range or measure.
    static func expand(_ text: String) -> String {
        var words: [String] = []
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false)
        var index = 0
        while index < tokens.count {
            let token = String(tokens[index])
            // "EUR 30", "USD 1.5bn": a currency code before the number.
            if let name = codes[token], index + 1 < tokens.count {
                let next = String(tokens[index + 1])
                let trailing = String(next.reversed().prefix { ".,;:!?)\"”’']".contains($0) }.reversed())
                if let amount = amount(String(next.dropLast(trailing.count)), currency: name) {
                    words.append(amount + trailing)
                    index += 2
                    continue
                }
            }
            // "8 oz", "1 tsp", "50 Hz": a unit written apart from its number.
            if index + 1 < tokens.count, isNumber(token), let unit = separateUnit(String(tokens[index + 1]), after: token) {
                words.append(token)
                words.append(unit)
                index += 2
                continue
            }
            // "1/2 cup" -> "half a cup", "1/2 of" -> "half of", "1/3 cup" -> "a third of a cup".
            if index + 1 < tokens.count, let said = fractionBeforeNoun(token, String(tokens[index + 1])) {
                words.append(said)
                index += 1
                continue
            }
            // "1 1/2 cups": a whole number and a fraction.
            if index + 1 < tokens.count, isNumber(token), token.allSatisfy(\.isNumber),
               let fraction = fraction(String(tokens[index + 1]), whole: true) {
                words.append("\(token) and \(fraction)")
                index += 2
                continue
            }
            // "9.8/10", "8/10" and "9.8 /10": a score ("9.8 out of 10"); "3/10 of" stays a fraction.
            let next = index + 1 < tokens.count ? String(tokens[index + 1]) : ""
            if next.lowercased() != "of", let said = score(token) {
                words.append(said)
                index += 1
                continue
            }
            if isNumber(token), let said = score(token + next) {
                words.append(said)
                index += 2
                continue
            }
            // "9:00 p.m." -> "9 p.m.", "10:00" -> "10 o'clock", "15:00" -> "15 hundred", "10:05" ->
            // "10 oh 5" (eSpeak: "nine zero zero", "ten zero five").
            if let said = clockTime(token, next: next) {
                words.append(said)
                index += 1
                continue
            }
            // "(555) 123-4567": an area code and a number, read digit by digit.
            if index + 1 < tokens.count, token.count == 5, token.first == "(", token.last == ")",
               token.dropFirst().dropLast().allSatisfy(\.isASCIIDigit),
               let number = phoneNumber(String(tokens[index + 1]).trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?")),
                                        afterAreaCode: true) {
                let trailing = String(String(tokens[index + 1]).reversed().prefix { ".,;:!?".contains($0) }.reversed())
                words.append(digits(token.dropFirst().dropLast()) + ", " + number + trailing)
                index += 2
                continue
            }
            // "$6 million": the scale word belongs before the currency ("6 million dollars").
            if index + 1 < tokens.count, let scaled = scaledAmount(token, String(tokens[index + 1])) {
                words.append(scaled)
                index += 2
                continue
            }
            words.append(expandToken(token, after: index > 0 ? String(tokens[index - 1]) : ""))
            index += 1
        }
        return words.joined(separator: " ")
    }

    /// One whitespace-free token, with any punctuation around it kept in place. After "a" or
    /// "an" an amount or a measure describes what follows and its unit is singular ("a 65W
    /// charger" is "a 65 watt charger", "a $5 fee" "a 5 dollar fee"); after "between" a range
    /// is said "A and B".
    static func expandToken(_ token: String, after previous: String = "") -> String {
        let leading = token.prefix { "(\"“‘'[".contains($0) }
        let trailing = token.reversed().prefix { ".,;:!?)\"”’']".contains($0) }
        guard leading.count + trailing.count < token.count else { return token }
        let core = String(token.dropFirst(leading.count).dropLast(trailing.count))
        let describes = leading.isEmpty && ["a", "an"].contains(previous.lowercased())
        if describes, let said = describingAmount(core) { return said + String(trailing.reversed()) }
        guard var spoken = currencyAmount(core) ?? SpokenDates.spoken(core) ?? range(core) ?? measure(core)
                ?? fraction(core, whole: false) ?? negativeMeasure(core) ?? SpokenDates.prefixedDecade(core)
                ?? phoneNumber(core) else { return token }
        if previous.lowercased() == "between", leading.isEmpty, rangeEnds(core) != nil,
           let to = spoken.range(of: " to ") {
            spoken.replaceSubrange(to, with: " and ")
        }
        // "'80s": the apostrophe stood for the century, which the spoken decade drops.
        let opening = leading.last == "'" && SpokenDates.decade(core) != nil ? leading.dropLast() : leading[...]
        return String(opening) + spoken + String(trailing.reversed())
    }

    // MARK: Money

    static let symbols: [(prefix: String, name: String)] = [
        ("US$", "US dollars"), ("HK$", "Hong Kong dollars"), ("NZ$", "New Zealand dollars"), ("A$", "Australian dollars"),
        ("C$", "Canadian dollars"), ("S$", "Singapore dollars"), ("NT$", "New Taiwan dollars"), ("$", "dollars"),
        ("£", "pounds"), ("€", "euros"), ("¥", "yen"), ("₹", "rupees"), ("₩", "won"),
    ]

    static let codes: [String: String] = [
        "USD": "US dollars", "HKD": "Hong Kong dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen",
        "CNY": "yuan", "RMB": "yuan", "INR": "rupees", "AUD": "Australian dollars", "CAD": "Canadian dollars",
    ]

    static let magnitudes: [String: String] = [
        "k": "thousand", "m": "million", "mn": "million", "bn": "billion", "b": "billion", "tn": "trillion",
        "trn": "trillion",
    ]

    static func currencyAmount(_ core: String) -> String? {
        for (prefix, name) in symbols where core.hasPrefix(prefix) {
            let rest = String(core.dropFirst(prefix.count))
            return amount(rest, currency: name) ?? amountRange(rest, sign: prefix, currency: name)
                ?? amountPer(rest, currency: name) ?? amountOrMore(rest, currency: name)
        }
        return nil
    }

    /// Short forms of what a price is per, after a slash.
    static let perWords: [String: String] = [
        "hr": "hour", "h": "hour", "mo": "month", "yr": "year", "wk": "week", "min": "minute", "ea": "each",
    ]

    /// A price per something: "10/click" -> "10 dollars per click", "2.53/lb" -> "2 dollars and
    /// 53 cents per pound", "30/hr" -> "30 dollars per hour".
    static func amountPer(_ text: String, currency: String) -> String? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty, parts[1].allSatisfy({ $0.isLetter }),
              let said = amount(parts[0], currency: currency) ?? amountRange(parts[0], sign: "", currency: currency)
        else { return nil }
        let per = parts[1].lowercased()
        return "\(said) per \(units[per]?.singular ?? perWords[per] ?? parts[1])"
    }

    /// "100+" -> "100 plus dollars", "8.3M+" -> "8.3 million plus dollars": an amount or more.
    static func amountOrMore(_ text: String, currency: String) -> String? {
        guard text.hasSuffix("+"), let said = amount(String(text.dropLast()), currency: currency),
              !said.contains(" and "), said.hasSuffix(" " + currency) else { return nil }
        return said.dropLast(currency.count) + "plus " + currency
    }

    /// A range after a currency sign, the sign given again or not: "50-$200" -> "50 to 200
    /// dollars", "3–4bn" -> "3 to 4 billion"; ends with cents are each said whole ("2 dollars
    /// and 50 cents to 3 dollars").
    static func amountRange(_ text: String, sign: String, currency: String) -> String? {
        guard let (low, rawHigh) = rangeEnds(text) else { return nil }
        let high = rawHigh.hasPrefix(sign) ? String(rawHigh.dropFirst(sign.count)) : rawHigh
        let number = String(high.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") })
        let suffix = String(high.dropFirst(number.count)).lowercased()
        guard isNumber(number) else { return nil }
        if !suffix.isEmpty {
            // "3–4bn", "3bn-4bn": the scale said once, after both ends.
            guard let magnitude = magnitudes[suffix] else { return nil }
            let lowNumber = low.lowercased().hasSuffix(suffix) ? String(low.dropLast(suffix.count)) : low
            guard isNumber(lowNumber) else { return nil }
            return "\(lowNumber) to \(number) \(magnitude) \(currency)"
        }
        guard isNumber(low) else { return nil }
        if priceWithCents(low, currency: currency) != nil || priceWithCents(number, currency: currency) != nil,
           let lowAmount = amount(low, currency: currency), let highAmount = amount(number, currency: currency) {
            return "\(lowAmount) to \(highAmount)"
        }
        return "\(low) to \(number) \(currency)"
    }

    /// The two ends of "a-b" or "a–b" (hyphen or en dash), both non-empty.
    static func rangeEnds(_ text: String) -> (String, String)? {
        guard let dash = text.firstIndex(where: { $0 == "-" || $0 == "–" }) else { return nil }
        let low = String(text[..<dash])
        let high = String(text[text.index(after: dash)...])
        guard !low.isEmpty, !high.isEmpty else { return nil }
        return (low, high)
    }

    static let scaleWords: Set<String> = ["thousand", "million", "billion", "trillion"]

    /// "$6" then "million," -> "6 million dollars,".
    static func scaledAmount(_ token: String, _ next: String) -> String? {
        let trailing = String(next.reversed().prefix { ".,;:!?)\"”’']".contains($0) }.reversed())
        let scale = String(next.dropLast(trailing.count))
        guard scaleWords.contains(scale.lowercased()), !token.contains(where: { ".,;:!?)".contains($0) && $0 == token.last }) else {
            return nil
        }
        let leading = token.prefix { "(\"“‘'[".contains($0) }
        let core = String(token.dropFirst(leading.count))
        for (prefix, name) in symbols where core.hasPrefix(prefix) {
            let number = String(core.dropFirst(prefix.count))
            if isNumber(number) { return "\(leading)\(number) \(scale) \(name)\(trailing)" }
            // "$5-10 million", "$5-$10 million".
            guard let (low, high) = rangeEnds(number), isNumber(low) else { return nil }
            let top = high.hasPrefix(prefix) ? String(high.dropFirst(prefix.count)) : high
            guard isNumber(top) else { return nil }
            return "\(leading)\(low) to \(top) \(scale) \(name)\(trailing)"
        }
        return nil
    }

    /// Names of a hundredth of a currency, for prices with cents ("$2.53").
    static let hundredths: [String: (singular: String, plural: String)] = [
        "dollars": ("cent", "cents"), "US dollars": ("cent", "cents"), "euros": ("cent", "cents"),
        "pounds": ("penny", "pence"), "Hong Kong dollars": ("cent", "cents"), "Canadian dollars": ("cent", "cents"),
        "Australian dollars": ("cent", "cents"), "New Zealand dollars": ("cent", "cents"),
        "Singapore dollars": ("cent", "cents"), "New Taiwan dollars": ("cent", "cents"),
    ]

    /// "1.2bn" with its currency: "1.2 billion US dollars"; "1" alone is singular; a price with
    /// cents is said in both ("2.53" -> "2 dollars and 53 cents").
    static func amount(_ text: String, currency: String) -> String? {
        let number = String(text.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") })
        guard let first = number.first, first.isNumber else { return nil }
        let suffix = String(text.dropFirst(number.count)).lowercased()
        let plainNumber = number.hasSuffix(".") || number.hasSuffix(",") ? String(number.dropLast()) : number
        if suffix.isEmpty {
            if let cents = priceWithCents(plainNumber, currency: currency) { return cents }
            let unit = plainNumber == "1" ? singular(currency) : currency
            return "\(plainNumber) \(unit)"
        }
        guard let magnitude = magnitudes[suffix] else { return nil }
        return "\(plainNumber) \(magnitude) \(currency)"
    }

    /// "2.53" dollars -> "2 dollars and 53 cents"; "0.99" -> "99 cents"; "5.00" -> "5 dollars".
    static func priceWithCents(_ number: String, currency: String) -> String? {
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, parts[1].allSatisfy(\.isNumber), let names = hundredths[currency],
              let cents = Int(parts[1]) else { return nil }
        let whole = String(parts[0])
        let centWords = "\(cents) \(cents == 1 ? names.singular : names.plural)"
        if cents == 0 { return "\(whole) \(whole == "1" ? singular(currency) : currency)" }
        if whole == "0" || whole.isEmpty { return centWords }
        return "\(whole) \(whole == "1" ? singular(currency) : currency) and \(centWords)"
    }

    static func singular(_ currency: String) -> String {
        switch currency {
        case "yen", "won", "yuan": return currency
        default: return currency.hasSuffix("s") ? String(currency.dropLast()) : currency
        }
    }

    // MARK: Fractions and separate units

    static func isNumber(_ token: String) -> Bool {
        guard let first = token.first, first.isASCII, first.isNumber else { return false }
        return token.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") } && token.last!.isNumber
    }

    static let fractionNames: [String: (one: String, many: String)] = [
        "2": ("a half", "halves"), "3": ("a third", "thirds"), "4": ("a quarter", "quarters"), "5": ("a fifth", "fifths"),
        "8": ("an eighth", "eighths"), "10": ("a tenth", "tenths"),
    ]

    /// "1/2" -> "a half", "3/4" -> "3 quarters", "24/7" -> "24 7"; with `whole`, the fraction
    /// after a whole number ("1 1/2"), which must be below one. Dates ("3/4/2024") and other
    /// slashes are left alone.
    static func fraction(_ token: String, whole: Bool) -> String? {
        let trailing = String(token.reversed().prefix { ".,;:!?)".contains($0) }.reversed())
        let core = String(token.dropLast(trailing.count))
        if !whole, core == "24/7" { return "24 7" + trailing }
        let parts = core.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) && $0.count <= 2 }),
              let top = Int(parts[0]), let names = fractionNames[String(parts[1])], let bottom = Int(parts[1]), top < bottom
        else { return nil }
        return (top == 1 ? names.one : "\(top) \(names.many)") + trailing
    }

    /// A score out of 5, 10 or 100 ("9.8/10", "4.5/5", "8/10", "/10" after its number): "9.8 out
    /// of 10". A whole number out of 5 is left a fraction ("2/5": "2 fifths").
    static func score(_ token: String) -> String? {
        let leading = String(token.prefix { "(\"“‘'[".contains($0) })
        let trailing = String(token.reversed().prefix { ".,;:!?)\"”’']".contains($0) }.reversed())
        guard leading.count + trailing.count < token.count else { return nil }
        let core = String(token.dropFirst(leading.count).dropLast(trailing.count))
        let parts = core.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, ["5", "10", "100"].contains(parts[1]), isNumber(parts[0]),
              let top = Double(parts[0]), let bottom = Double(parts[1]), top <= bottom,
              parts[0].contains(".") || parts[1] != "5" else { return nil }
        return leading + "\(parts[0]) out of \(parts[1])" + trailing
    }

    /// A lone half or third before a word: "half of", "half a cup", "a third of a cup".
    static func fractionBeforeNoun(_ token: String, _ next: String) -> String? {
        let word = next.lowercased().filter(\.isLetter)
        guard token == "1/2" || token == "1/3", !word.isEmpty, !word.hasSuffix("s") || word == "of",
              !["in", "a", "an", "the", "and", "or", "to", "for", "on", "at", "by", "from", "with"].contains(word) else { return nil }
        if token == "1/2" { return word == "of" ? "half" : "half a" }
        return word == "of" ? "a third" : "a third of a"
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
            "yds": ("yards", "yards"),
        ]) { shared, _ in shared }

    /// Single lower-case letters that are units only after a number and only in lower case
    /// ("30 m wide", "300 l", "5 t"; "5 M" may be millions).
    static let letterUnits: [String: (singular: String, plural: String)] = [
        "m": ("meter", "meters"), "l": ("liter", "liters"), "t": ("tonne", "tonnes"),
    ]

    /// The unit token after a number, in words ("oz." -> "ounces"), keeping what follows it.
    /// (A period still on the unit here ends the sentence: the one after an abbreviation inside
    /// a sentence was dropped before.)
    static func separateUnit(_ token: String, after number: String) -> String? {
        let trailing = String(token.reversed().prefix { ".,;:!?)".contains($0) }.reversed())
        let core = String(token.dropLast(trailing.count))
        guard let words = separateUnits[core.lowercased()] ?? letterUnits[core] else { return nil }
        return (number == "1" ? words.singular : words.plural) + trailing
    }

    // MARK: Ranges and measures

    /// "10-15", "2019–2021": two numbers joined by a hyphen or an en dash; "15-20%" and
    /// "15%-20%" -> "15 to 20%".
    static func range(_ core: String) -> String? {
        if let (low, high) = rangeEnds(core), let first = weekdays[low.lowercased()], let last = weekdays[high.lowercased()] {
            return "\(first) to \(last)"  // "Mon-Fri"
        }
        // "2024-25": a season or a financial year, the second year by its last two digits.
        if let (low, high) = rangeEnds(core), low.count == 4, high.count == 2, let year = Int(low), (1900...2099).contains(year),
           low.allSatisfy(\.isASCIIDigit), high.allSatisfy(\.isASCIIDigit), let end = Int(high), end > year % 100, end - year % 100 <= 10 {
            return "\(SpokenContext.yearWords(low)) to \(high)"
        }
        if core.hasSuffix("%"), let (low, high) = rangeEnds(String(core.dropLast())) {
            let start = low.hasSuffix("%") ? String(low.dropLast()) : low
            guard isNumber(start), isNumber(high) else { return nil }
            return "\(start) to \(high)%"
        }
        let parts = core.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
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
        "mp": ("megapixel", "megapixels"),
    ]

    /// A whole amount or measure with its unit in the singular, as it is said before what it
    /// describes: "65W" -> "65 watt", "$5" -> "5 dollar", "€30m" -> "30 million euro"; nil for
    /// anything else (a price with cents is said in full).
    static func describingAmount(_ core: String) -> String? {
        let number = String(core.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") })
        let unit = String(core.dropFirst(number.count))
        if isNumber(number), unit != "G", let words = units[unit.lowercased()] {  // "4G": a network
            return "\(number) \(words.singular)"
        }
        for (prefix, name) in symbols where core.hasPrefix(prefix) {
            let rest = String(core.dropFirst(prefix.count))
            guard let said = amount(rest, currency: name), said.hasSuffix(" " + name), !said.contains(" and ") else { return nil }
            return said.dropLast(name.count) + singular(name)
        }
        return nil
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

    /// A North American telephone number, "888-209-3989" or "1-800-555-0199" (also with dots):
    /// its digits one by one in their groups ("8 8 8, 2 0 9, 3 9 8 9"), as it is read out; eSpeak
    /// reads "eight hundred eighty-eight".
    /// After an area code in brackets, the local number alone ("123-4567").
    static func phoneNumber(_ core: String, afterAreaCode: Bool = false) -> String? {
        let separator: Character = core.contains("-") ? "-" : "."
        let groups = core.split(separator: separator, omittingEmptySubsequences: false)
        let shape = groups.map(\.count)
        guard shape == [3, 3, 4] || shape == [1, 3, 3, 4] || (afterAreaCode && shape == [3, 4]),
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        return groups.map { digits($0) }.joined(separator: ", ")
    }

    static func digits(_ text: Substring) -> String { text.map(String.init).joined(separator: " ") }

    /// A clock time on the hour or a few minutes past it, said as a narrator says it.
    static func clockTime(_ token: String, next: String) -> String? {
        let trailing = String(token.reversed().prefix { ".,;:!?)".contains($0) }.reversed())
        let core = token.dropLast(trailing.count)
        let parts = core.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let hour = Int(parts[0]), let minutes = Int(parts[1]),
              (1...24).contains(hour), minutes < 60 else { return nil }  // "00:00" is a player's clock
        let meridiem = ["am", "pm", "a.m", "p.m"].contains(next.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?)")))
        if minutes == 0 {
            if meridiem { return "\(hour)" + trailing }
            if parts[0].hasPrefix("0") { return "oh \(hour) hundred" + trailing }  // "09:00"
            return (hour > 12 ? "\(hour) hundred" : "\(hour) o'clock") + trailing
        }
        if minutes < 10 { return "\(hour) oh \(minutes)" + trailing }
        return nil
    }

    /// "5km", "3.5kg", "20°C", "1.2bn": a number with a unit stuck to it.
    static func measure(_ core: String) -> String? {
        let number = String(core.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") })
        guard let first = number.first, first.isNumber, number.count < core.count else { return nil }
        let unit = String(core.dropFirst(number.count))
        // "5G", "4G": a network generation, not grams.
        if unit == "G" { return "\(number) G" }
        guard let words = units[unit.lowercased()] else { return nil }
        return "\(number) \(number == "1" ? words.singular : words.plural)"
    }
}
