/// Splits text into sentences with English rules, in one linear pass.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it)
/// when whitespace follows and the next word can start a sentence. A period does not end a
/// sentence after a known abbreviation, an initial, a dotted acronym followed by a lower-case
/// word, inside numbers, URLs and e-mail addresses (no whitespace follows there), inside a
/// spaced ellipsis (". . .") or a bracketed one ("[...]"). Numbered, lettered and bulleted list
/// items each start a sentence (`ListMarkers`).
public struct SentenceSegmenter: Sendable {
    public init() {}

    /// The sentences of `text`, each trimmed, with internal newlines turned into spaces.
    public func sentences(in text: String) -> [String] {
        let chars = Array(text)
        let lists = ListMarkers(chars)
        var result: [String] = []
        var start = 0
        var index = 0
        while index < chars.count {
            if lists.startsItem(at: index), index > start {
                append(chars[start..<index], to: &result)
                start = index
            }
            let char = chars[index]
            guard Self.terminators.contains(char), !lists.isInsideMarker(index) else { index += 1; continue }
            if char == ".", let skip = spacedEllipsis(chars, at: index) {
                if skip.breakAt > start {
                    append(chars[start..<skip.breakAt], to: &result)
                    start = skip.breakAt
                }
                index = skip.end
                continue
            }
            // Take the whole run of terminators and closing punctuation.
            var end = index + 1
            while end < chars.count, Self.terminators.contains(chars[end]) || Self.closers.contains(chars[end]) {
                end += 1
            }
            let afterDots = chars[index...].firstIndex { $0 != "." } ?? chars.count
            let bracketed = index > 0 && chars[index - 1] == "[" && afterDots < chars.count && chars[afterDots] == "]"
            guard end == chars.count || chars[end].isWhitespace, !bracketed else { index = end; continue }
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

    /// A spaced ellipsis ". . ." at `index`: where it ends, and where (if anywhere) the sentence
    /// breaks. "compounds. . . . The" breaks after "compounds." (the ellipsis opens the next
    /// sentence); "a period . . . . Next" breaks after the four dots; "is . . . I" does not break.
    private func spacedEllipsis(_ chars: [Character], at index: Int) -> (end: Int, breakAt: Int)? {
        func dots(from position: Int) -> (end: Int, count: Int)? {
            var cursor = position
            var count = 0
            while cursor < chars.count, chars[cursor] == "." {
                count += 1
                if cursor + 2 < chars.count, chars[cursor + 1] == " ", chars[cursor + 2] == "." {
                    cursor += 2
                } else {
                    cursor += 1
                    break
                }
            }
            return count >= 3 ? (cursor, count) : nil
        }
        func capitalFollows(_ position: Int) -> Bool {
            var next = position
            while next < chars.count, chars[next] == " " || Self.closers.contains(chars[next]) { next += 1 }
            return next < chars.count && chars[next].isUppercase
        }
        let attached = index > 0 && !chars[index - 1].isWhitespace
        if attached, index + 2 < chars.count, chars[index + 1] == " ", let run = dots(from: index + 2) {
            return capitalFollows(run.end) ? (index + 1, index + 1) : (run.end, -1)
        }
        if !attached, let run = dots(from: index) {
            return (run.end, run.count >= 4 && capitalFollows(run.end) ? run.end : -1)
        }
        return nil
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
        let token = tokenBefore(chars, terminator)
        if word.isEmpty { return true }
        let lower = word.lowercased()
        if Abbreviations.alwaysContinue.contains(lower) { return false }
        // "No. 5", "N°. 1026": a number follows a numbering abbreviation.
        if following.isNumber, Abbreviations.numbering.contains(lower) { return false }
        // A single letter is an initial ("J. Smith", "Albert I. Jones"), but "I." after a
        // lower-case word ends a sentence ("you and I. Did").
        if word.count == 1, word.first!.isLetter {
            if word != "I" { return false }
            let previous = wordBefore(chars, terminator - 1 - word.count + 1 - 1)
            return !(previous.first?.isUppercase ?? false)
        }
        // Web addresses and e-mail addresses end like words.
        if token.contains("/") || token.contains("@") || token.hasPrefix("www.") { return true }
        // A.M. / P.M. in capitals end a sentence before a capital; a.m. / p.m. before an opener.
        if lower == "a.m" || lower == "p.m" {
            return word.first!.isUppercase || Abbreviations.sentenceOpeners.contains(nextWord(chars, next))
        }
        // Dotted acronyms (U.S., E.U.) end a sentence only before a typical sentence opener;
        // dotted words with longer parts (file.html, 100.00) end like words.
        if word.contains(".") {
            let parts = word.split(separator: ".")
            if parts.contains(where: { $0.count > 1 }) { return true }
            return Abbreviations.sentenceOpeners.contains(nextWord(chars, next))
        }
        if Abbreviations.sentenceFinal.contains(lower) {
            return Abbreviations.sentenceOpeners.contains(nextWord(chars, next))
        }
        return true
    }

    private func nextWord(_ chars: [Character], _ start: Int) -> String {
        String(chars[start...].prefix { $0.isLetter })
    }

    /// The word (letters, digits, ° and inner periods) immediately before index `end`.
    private func wordBefore(_ chars: [Character], _ end: Int) -> String {
        guard end > 0, end <= chars.count else { return "" }
        var start = end
        while start > 0, chars[start - 1].isLetter || chars[start - 1].isNumber || chars[start - 1] == "."
                || chars[start - 1] == "°" || chars[start - 1] == "º" {
            start -= 1
        }
        return String(chars[start..<end])
    }

    /// Everything since the last whitespace before `end` (a URL or address is one token).
    private func tokenBefore(_ chars: [Character], _ end: Int) -> String {
        var start = end
        while start > 0, !chars[start - 1].isWhitespace { start -= 1 }
        return String(chars[start..<end]).lowercased()
    }

    static let terminators: Set<Character> = [".", "!", "?", "…", "‽"]
    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»", "›"]
    static let openers: Set<Character> = ["\"", "'", "“", "‘", "(", "[", "«", "‹", "¿", "¡"]
}
