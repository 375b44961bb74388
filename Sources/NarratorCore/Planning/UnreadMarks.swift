/// Marks a narrator does not read aloud, in any language, which eSpeak NG reads by their names:
/// asterisks masking letters or marking footnotes ("Ni**", "$5*": "asterisk"), trade marks
/// ("PMP®", "SmartProtection™": "registered", "trade mark"), a footnote's way back ("... ↩︎":
/// "right"), a pilcrow that marks a heading's anchor ("CommonMiddleware¶": "paragraph"; before
/// a number it is one: "¶ 12"), shapes set as bullets ("● Local moves": "black circle") and a
/// tilde that is not "about" a number ("below~": "tilde"). Set apart, a tilde or an arrow is a
/// pause ("wanders ~ which", "Settings → Account", "← You are here"; eSpeak: "right", "left
/// arrow"); an arrow to the right between two words written together ("D0→D1") is "to" in
/// English. A tilde before a number is "about": English says so later (`SpokenSymbols`), the
/// languages read in their own words say it here ("~50 Leute" "etwa 50 Leute"; eSpeak:
/// "Tilde"), and other languages leave it unread.
enum UnreadMarks {
    /// `language`: "en" for an English voice, else the language read in its own words, or nil.
    static func without(_ text: String, language: String?) -> String {
        let english = language == "en"
        guard text.unicodeScalars.contains(where: mayBeUnread) else { return text }
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < chars.count {
            let char = chars[index]
            let next = index + 1 < chars.count ? chars[index + 1] : nil
            // A mark's variation selector ("↩︎") goes with it.
            if let next, next.value == 0xFE0E || next.value == 0xFE0F, isDropped(char) || isArrow(char) { index += 1 }
            if isDropped(char) {
                // Nothing said.
            } else if char == "¶" {
                if nextIsDigit(chars, after: index) { out.append(char) }
            } else if char == "~" {
                if let next, next.isDigit || "$£€".unicodeScalars.contains(next) {
                    if english {
                        out.append(char)  // "~50": "about 50", said by the English rules
                    } else if let language, let about = about[language] {
                        out.append(contentsOf: (about + " ").unicodeScalars)
                    }
                } else if out.last == " ", next == " " {
                    pause(&out)  // set apart, a dash; after a word, a flourish
                }
            } else if isArrow(char) {
                // Past its variation selector, skipped above.
                let after = index + 1 < chars.count ? chars[index + 1] : nil
                if out.last.map(isWordScalar) == true, after.map(isWordScalar) == true {
                    out.append(contentsOf: (english && rightwards.contains(char) ? " to " : ", ").unicodeScalars)
                } else {
                    pause(&out)
                }
            } else {
                out.append(char)
            }
            index += 1
        }
        // Marks dropped between spaces leave two; at either end, one.
        var result = String(out)
        while result.contains("  ") { result = result.replacingOccurrences(of: "  ", with: " ") }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// Marks dropped wherever they stand: asterisks, trade marks, the arrows back from a
    /// footnote, and geometric shapes (bullets, squares, triangles, diamonds).
    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2A, 0xAE, 0x2122, 0x2120, 0x21A9, 0x21AA, 0x2934, 0x2935: true
        case 0x25A0...0x25FF: true
        default: false
        }
    }

    /// Arrows (the Arrows block, long arrows, and the dingbat and emoji arrows), but for the
    /// arrows back from a footnote.
    private static func isArrow(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21A9, 0x21AA: false
        case 0x2190...0x21FF, 0x27F5...0x27FF, 0x2794...0x27BF, 0x2B05...0x2B07: true
        default: false
        }
    }

    /// "About" before a number, in the languages read in their own words.
    static let about: [String: String] = [
        "de": "etwa", "fr": "environ", "es": "aproximadamente", "it": "circa", "pt": "cerca de",
    ]

    private static let rightwards: Set<Unicode.Scalar> = ["→", "⇒", "⟶", "⟹", "➔", "➜", "➝", "➞", "➡"]

    /// A comma after what came before, unless it ends in a mark already (or nothing came).
    private static func pause(_ out: inout String.UnicodeScalarView) {
        while let last = out.last, last == " " { out.removeLast() }
        // Behind closing quotes: "fun,” ~ Ana" has its pause.
        let mark = out.reversed().first { !"”’\"')]".unicodeScalars.contains($0) }
        if let mark, !",;:.!?—–-(".unicodeScalars.contains(mark) { out.append(",") }
        out.append(" ")
    }

    private static func mayBeUnread(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "¶" || scalar == "~" || isDropped(scalar) || isArrow(scalar)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isLetter || scalar.isDigit
    }

    /// Whether a digit follows, after spaces.
    private static func nextIsDigit(_ chars: [Unicode.Scalar], after index: Int) -> Bool {
        var cursor = index + 1
        while cursor < chars.count, chars[cursor] == " " { cursor += 1 }
        return cursor < chars.count && chars[cursor].isDigit
    }
}
