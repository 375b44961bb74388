/// German figures a narrator reads otherwise than eSpeak NG's German voice: years before 2000
/// ("1999" is "neunzehnhundertneunundneunzig", not "eintausendneunhundert..."), clock times
/// ("10.30 Uhr" "10 Uhr 30"; eSpeak said "zehn Punkt dreißig"; "um 14:30" and "20:04" too),
/// scores and ratios ("2:1" "2 zu
/// 1"), numeric dates ("24.12.2025" "24. Dezember 2025"), and ranges ("2019–2021" "2019 bis
/// 2021", "Mo.–Fr." "Montag bis Freitag"); part of `SpokenGerman`.
extension SpokenGerman {
    static func numbers(_ text: String) -> String {
        var text = text
        let days = ["Mo": "Montag", "Di": "Dienstag", "Mi": "Mittwoch", "Do": "Donnerstag", "Fr": "Freitag",
                    "Sa": "Samstag", "So": "Sonntag"]
        text = SpokenPatterns.replace(#"(?<!\p{L})(Mo|Di|Mi|Do|Fr|Sa|So)\.?\s?[–-]\s?(Mo|Di|Mi|Do|Fr|Sa|So)\.?(?!\p{L})"#, in: text) { groups in
            "\(days[groups[1]]!) bis \(days[groups[2]]!)"
        }
        // Numeric dates: the day stays a figure with its period, read as an ordinal later.
        text = SpokenPatterns.replace(#"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4}(?!\d)|(?=\s))"#, in: text) { groups in
            guard let day = Int(groups[1]), let month = Int(groups[2]), (1...31).contains(day), (1...12).contains(month)
            else { return groups[0] }
            let name = monthNames[month - 1]
            return groups[3].isEmpty ? "\(day). \(name)" : "\(day). \(name) \(groups[3])"
        }
        text = SpokenPatterns.replace(#"(?<![\d.,:])(\d{1,2})[.:](\d{2})\s?Uhr(?!\p{L})"#, in: text) { groups in
            let minutes = Int(groups[2]) ?? 0
            return minutes == 0 ? "\(Int(groups[1]) ?? 0) Uhr" : "\(Int(groups[1]) ?? 0) Uhr \(minutes)"
        }
        // A time without "Uhr": after a word that sets a time ("um 14:30", "ab 20:00"), or with
        // its minutes written with a leading zero ("20:04"), which no score has.
        text = SpokenPatterns.replace(#"(?<![\d.,:])(?:(?<=\b(?i:um|ab|bis|gegen|von) )([01]?\d|2[0-3]):([0-5]\d)|([01]?\d|2[0-3]):(0\d))(?![\d:])"#,
                                      in: text) { groups in
            let hour = groups[1].isEmpty ? groups[3] : groups[1]
            let minutes = Int(groups[1].isEmpty ? groups[4] : groups[2]) ?? 0
            return minutes == 0 ? "\(Int(hour) ?? 0) Uhr" : "\(Int(hour) ?? 0) Uhr \(minutes)"
        }
        text = SpokenPatterns.replace(#"(?<![\d.,:])(\d{1,2}):(\d{1,2})(?![\d:])"#, in: text) { groups in "\(groups[1]) zu \(groups[2])" }
        text = SpokenPatterns.replace(#"(?<![\d.,\p{L}])([1-9]\d{0,3})\s?[–-]\s?([1-9]\d{0,3})(?!\d|[.,]\d)"#, in: text) { groups in
            guard let low = Int(groups[1]), let high = Int(groups[2]), low < high else { return groups[0] }
            return "\(groups[1]) bis \(groups[2])"
        }
        text = SpokenPatterns.replace(#"(?<![\d.,])(1[1-9]\d0)er(?!\p{L})"#, in: text) { groups in year(Int(groups[1])!) + "er" }
        text = SpokenPatterns.replace(#"(?<![\d.,\p{L}])(1[1-9]\d\d)(?![\d.,]\d|\p{L})(?=\s*([^\s,;:.!?)"'»«]*))"#, in: text) { groups in
            // A count goes before a noun, which German writes with a capital, or a unit.
            let next = groups[2]
            let isCount = next.first.map { $0.isUppercase || units.contains(next) } ?? false
            return isCount ? groups[1] : year(Int(groups[1])!)
        }
        return text
    }

    static let monthNames = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                             "Oktober", "November", "Dezember"]
    static let units: Set<String> = ["km", "m", "kg", "t", "cm", "mm", "l", "g", "ha", "qm", "m²", "km²", "kW", "kWh",
                                     "MW", "GW", "PS", "Mio", "Mrd", "%", "€", "$", "£"]

    /// A year from 1100 to 1999 as said: "neunzehnhundertneunundneunzig", "neunzehnhundertfünf".
    static func year(_ value: Int) -> String {
        cardinal(value / 100) + "hundert" + (value % 100 > 0 ? cardinal(value % 100) : "")
    }

    /// 1 to 99 in words: "eins", "zwölf", "einundzwanzig".
    static func cardinal(_ value: Int) -> String {
        let units = ["", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
        let teens = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]
        let tens = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]
        if value < 10 { return units[value] }
        if value < 20 { return teens[value - 10] }
        return (value % 10 > 0 ? (value % 10 == 1 ? "ein" : units[value % 10]) + "und" : "") + tens[value / 10]
    }
}
