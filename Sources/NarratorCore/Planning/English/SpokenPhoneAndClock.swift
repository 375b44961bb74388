import Foundation

/// Numbers read out digit by digit or by the clock: telephone numbers and clock times; part of
/// `SpokenAmounts`, which applies them word by word.
extension SpokenAmounts {
    /// A North American telephone number, "888-209-3989" or "1-800-555-0199" (also with dots):
    /// its digits one by one in their groups ("8 8 8, 2 0 9, 3 9 8 9"), as it is read out; eSpeak
    /// reads "eight hundred eighty-eight".
    /// After an area code in brackets, the local number alone ("123-4567").
    static func phoneNumber(_ core: String, afterAreaCode: Bool = false) -> String? {
        guard core.utf8.contains(where: ByteText.isDigit) else { return nil }
        let separator: Character = core.contains("-") ? "-" : "."
        let groups = core.split(separator: separator, omittingEmptySubsequences: false)
        let shape = groups.map(\.count)
        guard shape == [3, 3, 4] || shape == [1, 3, 3, 4] || (afterAreaCode && shape == [3, 4]),
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return afterAreaCode ? nil : spelledNumber(groups) }
        return groups.map { digits($0) }.joined(separator: ", ")
    }

    /// A telephone number spelled in part with letters ("1-800-FDA-0178", "855-JWU-1881",
    /// "1-844-HOMEYOU"): seven letters and digits after the area code, as on a keypad. Its
    /// digits one by one and its words as written ("1, 8 0 0, FDA, 0 1 7 8"; eSpeak: "one dash
    /// eight hundred dash").
    static func spelledNumber(_ groups: [Substring]) -> String? {
        let local = groups.first == "1" ? groups.dropFirst() : groups[...]
        guard let area = local.first, area.count == 3, area.allSatisfy(\.isASCIIDigit), local.count >= 2 else { return nil }
        let rest = local.dropFirst()
        guard rest.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCIIDigit || $0.isASCII && $0.isUppercase } }),
              rest.reduce(0, { $0 + $1.count }) == 7, rest.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        let said = rest.map { $0.allSatisfy(\.isASCIIDigit) ? digits($0) : String($0) }
        return ((groups.count > local.count ? ["1"] : []) + [digits(area)] + said).joined(separator: ", ")
    }

    static func digits(_ text: Substring) -> String { text.map(String.init).joined(separator: " ") }

    /// A clock time on the hour or a few minutes past it, said as a narrator says it.
    static func clockTime(_ token: String, next: String) -> String? {
        guard token.utf8.first.map(ByteText.isDigit) == true else { return nil }
        let (core, trailing) = TokenMarks.split(token, closing: TokenMarks.sentence)
        // The half of the day may open a span ("8:00 am-9:30 am").
        let half = rangeEnds(next)?.0 ?? next
        let meridiem = halvesOfDay.contains(half.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?)")))
        // Before "am" or "pm" a period parts the minutes too, as in Britain ("9.30 am", "7.00 P.M.").
        let parts = core.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || ($0 == "." && meridiem) })
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let hour = Int(parts[0]), let minutes = Int(parts[1]),
              (1...24).contains(hour), minutes < 60 else { return nil }  // "00:00" is a player's clock
        if core.contains("."), minutes >= 10 { return "\(hour) \(parts[1])" + trailing }  // "9.30 am": "9 30 am"
        if minutes == 0 {
            if meridiem { return "\(hour)" + trailing }
            if parts[0].hasPrefix("0") { return "oh \(hour) hundred" + trailing }  // "09:00"
            return (hour > 12 ? "\(hour) hundred" : "\(hour) o'clock") + trailing
        }
        if minutes < 10 { return "\(hour) oh \(minutes)" + trailing }
        return nil
    }

    /// A ratio: figures either side of a colon that cannot be a time of day, the second of one
    /// digit or the first past 24 ("5:1", "16:9", "1250:1", "1.35:1", "100,000:1"): "5 to 1"
    /// (eSpeak: "five colon one"); two shares of a hundred ("50:50") are two numbers, as "50/50"
    /// is. Not after a capitalised word inside the sentence, where it is a chapter and verse
    /// ("Psalm 46:1") or a label's number.
    static func ratio(_ token: String, previous: String?) -> String? {
        guard token.utf8.contains(0x3A), let (leading, core, trailing) = TokenMarks.unwrap(token) else { return nil }
        let parts = core.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, isNumber(parts[0]), isNumber(parts[1]), !parts[1].contains(","),
              parts[1].count == 1 || (Double(parts[0].filter { $0 != "," }) ?? 0) > 24,
              !(previous?.first?.isUppercase ?? false) || ["A", "An", "The"].contains(previous ?? "")
        else { return nil }
        if let split = hundredSplit(parts[0] + "/" + parts[1]) { return leading + split + trailing }
        return leading + "\(parts[0]) to \(parts[1])" + trailing
    }

    /// The halves of the day as written after a time, less a final period ("p.m." is "p.m" by then).
    static let halvesOfDay = ["am", "pm", "a.m", "p.m"]

    /// A time with "am" or "pm" stuck to it, its minutes after a colon or, as in Britain, a
    /// period ("3pm", "10:30am", "7.30pm"): the hour, the minutes and the half of the day ("7 30
    /// pm", "7 oh 5 pm", "6 pm"); eSpeak read "7.30pm" "seven point three zero" and "6:00pm"
    /// "six zero zero".
    static func meridiemTime(_ core: String) -> String? {
        guard let half = halvesOfDay.first(where: core.lowercased().hasSuffix),
              let (hour, minutes) = hourOfDay(core.dropLast(half.count)) else { return nil }
        let said = String(core.suffix(half.count))
        guard let minutes else { return "\(hour)\(said)" }
        if minutes == 0 { return "\(hour) \(said)" }
        return minutes < 10 ? "\(hour) oh \(minutes) \(said)" : "\(hour) \(minutes) \(said)"
    }

    /// A span of the day ("3pm-5pm", "9am–5pm", "3-5pm", "9:30am-1pm"): "3pm to 5pm"; the first
    /// end may leave its half of the day to the second.
    static func timeRange(_ core: String) -> String? {
        guard let (low, high) = rangeEnds(core), let end = meridiemTime(high) else { return nil }
        if let start = meridiemTime(low) { return "\(start) to \(end)" }
        guard hourOfDay(Substring(low)) != nil else { return nil }
        return "\(low.replacingOccurrences(of: ".", with: ":")) to \(end)"
    }

    /// "9 a.m.-5 p.m.", "8 am-noon": a span of the day whose first half of the day is joined by
    /// its dash to the second end (eSpeak: "A dot M dot five"): "a.m to 5", after a time
    /// (`previous`: "9", "8:30").
    static func halfOfDayThenEnd(_ core: String, after previous: String) -> String? {
        guard let (half, end) = rangeEnds(core), let first = previous.utf8.first, ByteText.isDigit(first),
              hourOfDay(Substring(previous)) != nil else { return nil }
        let said = half.hasSuffix(".") ? String(half.dropLast()) : half
        guard halvesOfDay.contains(said.lowercased()),
              ["noon", "midnight"].contains(end) || hourOfDay(Substring(end)) != nil else { return nil }
        return "\(said) to \(end)"
    }

    /// "7", "7.30" or "10:05" as written before a half of the day: the hour (1-12) and the
    /// minutes when written (two digits, under 60).
    static func hourOfDay(_ time: Substring) -> (hour: Int, minutes: Int?)? {
        let parts = time.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard (1...2).contains(parts.count), (1...2).contains(parts[0].count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }), let hour = Int(parts[0]), (1...12).contains(hour)
        else { return nil }
        guard parts.count == 2 else { return (hour, nil) }
        guard parts[1].count == 2, let minutes = Int(parts[1]), minutes < 60 else { return nil }
        return (hour, minutes)
    }
}
