/// Words written short that eSpeak NG spells or misreads, said in full as a narrator says them
/// (or closed up as eSpeak reads them well, academic degrees);
/// `SpokenSymbols` asks for each token.
enum SpokenShortWords {
    /// The word in full, or nil: "w/", "w/o", "n/a" and "c/o" ("W slash"), "Ms" before a name
    /// ("M S"), "avg", "incl" and "excl" ("A V G", "inkle"), "aka" ("ah-kuh"), "WWII" and
    /// "YoY", "MoM", "QoQ", "sq" and its unit ("S Q F T"), a street's kind after its name ("Central Ave",
    /// "Sunset Blvd", "Oak Rd", "Portola Dr", "Elm St"; eSpeak: "ahvay", "B L V D", "R D",
    /// "doctor", a weak "s'nt"), "Mt", "Ft" and "St" before a name ("M T", a weak "s'nt"), and
    /// "Cat" and "Prop" before their number ("Category", "Proposition"), "bn", "mn" and "tn" after
    /// one ("billion"), "approx" or "Approx" before an amount, "c." before one ("circa") (`next` is nil when a mark other than a period
    /// closes the word: "(Sq. Ft.), Average"). "Dr" before a name stays a doctor.
    static func said(_ core: String, after previous: String, before next: String?) -> String? {
        switch core.lowercased() {
        case "w/": return "with"
        case "w/o": return "without"
        // "y-o-y", "q-o-q", "m-o-m" (eSpeak: "why oh why"): the change on the same span before.
        case "y-o-y": return "year on year"
        case "q-o-q": return "quarter on quarter"
        case "m-o-m": return "month on month"
        // "7.2% p.a.", "$40,000 p.a.": a rate or an amount a year (eSpeak: "P A").
        case "p.a" where previous.last.map { $0.isNumber || $0 == "%" } == true: return "per annum"
        // "£1,500 pcm": a rent per calendar month (eSpeak: "P C M").
        case "pcm" where previous.last?.isNumber == true: return "per month"
        default: break
        }
        // "n/a", "c/o" (eSpeak: "N slash a", "C slash O"); in capitals "N/A" is read by
        // `SpokenSymbols.slashed` and "C/O" may be a name.
        switch core {
        case "n/a": return "N A"
        case "c/o": return "care of"
        default: break
        }
        // "a Cat 4 hurricane", "Prop 22" (eSpeak: "cat", "prop"): a storm's category and a ballot's
        // proposition before their number, capitalised ("fed the cat 3 times" stays).
        if let name = numbered[core], let next, let first = next.utf8.first, ByteText.isDigit(first),
           next.utf8.prefix(while: ByteText.isDigit).count <= 3 { return name }
        // "8.1 bn people", "3.2 mn euros": a scale written short after a bare number (after a
        // currency's sign `SpokenAmounts` says it before the currency).
        if let scale = scalesWrittenShort[core], SpokenAmounts.isNumber(previous) { return scale }
        // An academic degree with a period inside ("Ph.D", "M.Sc."): eSpeak says "P H dot D".
        if let degree = degrees[core.hasSuffix(".") ? String(core.dropLast()) : core] { return degree }
        // As written: eSpeak says "W W two", "yoy why".
        switch core {
        case "WWI": return "World War One"
        case "WWII": return "World War Two"
        case "YoY": return "year over year"
        case "MoM": return "month over month"
        case "QoQ": return "quarter over quarter"
        default: break
        }
        // Days written short that are no other word ("at 10 a.m. ET Tues."; eSpeak: "tooz",
        // "wed"); "Mon", "Sat" and "Sun" only before a date (`SpokenContext`).
        if !["Mon", "Sat", "Sun"].contains(core), let day = CalendarWords.shortWeekdays[core] { return day }
        // "avg", "incl.", "excl.", "aka" in lower case or capitalised ("AVG" is a name); a price
        // "incl." at the end is one with it included.
        if let (word, last) = inFull[core.lowercased()], core.dropFirst().allSatisfy(\.isLowercase),
           core == "aka" || core.lowercased() != "aka" {  // "Aka" may be a name
            let said = next == nil && !last.isEmpty ? last : word
            return core.first!.isUppercase ? said.prefix(1).uppercased() + said.dropFirst() : said
        }
        // "Home Size (Sq. Ft.)": an area's unit without its number (after one, `SpokenAmounts`
        // says it, in the singular when it describes: "a 3,080 sq ft hall").
        if core.lowercased() == "sq", let next, SpokenAmounts.squareUnit(next, after: "2") != nil,
           !SpokenAmounts.isNumber(SpokenSymbols.measured(previous)) {
            return core == "sq" ? "square" : "Square"
        }
        if SpokenSymbols.measured(previous).lowercased() == "square", SpokenAmounts.shortLengths.contains(core.lowercased()),
           let area = SpokenAmounts.squareUnit(core, after: "2") {
            return String(area.dropFirst("square ".count))
        }
        // "Yr 6", "Yr 11": a school's year before its number (eSpeak: "Y R six").
        if core == "Yr", let next, SpokenAmounts.isNumber(TokenMarks.split(next).core) { return "Year" }
        // "hrs per week", "Yrs": a span of time written short without its number (after one,
        // `SpokenAmounts` says it).
        if spansWithoutNumber.contains(core.lowercased()), let span = SpokenAmounts.timeUnits[core.lowercased()],
           core.dropFirst().allSatisfy(\.isLowercase),
           !SpokenAmounts.isNumber(String(previous.drop { TokenMarks.opening.contains($0) }.filter { $0 != "+" })) {
            return core.first!.isUppercase ? span.plural.prefix(1).uppercased() + span.plural.dropFirst() : span.plural
        }
        // "(b. 1953", "d. 2001", "c. 1150", "ca. 1500 BC", "r. 1509-1547": a life's or a
        // reign's dates, or a date known roughly (eSpeak: "bee", "see").
        if let word = beforeYears[core], let next, isYear(next) { return word }
        // "c. $12bn", "c. 3,000 residents", "c. 500 BC": an amount or a year known roughly.
        if core == "c" || core == "ca", let next, isRoughAmount(next) { return "circa" }
        // A name, not an address's next part ("Gough St. Suite 301").
        let nextIsName = next?.first?.isUppercase == true && !Abbreviations.addressUnits.contains(next.map { String($0.prefix { $0.isLetter }) } ?? "")
        let (name, afterName) = SpokenContext.split(previous)
        // Not after a number, as feet ("6 Ft Surge Protector").
        if let place = placeNames[core], nextIsName, name.last.map({ !$0.isNumber }) ?? true { return place }
        // "Ms Patel", "Ms. Patel" (eSpeak: "M S").
        if core == "Ms", nextIsName { return "Mizz" }
        if core == "approx" || core == "Approx", let first = next?.first, first.isNumber || "$£€~".contains(first) {
            return core == "approx" ? "approximately" : "Approximately"
        }
        // After a street's name ("Elm St.", "5th Ave."), not before a person's or a place's
        // ("Dr. Khan", "St. Louis").
        guard let street = streets[core], afterName.isEmpty, isStreetName(name),
              core != "Dr" && core != "St" || !nextIsName else { return nil }
        return street
    }

    /// A US state written short with its period after a place and its comma ("Portland, Ore.",
    /// "DEKALB, Ill. —"; eSpeak: "ore", "ill"), in full; nil for anything else. "Pa." and
    /// "Miss." are left: after a comma they are as often said to someone ("Thanks, Pa.").
    static func state(_ core: String, after previous: String) -> String? {
        guard let name = USStates.shortForms[core], previous.hasSuffix(","), previous.count >= 4,
              previous.first?.isUppercase == true, previous.dropLast().allSatisfy({ $0.isLetter || $0 == "-" || $0 == "." })
        else { return nil }
        return name
    }

    /// A lawmaker's party and state after their name, as American papers write them: "(D-Calif.)",
    /// ", R-Texas,", "(I-Vt.)", "(R-TX)" (eSpeak: "D Calif", "R Texas"): "Democrat of California".
    /// Only in parentheses ("the senator (D-Calif.)") or between commas after a capitalised word, a state after the hyphen
    /// ("D-Day", "I-95" stay).
    static func affiliation(_ core: String, opened: Bool, after previous: String) -> String? {
        guard core.count >= 4, let party = parties[core.first!], core.dropFirst().first == "-",
              opened || (previous.hasSuffix(",") && previous.first?.isUppercase == true),
              let state = USStates.name(String(core.dropFirst(2))) else { return nil }
        return "\(party) of \(state)"
    }

    /// Capitalised words written short that number what follows.
    static let numbered = ["Cat": "Category", "Prop": "Proposition"]

    /// Scales written short in lower case, after a number.
    static let scalesWrittenShort = ["bn": "billion", "mn": "million", "tn": "trillion"]

    static let parties: [Character: String] = ["D": "Democrat", "R": "Republican", "I": "independent"]

    /// A capitalised name ("Elm") or an ordinal ("5th"), as a street is named.
    private static func isStreetName<Name: StringProtocol>(_ name: Name) -> Bool {
        guard let first = name.first else { return false }
        return first.isUppercase ? name.allSatisfy(\.isLetter) : TextCleanup.isOrdinal(name)
    }

    /// Whether a sentence may hold one of the words ("w/" holds a slash, which `SpokenSymbols`
    /// looks for anyway).
    static func mayHold(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { marks.occur(in: $0) }
    }

    /// Every sentence is asked: one pass over its bytes, not a string search per mark.
    private static let marks = ByteNeedles([" Ave", " Blvd", " Rd", " Dr", " Hwy", " Pkwy", " Ln", "Mt", "Ft", "St", "pprox ", "vg", "ncl", "xcl",
                                            "sq ", "Sq ", "aka", "WWI", "YoY", "MoM", "QoQ", "Ms ", ".D", ".Sc", ".Phil", "LL.", ".Div", ".Min"]
                                           + beforeYears.keys.flatMap { short in [" ", "("].flatMap { [$0 + short + " 1", $0 + short + " 20"] } }
                                           + spansWithoutNumber.flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst()] }
                                           + USStates.shortForms.keys.map { " " + $0 }
                                           + [" c ", " ca ", "(c ", "(ca ", "(D-", "(R-", "(I-", " D-", " R-", " I-", "Cat ", "Prop ", " bn", " mn", " tn", "-o-", "-O-", "p.a", "Tue", "Wed", "Thu", "Fri", "pcm", "Yr "])

    /// Academic degrees written with periods between their parts, closed up as eSpeak NG reads
    /// them ("PhD" "P H D", "MSc" "M S C", "DPhil" "D Phil").
    static let degrees = ["Ph.D": "PhD", "Ed.D": "EdD", "Psy.D": "PsyD", "Th.D": "ThD", "Pharm.D": "PharmD",
                          "D.Phil": "DPhil", "M.Phil": "MPhil", "M.Sc": "MSc", "B.Sc": "BSc", "D.Sc": "DSc",
                          "LL.B": "LLB", "LL.M": "LLM", "M.Div": "MDiv", "D.Min": "DMin"]

    /// Letters written short before a year, and what they stand for.
    static let beforeYears = ["b": "born", "d": "died", "c": "circa", "ca": "circa", "r": "reigned", "fl": "flourished"]

    /// An amount after "c." or "ca.": a figure of two digits or more ("3,000", "500"), or a price
    /// ("$12bn", "£40m", "A$5m").
    static func isRoughAmount(_ token: String) -> Bool {
        let figure = token.drop { !$0.isASCIIDigit }
        let sign = token.prefix(token.count - figure.count)
        guard sign.isEmpty || SpokenAmounts.symbols.contains(where: { $0.prefix == sign }) else { return false }
        return figure.prefix { $0.isASCIIDigit || $0 == "," }.filter(\.isASCIIDigit).count >= (sign.isEmpty ? 2 : 1)
    }

    /// A year from 1000 to 2099, alone or starting a span ("1509-1547"), closing marks after it.
    static func isYear(_ token: String) -> Bool {
        let digits = token.prefix { $0.isASCIIDigit }
        guard digits.count == 4, digits.hasPrefix("1") || digits.hasPrefix("20") else { return false }
        let rest = token.dropFirst(4)
        return rest.isEmpty || rest.first == "-" || rest.first == "–" || rest.allSatisfy { TokenMarks.closing.contains($0) }
    }

    /// Spans of time written short and plural (`SpokenAmounts.timeUnits`: "hrs", "yrs"), said
    /// in full without a number too.
    private static let spansWithoutNumber = SpokenAmounts.timeUnits.keys.filter { $0.count >= 3 && $0.hasSuffix("s") }

    /// Words written short that are said in full wherever they stand, and, for some, as said
    /// when nothing follows.
    static let inFull: [String: (word: String, last: String)] = [
        "avg": ("average", ""), "incl": ("including", "included"), "excl": ("excluding", "excluded"),
        "aka": ("also known as", ""),
    ]

    /// A street's kind written short, after its name.
    static let streets = ["Ave": "Avenue", "Blvd": "Boulevard", "Rd": "Road", "Dr": "Drive", "Hwy": "Highway",
                          "Pkwy": "Parkway", "Ln": "Lane", "St": "Street"]

    /// Words written short before a place's name.
    static let placeNames = ["Mt": "Mount", "Ft": "Fort", "St": "Saint"]
}
