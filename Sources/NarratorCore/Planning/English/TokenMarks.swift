/// The marks around a whitespace-free token that the English rewrites keep in place while they
/// read the token's core: "($5," is "(", "$5", ",". Each rewrite names which closing marks it
/// lets stand after its core.
enum TokenMarks {
    /// Sentence marks, a closing bracket and closing quotes.
    static let closing: Set<Character> = Set(".,;:!?)\"”’']")
    /// The same without a closing square bracket.
    static let closingQuotes: Set<Character> = Set(".,;:!?)\"”’'")
    /// Sentence marks and a closing parenthesis.
    static let sentence: Set<Character> = Set(".,;:!?)")
    /// Sentence marks alone.
    static let punctuation: Set<Character> = Set(".,;:!?")
    /// Opening brackets and quotes.
    static let opening: Set<Character> = Set("(\"“‘'[")

    /// The token's core and the run of `marks` that ends it.
    static func split(_ token: String, closing marks: Set<Character> = closing) -> (core: String, trailing: String) {
        let end = coreEnd(token, closing: marks)
        return end == token.endIndex ? (token, "") : (String(token[..<end]), String(token[end...]))
    }

    /// Where the run of `marks` that ends `token` begins (its end when there is none).
    private static func coreEnd(_ token: String, closing marks: Set<Character>) -> String.Index {
        var end = token.endIndex
        while end > token.startIndex {
            let before = token.index(before: end)
            guard marks.contains(token[before]) else { break }
            end = before
        }
        return end
    }

    /// Closing marks after a word written short, without the period that made it short when
    /// another mark follows it ("Ave.,", "in.;" -> ",", ";"); a period alone may end the sentence.
    static func withoutAbbreviationPeriod(_ trailing: String) -> String {
        trailing.count > 1 && trailing.hasPrefix(".") ? String(trailing.dropFirst()) : trailing
    }

    /// Closing marks after a word written short, without its period before a comma, a colon or
    /// a semicolon ("Fri.,", "lbs.;" -> ",", ";"; eSpeak stopped twice); a period before a
    /// closing quote or bracket may end the sentence, and stays.
    static func withoutPeriodBeforeComma(_ trailing: String) -> String {
        guard trailing.hasPrefix("."), let mark = trailing.dropFirst().first, ",;:".contains(mark) else { return trailing }
        return String(trailing.dropFirst())
    }

    /// The opening marks, the core and the closing marks of a token; nil when it is marks alone.
    static func unwrap(_ token: String) -> (leading: String, core: String, trailing: String)? {
        let start = token.firstIndex { !opening.contains($0) } ?? token.endIndex
        let end = coreEnd(token, closing: closing)
        guard start < end else { return nil }
        if start == token.startIndex, end == token.endIndex { return ("", token, "") }
        return (String(token[..<start]), String(token[start..<end]), String(token[end...]))
    }
}
