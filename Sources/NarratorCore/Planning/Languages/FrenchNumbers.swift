/// French numbers in words, for ordinals ("dix-neuvième", "vingt et unième", "centième").
enum FrenchNumbers {
    /// 0 to 999: "vingt et un", "soixante-dix", "quatre-vingts", "deux cent un".
    static func cardinal(_ value: Int) -> String {
        let small = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
                     "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
        let tens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]
        switch value {
        case 0..<20: return small[value]
        case 20..<70:
            let unit = value % 10
            return tens[value / 10] + (unit == 0 ? "" : unit == 1 ? " et un" : "-" + small[unit])
        case 70..<80: return "soixante" + (value == 71 ? " et onze" : "-" + small[value - 60])
        case 80..<100: return value == 80 ? "quatre-vingts" : "quatre-vingt-" + small[value - 80]
        default:
            let hundreds = value / 100, rest = value % 100
            let head = hundreds == 1 ? "cent" : small[hundreds] + " cent" + (rest == 0 ? "s" : "")
            return rest == 0 ? head : head + " " + cardinal(rest)
        }
    }

    /// 2 to 999 as an ordinal: "deuxième", "cinquième", "neuvième", "vingt et unième".
    static func ordinal(_ value: Int) -> String {
        var word = cardinal(value)
        if word.hasSuffix("cinq") { return word + "uième" }
        if word.hasSuffix("neuf") { return String(word.dropLast()) + "vième" }
        if word.hasSuffix("vingts") || word.hasSuffix("cents") { word.removeLast() }
        if word.hasSuffix("e") { word.removeLast() }  // "quatre", "onze", "trente"
        return word + "ième"
    }
}
