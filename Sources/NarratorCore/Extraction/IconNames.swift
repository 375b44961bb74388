/// Icon names left in text by icon fonts that draw a glyph for a word ("arrow_forward",
/// "chevron_right", "expand_more"): the page shows a picture, a narrator would read the word.
/// They are lower-case words joined by underscores, at the edges of a block.
enum IconNames {
    /// The text without icon names at its start and end ("Read more arrow_forward" -> "Read more").
    static func removed(from text: String) -> String {
        guard ByteText.contains(text, byte: 0x5F) else { return text }  // "_"
        var words = text.split(separator: " ", omittingEmptySubsequences: true)
        while let first = words.first, isIconName(first) { words.removeFirst() }
        while let last = words.last, isIconName(last) { words.removeLast() }
        return words.joined(separator: " ")
    }

    static func isIconName(_ word: Substring) -> Bool {
        let parts = word.split(separator: "_", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        }
    }
}
