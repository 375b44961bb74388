/// Prices with cents as written in German, French, Spanish, Italian and Portuguese text:
/// "149,50 €", "1.299,00 €", "1 299,00 €", "12,99€", "R$ 20,50". eSpeak NG reads the figures
/// ("hundertneunundvierzig Komma fünfzig Euro", "cent quarante-neuf virgule zéro zéro euros");
/// a narrator says the amount and then its cents, in the language's words ("149 Euro 50", "149
/// euros 50", "149 euros con 50", "149 euro e 50", "20 reais e 50 centavos"), and no cents at
/// all when there are none ("149 euros"), and the cents alone under one ("0,50 €": "50
/// centimes"). A price without cents is left to each language.
struct SpokenPrices {
    /// The currency's name for one and for more, by its sign.
    let currencies: [String: (one: String, many: String)]
    /// Between the currency and its cents ("" for "149 euros 50", "con", "e").
    let centsJoin: String
    /// After the cents ("" or "centavos").
    let centsWord: String
    /// Cents alone, for an amount under one ("0,50 €": "50 centimes").
    let centsAlone: String

    static let german = SpokenPrices(currencies: ["€": ("Euro", "Euro"), "$": ("Dollar", "Dollar"), "£": ("Pfund", "Pfund")],
                                     centsJoin: "", centsWord: "", centsAlone: "Cent")
    static let french = SpokenPrices(currencies: ["€": ("euro", "euros"), "$": ("dollar", "dollars"), "£": ("livre", "livres")],
                                     centsJoin: "", centsWord: "", centsAlone: "centimes")
    static let spanish = SpokenPrices(currencies: ["€": ("euro", "euros"), "$": ("dólar", "dólares"), "£": ("libra", "libras")],
                                      centsJoin: "con", centsWord: "", centsAlone: "céntimos")
    static let italian = SpokenPrices(currencies: ["€": ("euro", "euro"), "$": ("dollaro", "dollari"), "£": ("sterlina", "sterline")],
                                      centsJoin: "e", centsWord: "", centsAlone: "centesimi")
    static let portuguese = SpokenPrices(currencies: ["€": ("euro", "euros"), "$": ("dólar", "dólares"), "£": ("libra", "libras"),
                                                      "R$": ("real", "reais"), "US$": ("dólar", "dólares")],
                                         centsJoin: "e", centsWord: "centavos", centsAlone: "centavos")

    /// The figures of an amount: digits, thousands set apart by a period or a space.
    static let amount = #"(\d{1,3}(?:[. ]\d{3})+|\d+),(\d{2})"#

    /// The text with its prices with cents said: the sign after the amount ("149,50 €"), and,
    /// for currencies written before it ("R$ 20,50"), `before` of them.
    func rewrite(_ text: String, before: [String] = []) -> String {
        guard text.contains(",") else { return text }
        var text = SpokenPatterns.replace(#"(?<![\p{L}\p{N}.,])"# + Self.amount + #" ?(€|\$|£)(?![\p{L}\p{N}])"#, in: text) { groups in
            said(whole: groups[1], cents: groups[2], sign: groups[3]) ?? groups[0]
        }
        if !before.isEmpty {
            let signs = before.map { $0.replacingOccurrences(of: "$", with: #"\$"#) }.joined(separator: "|")
            text = SpokenPatterns.replace(#"(?<![\p{L}\p{N}])("# + signs + #") ?"# + Self.amount + #"(?![\p{N}]|,\d|\.\d| ?(?:mil|mi|bi|tri|milh|bilh|trilh)\p{L}*)"#,
                                          in: text) { groups in
                said(whole: groups[2], cents: groups[3], sign: groups[1]) ?? groups[0]
            }
        }
        return text
    }

    private func said(whole: String, cents: String, sign: String) -> String? {
        guard let currency = currencies[sign], let value = Int(whole.filter(\.isNumber)), let hundredths = Int(cents) else { return nil }
        if value == 0 { return hundredths == 0 ? nil : "\(hundredths) \(centsAlone)" }
        let amount = "\(value) \(value == 1 ? currency.one : currency.many)"
        guard hundredths > 0 else { return amount }
        return [amount, centsJoin, "\(hundredths)", centsWord].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
