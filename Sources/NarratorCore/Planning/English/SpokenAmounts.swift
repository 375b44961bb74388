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
            // "EUR 30", "60 USD", "$10 USD", "USD 415.93 billion": a price with a currency code.
            if let (said, length) = codedPrice(tokens, at: index) {
                words.append(said)
                index += length
                continue
            }
            // "8 oz", "1 tsp", "50 Hz": a unit written apart from its number. Before the word it
            // describes it is singular: after "a" ("a 5 km walk", "a 5 min read") or "the" ("the
            // 3 min read"; not "the 10 km we ran"), or before a plural noun ("2 lb loaves").
            func describes(_ unitWords: Int) -> Bool {
                let after = index + 1 + unitWords
                guard after < tokens.count,
                      tokens[after - 1].last.map { $0.isLetter || $0 == "²" || $0 == "³" } == true || tokens[after - 1] == "in.",
                      tokens[after].first.map(\.isLowercase) == true else { return false }
                let word = TokenMarks.split(String(tokens[after])).core
                guard !Self.notDescribed.contains(word) else { return false }
                // Before a plural noun whatever comes before ("2 lb loaves"), as for a unit stuck
                // to its number, unless the noun is a verb ("of 40 kg provides").
                return ["a", "an"].contains(words.last?.lowercased() ?? "")
                    || (words.last?.lowercased() == "the" || Self.isPossessive(words.last ?? "")) && !Self.notNouns.contains(word)
                    || Self.isPluralNoun(word) && !Self.beforeVerbs.contains(words.last?.lowercased() ?? "")
            }
            // The number may open a parenthesis or a quotation ("(12 oz)") and end in a plus ("8+ hrs").
            let opened = String(token.drop { TokenMarks.opening.contains($0) })
            let number = opened.hasSuffix("+") ? String(opened.dropLast()) : opened
            // "1½ cups", "1 ¾ cups", "¾ tsp", "⅛ in.": a fraction written as one character.
            if let (said, length) = fractionCharacter(tokens, at: index, previous: words.last) {
                words.append(said)
                index += length
                continue
            }
            // "16 fl oz", "800 sq ft", "2 cu ft": a unit of two words.
            if index + 2 < tokens.count, isNumber(number), ["fl", "sq", "cu"].contains(tokens[index + 1].lowercased()) {
                let said = describes(2) ? "1" : number
                let first = tokens[index + 1].lowercased()
                if let unit = first == "fl"
                    ? separateUnit(tokens[index + 1] + " " + tokens[index + 2], after: said)
                    : squareUnit(String(tokens[index + 2]), after: said, power: powerWords[first]!) {
                    words.append(token)
                    words.append(unit)
                    index += 3
                    continue
                }
            }
            // The next token as the unit of `amount`, in the singular when it describes a noun.
            func unitAfter(_ amount: String, sized: Bool = false) -> String? {
                let count = describes(1) ? "1" : amount
                let following = index + 2 < tokens.count ? String(tokens[index + 2]) : nil
                return nauticalMiles(String(tokens[index + 1]), before: following, after: count)
                    ?? separateUnit(String(tokens[index + 1]), after: count)
                    ?? inches(String(tokens[index + 1]), before: index + 2 < tokens.count ? String(tokens[index + 2]) : nil,
                              after: count, sized: sized)
            }
            // "3-5 in.", "10-15 km", "(2.1–2.2 kg)": a range and its unit, said "3 to 5 inches".
            if index + 1 < tokens.count, opened.count + 1 >= token.count, let (low, high) = rangeEnds(number), isNumber(low),
               isNumber(high), let unit = unitAfter(high) {
                words.append(String(token.prefix(token.count - opened.count)) + "\(low) to \(high)")
                words.append(unit)
                index += 2
                continue
            }
            if index + 1 < tokens.count, isNumber(number),
               let unit = unitAfter(number, sized: words.last == "by" && words.dropLast().last.map { $0 == "inches" || $0 == "inch" } == true) {
                words.append(token)
                words.append(unit)
                index += 2
                continue
            }
            let afterNumber = words.last.map { isNumber($0) } ?? false
            // "-12 °C", "−18 °C": a measure below zero written apart from its unit (eSpeak: "minus
            // twelve degrees C"); not the second end of a range written with a space ("from 10 -15 km").
            if index + 1 < tokens.count, !afterNumber, let sign = opened.first, sign == "-" || sign == "−",
               case let magnitude = String(opened.dropFirst()), isNumber(magnitude), let unit = unitAfter(magnitude) {
                words.append(String(token.prefix(token.count - opened.count)) + "minus " + magnitude)
                words.append(unit)
                index += 2
                continue
            }
            // "1/16 inch", "3/16 in.", "5/16″": a fraction of an inch (eSpeak: "one slash sixteen").
            // Not after a whole number ("15 1/2″").
            if !afterNumber,
               let (said, length) = inchFraction(token, next: index + 1 < tokens.count ? String(tokens[index + 1]) : nil,
                                                 last: index + 2 >= tokens.count) {
                words.append(said)
                index += length
                continue
            }
            // Shorthand read with the words around it: "highs of 30C", "an M4.8 tremor", "2h 15m".
            if let used = shorthand(tokens, at: index, in: text, after: &words) {
                index += used
                continue
            }
            // "1/2 cup" -> "half a cup", "1/2 of" -> "half of", "1/3 cup" -> "a third of a cup".
            // After "a" the fraction brings its own article ("a 1/2 cup" is "half a cup", "a
            // 1/2 lb cut" "a half lb cut"; eSpeak heard "a a half").
            if let article = words.last, ["a", "an"].contains(article.lowercased()) {
                let next = index + 1 < tokens.count ? String(tokens[index + 1]) : ""
                let own = fraction(token, whole: false).flatMap { $0.hasPrefix("a ") || $0.hasPrefix("an ") ? $0 : nil }
                if var said = fractionBeforeNoun(token, next) ?? own {
                    words.removeLast()
                    if article.first?.isUppercase == true { said = said.prefix(1).uppercased() + said.dropFirst() }
                    words.append(said)
                    index += 1
                    continue
                }
            }
            if index + 1 < tokens.count,
               let said = fractionOfUnit(token, String(tokens[index + 1]), then: index + 2 < tokens.count ? String(tokens[index + 2]) : nil) {
                words.append(said)
                index += 2
                continue
            }
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
            // "4.6 / 5.0": a decimal score with its slash set apart; not a date's ("5 / 10 / 2024").
            if next == "/", token.contains("."), index + 2 < tokens.count,
               index + 3 == tokens.count || !tokens[index + 3].hasPrefix("/"),
               let said = score(token + "/" + String(tokens[index + 2])) {
                words.append(said)
                index += 3
                continue
            }
            // "9:00 p.m." -> "9 p.m.", "10:00" -> "10 o'clock", "15:00" -> "15 hundred", "10:05" ->
            // "10 oh 5" (eSpeak: "nine zero zero", "ten zero five").
            if let said = clockTime(token, next: next) {
                words.append(said)
                index += 1
                continue
            }
            if token.utf8.contains(0x3A), let (leading, core, trailing) = TokenMarks.unwrap(token),
               let said = minutesAndSeconds(core, previous: words.last, scoreNear: isScoreNear(tokens, at: index)) {
                words.append(leading + said + trailing)
                index += 1
                continue
            }
            if let said = ratio(token, previous: words.last) {
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
            let said = expandToken(token, after: index > 0 ? String(tokens[index - 1]) : "",
                                   beforePrevious: index > 1 ? tokens[index - 2] : "",
                                   before: index + 1 < tokens.count ? String(tokens[index + 1]) : "")
            // "from 20K to 45K": both ends of a range of counts are counts.
            if index + 2 < tokens.count, rangeJoiners.contains(tokens[index + 1]), let one = scaled(token), let (first, second) = countRange(
                token, one, said: said, String(tokens[index + 2]),
                said: expandToken(String(tokens[index + 2]), after: String(tokens[index + 1]), beforePrevious: tokens[index],
                                  before: index + 3 < tokens.count ? String(tokens[index + 3]) : "")) {
                words += [first, String(tokens[index + 1]), second]
                index += 3
                continue
            }
            words.append(said)
            index += 1
        }
        return words.joined(separator: " ")
    }

    /// One whitespace-free token, with any punctuation around it kept in place. After "a" or
    /// "an" an amount or a measure describes what follows and its unit is singular ("a 65W
    /// charger" is "a 65 watt charger", "a $5 fee" "a 5 dollar fee"); after "between" a range
    /// is said "A and B". After "the" or a possessive, a measure before a word in lower case
    /// describes it too ("the 10″ tires": "the 10 inch tires", "the chipmaker's 3nm process"), but
    /// not a price ("the $5 was spent").
    static func expandToken(_ token: String, after previous: String = "", beforePrevious: Substring = "",
                            before next: String = "") -> String {
        guard let (leading, core, trailing) = TokenMarks.unwrap(token) else { return token }
        // "per yr", "a yr earlier": a span of time written short after "per" or "a" (eSpeak: "Y R").
        if core.utf8.count <= 4, let span = timeUnits[core], spansAfter.contains(previous.lowercased()) {
            return leading + span.singular + TokenMarks.withoutPeriodBeforeComma(trailing)
        }
        // "IEEE 802.11g", "ISO 9001": a standard's name, not "802.11 grams".
        if standardsBodies.contains(previous) { return token }
        let describes = leading.isEmpty && ["a", "an"].contains(previous.lowercased())
        if describes, let said = describingAmount(core) { return said + trailing }
        let word = TokenMarks.split(next).core
        if leading.isEmpty, trailing.isEmpty, core.utf8.contains(where: ByteText.isDigit),
           previous.lowercased() == "the" || isPossessive(previous), let first = word.first, first.isLowercase,
           word.allSatisfy(\.isLetter), !notDescribed.contains(word), !notNouns.contains(word),
           measure(core) != nil || measureRange(core) != nil,
           let said = describingAmount(core) {
            return said
        }
        // Before a plural noun, a measure written with its unit describes it whatever comes
        // before ("dual 24″ monitors", "with 54mm baskets": "24 inch monitors"); not after a word
        // that makes the noun a verb ("a capacity of 40L provides").
        if leading.isEmpty, trailing.isEmpty, isPluralNoun(word), !beforeVerbs.contains(previous.lowercased()),
           measure(core) != nil, let said = describingAmount(core) {
            return said
        }
        if leading.isEmpty, let said = scaledCount(core, after: previous, beforePrevious: beforePrevious, before: next,
                                                   closed: !trailing.isEmpty) {
            return said + trailing
        }
        if let said = docketNumber(core, after: previous) { return leading + said + trailing }
        if let said = currencyNamed(core, after: previous, enclosed: leading == "(" && trailing.hasPrefix(")")) {
            return leading + said + trailing
        }
        if let year = SpokenDates.shortYear(core, after: leading, closedBy: trailing) {
            return String(core.first == "’" ? leading[...] : leading.dropLast()) + year + trailing
        }
        let timeOfDay = timeRange(core) ?? halfOfDayThenEnd(core, after: previous)
        let clock = stopwatchTime(core, before: next) ?? twentyFourHourTime(core, before: next, after: previous)
        guard var spoken = currencyAmount(core) ?? SpokenDates.spoken(core) ?? timeOfDay ?? range(core) ?? measure(core)
                ?? measureRange(core) ?? clock ?? percentWrittenShort(core, before: next, closed: !trailing.isEmpty)
                ?? metres(core, before: next) ?? otherReading(core) else { return token }
        if previous.lowercased() == "between", leading.isEmpty, rangeEnds(core) != nil,
           let to = spoken.range(of: " to ") {
            spoken.replaceSubrange(to, with: " and ")
        }
        // "'80s": the apostrophe stood for the century, which the spoken decade drops.
        let opening = leading.last == "'" && SpokenDates.decade(core) != nil ? leading.dropLast() : leading[...]
        // "Mon.-Fri.,": an abbreviation's period before a comma was read with the word (eSpeak
        // stopped twice at "Friday.,").
        return String(opening) + spoken + TokenMarks.withoutPeriodBeforeComma(trailing)
    }

    /// The token's reading as a count or more, a fraction, a negative measure, decades, a part of a
    /// year, a telephone number, a time of day, a round ordinal, odds, a version, a unit or a range
    /// joined by a hyphen, a home's rooms or a power of ten (the rest of `expandToken`'s readings, tried in this order).
    static func otherReading(_ core: String) -> String? {
        if let said = countOrMore(core) ?? fraction(core, whole: false) ?? negativeMeasure(core)
            ?? SpokenDates.prefixedDecade(core) ?? SpokenDates.prefixedYear(core) ?? SpokenDates.decadeRange(core) { return said }
        return phoneNumber(core) ?? meridiemTime(core) ?? roundOrdinal(core) ?? shorthand(core)
            ?? bedsAndBaths(core, describing: false) ?? powerOfTen(core)
    }

    /// A noun's possessive ("phone's", "firms'") or a possessive word ("your"), before a measure
    /// that describes what follows ("the phone's 5,000 mAh battery", "your 20,000 mAh bank"); not
    /// a verb's contraction ("it's 5 km away").
    static func isPossessive(_ word: String) -> Bool {
        let lower = word.lowercased().replacingOccurrences(of: "’", with: "'")
        if ["my", "your", "his", "her", "its", "our", "their"].contains(lower) { return true }
        guard lower.hasSuffix("'s") || lower.hasSuffix("s'"), lower.count > 3 else { return false }
        return !["it's", "that's", "there's", "here's", "what's", "he's", "she's", "who's", "where's", "let's", "one's"].contains(lower)
    }

    /// Bodies that number standards, before a standard's number ("IEEE 802.11g", "RFC 2616"); not
    /// "ISO", which is a camera's sensitivity too ("ISO 100-51200").
    static let standardsBodies: Set<String> = ["IEEE", "IEC", "ANSI", "ITU", "ASTM", "DIN", "RFC"]

    /// Words after "the 120°F" that begin a clause rather than name what it measures ("above the
    /// 120°F most heaters are set to", "the 10 km we ran").
    static let notNouns: Set<String> = [
        "most", "many", "much", "more", "less", "some", "all", "each", "every", "which", "who", "where", "when",
        "while", "we", "you", "they", "he", "she", "it", "i", "is", "was", "are", "were", "be", "been", "has",
        "had", "have", "will", "would", "can", "could", "should", "may", "might", "must", "did", "do", "does",
        "not", "so", "but", "if", "as", "than", "then", "there", "here", "alone", "only", "too", "also", "now",
        "ago", "later", "earlier", "before", "after", "left", "remaining", "away", "apart", "since", "until",
    ]

    /// A word in lower case that reads as a plural noun: four letters or more ending in "s" but
    /// not "ss", "us", "is" or "ous", and not a word that only ends so ("always", "towards").
    static func isPluralNoun(_ word: String) -> Bool {
        guard word.count >= 4, word.hasSuffix("s"), word.allSatisfy({ $0.isLetter && $0.isLowercase }),
              !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") else { return false }
        return !notPlurals.contains(word)
    }

    static let notPlurals: Set<String> = [
        "always", "perhaps", "besides", "towards", "afterwards", "backwards", "forwards", "upwards", "downwards",
        "sideways", "whereas", "nevertheless", "sometimes", "overseas", "series", "means", "news", "yours", "ours",
        "theirs", "hers", "whose", "does", "goes", "lens",
        // Verbs a measure is often the subject of ("1000 mg refers to", "5 km separates").
        "refers", "equals", "makes", "takes", "gives", "provides", "contains", "requires", "costs", "weighs",
        "seems", "looks", "feels", "comes", "gets", "keeps", "lasts", "holds", "covers", "includes",
        "represents", "translates", "corresponds", "applies", "separates", "adds", "allows", "offers", "works",
    ]

    /// Words after which a measure and a word ending in "s" are a subject and its verb ("that
    /// 600mm demands", "of 40L provides").
    static let beforeVerbs: Set<String> = ["that", "which", "who", "of", "than", "to"]

    /// Words after "a 10 km" that it does not describe ("ran a 10 km in an hour").
    static let notDescribed: Set<String> = ["in", "on", "at", "of", "to", "and", "or", "for", "with", "by", "from", "that", "than",
                                            "between", "across", "along", "around", "through", "into", "over", "under", "per", "each"]
}
