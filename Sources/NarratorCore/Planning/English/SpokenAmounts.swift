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
                let (core, trailing) = TokenMarks.split(next)
                if let amount = amount(core, currency: name) {
                    words.append(amount + trailing)
                    index += 2
                    continue
                }
            }
            // "8 oz", "1 tsp", "50 Hz": a unit written apart from its number.
            // After "a" and before the word it describes it is singular: "a 5 km walk", "a 5 min read".
            let describes = ["a", "an"].contains(words.last?.lowercased() ?? "") && index + 2 < tokens.count
                && tokens[index + 1].last.map(\.isLetter) == true && tokens[index + 2].first.map(\.isLowercase) == true
                && !Self.notDescribed.contains(String(tokens[index + 2]))
            if index + 1 < tokens.count, isNumber(token),
               let unit = separateUnit(String(tokens[index + 1]), after: describes ? "1" : token) {
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
                let trailing = TokenMarks.split(String(tokens[index + 1]), closing: TokenMarks.punctuation).trailing
                words.append(digits(token.dropFirst().dropLast()) + ", " + number + trailing)
                index += 2
                continue
            }
            // "$150 – $500": a range of prices set apart by a dash, the sign on both ends.
            if index + 2 < tokens.count, tokens[index + 1] == "–" || tokens[index + 1] == "-",
               let said = spacedPriceRange(token, String(tokens[index + 2]), after: words.last ?? "") {
                words.append(said)
                index += 3
                continue
            }
            // "$6 million": the scale word belongs before the currency ("6 million dollars").
            if index + 1 < tokens.count, let scaled = scaledAmount(token, String(tokens[index + 1])) {
                words.append(scaled)
                index += 2
                continue
            }
            words.append(expandToken(token, after: index > 0 ? String(tokens[index - 1]) : "",
                                     before: index + 1 < tokens.count ? String(tokens[index + 1]) : ""))
            index += 1
        }
        return words.joined(separator: " ")
    }

    /// One whitespace-free token, with any punctuation around it kept in place. After "a" or
    /// "an" an amount or a measure describes what follows and its unit is singular ("a 65W
    /// charger" is "a 65 watt charger", "a $5 fee" "a 5 dollar fee"); after "between" a range
    /// is said "A and B". After "the", a measure before a word in lower case describes it too
    /// ("the 10″ tires": "the 10 inch tires"), but not a price ("the $5 was spent").
    static func expandToken(_ token: String, after previous: String = "", before next: String = "") -> String {
        guard let (leading, core, trailing) = TokenMarks.unwrap(token) else { return token }
        let describes = leading.isEmpty && ["a", "an"].contains(previous.lowercased())
        if describes, let said = describingAmount(core) { return said + trailing }
        let word = TokenMarks.split(next).core
        if leading.isEmpty, trailing.isEmpty, previous.lowercased() == "the", let first = word.first, first.isLowercase,
           word.allSatisfy(\.isLetter), !notDescribed.contains(word), !notNouns.contains(word),
           measure(core) != nil || measureRange(core) != nil,
           let said = describingAmount(core) {
            return said
        }
        guard var spoken = currencyAmount(core) ?? SpokenDates.spoken(core) ?? timeRange(core) ?? range(core) ?? measure(core)
                ?? measureRange(core) ?? otherReading(core) else { return token }
        if previous.lowercased() == "between", leading.isEmpty, rangeEnds(core) != nil,
           let to = spoken.range(of: " to ") {
            spoken.replaceSubrange(to, with: " and ")
        }
        // "'80s": the apostrophe stood for the century, which the spoken decade drops.
        let opening = leading.last == "'" && SpokenDates.decade(core) != nil ? leading.dropLast() : leading[...]
        return String(opening) + spoken + trailing
    }

    /// The token's reading as a count or more, a fraction, a negative measure, decades, a telephone number or a
    /// time of day (the rest of `expandToken`'s readings, tried in this order).
    static func otherReading(_ core: String) -> String? {
        countOrMore(core) ?? fraction(core, whole: false) ?? negativeMeasure(core) ?? SpokenDates.prefixedDecade(core)
            ?? SpokenDates.decadeRange(core) ?? phoneNumber(core) ?? meridiemTime(core)
    }

    /// "45k+", "100K+", "4M+", "7B+": a count in thousands, millions or billions, or more
    /// ("45 thousand plus"; eSpeak: "45 K plus"). Without the "+" the letter may be a size or a
    /// model ("4K video", "a 10k race", "a 7B model") and is left.
    static func countOrMore(_ core: String) -> String? {
        guard core.hasSuffix("+"), core.count >= 3 else { return nil }
        let body = core.dropLast()
        guard let scale = ["k": "thousand", "K": "thousand", "M": "million", "B": "billion"][String(body.suffix(1))],
              isNumber(String(body.dropLast())) else { return nil }
        return "\(body.dropLast()) \(scale) plus"
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

    /// Words after "the 120°F" that begin a clause rather than name what it measures ("above the
    /// 120°F most heaters are set to", "the 10 km we ran").
    static let notNouns: Set<String> = [
        "most", "many", "much", "more", "less", "some", "all", "each", "every", "which", "who", "where", "when",
        "while", "we", "you", "they", "he", "she", "it", "i", "is", "was", "are", "were", "be", "been", "has",
        "had", "have", "will", "would", "can", "could", "should", "may", "might", "must", "did", "do", "does",
        "not", "so", "but", "if", "as", "than", "then", "there", "here", "alone", "only", "too", "also", "now",
    ]

    /// Words after "a 10 km" that it does not describe ("ran a 10 km in an hour").
    static let notDescribed: Set<String> = ["in", "on", "at", "of", "to", "and", "or", "for", "with", "by", "from", "that", "than"]

    static func currencyAmount(_ core: String) -> String? {
        // "69,99€", "9.75€": a price in euros with its cents, the sign after it as in Europe
        // (eSpeak: "sixty-nine ninety-nine euros").
        if core.hasSuffix("€") {
            let number = core.dropLast()
            let parts = number.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
            guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }), parts[1].count == 2
            else { return nil }
            return priceWithCents("\(parts[0]).\(parts[1])", currency: "euros")
        }
        for (prefix, name) in symbols where core.hasPrefix(prefix) {
            let rest = String(core.dropFirst(prefix.count))
            return amount(rest, currency: name) ?? amountRange(rest, sign: prefix, currency: name)
                ?? amountPer(rest, sign: prefix, currency: name) ?? amountOrMore(rest, currency: name)
        }
        return nil
    }

    /// Spans of time written short after a slash ("/hr", "/mo"), in words.
    static let shortSpans: [String: String] = ["hr": "hour", "mo": "month", "yr": "year", "wk": "week"]

    /// Short forms of what a price is per, after a slash.
    static let perWords = shortSpans.merging(["h": "hour", "min": "minute", "ea": "each"]) { short, _ in short }

    /// A price per something: "10/click" -> "10 dollars per click", "2.53/lb" -> "2 dollars and
    /// 53 cents per pound", "30/hr" -> "30 dollars per hour", "45-$50/day" -> "45 to 50 dollars
    /// per day".
    static func amountPer(_ text: String, sign: String, currency: String) -> String? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty, parts[1].allSatisfy({ $0.isLetter }),
              let said = amount(parts[0], currency: currency) ?? amountRange(parts[0], sign: sign, currency: currency)
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

    /// "$150 – $500" (`low` and `high` with their signs) -> "150 to 500 dollars"; after
    /// "between", "150 and 500 dollars".
    static func spacedPriceRange(_ low: String, _ high: String, after previous: String) -> String? {
        let (highCore, trailing) = TokenMarks.split(high, closing: TokenMarks.sentence)
        guard let (leading, lowCore, lowTrailing) = TokenMarks.unwrap(low), lowTrailing.isEmpty,
              let (prefix, name) = symbols.first(where: { lowCore.hasPrefix($0.prefix) }), highCore.hasPrefix(prefix),
              amount(String(lowCore.dropFirst(prefix.count)), currency: name) != nil,
              var said = amountRange(String(lowCore.dropFirst(prefix.count)) + "-" + highCore, sign: prefix, currency: name)
        else { return nil }
        if previous.lowercased() == "between", let to = said.range(of: " to ") { said.replaceSubrange(to, with: " and ") }
        return leading + said + trailing
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

    /// "$6" then "million," -> "6 million dollars,"; "$5+" then "million" -> "5 million plus dollars".
    static func scaledAmount(_ token: String, _ next: String) -> String? {
        let (scale, trailing) = TokenMarks.split(next)
        guard scaleWords.contains(scale.lowercased()), !token.contains(where: { ".,;:!?)".contains($0) && $0 == token.last }) else {
            return nil
        }
        let leading = token.prefix { "(\"“‘'[".contains($0) }
        let core = String(token.dropFirst(leading.count))
        for (prefix, name) in symbols where core.hasPrefix(prefix) {
            let number = String(core.dropFirst(prefix.count))
            if isNumber(number) { return "\(leading)\(number) \(scale) \(name)\(trailing)" }
            // "$380+ billion": the amount or more, said as "$8.3M+" is ("380 billion plus dollars").
            if number.hasSuffix("+"), isNumber(String(number.dropLast())) {
                return "\(leading)\(number.dropLast()) \(scale) plus \(name)\(trailing)"
            }
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
}
