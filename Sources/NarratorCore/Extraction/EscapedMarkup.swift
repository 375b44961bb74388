/// Markup that reached a page's text escaped (`&lt;span data-x="..."&gt;` decodes to a literal
/// tag), or a CMS's shortcode left unrendered (`[button link="..." type="big"]`, `[/button]`):
/// an editor's or a CMS's leftovers, never meant to be read. Tags are removed; the text between
/// them stays.
enum EscapedMarkup {
    /// The text without tag-shaped runs: `<` then a lower-case tag name (or `/`, `!`), then `>`
    /// or attributes (`name=value`) up to the next `>`, within 400 bytes. "a < b", "<3" and a
    /// title in angle brackets ("<The Palace>") are left alone. Shortcodes likewise
    /// (`shortcodeEnd`).
    static func removed(from text: String) -> String {
        let angled = ByteText.contains(text, byte: 0x3C)
        guard angled || ByteText.contains(text, byte: 0x5B) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        var removedAny = false
        while index < bytes.count {
            let end = bytes[index] == 0x3C ? (angled ? tagEnd(bytes, from: index) : nil)
                : bytes[index] == 0x5B ? shortcodeEnd(bytes, from: index) : nil
            if let end, !(bytes[index] == 0x3C && namesAnElement(bytes, from: index, to: end)) {
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

    /// Whether the tag from `start` to `end` is an element named in the text, not markup: a
    /// bare tag (`<table>`, `</td>`, `<br>`: a name and nothing else) standing apart as a word,
    /// as a page about HTML writes it ("held together with <br> tags", "the <table> element"),
    /// and not one of a pair in the text (`<p> a leftover paragraph </p>`).
    static func namesAnElement(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        let closing = start + 1 < end && bytes[start + 1] == 0x2F
        let name = bytes[(start + (closing ? 2 : 1))..<end]
        guard !name.isEmpty, name.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ByteText.isDigit($0) || $0 == 0x2D }) else { return false }
        let before = start > 0 ? bytes[start - 1] : 0x20
        let after = end + 1 < bytes.count ? bytes[end + 1] : 0x20
        guard ByteText.isSpace(before) || before == 0x28 || before == 0x22, ByteText.isSpace(after) || ".,;:!?)\"'".utf8.contains(after)
        else { return false }
        let named = String(decoding: name, as: UTF8.self)
        return closing ? !ByteText.contains(bytes[..<start], "<" + named + ">") : !ByteText.contains(bytes[(end + 1)...], "</" + named + ">")
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

    /// The index of the `]` closing a shortcode that starts at `start`, or nil: `[/name]` (a
    /// closing one, "[/button]", "[/url]"), or `[name` then `=` or a space and attributes
    /// (`key="value"`, quoted straight or curly) up to the next `]`, within 400 bytes. A name
    /// is lower-case letters, digits, `-` and `_`. "[sic]", "[the]", "[options]", "[a-z]" and a
    /// Markdown link's text are left alone: no attribute, no slash.
    private static func shortcodeEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || ByteText.isDigit(byte) || byte == 0x2D || byte == 0x5F
        }
        var index = start + 1
        let closing = index < bytes.count && bytes[index] == 0x2F
        if closing { index += 1 }
        guard index < bytes.count, bytes[index] >= 0x61, bytes[index] <= 0x7A else { return nil }
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        if closing { return bytes[index] == 0x5D ? index : nil }
        guard bytes[index] == 0x20 || bytes[index] == 0x3D else { return nil }
        let limit = min(bytes.count, start + 400)
        var quotedValue = false
        while index < limit {
            switch bytes[index] {
            case 0x5D: return quotedValue ? index : nil
            case 0x5B: return nil
            // `="`, `=”`, `=“` (E2 80 9D / 9C) or `=http...`: an attribute's value.
            case 0x3D where index + 1 < bytes.count:
                let next = bytes[index + 1]
                if next == 0x22 || next == 0x27 || next == 0xE2 || (next >= 0x61 && next <= 0x7A) { quotedValue = true }
            default: break
            }
            index += 1
        }
        return nil
    }
}
