import Foundation

/// What a French narrator says where French text abbreviates, writes an ordinal or a reign in
/// figures, or gives a time, an amount or a speed in signs. eSpeak NG's French voice reads
/// "M. Dupont" as "M", a sentence's pause, "Dupont"; "MM." as "millimètres"; "env." as "env";
/// "Dr" with another vowel than "docteur";
/// "2e" as "deux e"; "XIXe siècle" as "gziks siècle"; "Louis XIV" as "Louis quatorze romain";
/// "20h30" as "vingt hache trente"; "3,5 M€" as "trois virgule cinq M euro"; "90 km/h" as
/// "kilomètre hache". Given to French voices only, before the periods are dealt with
/// (`SpeechNormalizer`).
enum SpokenFrench {
    static func spoken(_ sentence: String) -> String {
        var text = SpokenPrices.french.rewrite(sentence)
        for (pattern, words) in phrases { text = SpokenPatterns.replace(pattern, in: text) { _ in words } }
        // "M. Dupont", "MM. Petit et Leroy": not an initial after a first name ("Jean M. Roy").
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N}.’'-])(?<!\S \p{Lu}\p{Ll}{1,20} )(M\.|MM\.|Mmes|Mlles|Pr\.?|Dr\.?)(?= +\p{Lu})"#, in: text) { groups in
            let title = groups[1].hasSuffix(".") ? String(groups[1].dropLast()) : groups[1]
            return ["M": "Monsieur", "MM": "Messieurs", "Mmes": "Mesdames", "Mlles": "Mesdemoiselles", "Pr": "professeur",
                    "Dr": "docteur"][title]!
        }
        text = SpokenPatterns.replace(wordPattern, in: text) { groups in
            words[groups[1].lowercased()] ?? groups[0]
        }
        // Before a number only: "p. 14", "n° 42", "art. 3".
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N}.])(?:(p|pp|[aA]rt|[vV]ol)\.|[nN]°|[nN]o\.?) ?(?=\d)"#, in: text) { groups in
            ["p": "page ", "pp": "pages ", "art": "article ", "vol": "volume "][groups[1].lowercased()] ?? "numéro "
        }
        // "l'av. Foch": an avenue before its name.
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N}.])([aA]v)\.(?= +\p{Lu})"#, in: text) { groups in
            groups[1] == "av" ? "avenue" : "Avenue"
        }
        return ordinals(measures(text))
    }

    /// Abbreviations of several words.
    static let phrases: [(String, String)] = [
        (#"(?<![\p{L}\p{N}])av\. ?J\.-C\."#, "avant Jésus-Christ"),
        (#"(?<![\p{L}\p{N}])apr\. ?J\.-C\."#, "après Jésus-Christ"),
        (#"(?<![\p{L}\p{N}])J\.-C\."#, "Jésus-Christ"),
        (#"(?<![\p{L}\p{N}])c\.-à-d\."#, "c'est-à-dire"),
        (#"(?<![\p{L}\p{N}])C\.-à-d\."#, "C'est-à-dire"),
    ]

    /// Abbreviated words, with their period, in lower case or capitalised.
    static let words: [String: String] = [
        "env": "environ", "chap": "chapitre", "cf": "confer", "hab": "habitants", "tél": "téléphone",
    ]
    static let wordPattern = SpokenPatterns.abbreviations(lower: words.keys)

    /// Times ("20h30" "20 heures 30"), amounts in millions and billions ("3,5 M€" "3,5 millions
    /// d'euros", "1,2 Md€" "1,2 milliard d'euros"), "km/h" and metres after a number.
    static func measures(_ text: String) -> String {
        var text = text
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N},.:/])([01]?\d|2[0-4]) ?h ?([0-5]\d)(?![\p{L}\p{N}/])"#, in: text) { groups in
            let minutes = Int(groups[2]) ?? 0
            return hours(groups[1]) + (minutes == 0 ? "" : " \(minutes)")
        }
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N},.:/])([01]?\d|2[0-4]) ?h(?![\p{L}\p{N}/])"#, in: text) { groups in
            hours(groups[1])
        }
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N}])(\d+(?:,\d+)?) ?(M|Md|Mds|Mrd|Mrds) ?(€|\$|£)"#, in: text) { groups in
            let one = (Double(groups[1].replacingOccurrences(of: ",", with: ".")) ?? 2) < 2
            let scale = groups[2] == "M" ? (one ? "million" : "millions") : (one ? "milliard" : "milliards")
            let currency = ["€": "d'euros", "$": "de dollars", "£": "de livres"][groups[3]]!
            return "\(groups[1] == "1" ? "un" : groups[1]) \(scale) \(currency)"
        }
        text = SpokenPatterns.replace(SpokenPatterns.kilometresPerHour, in: text) { _ in "kilomètres-heure" }
        text = SpokenPatterns.replace(#"(?<=\d) m(?=[ ,;:.!?)]|$)"#, in: text) { _ in " mètres" }
        return text
    }

    private static func hours(_ figure: String) -> String {
        let value = Int(figure) ?? 0
        return value == 1 ? "une heure" : "\(value) heures"
    }

    /// Ordinals in words ("2e" "deuxième", "1re" "première", "XIXe siècle" "dix-neuvième
    /// siècle", "François Ier" "François premier") and reigns in figures, which eSpeak reads
    /// as cardinals ("Louis XIV" "Louis 14").
    static func ordinals(_ text: String) -> String {
        var text = text
        let endings = "(er|re|ère|e|ème|ᵉ|ᵉʳ|nd|nde)"
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N},.])(\d{1,3})"# + endings + #"(?![\p{L}\p{N}])"#, in: text) { groups in
            ordinal(Int(groups[1]) ?? 0, ending: groups[2]) ?? groups[0]
        }
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N}])([IVX]{1,6})"# + endings + #"(?![\p{L}\p{N}])"#, in: text) { groups in
            SpokenNumerals.romanValue(groups[1]).flatMap { ordinal($0, ending: groups[2]) } ?? groups[0]
        }
        // A reign or a pope: a numeral of two letters or more after a name ("I", "V" and "X"
        // alone may be a letter: "M. X", "Malcolm X").
        text = SpokenPatterns.replace(#"(?<=\p{Lu}\p{Ll}{1,20} )([IVX]{2,6})(?![\p{L}\p{N}'’])"#, in: text) { groups in
            SpokenNumerals.romanValue(groups[1]).map(String.init) ?? groups[0]
        }
        return text
    }

    /// The ordinal of `value` with the ending it was written with, or nil for one that is none.
    static func ordinal(_ value: Int, ending: String) -> String? {
        switch (value, ending) {
        case (1, "er"), (1, "ᵉʳ"): return "premier"
        case (1, "re"), (1, "ère"): return "première"
        case (2, "nd"): return "second"
        case (2, "nde"): return "seconde"
        case (2..., "e"), (2..., "ème"), (2..., "ᵉ"): return FrenchNumbers.ordinal(value)
        default: return nil
        }
    }
}
