/// Times on a stopwatch: a race's or a video's length in hours, minutes and seconds ("2:14:07",
/// "3:31.46"), said in words ("2 hours 14 minutes 7 seconds"; eSpeak: "two, fourteen zero
/// seven", "three colon thirty-one point four six"); and a clock time to the second, before a
/// time zone ("06:55:17 UTC": "6:55 and 17 seconds"). Part of `SpokenAmounts`.
extension SpokenAmounts {
    /// "H:MM:SS" (and a fraction of a second) or "M:SS.s": the length of something, or a clock
    /// time when `next` is a time zone, a UTC offset or a half of the day ("at" is no sign of
    /// one: "reached halfway at 1:02:30").
    static func stopwatchTime(_ core: String, before next: String) -> String? {
        // Asked of every word: most are turned away before they are split.
        guard core.first?.isASCIIDigit == true, core.contains(":") else { return nil }
        let parts = core.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count), (1...2).contains(parts[0].count),
              parts.dropFirst().allSatisfy({ $0.prefix(2).count == 2 && $0.prefix(2).allSatisfy(\.isASCIIDigit) }),
              parts.allSatisfy({ $0.first?.isASCIIDigit == true }) else { return nil }
        let last = parts[parts.count - 1]
        let fraction = last.dropFirst(2)
        // "M:SS" alone is a clock time or a ratio, read elsewhere; a stopwatch's needs its
        // hours or a fraction of a second.
        guard parts.count == 3 || fraction.count > 1,
              fraction.isEmpty || fraction.first == "." && (2...4).contains(fraction.count)
                && fraction.dropFirst().allSatisfy(\.isASCIIDigit),
              parts.dropLast().allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let seconds = Int(last.prefix(2)), seconds < 60,
              let minutes = Int(parts[parts.count - 2]), minutes < 60,
              let hours = parts.count == 3 ? Int(parts[0]) : 0 else { return nil }
        let secondsSaid = fraction.isEmpty ? "\(seconds)" : "\(seconds)\(fraction)"
        if parts.count == 3, isClockTime(before: next) {
            guard hours < 24 else { return nil }
            let clock = "\(hours):\(parts[1])"
            let said = clockTime(clock, next: next) ?? clock
            return seconds == 0 && fraction.isEmpty ? said : said + " and " + counted(secondsSaid, "second")
        }
        var said: [String] = []
        if hours > 0 { said.append(counted("\(hours)", "hour")) }
        if minutes > 0 { said.append(counted("\(minutes)", "minute")) }
        if seconds > 0 || !fraction.isEmpty || said.isEmpty { said.append(counted(secondsSaid, "second")) }
        return said.joined(separator: " ")
    }

    /// "34:12", "27:45": minutes and seconds on a stopwatch, the minutes past any hour of a
    /// clock (25 to 99) and two figures of seconds, where no score is near ("finished the 10K in
    /// 34:12", "the episode runs 42:30"; `ratio` read "34 to 12"): "34 minutes 12 seconds". A
    /// score nearby ("won the final 28:25") is one, unless "in" comes before, as no score does;
    /// two shares of a hundred ("60:40") are a split.
    static func minutesAndSeconds(_ core: String, previous: String?, scoreNear: Bool) -> String? {
        guard core.utf8.count == 5, core.utf8.dropFirst(2).first == 0x3A else { return nil }
        let parts = core.split(separator: ":")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let minutes = Int(parts[0]), let seconds = Int(parts[1]), minutes > 24, seconds < 60, minutes + seconds != 100,
              previous?.lowercased() == "in" || !scoreNear else { return nil }
        return counted("\(minutes)", "minute") + (seconds == 0 ? "" : " " + counted("\(seconds)", "second"))
    }

    /// Whether a word of a result stands among the four words before `index` or just after it
    /// (`SpokenNumerals.isScoreContext`).
    static func isScoreNear(_ tokens: [Substring], at index: Int) -> Bool {
        let window = tokens[max(0, index - 4)...min(tokens.count - 1, index + 1)].map(String.init)
        return SpokenNumerals.isScoreContext(window, at: index - max(0, index - 4), lastScore: Int.min / 2)
    }

    /// A time of day to the second: before a time zone ("UTC", "ET"), a UTC offset ("-0500")
    /// or a half of the day.
    private static func isClockTime(before next: String) -> Bool {
        let word = TokenMarks.split(next).core
        if Abbreviations.timeZones.contains(word) || halvesOfDay.contains(word.lowercased()) { return true }
        return word.count == 5 && (word.first == "-" || word.first == "+") && word.dropFirst().allSatisfy(\.isASCIIDigit)
    }

    /// "1430 GMT", "0915 UTC", "2200 local time", "0500 hours": a time of day on the 24-hour clock
    /// written in four figures, before a time zone, "local" or "hours" (`next`), as wire copy
    /// writes it: "14 30", "oh 9 15", "22 hundred", "oh 5 hundred" (eSpeak: "two thousand two
    /// hundred", "zero nine one five"). Not after "in", "since" or "of", where it is a year ("In
    /// 1930 GMT was...").
    static func twentyFourHourTime(_ core: String, before next: String, after previous: String) -> String? {
        guard core.utf8.count == 4, core.allSatisfy(\.isASCIIDigit), let hours = Int(core.prefix(2)), hours < 24, hours > 0,
              let minutes = Int(core.suffix(2)), minutes < 60 else { return nil }
        let word = TokenMarks.split(next).core
        guard Abbreviations.timeZones.contains(word) || word == "local" || word == "hours" || word == "hrs",
              !["in", "since", "of"].contains(previous.lowercased()) else { return nil }
        let hour = hours < 10 ? "oh \(hours)" : "\(hours)"
        let minute = minutes == 0 ? "hundred" : minutes < 10 ? "oh \(minutes)" : "\(minutes)"
        return hour + " " + minute
    }

    /// "2h 15m", "11h 40min": a span in hours and minutes (eSpeak: "two H fifteen M"); what
    /// follows the minutes is kept.
    static func hoursAndMinutes(_ hours: String, _ minutes: String) -> String? {
        guard hours.hasSuffix("h"), let h = Int(hours.dropLast()), h > 0, hours.count <= 4 else { return nil }
        let (core, trailing) = TokenMarks.split(minutes, closing: TokenMarks.sentence)
        let digits = core.prefix(while: \.isASCIIDigit)
        guard (1...2).contains(digits.count), let m = Int(digits), m < 60,
              ["m", "min", "mins"].contains(core.dropFirst(digits.count)) else { return nil }
        return counted("\(h)", "hour") + " " + counted("\(m)", "minute") + trailing
    }

    /// "1 hour", "2 hours", "31.46 seconds": an amount and its span of time.
    private static func counted(_ amount: String, _ span: String) -> String {
        "\(amount) \(amount == "1" ? span : span + "s")"
    }
}
