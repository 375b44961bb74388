/// Ordinal numbers written with a period ("am 3. Mai", "den 3. maj", "3. května"), as German,
/// the Scandinavian languages, Finnish and Czech write them. eSpeak NG reads "3. maj" in these
/// languages as an ordinal ("tredje maj"), so for a voice of another language than English the
/// period after a number before a lower-case word stays; made into a comma ("3, maj") it was
/// read "tre, maj". German ordinals are said in words (`SpokenGerman`). An English voice reads
/// the number as a number ("3 Mai").
extension SpeechNormalizer {
    /// Whether the period at `period`, before the word starting at `next`, makes an ordinal.
    func ordinalPeriod(_ chars: [Unicode.Scalar], period: Int, next: Int) -> Bool {
        var end = next
        while end < chars.count, chars[end].properties.isAlphabetic { end += 1 }
        return GermanText.isOrdinalPeriod(chars, period: period, next: String(String.UnicodeScalarView(chars[next..<end])))
    }

    /// For the period at `period` after a number and before a space and a lower-case word:
    /// appends the period to `out` and returns where to go on; nil (nothing appended) otherwise.
    func keptOrdinal(_ chars: [Unicode.Scalar], period: Int, into out: inout String.UnicodeScalarView) -> Int? {
        let space = period + 1
        guard space + 1 < chars.count, chars[space] == " ", chars[space + 1].properties.isLowercase,
              GermanText.number(chars, before: period) != nil else { return nil }
        out.append(".")
        return space
    }
}
