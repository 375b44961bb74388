/// Markdown inline syntax reduced to the text a listener should hear.
enum MarkdownInline {
    /// Drops images, keeps link text, removes emphasis and code markers, collapses whitespace.
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

    /// Underscores inside words (snake_case) are text; at word edges they are emphasis.
    private static func isEmphasisUnderscore(_ chars: [Character], _ index: Int) -> Bool {
        let before = index > 0 ? chars[index - 1] : " "
        let after = chars[index + 1]
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}
