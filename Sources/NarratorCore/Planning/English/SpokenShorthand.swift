/// Numbers in a newsroom's shorthand that eSpeak NG reads letter by letter or with a pause
/// inside: odds ("1-in-5" "1 in 5"; eSpeak: "one-in, five"), an earthquake's magnitude ("M6.2"
/// "magnitude 6.2"; eSpeak: "M six point two"), a version ("v2.3.1" "version 2.3.1") and a
/// length in metres before what it measures ("1.85m tall"; eSpeak: "M", which after a number
/// may as well be millions). Part of `SpokenAmounts`.
extension SpokenAmounts {
    /// "1-in-5", "1-in-100-year": the odds, and the word joined after them.
    static func odds(_ core: String) -> String? {
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

    /// "1.85m tall", "3m away": metres before a word that says what they measure.
    static func metres(_ core: String, before next: String) -> String? {
        guard core.hasSuffix("m"), isNumber(String(core.dropLast())),
              dimensions.contains(TokenMarks.split(next).core.lowercased()) else { return nil }
        let number = core.dropLast()
        return number + (number == "1" ? " meter" : " meters")
    }

    /// Words that say what a length measures, after it.
    static let dimensions: Set<String> = [
        "tall", "high", "long", "wide", "deep", "thick", "away", "across", "apart", "below", "above",
        "underground", "underwater", "offshore", "inland", "downstream", "upstream", "overhead",
    ]
}
