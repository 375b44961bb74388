/// Spanish ordinals in words: "primero", "tercera", "decimoquinto", "vigésimo quinto".
enum SpanishNumbers {
    /// 1 to 99 (figures beyond).
    static func ordinal(_ value: Int, feminine: Bool) -> String {
        let units = ["", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno"]
        let tens = ["", "décimo", "vigésimo", "trigésimo", "cuadragésimo", "quincuagésimo", "sexagésimo", "septuagésimo",
                    "octogésimo", "nonagésimo"]
        let word: String
        switch value {
        case 1..<10: word = units[value]
        case 10, 20, 30, 40, 50, 60, 70, 80, 90: word = tens[value / 10]
        case 11..<20: word = "decimo" + (value == 18 ? "ctavo" : units[value - 10])
        case 21..<100: word = tens[value / 10] + " " + units[value % 10]
        default: return String(value)
        }
        guard feminine else { return word }
        return word.split(separator: " ").map { $0.dropLast() + "a" }.joined(separator: " ")
    }
}
