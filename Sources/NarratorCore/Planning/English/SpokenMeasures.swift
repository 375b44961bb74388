/// Measures and ranges as a narrator says them ("5km" -> "5 kilometers", "10-15" -> "10 to 15",
/// "15-20%" -> "15 to 20%", "Mon-Fri" -> "Monday to Friday", "5'8\"" -> "5 foot 8"); part of
/// `SpokenAmounts`, which applies them word by word (units: SpokenUnits.swift; fractions and
/// scores: SpokenFractions.swift).
extension SpokenAmounts {
    /// The digits, points and commas a token starts with ("3.5" of "3.5kg").
    static func numberPrefix(_ text: String) -> String {
        String(text.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") })
    }

    /// "10⁶", "10⁻³": a power of ten written with a superscript exponent, as scientific notation
    /// writes it ("2 × 10⁹ bacteria"): "10 to the 9th", "10 to the minus 3rd" (eSpeak: "ten
    /// nine", and nothing for the minus).
    static func powerOfTen(_ core: String) -> String? {
        guard core.hasPrefix("10"), core.utf8.count > 2 else { return nil }
        var negative = false
        var exponent = 0
        for (offset, scalar) in core.unicodeScalars.dropFirst(2).enumerated() {
            if scalar == "⁻", offset == 0 {
                negative = true
            } else if let digit = superscriptDigits[scalar] {
                exponent = exponent * 10 + digit
            } else {
                return nil
            }
        }
        guard exponent > 0 else { return nil }
        let suffix = (11...13).contains(exponent % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][exponent % 10] ?? "th"
        return "10 to the " + (negative ? "minus " : "") + "\(exponent)" + suffix
    }

    static let superscriptDigits: [Unicode.Scalar: Int] = [
        "⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9,
    ]

    static func isNumber(_ token: String) -> Bool {
        guard let first = token.first, first.isASCII, first.isNumber else { return false }
        return token.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") } && token.last!.isNumber
    }

    /// "10-15", "2019–2021": two numbers joined by a hyphen or an en dash; "15-20%" and
    /// "15%-20%" -> "15 to 20%"; a season "2024-25" or "2023/24".
    static func range(_ core: String) -> String? {
        if let (low, high) = rangeEnds(core), let first = weekday(low), let last = weekday(high) {
            return "\(first) to \(last)"  // "Mon-Fri", "Mon.–Thu."
        }
        // "Q1-Q3", "H1–H2": quarters or halves of a year ("Q1 Q3"; eSpeak drops the dash).
        if let (low, high) = rangeEnds(core), [low, high].allSatisfy(isQuarterOrHalf), low.first == high.first {
            return "\(low) to \(high)"
        }
        guard core.utf8.contains(where: ByteText.isDigit) else { return nil }
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

    /// "Q3", "H1": a quarter or a half of a year (the parts of a year that name a year after
    /// them, less "FY").
    static func isQuarterOrHalf(_ word: String) -> Bool {
        word != "FY" && SpokenContext.partsOfYear.contains(word)
    }

    /// A whole amount or measure with its unit in the singular, as it is said before what it
    /// describes: "65W" -> "65 watt", "$5" -> "5 dollar", "€30m" -> "30 million euro"; nil for
    /// anything else (a price with cents is said in full).
    static func describingAmount(_ core: String) -> String? {
        let number = numberPrefix(core)
        let unit = String(core.dropFirst(number.count))
        if isNumber(number), unit != "G", let words = stuckUnit(unit, after: number) {  // "4G": a network
            return "\(number) \(words.singular)"
        }
        if let range = measureRange(core, describing: true) ?? bedsAndBaths(core, describing: true) { return range }
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

    /// The days of the week in lower case, in full and written short, and their names.
    static let weekdays: [String: String] = CalendarWords.weekdays.reduce(into: Dictionary(uniqueKeysWithValues:
        CalendarWords.shortWeekdays.map { ($0.key.lowercased(), $0.value) })) { table, lower in
        table[lower] = lower.prefix(1).uppercased() + lower.dropFirst()
    }

    /// A day of the week as one end of a span, with or without its period ("Mon.", "Fri").
    static func weekday(_ end: String) -> String? {
        weekdays[(end.hasSuffix(".") ? String(end.dropLast()) : end).lowercased()]
    }

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
