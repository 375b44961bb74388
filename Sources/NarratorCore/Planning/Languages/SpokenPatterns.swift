import Foundation
import Synchronization

/// Rewrites by regular expression, for the spoken forms of languages other than English
/// (`SpokenGerman`, `SpokenFrench`, `SpokenSpanish`, `SpokenItalian`, `SpokenPortuguese`) and
/// the patterns they share.
enum SpokenPatterns {
    /// The patterns compiled once each, not for every sentence (a narration in German, French or
    /// Spanish asks for the same patterns on each of its sentences).
    private static let compiledPatterns = Mutex<[String: NSRegularExpression]>([:])

    static func compiled(_ pattern: String) -> NSRegularExpression? {
        compiledPatterns.withLock { patterns in
            if let regex = patterns[pattern] { return regex }
            guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
            patterns[pattern] = regex
            return regex
        }
    }

    /// `text` with each match of `pattern` replaced by `words(groups)`; a replaced period that
    /// ended the sentence is kept.
    static func replace(_ pattern: String, in text: String, _ words: ([String]) -> String) -> String {
        guard let regex = compiled(pattern) else { return text }
        let source = text as NSString
        var result = text
        for match in regex.matches(in: text, range: NSRange(location: 0, length: source.length)).reversed() {
            let groups = (0..<match.numberOfRanges).map {
                match.range(at: $0).location == NSNotFound ? "" : source.substring(with: match.range(at: $0))
            }
            var said = words(groups)
            let rest = source.substring(from: match.range.location + match.range.length)
            if groups[0].hasSuffix("."), rest.allSatisfy({ "\"'”’»«)".contains($0) }) { said += "." }
            guard let range = Range(match.range, in: result) else { continue }
            result.replaceSubrange(range, with: said)
        }
        return result
    }

    /// A pattern for abbreviated words with their period (group 1, without it): `lower` ones in
    /// lower case or capitalised (opening a sentence), `capital` ones as written (titles).
    static func abbreviations(lower: some Sequence<String>, capital: some Sequence<String> = [String]()) -> String {
        let words = lower.map { "[\($0.prefix(1))\($0.prefix(1).uppercased())]\(escaped($0.dropFirst()))" } + capital.map(escaped)
        // Longer words first: "Sra" before "Sr", "dott.ssa" before "dott".
        return "(?<![\\p{L}\\p{N}.])(" + words.sorted { $0.count > $1.count }.joined(separator: "|") + ")\\.(?=\\s|$|[,;:)])"
    }

    private static func escaped(_ word: some StringProtocol) -> String {
        word.replacingOccurrences(of: ".", with: "\\.")
    }

    /// "km/h" as a word of its own, which each language says in words.
    static let kilometresPerHour = #"(?<![\p{L}])km/h(?![\p{L}])"#
}
