import Foundation

/// What a Portuguese narrator says where Portuguese text abbreviates, writes a reign or a time
/// in figures, or an amount with "R$" or "US$". eSpeak NG's Portuguese voice spells "Sr." as
/// "esse erre"; reads "séc." and "pág." with a sentence's pause after them; "Dom Pedro II" as
/// "Dom Pedro dois"; "20h30" as "vinte agá trinta"; "R$ 3,5 bilhões" as "reais três vírgula
/// cinco bilhões". Given to Portuguese voices only, before the periods are dealt with
/// (`SpeechNormalizer`).
enum SpokenPortuguese {
    static func spoken(_ sentence: String) -> String {
        var text = SpokenPrices.portuguese.rewrite(sentence, before: ["R$", "US$"])
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N}])[pP]\. ?ex\."#, in: text) { _ in "por exemplo" }
        text = SpokenPatterns.replace(wordPattern, in: text) { groups in
            lowerWords[groups[1].lowercased()] ?? capitalWords[groups[1]] ?? groups[0]
        }
        return reigns(figures(text))
    }

    static let ordinalWords = ["", "primeiro", "segundo", "terceiro", "quarto", "quinto", "sexto", "sétimo", "oitavo", "nono",
                               "décimo"]

    /// Abbreviated words with their period: in lower case or capitalised ...
    static let lowerWords: [String: String] = [
        "séc": "século", "pág": "página", "págs": "páginas", "aprox": "aproximadamente", "tel": "telefone",
    ]
    /// ... and as written: titles.
    static let capitalWords: [String: String] = [
        "Sr": "senhor", "Sra": "senhora", "Srta": "senhorita", "Srs": "senhores", "Dr": "doutor", "Dra": "doutora",
        "Prof": "professor", "Profa": "professora",
    ]
    static let wordPattern = SpokenPatterns.abbreviations(lower: lowerWords.keys, capital: capitalWords.keys)

    /// Times ("20h30" "20 horas e 30", "8h" "8 horas"), ordinals ("1º" "primeiro"), amounts with the currency after the
    /// number as said ("R$ 3,5 bilhões" "3,5 bilhões de reais", "R$ 20" "20 reais", "R$ 2 bi"
    /// "2 bilhões de reais", "US$" dólares) and "km/h".
    static func figures(_ text: String) -> String {
        var text = text
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N},.:/])([01]?\d|2[0-4])h([0-5]\d)?(?![\p{L}\p{N}/])"#, in: text) { groups in
            let hour = Int(groups[1]) ?? 0
            let minutes = Int(groups[2]) ?? 0
            return (hour == 1 ? "1 hora" : "\(hour) horas") + (minutes == 0 ? "" : " e \(minutes)")
        }
        let scales = ["mil": ("mil", "mil"), "mi": ("milhão", "milhões"), "milhão": ("milhão", "milhões"),
                      "milhões": ("milhão", "milhões"), "bi": ("bilhão", "bilhões"), "bilhão": ("bilhão", "bilhões"),
                      "bilhões": ("bilhão", "bilhões"), "tri": ("trilhão", "trilhões"), "trilhões": ("trilhão", "trilhões")]
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N}])(R|US|U\$S)?\$ ?(\d+(?:[.,]\d+)*)(?: (mil|mi|milhão|milhões|bi|bilhão|bilhões|tri|trilhões)(?!\p{L}))?"#, in: text) { groups in
            let currency = groups[1] == "R" ? ("real", "reais") : ("dólar", "dólares")
            guard let scale = scales[groups[3]] else { return "\(groups[2]) \(groups[2] == "1" ? currency.0 : currency.1)" }
            // Below two the scale is singular: "1,2 bilhão".
            let below2 = (Double(groups[2].replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")) ?? 2) < 2
            let word = below2 ? scale.0 : scale.1
            return groups[3] == "mil" ? "\(groups[2]) mil \(currency.1)" : "\(groups[2]) \(word) de \(currency.1)"
        }
        // "1º", "3ª" (eSpeak reads them so, but an article before a figure is not reduced: "o
        // 1º" is "o primeiro" said with a full "o").
        text = SpokenPatterns.replace(#"(?<![\p{L}\p{N},.])(\d{1,2})(º|ª)(?![\p{L}\p{N}])"#, in: text) { groups in
            guard let value = Int(groups[1]), (1...10).contains(value) else { return groups[0] }
            let word = ordinalWords[value]
            return groups[2] == "º" ? word : String(word.dropLast()) + "a"
        }
        return SpokenPatterns.replace(SpokenPatterns.kilometresPerHour, in: text) { _ in "quilômetros por hora" }
    }

    /// Reigns and popes: ordinals to ten ("Dom Pedro II" "Dom Pedro segundo"), cardinals after
    /// ("Bento XVI" "Bento 16").
    static func reigns(_ text: String) -> String {
        SpokenPatterns.replace(#"(?<=\p{Lu}\p{Ll}{1,20} )([IVX]{1,6})(?![\p{L}\p{N}'’])"#, in: text) { groups in
            guard let value = SpokenNumerals.romanValue(groups[1]) else { return groups[0] }
            return value <= 10 ? ordinalWords[value] : String(value)
        }
    }
}
