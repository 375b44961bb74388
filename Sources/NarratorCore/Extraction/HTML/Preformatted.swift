/// Preformatted text (`<pre>`) that is prose (a letter, a poem, a manual page, a plain-text
/// article) rather than code: read like paragraphs, and counted like them when the body is
/// located. Code is not read aloud.
enum Preformatted {
    /// A `<pre>`'s text as written, when it is prose rather than code (no `<code>` in it, and
    /// not `looksLikeCode`).
    static func prose(of node: PageTree.Index, in tree: PageTree) -> String? {
        guard tree.first(.code, in: node) == nil else { return nil }
        var raw: [UInt8] = []
        tree.appendRawText(of: node, to: &raw)
        let text = String(decoding: raw, as: UTF8.self)
        return looksLikeCode(text) ? nil : text
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
