/// What a German narrator says where German text abbreviates or writes an ordinal in figures;
/// eSpeak NG's German voice reads "z. B." as "zet be", "bzw." as "be zet we", "ca." as "ka",
/// "3,5 Mio. Euro" as "drei Komma fünf mio" and "am 3. Mai" as "drei", a pause, "Mai". Given
/// to German voices only, before the periods are dealt with (`SpeechNormalizer`).
enum SpokenGerman {
    static func spoken(_ sentence: String) -> String {
        var text = SpokenPrices.german.rewrite(sentence)
        for (pattern, words) in phrases { text = SpokenPatterns.replace(pattern, in: text) { _ in words } }
        text = SpokenPatterns.replace(wordPattern, in: text) { groups in
            lowerWords[groups[1].lowercased()] ?? capitalWords[groups[1]] ?? groups[0]
        }
        text = SpokenPatterns.replace(#"(?<![\p{N}.,])(\d+(?:,\d+)?)\s?(Mio|Mrd|Tsd)\.?(?!\p{L})"#, in: text) { groups in
            let scale = ["Mio": ("eine Million", "Millionen"), "Mrd": ("eine Milliarde", "Milliarden"),
                         "Tsd": ("eintausend", "Tausend")][groups[2]]!
            return groups[1] == "1" ? scale.0 : "\(groups[1]) \(scale.1)"
        }
        text = SpokenPatterns.replace(#"(?<=\p{L})str\.(?=\s*\d)"#, in: text) { _ in "straße" }
        text = SpokenPatterns.replace(#"(?<!\p{L})Str\.(?=\s*\d)"#, in: text) { _ in "Straße" }
        return ordinals(numbers(text))
    }

    /// Abbreviations of several letters, with or without a space between them.
    static let phrases: [(String, String)] = [
        ("z. ?B.", "zum Beispiel"), ("d. ?h.", "das heißt"), ("u. ?a.", "unter anderem"), ("u. ?U.", "unter Umständen"),
        ("z. ?T.", "zum Teil"), ("o. ?Ä.", "oder Ähnliches"), ("i. ?d. ?R.", "in der Regel"), ("u. ?v. ?m.", "und vieles mehr"),
        ("s. ?o.", "siehe oben"), ("s. ?u.", "siehe unten"),
    ].map { pattern, words in
        ("(?<![\\p{L}\\p{N}.])" + pattern.replacingOccurrences(of: ".", with: "\\.").replacingOccurrences(of: " ", with: "\\s") + "(?!\\p{L})", words)
    }

    /// Abbreviated words, in lower case or capitalised ("Vgl." opening a sentence; "CA." is a
    /// state) ...
    static let lowerWords: [String: String] = [
        "bzw": "beziehungsweise", "usw": "und so weiter", "vgl": "vergleiche", "inkl": "inklusive",
        "exkl": "exklusive", "ggf": "gegebenenfalls", "evtl": "eventuell", "bzgl": "bezüglich", "zzgl": "zuzüglich",
        "ca": "zirka", "bspw": "beispielsweise", "geb": "geboren", "gest": "gestorben",
    ]
    /// ... and as written: titles and nouns.
    static let capitalWords: [String: String] = [
        "Nr": "Nummer", "Dr": "Doktor", "Prof": "Professor", "Jh": "Jahrhundert", "Jhd": "Jahrhundert",
        "Tel": "Telefon", "Abs": "Absatz", "Kap": "Kapitel",
    ]
    static let wordPattern = SpokenPatterns.abbreviations(lower: lowerWords.keys, capital: capitalWords.keys)

    /// Ordinals in words: "am 3. Mai" -> "am dritten Mai", "der 2. Platz" -> "der zweite Platz",
    /// "Vom 2. bis zum 4. August" -> "Vom zweiten bis zum vierten August".
    static func ordinals(_ text: String) -> String {
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < chars.count {
            guard chars[index] == ".", index + 2 < chars.count, chars[index + 1] == " ",
                  let number = GermanText.number(chars, before: index), number.value > 0 else {
                out.append(chars[index])
                index += 1
                continue
            }
            var end = index + 2
            while end < chars.count, chars[end].properties.isAlphabetic { end += 1 }
            let next = String(String.UnicodeScalarView(chars[(index + 2)..<end]))
            let before = GermanText.words(chars, before: number.start, count: 2)
            let opensSentence = chars[..<number.start].allSatisfy { !$0.properties.isAlphabetic && !$0.isASCIIDigit }
            let isOrdinal = GermanText.isOrdinalPeriod(chars, period: index, next: next)
                || (!opensSentence && next.first?.isLowercase == true)
            guard isOrdinal else {
                out.append(chars[index])
                index += 1
                continue
            }
            out.removeLast(index - number.start)
            out.append(contentsOf: ordinal(number.value, ending: ending(after: before, month: GermanText.months.contains(next))).unicodeScalars)
            index += 1  // the period goes; the space stays
        }
        return String(out)
    }

    /// "en" after a word that takes the dative or accusative ("am", "zum", "dem", "in der"),
    /// and for a day without an article; "e" after "der", "die", "das".
    static func ending(after words: [String], month: Bool) -> String {
        let prepositions: Set<String> = ["in", "an", "auf", "aus", "bei", "mit", "nach", "von", "vor", "zu", "seit",
                                         "unter", "über", "hinter", "neben", "zwischen", "während", "wegen", "bis", "ab"]
        guard let last = words.last?.lowercased() else { return month ? "en" : "e" }
        if ["am", "im", "zum", "zur", "vom", "beim", "dem", "den", "des", "ins", "ans"].contains(last)
            || prepositions.contains(last) { return "en" }
        if last == "der", let first = words.first?.lowercased(), words.count == 2, prepositions.contains(first) { return "en" }
        if ["der", "die", "das"].contains(last) { return "e" }
        return month ? "en" : "e"
    }

    /// The ordinal's word, 1 to 99: "dritten", "siebte", "einunddreißigsten".
    static func ordinal(_ value: Int, ending: String) -> String {
        let stems = ["", "erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt", "elft",
                     "zwölft", "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt", "achtzehnt", "neunzehnt"]
        return (value < 20 ? stems[value] : cardinal(value) + "st") + ending
    }
}
