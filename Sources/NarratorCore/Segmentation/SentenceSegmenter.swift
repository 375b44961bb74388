/// Splits text into sentences with English rules, in one linear pass.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it)
/// when whitespace follows and the next word can start a sentence. A period does not end a
/// sentence after a known abbreviation, an initial, a dotted acronym followed by a lower-case
/// word, or inside numbers, URLs and e-mail addresses (no whitespace follows there).
public struct SentenceSegmenter: Sendable {
    public init() {}

    /// The sentences of `text`, each trimmed, with internal newlines turned into spaces.
    public func sentences(in text: String) -> [String] {
        let chars = Array(text)
        var result: [String] = []
        var start = 0
        var index = 0
        while index < chars.count {
            let char = chars[index]
            guard Self.terminators.contains(char) else { index += 1; continue }
            // Take the whole run of terminators and closing punctuation.
            var end = index + 1
            while end < chars.count, Self.terminators.contains(chars[end]) || Self.closers.contains(chars[end]) {
                end += 1
            }
            guard end == chars.count || chars[end].isWhitespace else { index = end; continue }
            if shouldBreak(chars, terminator: index, runEnd: end) {
                append(chars[start..<end], to: &result)
                start = end
            }
            index = end
        }
        append(chars[start..<chars.count], to: &result)
        return result
    }

    private func append(_ slice: ArraySlice<Character>, to result: inout [String]) {
        let sentence = TextCleanup.collapse(String(slice))
        if !sentence.isEmpty { result.append(sentence) }
    }

    /// Decides whether the terminator run ending at `runEnd` ends the sentence.
    private func shouldBreak(_ chars: [Character], terminator: Int, runEnd: Int) -> Bool {
        var next = runEnd
        while next < chars.count, chars[next].isWhitespace { next += 1 }
        guard next < chars.count else { return true }
        let following = chars[next]
        let startsSentence = following.isUppercase || following.isNumber || Self.openers.contains(following)
            || !following.isLetter && !following.isPunctuation
        let run = chars[terminator..<runEnd]
        // Only a lone period can belong to an abbreviation; "?" "!" and "..." before a capital end it.
        guard chars[terminator] == ".", run.filter({ $0 == "." }).count == 1 else {
            return startsSentence
        }
        guard startsSentence else { return false }
        let word = wordBefore(chars, terminator)
        if word.isEmpty { return true }
        let lower = word.lowercased()
        if Abbreviations.alwaysContinue.contains(lower) { return false }
        // A single letter is an initial ("J. Smith"), unless it is "I".
        if word.count == 1, word.first!.isLetter, word != "I" { return false }
        // Dotted acronyms (U.S., a.m.) end a sentence only before a typical sentence opener.
        if word.contains(".") || Abbreviations.sentenceFinal.contains(lower) {
            let nextWord = String(chars[next...].prefix { $0.isLetter })
            return Abbreviations.sentenceOpeners.contains(nextWord)
        }
        return true
    }

    /// The word (letters, digits and inner periods) immediately before index `end`.
    private func wordBefore(_ chars: [Character], _ end: Int) -> String {
        var start = end
        while start > 0, chars[start - 1].isLetter || chars[start - 1].isNumber || chars[start - 1] == "." {
            start -= 1
        }
        return String(chars[start..<end])
    }

    static let terminators: Set<Character> = [".", "!", "?", "…", "‽"]
    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»", "›"]
    static let openers: Set<Character> = ["\"", "'", "“", "‘", "(", "[", "«", "‹", "¿", "¡"]
}
