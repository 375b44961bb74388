/// Preformatted text (`<pre>`) that is prose (a letter, a poem, a manual page, a plain-text
/// article) rather than code: read like paragraphs, and counted like them when the body is
/// located. Code is not read aloud.
enum Preformatted {
    /// A `<pre>`'s text as written, when it is prose rather than code (no `<code>` in it, and
    /// not `looksLikeCode`) or a code listing's line numbers (`isLineNumbers`).
    static func prose(of node: PageTree.Index, in tree: PageTree) -> String? {
        guard tree.first(.code, in: node) == nil else { return nil }
        var raw: [UInt8] = []
        tree.appendRawText(of: node, to: &raw)
        let text = String(decoding: raw, as: UTF8.self)
        return looksLikeCode(text) || isLineNumbers(text) ? nil : text
    }

    /// Whether text is a code listing's line numbers: two or more whole numbers, each one more
    /// than the one before ("1 2 3 ... 26", or "15 16 17" for an excerpt), as syntax
    /// highlighters set them in a column of their own beside the code (Hugo's Chroma, Jekyll's
    /// Rouge, Pygments); a listener would hear a count.
    static func isLineNumbers(_ text: String) -> Bool {
        let numbers = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r\n" })
        guard numbers.count >= 2, numbers.allSatisfy({ $0.count <= 6 }) else { return false }
        var previous: Int?
        for number in numbers {
            guard let value = Int(number), value >= 0 else { return false }
            if let previous, value != previous + 1 { return false }
            previous = value
        }
        return true
    }

    /// Whether text is mostly code: brackets, operators and semicolons make up more than 4% of it.
    static func looksLikeCode(_ text: String) -> Bool {
        var symbols = 0
        var total = 0
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            total += 1
            if "{}[]()<>=;$#|\\".unicodeScalars.contains(scalar) { symbols += 1 }
        }
        return total == 0 || symbols * 25 > total
    }
}
