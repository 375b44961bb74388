/// Numbers in a newsroom's shorthand, which eSpeak NG reads letter by letter or with a pause
/// inside: odds ("1-in-5" "1 in 5"; eSpeak: "one-in, five"), an earthquake's magnitude ("M6.2"
/// "magnitude 6.2"; eSpeak: "M six point two"), a version ("v2.3.1" "version 2.3.1"), "No.11",
/// a youth side's age ("U-20" "under 20"), a school's grades ("K-12" "K through 12"), an
/// emergency number ("called 911" "9 1 1"), a time written the French way ("at 10h30"), a unit
/// joined to its number by a hyphen ("a 10-yr sentence" "a 10 year sentence"; eSpeak:
/// "ten-er"), metres before what they measure ("1.85m tall"; "M" after a number may as well be
/// millions); and the one place the readings that need the sentence's words
/// (`SpokenAmounts+Sentence`) are asked from. Part of `SpokenAmounts`.
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
        if let (leading, core, trailing) = TokenMarks.unwrap(token) {
            if trailing.isEmpty, index + 1 < tokens.count, tokens[index + 1].first == "W",
               let said = watts(core, unit: String(tokens[index + 1]), after: words.last,
                                before: index + 2 < tokens.count ? String(tokens[index + 2]) : nil, in: text) {
                words.append(leading + said)
                return 2
            }
            if let (said, used) = pointsOrBits(leading, core, trailing, tokens, at: index, in: text) {
                words.append(said)
                return used
            }
            if let said = degrees(core), speaksOfTemperature(text) {
                words.append(leading + said + trailing)
                return 1
            }
            if let said = pence(core, in: text) {
                words.append(leading + said + trailing)
                return 1
            }
            if let said = cents(core), speaksOfMoney(text) {
                words.append(leading + said + trailing)
                return 1
            }
            if let said = bettingOdds(core), index + 1 == tokens.count || tokens[index + 1] != "of",
               mentions(text, anyOf: bettingWords) || quotesOdds(core, tokens, at: index) {
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
        if let said = emergencyNumber(token, after: index > 0 ? tokens[index - 1] : "",
                                      before: index + 1 < tokens.count ? tokens[index + 1] : "") {
            words.append(said)
            return 1
        }
        if let said = clockWithH(token, after: index > 0 ? tokens[index - 1] : "") {
            words.append(said)
            return 1
        }
        if index + 1 < tokens.count, let said = hoursAndMinutes(token, String(tokens[index + 1])) {
            words.append(said)
            return 2
        }
        return nil
    }

    /// Odds, a version, a unit joined by a hyphen, "No.11", "U-20", "K-12" or a range joined to
    /// what it measures ("18-29-year-olds"), read from the
    /// token alone (`metres` needs the word after it, and is asked apart).
    static func shorthand(_ core: String) -> String? {
        odds(core) ?? version(core) ?? hyphenedUnit(core) ?? numbered(core) ?? underAge(core) ?? grades(core)
            ?? rangeBeforeWord(core)
    }

    /// "10h30", "9h05" after "at", "from", "until" or "by": a time of day written the French way
    /// (eSpeak: "ten H thirty"), as the clock reads it ("10:30"); elsewhere "1h30" may be a span.
    static func clockWithH(_ token: String, after previous: Substring) -> String? {
        guard token.utf8.contains(0x68), ["at", "from", "until", "till", "by", "before", "after"].contains(previous.lowercased()) else { return nil }
        let (core, trailing) = TokenMarks.split(token, closing: TokenMarks.sentence)
        let parts = core.split(separator: "h", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let hour = Int(parts[0]), hour < 24,
              let minutes = Int(parts[1]), minutes < 60 else { return nil }
        let clock = "\(hour):\(parts[1])"
        return (clockTime(clock, next: "") ?? clock) + trailing
    }

    /// "K-8", "K-12": a school's grades from kindergarten, "K through 12" (eSpeak: "K, twelve");
    /// the last grades a school ends on, so that a tax form's "K-1" and a police dog's "K-9" stay.
    static func grades(_ core: String) -> String? {
        guard core.hasPrefix("K-") || core.hasPrefix("K–"), core.dropFirst(2).allSatisfy(\.isASCIIDigit),
              let last = Int(core.dropFirst(2)), [2, 3, 4, 5, 6, 8, 12].contains(last) else { return nil }
        return "K through \(last)"
    }

    /// "911", "999", "112" where a call is made or taken ("called 911", "a 911 dispatcher",
    /// "dialled 999"): the emergency number digit by digit (eSpeak: "nine hundred eleven"); a
    /// model keeps its number ("a Porsche 911").
    static func emergencyNumber(_ token: String, after previous: Substring, before next: Substring) -> String? {
        guard token.utf8.count <= 5, token.utf8.first == 0x39 || token.utf8.first == 0x31 else { return nil }  // "9", "1"
        let (core, trailing) = TokenMarks.split(token, closing: TokenMarks.sentence)
        guard ["911", "999", "112"].contains(core) else { return nil }
        let before = TokenMarks.split(String(previous)).core.lowercased(), after = TokenMarks.split(String(next)).core.lowercased()
        guard callVerbs.contains(before) || trailing.isEmpty && emergencyWords.contains(after) else { return nil }
        return digits(Substring(core)) + trailing
    }

    static let callVerbs: Set<String> = ["call", "called", "calls", "calling", "dial", "dialed", "dialled", "dialing", "dialling",
                                         "phone", "phoned", "phoning", "ring", "rang", "text", "texted"]
    static let emergencyWords: Set<String> = [
        "call", "calls", "caller", "callers", "dispatcher", "dispatchers", "dispatch", "operator", "operators", "center",
        "centers", "centre", "centres", "system", "line", "hotline", "service", "services", "recording", "recordings",
    ]

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

    /// "1.85m tall", "3m away": metres before a word that says what they measure; "the 400m
    /// hurdles", "a 25m pool": before the race or the pool they measure, which they describe
    /// ("400 meter hurdles"; eSpeak: "400 M hurdles").
    static func metres(_ core: String, before next: String) -> String? {
        guard core.hasSuffix("m") else { return nil }
        let word = TokenMarks.split(next).core.lowercased()
        if dimensions.contains(word) { return inMetres(core) }
        guard races.contains(word), let said = inMetres(core), let unit = letterUnits["m"] else { return nil }
        return String(said.dropLast(unit.plural.count)) + unit.singular
    }

    /// Races and pools measured in metres, after their distance.
    static let races: Set<String> = [
        "hurdles", "dash", "sprint", "steeplechase", "relay", "freestyle", "butterfly", "backstroke",
        "breaststroke", "medley", "individual", "final", "finals", "heat", "heats", "semifinal", "semifinals",
        "race", "pool",
    ]

    /// "No. 22-451", "No. 21-3456": a court's docket number after "number" (the period loop's
    /// "No."), its year's two digits and the case's three or four said in groups ("22 4 51"), not
    /// a range ("No. 5-7" stays one).
    static func docketNumber(_ core: String, after previous: String) -> String? {
        guard previous == "number", core.utf8.count <= 7, let (low, high) = rangeEnds(core), core.contains("-"),
              low.utf8.count == 2, (3...4).contains(high.utf8.count),
              low.utf8.allSatisfy(ByteText.isDigit), high.utf8.allSatisfy(ByteText.isDigit) else { return nil }
        let cut = high.index(high.endIndex, offsetBy: -2)
        return "\(low) \(high[..<cut]) \(high[cut...])"
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

    /// "18-29-year-olds", "a 3-5-year sentence", "25–34-year-old": a range joined by a hyphen to
    /// the word it measures (eSpeak: "eighteen dash twenty-nine-year-olds"), "18 to 29-year-olds".
    /// The low end below the high, so that a score or "1-2-1" stays.
    static func rangeBeforeWord(_ core: String) -> String? {
        let low = core.prefix { $0.isASCIIDigit }
        guard (1...3).contains(low.count), let dash = core.dropFirst(low.count).first, dash == "-" || dash == "–" else { return nil }
        let afterDash = core.dropFirst(low.count + 1)
        let high = afterDash.prefix { $0.isASCIIDigit }
        let word = afterDash.dropFirst(high.count)
        guard (1...3).contains(high.count), word.first == "-", let from = Int(low), let to = Int(high), from < to,
              let measured = word.dropFirst().split(separator: "-").first, rangedWords.contains(measured.lowercased())
        else { return nil }
        return "\(low) to \(high)\(word)"
    }

    /// Words a range joined to them measures ("a 3-5-year sentence", "6-8-week delays").
    static let rangedWords: Set<String> = [
        "year", "day", "week", "month", "hour", "minute", "second", "mile", "foot", "inch", "yard", "game", "point",
        "storey", "story", "bedroom", "person", "seat", "lane", "hole", "round", "page", "member", "degree", "meter",
        "metre", "kilometer", "kilometre", "percent",
    ]

    /// "10-yr", "30-min", "5-km", "10-yr-old", "9-in": a number joined to a unit written short, which
    /// describes what follows (its unit singular), and any words joined after it.
    static func hyphenedUnit(_ core: String) -> String? {
        guard core.first?.isASCIIDigit == true, core.contains("-") else { return nil }
        let parts = core.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, isNumber(parts[0]), parts.dropFirst(2).allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }),
              let words = timeUnits[parts[1]] ?? separateUnits[parts[1].lowercased()] ?? casedUnits[parts[1]]
                ?? (parts[1] == "pt" || parts[1] == "pts" ? ("point", "points") : nil)
                ?? (parts[1] == "in" && parts.count == 2 ? ("inch", "inches") : nil) else { return nil }
        return ([parts[0], words.singular] + parts.dropFirst(2)).joined(separator: " ")
    }
}
