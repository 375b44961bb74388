/// Markdown inline syntax reduced to the text a listener should hear.
enum MarkdownInline {
    /// Drops images, footnote references and comments, keeps link text, removes emphasis and code
    /// markers, collapses whitespace.
    static func plain(_ text: String) -> String {
        var out = ""
        var chars = Array(text)
        var index = 0
        chars.append("\0")
        while index < chars.count - 1 {
            let char = chars[index]
            if char == "\\", index + 1 < chars.count - 1 {
                out.append(chars[index + 1]); index += 2; continue
            }
            if char == "!" && chars[index + 1] == "[", let (_, end) = bracketed(chars, from: index + 1) {
                index = end; continue
            }
            // A footnote's reference ("[^1]") is not read, as an HTML page's footnote number is not.
            if char == "[", chars[index + 1] == "^", let close = chars[(index + 2)...].firstIndex(of: "]"),
               close > index + 2, !chars[(index + 2)..<close].contains(" ") {
                index = close + 1; continue
            }
            // An HTML comment in a line is not shown.
            if char == "<", chars[index + 1] == "!", index + 3 < chars.count, chars[index + 2] == "-", chars[index + 3] == "-",
               let end = commentEnd(chars, from: index + 4) {
                index = end; continue
            }
            if char == "[", let (label, end) = bracketed(chars, from: index) {
                out += label; index = end; continue
            }
            if char == "*" || char == "`" || (char == "_" && isEmphasisUnderscore(chars, index)) {
                index += 1; continue
            }
            out.append(char)
            index += 1
        }
        return TextCleanup.collapse(out)
    }

    /// `[label](target)` or `[label][ref]` starting at `start`: the label and the index after it.
    private static func bracketed(_ chars: [Character], from start: Int) -> (String, Int)? {
        guard let close = chars[(start + 1)...].firstIndex(of: "]") else { return nil }
        let label = String(chars[(start + 1)..<close])
        let next = close + 1
        guard next < chars.count else { return nil }
        let opener = chars[next]
        guard opener == "(" || opener == "[" else { return nil }
        let closer: Character = opener == "(" ? ")" : "]"
        guard let end = chars[next...].firstIndex(of: closer) else { return nil }
        return (label, end + 1)
    }

    /// The index after the "-->" that closes a comment begun before `start`, or nil.
    private static func commentEnd(_ chars: [Character], from start: Int) -> Int? {
        var index = start
        while index + 2 < chars.count {
            if chars[index] == "-", chars[index + 1] == "-", chars[index + 2] == ">" { return index + 3 }
            index += 1
        }
        return nil
    }

    /// Underscores inside words (snake_case) are text; at word edges they are emphasis.
    private static func isEmphasisUnderscore(_ chars: [Character], _ index: Int) -> Bool {
        let before = index > 0 ? chars[index - 1] : " "
        let after = chars[index + 1]
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}
