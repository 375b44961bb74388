/// What a Spanish narrator says where Spanish text abbreviates, writes an ordinal or a reign in
/// figures, or gives a time, an amount or a speed in signs. eSpeak NG's Spanish voice reads
/// "EE. UU." as "e e", a pause, "u u"; "aprox." and "pág." as "aprox" and "pag" with a pause
/// after them; "1.º" as "uno punto o"; "3er" as "tres er"; "Felipe VI" as "Felipe vi";
/// "20:30 h" as "veinte treinta hache"; "3.000 M€" as "tres mil eme euro"; "120 km/h" as "ka
/// eme barra hache". Given to Spanish voices only, before the periods are dealt with
/// (`SpeechNormalizer`).
enum SpokenSpanish {
    static func spoken(_ sentence: String) -> String {
        var text = SpokenPrices.spanish.rewrite(sentence)
        for (pattern, words) in phrases { text = SpokenPatterns.replace(pattern, in: text) { _ in words } }
        text = SpokenPatterns.replace(wordPattern, in: text) { groups in
            lowerWords[groups[1].lowercased()] ?? capitalWords[groups[1]] ?? groups[0]
        }
        // "c/ Mayor": a street before its name.
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N}])c/ ?(?=\p{Lu})"#, in: text) { _ in "calle " }
        return ordinals(measures(text))
    }

    /// Abbreviations of several words (a year's era after a number).
    static let phrases: [(String, String)] = [
        (#"(?<![\p{L}\p{N}])EE\. ?UU\."#, "Estados Unidos"),
        (#"(?<=\d )a\. ?C\."#, "antes de Cristo"),
        (#"(?<=\d )d\. ?C\."#, "después de Cristo"),
        (#"(?<![\p{L}\p{N}])[nN]\.? ?º(?= ?\d)"#, "número"),
    ]

    /// Abbreviated words, with their period: in lower case or capitalised ...
    static let lowerWords: [String: String] = [
        "aprox": "aproximadamente", "pág": "página", "págs": "páginas", "núm": "número", "etc": "etcétera",
        "avda": "avenida", "tel": "teléfono", "telf": "teléfono",
    ]
    /// ... and as written: titles.
    static let capitalWords: [String: String] = [
        "Sr": "señor", "Sra": "señora", "Srta": "señorita", "Sres": "señores", "Dr": "doctor", "Dra": "doctora",
        "Dña": "doña", "Ud": "usted", "Uds": "ustedes", "Vd": "usted", "Vds": "ustedes", "Lic": "licenciado",
        "Ing": "ingeniero", "Prof": "profesor", "Profa": "profesora", "Gral": "general",
    ]
    static let wordPattern = SpokenPatterns.abbreviations(lower: lowerWords.keys, capital: capitalWords.keys)

    /// Times ("20:30 h" "20:30", "9 h" "9 horas"), amounts ("20 €" "20 euros", "3.000 M€" "3.000
    /// millones de euros"), "km/h" and metres after a number.
    static func measures(_ text: String) -> String {
        var text = text
        text = SpokenPatterns.replace(#"(?<![\p{N}:])(\d{1,2}:\d{2}) ?h(?![\p{L}\p{N}/])"#, in: text) { groups in groups[1] }
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N},.:/])([01]?\d|2[0-4]) ?h(?![\p{L}\p{N}/])"#, in: text) { groups in
            groups[1] == "1" ? "una hora" : "\(groups[1]) horas"
        }
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N}])(\d+(?:[.,]\d+)*) ?M ?(€|\$)"#, in: text) { groups in
            let currency = groups[2] == "€" ? "de euros" : "de dólares"
            return groups[1] == "1" ? "un millón \(currency)" : "\(groups[1]) millones \(currency)"
        }
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N}])(\d+(?:[.,]\d+)*) ?(€|\$)"#, in: text) { groups in
            let currency = groups[2] == "€" ? ("euro", "euros") : ("dólar", "dólares")
            return groups[1] == "1" ? "un \(currency.0)" : "\(groups[1]) \(currency.1)"
        }
        text = SpokenPatterns.replace(SpokenPatterns.kilometresPerHour, in: text) { _ in "kilómetros por hora" }
        text = SpokenPatterns.replace(#"(?<=\d) m(?=[ ,;:.!?)]|$)"#, in: text) { _ in " metros" }
        return text
    }

    /// Ordinals in words ("1.º" "primero", "3.ª" "tercera", "3er" "tercer", "25.º" "vigésimo
    /// quinto") and reigns ("Felipe VI" "Felipe sexto", "Alfonso XIII" "Alfonso 13": ordinals
    /// to ten, cardinals after).
    static func ordinals(_ text: String) -> String {
        var text = text
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N},.])(\d{1,2})\.?(º|ª|er)(?![\p{L}\p{N}])(?= ?(\p{L}*))"#, in: text) { groups in
            guard let value = Int(groups[1]), value > 0 else { return groups[0] }
            if groups[2] == "er" { return [1: "primer", 3: "tercer"][value] ?? groups[0] }
            if groups[2] == "ª" { return SpanishNumbers.ordinal(value, feminine: true) }
            // "el 1.º piso" "primer piso"; "el 1.º de la lista" "primero".
            let beforeNoun = groups[3].first?.isLowercase == true && !functionWords.contains(groups[3])
            if beforeNoun, value % 10 == 1 || value % 10 == 3, value < 20 { return [1: "primer", 3: "tercer"][value] ?? SpanishNumbers.ordinal(value, feminine: false) }
            return SpanishNumbers.ordinal(value, feminine: false)
        }
        text = SpokenPatterns.replace(#"(?<=\p{Lu}\p{Ll}{1,20} )([IVX]{1,6})(?![\p{L}\p{N}'’])"#, in: text) { groups in
            guard let value = SpokenNumerals.romanValue(groups[1]) else { return groups[0] }
            return value <= 10 ? SpanishNumbers.ordinal(value, feminine: false) : String(value)
        }
        return text
    }

    /// Words after which an ordinal stands alone ("el 1.º de la lista").
    static let functionWords: Set<String> = ["de", "del", "en", "y", "e", "o", "u", "a", "al", "con", "por", "para", "que", "la", "el", "los", "las"]
}
