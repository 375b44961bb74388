/// Markup that reached a page's text escaped (`&lt;span data-x="..."&gt;` decodes to a literal
/// tag): an editor's or a CMS's leftovers, never meant to be read. Tags are removed; the text
/// between them stays.
enum EscapedMarkup {
    /// The text without tag-shaped runs: `<` then a lower-case tag name (or `/`, `!`), then `>`
    /// or attributes (`name=value`) up to the next `>`, within 400 bytes. "a < b", "<3" and a
    /// title in angle brackets ("<The Palace>") are left alone.
    static func removed(from text: String) -> String {
        guard ByteText.contains(text, byte: 0x3C) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        var removedAny = false
        while index < bytes.count {
            if bytes[index] == 0x3C, let end = tagEnd(bytes, from: index) {
                if out.last.map({ $0 != 0x20 }) ?? false { out.append(0x20) }
                index = end + 1
                removedAny = true
                continue
            }
            out.append(bytes[index])
            index += 1
        }
        return removedAny ? TextCleanup.collapse(utf8: out) : text
    }

    /// The index of the `>` closing a tag that starts at `start`, or nil.
    private static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start + 1 < bytes.count else { return nil }
        let next = bytes[start + 1]
        guard (next >= 0x61 && next <= 0x7A) || next == 0x2F || next == 0x21 else { return nil }
        // A tag name: lower-case letters and digits, up to a space, '/' or '>'.
        var index = start + 1
        if next == 0x2F || next == 0x21 { index += 1 }
        let nameStart = index
        while index < bytes.count, (bytes[index] >= 0x61 && bytes[index] <= 0x7A)
                || ByteText.isDigit(bytes[index]) || bytes[index] == 0x2D {
            index += 1
        }
        guard index > nameStart || next == 0x21, index < bytes.count else { return nil }
        guard bytes[index] == 0x20 || bytes[index] == 0x3E || bytes[index] == 0x2F else { return nil }
        // Words after the name are a tag's only as attributes ("<span class=...>"); a comment
        // ("<!-- ... -->") holds anything.
        let limit = min(bytes.count, start + 400)
        var hasAttribute = false
        let bare = bytes[index] != 0x20
        while index < limit {
            if bytes[index] == 0x3E { return bare || hasAttribute || next == 0x21 ? index : nil }
            if bytes[index] == 0x3C { return nil }
            if bytes[index] == 0x3D { hasAttribute = true }
            index += 1
        }
        return nil
    }
}
