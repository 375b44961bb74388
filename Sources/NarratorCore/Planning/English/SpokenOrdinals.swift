/// Ordinals of round hundreds, thousands and millions ("100th", "1,000th", "2500th"), said
/// with the ordinal's own word ("1 hundredth", "1 thousandth", "2 thousand 5 hundredth");
/// eSpeak NG reads the number and then "th" as a word of its own ("one hundred, th"). Other
/// ordinals ("125th", "21st") it reads right. Part of `SpokenAmounts`.
extension SpokenAmounts {
    static func roundOrdinal(_ core: String) -> String? {
        guard core.hasSuffix("th") else { return nil }
        let number = core.dropLast(2)
        guard isNumber(String(number)), !number.contains("."), !number.hasPrefix("0"),
              let value = Int(number.filter(\.isNumber)), value >= 100, value % 100 == 0 else { return nil }
        if value % 1_000_000 == 0, value < 1_000_000_000 { return "\(value / 1_000_000) millionth" }
        guard value < 1_000_000 else { return nil }
        if value % 1000 == 0 { return "\(value / 1000) thousandth" }
        let hundreds = "\(value % 1000 / 100) hundredth"
        return value >= 1000 ? "\(value / 1000) thousand " + hundreds : hundreds
    }
}
