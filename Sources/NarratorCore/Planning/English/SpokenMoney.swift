import Foundation

/// Money as a narrator says it ("US$1.2bn" "1.2 billion US dollars", "$2.53" "2 dollars and 53
/// cents", "$50-$200" "50 to 200 dollars", "$10/click" "10 dollars per click", "69,99€"); part
/// of `SpokenAmounts`, which applies it word by word.
extension SpokenAmounts {
    static let symbols: [(prefix: String, name: String)] = [
        ("US$", "US dollars"), ("HK$", "Hong Kong dollars"), ("NZ$", "New Zealand dollars"), ("A$", "Australian dollars"),
        ("C$", "Canadian dollars"), ("S$", "Singapore dollars"), ("NT$", "New Taiwan dollars"), ("$", "dollars"),
        ("£", "pounds"), ("€", "euros"), ("¥", "yen"), ("₹", "rupees"), ("₩", "won"),
    ]

    /// A currency named by its sign alone, the sign's letters saying which dollar: one currency
    /// after "the" or a possessive ("the A$ fell", "sold the HK$": "the Australian dollar"; eSpeak
    /// drops the sign), the unit of figures after a number or in parentheses ("535 US$", "Low
    /// Range (S$)": "Singapore dollars"). Elsewhere it is left ("US$ 6.99", a formula's "$A$"), and
    /// so is a bare "$" or "£" ("the $ sign").
    static func currencyNamed(_ core: String, after previous: String, enclosed: Bool) -> String? {
        guard core.utf8.count >= 2, core.utf8.last == 0x24, core.first?.isUppercase == true,
              let (_, name) = symbols.first(where: { $0.prefix == core }) else { return nil }
        if previous.lowercased() == "the" || isPossessive(previous) { return String(name.dropLast()) }
        return enclosed || isNumber(TokenMarks.split(previous).core) ? name : nil
    }

    /// ISO 4217 codes a price is written with, before or after its number ("USD 30", "60 USD"):
    /// eSpeak spells them ("U S D"). PHP (pesos) is left out: it is as often the language. "Rs"
    /// is written for rupees the same way ("Rs 24 lakh", "Rs. 1,500"; "R S").
    static let codes: [String: String] = [
        "USD": "US dollars", "HKD": "Hong Kong dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen",
        "CNY": "yuan", "RMB": "yuan", "INR": "rupees", "AUD": "Australian dollars", "CAD": "Canadian dollars",
        "NZD": "New Zealand dollars", "SGD": "Singapore dollars", "CHF": "Swiss francs", "MXN": "Mexican pesos",
        "SEK": "Swedish kronor", "NOK": "Norwegian kroner", "DKK": "Danish kroner", "ZAR": "rand", "KRW": "won",
        "Rs": "rupees",
    ]

    /// Whether a price written with `sign` may carry `code` after it, the code naming the
    /// currency the sign leaves open ("$10 USD", "$3500 CAD", "£5 GBP", "¥500 CNY").
    static func sign(_ sign: String, takes code: String) -> Bool {
        switch sign {
        case "$": return code.hasSuffix("D")
        case "£": return code == "GBP"
        case "€": return code == "EUR"
        case "¥": return ["JPY", "CNY", "RMB"].contains(code)
        case "₹": return code == "INR"
        case "₩": return code == "KRW"
        default: return codes[code] == symbols.first { $0.prefix == sign }?.name
        }
    }

    /// A price written with a currency code, starting at `index`: the words said and how many
    /// tokens they stand for. The code before the number, its scale written apart said before
    /// the currency ("EUR 30", "USD 415.93 billion": "415.93 billion US dollars"), or after the
    /// amount ("60 USD", "$10 USD", "10.8 million SEK", "$5 million USD").
    static func codedPrice(_ tokens: [Substring], at index: Int) -> (said: String, length: Int)? {
        // Every reading needs a code or a figure in the first token: most tokens hold neither.
        guard index + 1 < tokens.count,
              codes[String(tokens[index])] != nil || tokens[index].utf8.contains(where: ByteText.isDigit) else { return nil }
        let token = String(tokens[index]), next = String(tokens[index + 1])
        let third = index + 2 < tokens.count ? String(tokens[index + 2]) : nil
        if let name = codes[token] {
            let (core, trailing) = TokenMarks.split(next)
            if trailing.isEmpty, isNumber(core), let third {
                let (written, closing) = TokenMarks.split(third)
                if let scale = Self.scale(written) { return ("\(core) \(scale) \(name)\(closing)", 3) }
            }
            return amount(core, currency: name).map { ($0 + trailing, 2) }
        }
        if let third, let said = scaledWithCode(token, next, third) { return (said, 3) }
        if let said = amountWithCode(token, next, then: third ?? "") { return (said, 2) }
        // "$5 million USD": the code names the currency the sign leaves open.
        guard let third, let scaled = scaledAmount(token, next) else { return nil }
        let (code, closing) = TokenMarks.split(third)
        guard let name = codes[code], TokenMarks.split(next).trailing.isEmpty,
              let written = symbols.first(where: { token.drop { TokenMarks.opening.contains($0) }.hasPrefix($0.prefix) }),
              sign(written.prefix, takes: code), scaled.hasSuffix(" " + written.name) else { return nil }
        return (scaled.dropLast(written.name.count) + name + closing, 3)
    }

    /// An amount and the currency code after it, `token` and `next`: "60 USD" -> "60 US
    /// dollars", "$10 USD" -> "10 US dollars" (not "10 dollars U S D"), "$49.99 USD" -> "49 US
    /// dollars and 99 cents", "5bn EUR" -> "5 billion euros". Not a list of codes ("125 GBP,
    /// EUR, CHF"), nor a code naming something else before a plural noun ("2 CAD drawings").
    static func amountWithCode(_ token: String, _ next: String, then after: String) -> String? {
        let (code, trailing) = TokenMarks.split(next)
        guard let name = codes[code], let (leading, core, closing) = TokenMarks.unwrap(token), closing.isEmpty else {
            return nil
        }
        let followed = TokenMarks.split(after).core
        if trailing.isEmpty ? isPluralNoun(followed) : (trailing == "," && codes[followed] != nil) { return nil }
        var number = core
        if let written = symbols.first(where: { core.hasPrefix($0.prefix) })?.prefix {
            guard sign(written, takes: code) else { return nil }
            number = String(core.dropFirst(written.count))
        }
        guard let said = amount(number, currency: name) else { return nil }
        return leading + said + trailing
    }

    /// A number, its scale and a currency code, `token`, `next` and `code`: "10.8 million SEK" ->
    /// "10.8 million Swedish kronor", "200k EUR" is read by `amountWithCode`.
    static func scaledWithCode(_ token: String, _ next: String, _ code: String) -> String? {
        let (written, closing) = TokenMarks.split(next)
        let (codeCore, trailing) = TokenMarks.split(code)
        guard closing.isEmpty, let scale = Self.scale(written), let name = codes[codeCore],
              let (leading, number, end) = TokenMarks.unwrap(token), end.isEmpty, isNumber(number) else { return nil }
        return "\(leading)\(number) \(scale) \(name)\(trailing)"
    }

    /// The scale `written` names, in full ("million", "Billion") or short ("bn", "mn", "M"; not
    /// "Bn"): "$938 bn" is "938 billion dollars".
    static func scale(_ written: String) -> String? {
        if scaleWords.contains(written.lowercased()) { return written }
        return written == written.lowercased() || written == written.uppercased() ? magnitudes[written.lowercased()] : nil
    }

    static let magnitudes: [String: String] = [
        "k": "thousand", "m": "million", "mn": "million", "bn": "billion", "b": "billion", "tn": "trillion",
        "trn": "trillion",
    ]

    static func currencyAmount(_ core: String) -> String? {
        guard core.utf8.contains(where: ByteText.isDigit) else { return nil }
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
        // "EUR5.40", "USD60": a code glued to its number, as shops print prices.
        if core.utf8.count > 3, let name = codes[String(core.prefix(3))], core.dropFirst(3).first?.isASCIIDigit == true {
            return amount(String(core.dropFirst(3)), currency: name)
        }
        return nil
    }

    /// Spans of time written short after a slash ("/hr", "/mo"), in words.
    static let shortSpans: [String: String] = ["hr": "hour", "mo": "month", "yr": "year", "wk": "week"]

    /// Short forms of what a price is per, after a slash.
    static let perWords = shortSpans.merging(["h": "hour", "min": "minute", "ea": "each", "l": "liter"]) { short, _ in short }

    /// A price per something: "10/click" -> "10 dollars per click", "2.53/lb" -> "2 dollars and
    /// 53 cents per pound", "30/hr" -> "30 dollars per hour", "45-$50/day" -> "45 to 50 dollars
    /// per day", "29/user/month" -> "29 dollars per user per month"; a code after the number
    /// names the currency the sign leaves open ("20USD/month" -> "20 US dollars per month").
    static func amountPer(_ text: String, sign: String, currency: String) -> String? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 || parts.count == 3,
              parts.dropFirst().allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }) else { return nil }
        var (number, currency) = (parts[0], currency)
        let code = String(number.suffix(3))
        if number.count > 3, let name = codes[code], Self.sign(sign, takes: code) {
            (number, currency) = (String(number.dropLast(3)), name)
        }
        guard let said = amount(number, currency: currency) ?? amountRange(number, sign: sign, currency: currency) else { return nil }
        return parts.dropFirst().reduce(said) { said, per in
            "\(said) per \(units[per.lowercased()]?.singular ?? perWords[per.lowercased()] ?? per)"
        }
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
        let number = numberPrefix(high)
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
        // Most words hold neither: a hyphen, or the first byte of an en dash's three.
        guard text.utf8.contains(where: { $0 == 0x2D || $0 == 0xE2 }), let dash = text.firstIndex(where: { $0 == "-" || $0 == "–" }) else { return nil }
        let low = String(text[..<dash])
        let high = String(text[text.index(after: dash)...])
        guard !low.isEmpty, !high.isEmpty else { return nil }
        return (low, high)
    }

    /// Scales said before the currency; India's lakh (100,000) and crore (10 million) as well
    /// ("₹500 crore" "500 crore rupees").
    static let scaleWords: Set<String> = ["thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"]

    /// "$6" then "million," -> "6 million dollars,"; "$5+" then "million" -> "5 million plus dollars";
    /// the scale may be written short ("$938 bn", "$359.5 mn": eSpeak said "dollars B N").
    static func scaledAmount(_ token: String, _ next: String) -> String? {
        let (written, trailing) = TokenMarks.split(next)
        guard let scale = Self.scale(written),
              !token.contains(where: { ".,;:!?)".contains($0) && $0 == token.last }) else {
            return nil
        }
        let leading = token.prefix { TokenMarks.opening.contains($0) }
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
        // "£25pp", "$1,200pp": a price per person, as travel pages write it; "£950pcm" a rent per
        // calendar month.
        for (short, per) in [("pp", " per person"), ("pcm", " per month")] where text.hasSuffix(short) && text.count > short.count {
            if let said = amount(String(text.dropLast(short.count)), currency: currency) { return said + per }
        }
        let number = numberPrefix(text)
        guard let first = number.first, first.isNumber else { return nil }
        let suffix = String(text.dropFirst(number.count)).lowercased()
        let plainNumber = number.hasSuffix(".") || number.hasSuffix(",") ? String(number.dropLast()) : number
        if suffix.isEmpty {
            if let cents = priceWithCents(plainNumber, currency: currency) { return cents }
            let unit = plainNumber == "1" ? singular(currency) : currency
            return "\(plainNumber) \(unit)"
        }
        // "$3T", "$1.2T": trillions, as American copy writes them after a currency's sign.
        guard let magnitude = magnitudes[suffix] ?? (suffix == "t" ? "trillion" : nil) else { return nil }
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
