/// Numbers written in ways eSpeak NG cannot know how to say from the token alone: sports scores
/// ("won 6-4" is "six four", not a range "six to four"), roman numerals after a name ("Edward
/// IV" is "Edward the Fourth", "World War II" is "World War Two"; eSpeak says "roman four"), and
/// video resolutions ("1080p" is "ten eighty p").
enum SpokenNumerals {
    static func rewrite(_ text: String) -> String {
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var out = tokens
        var lastScore = -10
        for index in tokens.indices {
            let (core, trailing) = SpokenContext.split(tokens[index])
            let previous: (core: String, trailing: String) = index > 0 ? SpokenContext.split(tokens[index - 1]) : ("", "")
            if let score = score(core), isScoreContext(tokens, at: index, lastScore: lastScore) {
                out[index] = score + trailing
                lastScore = index
            } else if let value = romanValue(core),
                      numeralApplies(core, value: value, after: previous,
                                     closing: !trailing.isEmpty || index + 1 == tokens.count
                                        || tokens[index + 1].first.map { $0.isLowercase || !$0.isLetter } == true),
                      !isInitial(core, trailing: trailing, last: index == tokens.count - 1) {
                out[index] = (regnalNames.contains(previous.core) ? "the \(value)\(SpokenContext.ordinalSuffix(value))" : "\(value)")
                    + trailing
            } else if let resolution = resolution(core) {
                out[index] = resolution + trailing
            }
        }
        return out.joined(separator: " ")
    }

    // MARK: Scores

    /// Words that put a score near them: results ("won 3-1", "a 2-1 win", "the score was 2-2").
    static let scoreWords: Set<String> = [
        "won", "win", "wins", "winning", "beat", "beats", "beating", "lost", "lose", "loses", "losing", "drew", "draw",
        "draws", "led", "lead", "leads", "leading", "trailed", "trail", "trails", "trailing", "ended", "finished",
        "score", "scored", "scoreline", "defeated", "defeat", "victory", "loss", "set", "sets", "replay", "final",
        "decider", "thrashed", "edged", "rout", "routed", "clinched", "clinch", "drubbing", "thumping", "hammering",
        "shutout", "upset", "triumph",
    ]

    /// Two numbers of a game, "6-4": at most two digits each.
    static func score(_ core: String) -> String? {
        guard core.utf8.first.map(ByteText.isDigit) == true else { return nil }
        let parts = core.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let first = Int(parts[0]), let second = Int(parts[1]) else { return nil }
        func said(_ number: Int) -> String { number == 0 ? "nothing" : "\(number)" }
        if first == second { return first == 0 ? "nothing nothing" : "\(first) all" }
        return "\(said(first)) \(said(second))"
    }

    /// A score word among the four words before, or just after ("a 2-1 win"), or a score just
    /// before in a list ("6-4, 7-6").
    static func isScoreContext(_ tokens: [String], at index: Int, lastScore: Int) -> Bool {
        if index - lastScore <= 2 { return true }
        for back in 1...4 where index - back >= 0 {
            if scoreWords.contains(SpokenContext.split(tokens[index - back]).core.lowercased()) { return true }
        }
        if index + 1 < tokens.count, scoreWords.contains(SpokenContext.split(tokens[index + 1]).core.lowercased()) {
            return true
        }
        return false
    }

    // MARK: Roman numerals

    /// Names that take a regnal number ("Henry VIII", "Pope John Paul II").
    static let regnalNames: Set<String> = [
        "Edward", "Henry", "George", "Elizabeth", "Charles", "William", "Richard", "Louis", "James", "Mary", "Victoria",
        "Anne", "John", "Paul", "Benedict", "Pius", "Leo", "Gregory", "Peter", "Catherine", "Frederick", "Philip",
        "Alexander", "Nicholas", "Ferdinand", "Isabella", "Francis", "Innocent", "Clement", "Urban", "Alfonso",
        "Carlos", "Juan", "Felipe", "Gustav", "Olaf", "Harald", "Haakon", "Christian", "Frederik", "Margrethe",
        "Willem", "Napoleon", "Ivan", "Wilhelm", "Rama", "David", "Robert", "Stephen", "Harold", "Canute",
        "Matilda", "Sancho", "Pedro", "Manuel", "Umberto", "Vittorio", "Otto", "Rudolf", "Sigismund", "Casimir",
        "Sobhuza", "Mswati", "Kamehameha", "Selim", "Mehmed", "Suleiman", "Ramesses", "Ptolemy", "Cleopatra",
        "Antiochus", "Justinian", "Constantine", "Basil", "Leopold", "Baudouin", "Albert", "Carl", "Gustaf",
    ]

    /// Words that number their parts, after which "I" is one when it closes the name ("Phase I
    /// trial", "Part I of", "Type I diabetes", "Chapter I:", "Part I (2000)"); before a
    /// capitalised word it may be the pronoun of a title-case heading ("The Part I Loved Most").
    static let partWords: Set<String> = [
        "Part", "Phase", "Type", "Stage", "Chapter", "Volume", "Act", "Title", "Schedule", "Tier", "Grade", "Level",
        "Article", "Division", "Category", "Series", "Season", "Episode", "Class", "Section",
    ]

    /// A roman numeral read as a number: after a capitalised word ("Rocky IV", "Henry V"), "I"
    /// only after a regnal name or "War" or closing a part's name (`partWords`; the pronoun
    /// stays), "X" alone only after a regnal name,
    /// and never one of the letters C, D, L, M alone (grades, sizes) or a word that happens to be
    /// a numeral after a small word ("a MIX").
    ///
    /// Numbers people write in roman numerals after a name stay below 90 (kings, popes, sequels,
    /// chapters, "Super Bowl LVIII"): one with a C is an acronym ("Gemini CLI", "GitHub CI",
    /// "Adobe CC"), and so is a two-letter one of 40 or more ("Size XL", "Uplift LX").
    static func numeralApplies(_ core: String, value: Int, after previous: (core: String, trailing: String),
                               closing: Bool = false) -> Bool {
        guard value < 90, core.count > 2 || value < 40 else { return false }
        guard previous.trailing.isEmpty, let first = previous.core.first, first.isUppercase, previous.core.count > 1,
              previous.core.allSatisfy(\.isLetter) else { return false }
        if core == "I" {
            return regnalNames.contains(previous.core) || previous.core == "War" || closing && partWords.contains(previous.core)
        }
        // "X" alone is a letter after most words ("Generation X", "Malcolm X"); a regnal ten only
        // after a regnal name ("Pius X").
        if core.count == 1 { return core == "V" || (core == "X" && regnalNames.contains(previous.core)) }
        // An all-capital word before is an acronym run, not a name ("NATO MIX").
        return !previous.core.allSatisfy(\.isUppercase)
    }

    /// A single letter with a period inside the sentence is a name's initial ("John V., from
    /// Ohio"; "Henry V." ending a sentence is the king).
    static func isInitial(_ core: String, trailing: String, last: Bool) -> Bool {
        core.count == 1 && trailing.hasPrefix(".") && !last
    }

    /// The value of a well-formed roman numeral in capitals up to 399 ("LVIII" -> 58).
    static func romanValue(_ core: String) -> Int? {
        guard !core.isEmpty, core.count <= 9, core.allSatisfy({ "IVXLC".contains($0) }) else { return nil }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0
        let digits = core.map { values[$0]! }
        for (index, value) in digits.enumerated() {
            if index + 1 < digits.count, value < digits[index + 1] { total -= value } else { total += value }
        }
        // Only the canonical spelling of its value counts ("IIII", "VX" are not numerals).
        return total > 0 && canonical(total) == core ? total : nil
    }

    static func canonical(_ value: Int) -> String {
        let table: [(Int, String)] = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                                      (4, "IV"), (1, "I")]
        var rest = value
        var out = ""
        for (amount, letters) in table {
            while rest >= amount { out += letters; rest -= amount }
        }
        return out
    }

    // MARK: Resolutions

    /// "1080p", "720p", "1080i": the picture's lines said in pairs, as people say them.
    static func resolution(_ core: String) -> String? {
        guard let last = core.last, last == "p" || last == "i" else { return nil }
        let digits = core.dropLast()
        guard ["240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"].contains(String(digits)) else { return nil }
        let split = digits.count == 3 ? 1 : 2
        return "\(digits.prefix(split)) \(digits.dropFirst(split)) \(last)"
    }
}
