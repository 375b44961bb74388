/// Counts written with a scale's letter, as news and social media write them ("830K users",
/// "45k+", "200m users"), said with the scale's word; part of `SpokenAmounts`, whose
/// `expandToken` asks them. A size, a model, a race or metres keep their letter.
extension SpokenAmounts {
    /// "45k+", "100K+", "4M+", "7B+": a count in thousands, millions or billions, or more
    /// ("45 thousand plus"; eSpeak: "45 K plus"). Without the "+" the letter may be a size or a
    /// model ("4K video", "a 10k race", "a 7B model") and is left.
    static func countOrMore(_ core: String) -> String? {
        guard core.hasSuffix("+"), core.count >= 3 else { return nil }
        let body = core.dropLast()
        guard let scale = countScales[String(body.suffix(1))],
              isNumber(String(body.dropLast())) else { return nil }
        return "\(body.dropLast()) \(scale) plus"
    }

    /// "830K users", "10k steps", "about 47M": a count in thousands, millions or billions
    /// (eSpeak: "830 K users"), before a plural noun, after a word of approximation with no
    /// word after it that it describes, at a level reached ("topped 60K"), or in millions or
    /// billions with decimals ("2.4M cast"). A size, a model or a name stays ("4K videos", "a 10k
    /// race", "a 7B model", "3M").
    static func scaledCount(_ core: String, after previous: String, beforePrevious: Substring = "", before next: String,
                            closed: Bool) -> String? {
        // Asked of every word: most end in no scale's letter.
        guard core.utf8.count >= 2, let last = core.utf8.last, last == 0x6D || last == 0x6B || last == 0x4B || last == 0x4D || last == 0x42
        else { return nil }
        let number = String(core.dropLast())
        // "200m users", "5m people": millions, as British copy writes them, before what is
        // counted in millions; elsewhere an "m" is metres ("10m waves", "the 400m hurdles").
        if last == 0x6D {
            guard !closed, isNumber(number), countedInMillions.contains(TokenMarks.split(next).core.lowercased()) else { return nil }
            return "\(number) million"
        }
        guard let scale = countScales[String(core.suffix(1))] else { return nil }
        // One figure alone is more often a size or a name than a count ("4K", "8K displays", "M2
        // screws" written "2M", "3M").
        guard isNumber(number), number.count >= 2 else { return nil }
        let word = TokenMarks.split(next).core
        // "50K races", "10K events": a race's distance in kilometers.
        if core.last == "K" || core.last == "k", raceWords.contains(word.lowercased()) { return nil }
        let counts = !closed && (isPluralNoun(word) || SpokenContext.irregularPlurals.contains(word))
        // "2.4M cast", "Revenue: 8.6M": a figure with decimals before a capital "M" or "B" is
        // millions or billions wherever it stands (a size is a whole "4K", a name a whole "3M"),
        // but after a name it is part of one ("Qwen3 0.6B", a model's size).
        if last == 0x4D || last == 0x42, number.contains("."), !number.hasPrefix("."), !isNameBefore(previous) {
            return "\(number) \(scale)"
        }
        let before = previous.lowercased()
        let approximate = approximations.contains(before)
            && (closed || word.first?.isLowercase != true || notDescribed.contains(word))
        return counts || approximate || reachesLevel(number, after: before, beforeThat: beforePrevious)
            ? "\(number) \(scale)" : nil
    }

    /// "from 20K to 45K", "between 80K and 90K subscribers", "40K or 50K a day": the two ends of a
    /// range of counts are said alike. When one end reads as a count on its own (`scaledCount`:
    /// "from" after a word of change, a plural noun after it), the other is one too, wherever it
    /// stands ("45K" before "over", "9K" a lone figure); nil when neither end or both do, or
    /// either is not a figure with a scale's letter. Two sizes, distances or temperatures ("the
    /// 5K to 10K plan", "2700K to 6500K") are neither, and stay.
    /// `one` is the first end as `scaled` splits it, which the caller has already asked.
    static func countRange(_ first: String, _ one: (number: String, scale: String, trailing: String), said saidFirst: String,
                           _ second: String, said saidSecond: String) -> (String, String)? {
        guard let other = scaled(second) else { return nil }
        switch (saidFirst != first, saidSecond != second) {
        case (true, false): return (saidFirst, "\(other.number) \(other.scale)\(other.trailing)")
        case (false, true): return ("\(one.number) \(one.scale)\(one.trailing)", saidSecond)
        default: return nil
        }
    }

    /// A figure with a scale's letter ("45K", "1.2M,"), split into its number, the scale's word
    /// and the marks after it.
    static func scaled(_ token: String) -> (number: String, scale: String, trailing: String)? {
        guard let first = token.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        let (core, trailing) = TokenMarks.split(token)
        guard let letter = core.last, let scale = countScales[String(letter)], isNumber(String(core.dropLast())) else { return nil }
        return (String(core.dropLast()), scale, trailing)
    }

    /// The words that join the two ends of a range.
    static let rangeJoiners: Set<Substring> = ["to", "and", "or"]

    /// Words after a race's distance written in kilometers ("a 10K run").
    static let raceWords: Set<String> = ["race", "races", "run", "runs", "event", "events", "runners"]

    /// Words before an amount that say it is rounded.
    static let approximations: Set<String> = [
        "about", "around", "approximately", "nearly", "almost", "roughly", "over", "some", "than", "under",
    ]

    /// A count is the level something reaches, passes or moves to: after "topped", "hit",
    /// "surpassed" ("followers topped 60K", "sales hit 3.5M"), or after "to" or "from" following a
    /// word of change ("claims rose to 230K", "fell from 40K"); whatever follows it. Not "to" or
    /// "from" alone ("the 5K to 10K plan", "from 2700K to 6500K" of a lamp's colour), nor a figure
    /// of four digits or more before "K", which is a temperature in kelvins ("hit 6500K").
    static func reachesLevel(_ number: String, after previous: String, beforeThat: Substring) -> Bool {
        guard number.prefix(while: \.isASCIIDigit).count <= 3 else { return false }
        if levelsReached.contains(previous) { return true }
        return (previous == "to" || previous == "from") && changes.contains(beforeThat.lowercased())
    }

    /// A word written as a name, with nothing closing it, before a figure that is part of the
    /// name ("Qwen3 0.6B", "EvaByte 6.5B"); a capitalised word that opens a sentence is none
    /// ("About 2.4M", "The 1.2M").
    static func isNameBefore(_ previous: String) -> Bool {
        guard previous.first?.isUppercase == true, previous.last.map({ $0.isLetter || $0.isNumber }) == true else { return false }
        return !notNames.contains(previous.lowercased())
    }

    /// Words that may stand capitalised, opening a sentence or in a title, and name nothing
    /// (not the segmenter's `Abbreviations.sentenceOpeners`, which judges a period).
    static let notNames: Set<String> = [
        "the", "a", "an", "about", "around", "over", "under", "nearly", "almost", "some", "roughly", "just", "only",
        "approximately", "with", "of", "in", "by", "to", "from", "at", "and", "but", "another", "its", "their", "our",
    ]

    /// Words before a level that a count reaches or passes.
    static let levelsReached: Set<String> = [
        "top", "tops", "topped", "topping", "hit", "hits", "hitting", "reach", "reached", "reaches", "reaching",
        "surpass", "surpassed", "surpasses", "surpassing", "exceed", "exceeded", "exceeds", "exceeding", "crossed",
        "neared", "nears", "nearing", "totaled", "totalled", "totals", "totaling", "totalling", "passed",
    ]

    /// Words of change before "to" or "from" and the level a count moves to or from.
    static let changes: Set<String> = [
        "rose", "rise", "rises", "rising", "fell", "fall", "falls", "falling", "climbed", "climb", "climbs",
        "jumped", "jump", "jumps", "dropped", "drop", "drops", "grew", "grow", "grows", "growing", "increased",
        "decreased", "slid", "surged", "soared", "plunged", "sank", "slipped", "dipped", "declined", "edged",
        "swelled", "shrank", "tumbled", "spiked", "rebounded", "doubled", "tripled",
    ]

    /// The letters after a count that scale it ("k" in either case; a lower-case "m" may be meters).
    static let countScales = ["k": "thousand", "K": "thousand", "M": "million", "B": "billion"]

    /// What news counts in millions, after a number and "m".
    static let countedInMillions: Set<String> = [
        "people", "users", "customers", "subscribers", "viewers", "visitors", "listeners", "readers", "followers",
        "copies", "downloads", "jobs", "homes", "households", "voters", "passengers", "tonnes", "tons", "barrels",
        "shares", "doses", "patients", "children", "adults", "workers", "residents", "fans", "devices", "vehicles",
        "cars", "accounts", "members", "tickets", "streams", "views", "players", "migrants", "refugees",
    ]
}
