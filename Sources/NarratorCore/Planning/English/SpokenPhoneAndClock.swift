import Foundation

/// Numbers read out digit by digit or by the clock: telephone numbers and clock times; part of
/// `SpokenAmounts`, which applies them word by word.
extension SpokenAmounts {
    /// A North American telephone number, "888-209-3989" or "1-800-555-0199" (also with dots):
    /// its digits one by one in their groups ("8 8 8, 2 0 9, 3 9 8 9"), as it is read out; eSpeak
    /// reads "eight hundred eighty-eight".
    /// After an area code in brackets, the local number alone ("123-4567").
    static func phoneNumber(_ core: String, afterAreaCode: Bool = false) -> String? {
        let separator: Character = core.contains("-") ? "-" : "."
        let groups = core.split(separator: separator, omittingEmptySubsequences: false)
        let shape = groups.map(\.count)
        guard shape == [3, 3, 4] || shape == [1, 3, 3, 4] || (afterAreaCode && shape == [3, 4]),
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        return groups.map { digits($0) }.joined(separator: ", ")
    }

    static func digits(_ text: Substring) -> String { text.map(String.init).joined(separator: " ") }

    /// A clock time on the hour or a few minutes past it, said as a narrator says it.
    static func clockTime(_ token: String, next: String) -> String? {
        let (core, trailing) = TokenMarks.split(token, closing: TokenMarks.sentence)
        let parts = core.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let hour = Int(parts[0]), let minutes = Int(parts[1]),
              (1...24).contains(hour), minutes < 60 else { return nil }  // "00:00" is a player's clock
        let meridiem = ["am", "pm", "a.m", "p.m"].contains(next.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?)")))
        if minutes == 0 {
            if meridiem { return "\(hour)" + trailing }
            if parts[0].hasPrefix("0") { return "oh \(hour) hundred" + trailing }  // "09:00"
            return (hour > 12 ? "\(hour) hundred" : "\(hour) o'clock") + trailing
        }
        if minutes < 10 { return "\(hour) oh \(minutes)" + trailing }
        return nil
    }
}
