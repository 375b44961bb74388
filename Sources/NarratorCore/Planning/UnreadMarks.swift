/// Marks a narrator does not read aloud, in any language, which eSpeak NG reads by their names:
/// asterisks masking letters or marking footnotes ("Ni**", "$5*": "asterisk"; in English the grade
/// "A*" is "A star"), trade marks ("PMP®", "SmartProtection™": "registered", "trade mark"), a
/// footnote's way back ("... ↩︎": "right"), a pilcrow or a section sign that marks a heading's
/// anchor ("CommonMiddleware¶", "Source§": "paragraph", "section"; before a number each is one: "¶
/// 12", "§ 5"), shapes set as bullets ("● Local moves": "black circle") and a tilde that is not
/// "about" a number ("below~": "tilde"). Set apart, a tilde or an arrow is a pause ("wanders ~
/// which", "Settings → Account", "← You are here"; eSpeak: "right", "left arrow"); an arrow to the
/// right between two words written together ("D0→D1") is "to" in English. A tilde before a number
/// is "about": English says so later (`SpokenSymbols`), the languages read in their own words say
/// it here ("~50 Leute" "etwa 50 Leute"; eSpeak: "Tilde"), and other languages leave it unread. A
/// pipe, a middle dot or a bullet set apart between items is a pause ("24.8 kg | 54.6 lb"; eSpeak
/// runs them together); a check mark or a cross that is a table's cell ("Loading help, ✓, ✗") is
/// "yes" or "no" in the voice's language (eSpeak says nothing, or "white heavy check mark"), and
/// elsewhere is not read; a minus sign between digits ("2−3 минуты") is a span (eSpeak said
/// "minus", in English, in every voice). Numbered references are left out before
/// (`UnreadReferences`).
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
            if let next, isVariationSelector(next), isDropped(char) || isArrow(char) { index += 1 }
            if char == "*", english, isStarGrade(chars, index) {
                // "an A*", "A*s", "A*AA": the grade above A (eSpeak said nothing for the mark).
                out.append(contentsOf: " star".unicodeScalars)
                if next.map({ $0.properties.isUppercase }) == true { out.append(" ") }
            } else if isDropped(char) {
                // Nothing said.
            } else if char == "¶" {
                if nextIsDigit(chars, after: index) { out.append(char) }
            } else if char == "§", out.last.map(isWordScalar) == true, !nextIsDigit(chars, after: index) {
                // A section's anchor stuck to its heading ("Source§"; eSpeak: "section"); "§ 5" is read.
            } else if char == "−", out.last?.isDigit == true, next?.isDigit == true {
                out.append("–")  // "2−3 минуты": a span (eSpeak read "minus", in English in every voice)
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
            } else if isSeparator(char), out.last == " " || out.isEmpty, next == " " || next == nil {
                pause(&out)  // "Weight, 24.8 kg | 54.6 lb", "#19 · Jan 4": cells or items side by side
            } else if let answer = tableAnswer(char), let language, let words = answers[language] {
                if isCell(chars, index, out: out) { out.append(contentsOf: (answer ? words.yes : words.no).unicodeScalars) }
                // Its variation selector ("✔️") goes with it.
                if let next, isVariationSelector(next) { index += 1 }
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
        return withSingleSpaces(String(out))
    }

    /// The text with each run of spaces made one, and none at either end: what is left where
    /// marks were taken out.
    static func withSingleSpaces(_ text: String) -> String {
        var result = text
        while result.contains("  ") { result = result.replacingOccurrences(of: "  ", with: " ") }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// "A*" as a word of its own, a grade ("an A*", "A*s", "A*AA", "A* search"): a capital A
    /// alone before the asterisk, and after it no letter but a plural's "s" or more grades.
    private static func isStarGrade(_ chars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index >= 1, chars[index - 1] == "A", index < 2 || !isWordScalar(chars[index - 2]) else { return false }
        guard index + 1 < chars.count, isWordScalar(chars[index + 1]) else { return true }
        if chars[index + 1] == "s" { return index + 2 >= chars.count || !isWordScalar(chars[index + 2]) }
        return "ABCDE".unicodeScalars.contains(chars[index + 1])
    }

    /// A variation selector (U+FE0E, U+FE0F), which goes with the mark before it.
    private static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFE0E || scalar.value == 0xFE0F
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

    /// Marks set between items of a line (a pipe, a middle dot, a bullet), which eSpeak passes
    /// over without a pause.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "|" || scalar == "·" || scalar == "•" || scalar == "¦"
    }

    /// A check mark (true) or a cross (false): in a table's cell, "yes" or "no".
    private static func tableAnswer(_ scalar: Unicode.Scalar) -> Bool? {
        switch scalar.value {
        case 0x2713, 0x2714, 0x2705, 0x2611: true
        case 0x2717, 0x2718, 0x274C, 0x2716, 0x274E: false
        default: nil
        }
    }

    /// Whether the mark at `index` is a cell of its own in a table's row, as the row is read
    /// ("Loading help, ✓, ✗"): after a comma and a space, and before a comma or the end.
    private static func isCell(_ chars: [Unicode.Scalar], _ index: Int, out: String.UnicodeScalarView) -> Bool {
        guard out.count >= 2, out.last == " ", out[out.index(out.endIndex, offsetBy: -2)] == "," else { return false }
        var after = index + 1
        if after < chars.count, isVariationSelector(chars[after]) { after += 1 }
        return after == chars.count || chars[after] == ","
    }

    /// "Yes" and "no" in the languages a table's check marks are said in.
    static let answers: [String: (yes: String, no: String)] = [
        "en": ("yes", "no"), "de": ("ja", "nein"), "fr": ("oui", "non"), "es": ("sí", "no"), "it": ("sì", "no"),
        "pt": ("sim", "não"),
    ]

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
        scalar == "¶" || scalar == "§" || scalar == "−" || scalar == "~" || isDropped(scalar) || isArrow(scalar) || isSeparator(scalar) || tableAnswer(scalar) != nil
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
