/// How long a spoken form takes to say, in "average words": its syllables over 1.5.
///
/// The pace is counted in written words, but the engine's time goes by what it says: "94%" is
/// one written word and four syllables, "FMB" one word and three letters, "a" one word and one
/// short syllable. A rate chosen from the written word count alone makes sentences full of
/// numbers and acronyms slow and plain ones fast, and the error is largest where it can no longer
/// be corrected (a long last sentence). The rate controller converts between time and the
/// engine's nominal rate with this estimate instead, and keeps counting the pace in written
/// words.
///
/// The estimate is from the spelling: vowel groups in Latin-script words (a final silent "e"
/// not counted), a letter each in short all-capital acronyms, about two syllables a digit in
/// numbers; a word in another script counts as one average word.
public enum SpokenLength {
    /// Syllables in an average word of news English (the calibration passage measures 1.5).
    static let syllablesPerWord = 1.5

    public static func words(_ spoken: String) -> Double {
        var syllables = 0.0
        for token in spoken.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "/" }) {
            syllables += self.syllables(token)
        }
        return syllables / syllablesPerWord
    }

    static func syllables(_ token: Substring) -> Double {
        let scalars = Array(token.unicodeScalars)
        let digits = scalars.filter { $0.isASCIIDigit }.count
        if digits > 0 {
            // "94" ninety-four (4), "2,800" two thousand eight hundred (7), "3.5" three point five.
            let letters = scalars.filter { $0.properties.isAlphabetic }.count
            return Double(digits) * 1.8 + (letters > 0 ? Double(letters) / 3 : 0) + (token.contains("%") ? 2 : 0)
        }
        let letters = scalars.filter { $0.properties.isAlphabetic }
        guard !letters.isEmpty else { return 0 }
        guard letters.allSatisfy({ $0.value < 0x250 }) else { return syllablesPerWord }
        // Short all-capital words other than the capitalised common ones are said letter by letter.
        if letters.count >= 2, letters.count <= 4, letters.allSatisfy({ $0.properties.isUppercase }),
           !letters.contains(where: { "AEIOU".unicodeScalars.contains($0) }) || letters.count <= 3 {
            return Double(letters.count) + (letters.contains("W") ? 2 : 0)
        }
        var groups = 0
        var previousVowel = false
        for scalar in letters {
            let vowel = "aeiouyAEIOUYàáâäèéêëìíîïòóôöùúûüÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ".unicodeScalars.contains(scalar)
            if vowel && !previousVowel { groups += 1 }
            previousVowel = vowel
        }
        // A final silent "e" ("make", "those"), but not "the", "be" or "-le" ("table").
        if letters.count > 3, let last = letters.last, last == "e" || last == "E",
           !"aeiouyl".unicodeScalars.contains(letters[letters.count - 2]), groups > 1 {
            groups -= 1
        }
        return Double(max(groups, 1))
    }
}
