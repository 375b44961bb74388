/// What an Italian narrator says where Italian text abbreviates, writes an ordinal or a time in
/// figures, or an amount in "mln" and "mld". eSpeak NG's Italian voice reads "il sig. Ferri"
/// as "sig", a sentence's pause, "Ferri"; "dott.ssa" as "dot", a pause, "ssa"; "ecc." as "ek";
/// "n. 42" as "enne"; "1° maggio" as "uno gradi maggio"; "alle 20.30" as "venti punto trenta";
/// "3,5 mln" as "emme elle enne". Given to Italian voices only, before the periods are dealt
/// with (`SpeechNormalizer`).
enum SpokenItalian {
    static func spoken(_ sentence: String) -> String {
        var text = SpokenPrices.italian.rewrite(sentence)
        for (pattern, words) in phrases { text = SpokenPatterns.replace(pattern, in: text) { _ in words } }
        text = SpokenPatterns.replace(wordPattern, in: text) { groups in
            lowerWords[groups[1].lowercased()] ?? groups[0]
        }
        // Before a number only: "n. 42", "art. 5", "pag. 14".
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N}.])([nN]|[aA]rt|[pP]ag|[pP]agg)\. ?(?=\d)"#, in: text) { groups in
            ["n": "numero ", "art": "articolo ", "pag": "pagina ", "pagg": "pagine "][groups[1].lowercased()]!
        }
        return figures(text)
    }

    static let phrases: [(String, String)] = [
        (#"(?<=\d )a\. ?C\."#, "avanti Cristo"), (#"(?<=\d )d\. ?C\."#, "dopo Cristo"),
        (#"(?<![\p{L}\p{N}])[pP]\. ?es\."#, "per esempio"),
        // Feminine titles end in letters, not a period: "la sig.ra Conti", "la dott.ssa Riva".
        (#"(?<![\p{L}\p{N}])[sS]ig\.ra(?!\p{L})"#, "signora"), (#"(?<![\p{L}\p{N}])[sS]ig\.na(?!\p{L})"#, "signorina"),
        (#"(?<![\p{L}\p{N}])[dD]ott\.ssa(?!\p{L})"#, "dottoressa"), (#"(?<![\p{L}\p{N}])[pP]rof\.ssa(?!\p{L})"#, "professoressa"),
    ]

    /// Abbreviated words with their period, in lower case or capitalised: titles before a name
    /// ("il dott. Galli" "il dottor Galli") and words.
    static let lowerWords: [String: String] = [
        "sig": "signor", "sigg": "signori", "dott": "dottor", "prof": "professor", "avv": "avvocato",
        "ing": "ingegner", "arch": "architetto", "geom": "geometra", "ca": "circa", "ecc": "eccetera",
        "cfr": "confronta", "tel": "telefono",
    ]
    static let wordPattern = SpokenPatterns.abbreviations(lower: lowerWords.keys)

    /// Ordinals written with "°" or "º" before a month or a noun that takes one ("1° maggio"
    /// "primo maggio", "3° piano"; "30° all'ombra" is a temperature), times ("alle 20.30" "alle
    /// 20 e 30", "ore 9.00" "ore 9"), amounts ("3,5 mln" "3,5 milioni", "1 mld" "un miliardo")
    /// and "km/h".
    static func figures(_ text: String) -> String {
        var text = text
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N},.])(\d{1,2})[°º](?= (\p{L}+))"#, in: text) { groups in
            guard let value = Int(groups[1]), (1...10).contains(value),
                  months.contains(groups[2]) || ordinalNouns.contains(groups[2]) else { return groups[0] }
            return ["", "primo", "secondo", "terzo", "quarto", "quinto", "sesto", "settimo", "ottavo", "nono", "decimo"][value]
        }
        text = SpokenPatterns.replace(#"(?<=\b(?:alle|ore|dalle|delle|le) )([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d.,]\d)"#, in: text) { groups in
            let minutes = Int(groups[2]) ?? 0
            return minutes == 0 ? "\(Int(groups[1]) ?? 0)" : "\(Int(groups[1]) ?? 0) e \(minutes)"
        }
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N}])(\d+(?:,\d+)?) ?(mln|mld)(?!\p{L})\.?"#, in: text) { groups in
            let one = groups[1] == "1"
            let word = groups[2] == "mln" ? (one ? "milione" : "milioni") : (one ? "miliardo" : "miliardi")
            return one ? "un \(word)" : "\(groups[1]) \(word)"
        }
        return SpokenPatterns.replace(SpokenPatterns.kilometresPerHour, in: text) { _ in "chilometri orari" }
    }

    /// The months in order (`NumericDates` writes dates with them).
    static let monthNames = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                             "settembre", "ottobre", "novembre", "dicembre"]
    static let months = Set(monthNames)
    /// Nouns a position or a rank is given to.
    static let ordinalNouns: Set<String> = ["posto", "piano", "anno", "giorno", "secolo", "turno", "mandato", "grado",
                                            "livello", "comma", "classificato", "capitolo", "round", "gol", "minuto"]
}
