/// Days written as ordinals with a period ("am 3. Mai", "den 3. maj", "3. května"), as German,
/// the Scandinavian languages, Finnish and Czech write them. eSpeak NG reads "3. maj" in these
/// languages as an ordinal ("tredje maj") but takes "3. Mai" for a sentence's end ("drei",
/// pause, "Mai"), and the period made into a comma says "drei, Mai"; given "3. mai" it says
/// "dritte Mai". So for a voice of another language than English the period after a day stays
/// and a German month after it is given in lower case. An English voice reads the day as a
/// number ("3 Mai").
extension SpeechNormalizer {
    /// Whether the period at `period` follows a day and comes before a German month name
    /// starting at `next`.
    func ordinalDayBeforeMonth(_ chars: [Unicode.Scalar], period: Int, next: Int) -> Bool {
        var end = next
        while end < chars.count, chars[end].properties.isAlphabetic { end += 1 }
        return OrdinalDates.germanMonths.contains(String(scalars: chars[next..<end]))
            && OrdinalDates.isDay(chars, before: period)
    }

    /// For the period at `period` after a day, before a space and a month (a German month name,
    /// or any lower-case word): appends the period, the space and the month's first letter in
    /// lower case to `out` and returns where to go on; nil (nothing appended) otherwise.
    func keptOrdinal(_ chars: [Unicode.Scalar], period: Int, into out: inout String.UnicodeScalarView) -> Int? {
        let space = period + 1
        guard space + 1 < chars.count, chars[space] == " ", OrdinalDates.isDay(chars, before: period) else { return nil }
        let first = chars[space + 1]
        if ordinalDayBeforeMonth(chars, period: period, next: space + 1) {
            out.append(".")
            out.append(" ")
            out.append(contentsOf: String(first).lowercased().unicodeScalars)
            return space + 2
        }
        guard first.properties.isLowercase else { return nil }
        out.append(".")
        return space
    }
}
