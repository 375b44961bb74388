/// The marks around a whitespace-free token that the English rewrites keep in place while they
/// read the token's core: "($5," is "(", "$5", ",". Each rewrite names which closing marks it
/// lets stand after its core.
enum TokenMarks {
    /// Sentence marks, a closing bracket and closing quotes.
    static let closing = ".,;:!?)\"”’']"
    /// The same without a closing square bracket.
    static let closingQuotes = ".,;:!?)\"”’'"
    /// Sentence marks and a closing parenthesis.
    static let sentence = ".,;:!?)"
    /// Sentence marks alone.
    static let punctuation = ".,;:!?"
    /// Opening brackets and quotes.
    static let opening = "(\"“‘'["

    /// The token's core and the run of `marks` that ends it.
    static func split(_ token: String, closing marks: String = closing) -> (core: String, trailing: String) {
        let trailing = String(token.reversed().prefix { marks.contains($0) }.reversed())
        return (String(token.dropLast(trailing.count)), trailing)
    }

    /// Closing marks after a word written short, without the period that made it short when
    /// another mark follows it ("Ave.,", "in.;" -> ",", ";"); a period alone may end the sentence.
    static func withoutAbbreviationPeriod(_ trailing: String) -> String {
        trailing.count > 1 && trailing.hasPrefix(".") ? String(trailing.dropFirst()) : trailing
    }

    /// The opening marks, the core and the closing marks of a token; nil when it is marks alone.
    static func unwrap(_ token: String) -> (leading: String, core: String, trailing: String)? {
        let leading = String(token.prefix { opening.contains($0) })
        let trailing = String(token.reversed().prefix { closing.contains($0) }.reversed())
        guard leading.count + trailing.count < token.count else { return nil }
        return (leading, String(token.dropFirst(leading.count).dropLast(trailing.count)), trailing)
    }
}
