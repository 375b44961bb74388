/// Numbered, lettered and bulleted list items inside running text.
///
/// "1. The first item 2. The second item", "1). One 2). Two", "a. One b. Two", "a) one b) two" or "i. One ii. Two":
/// markers that count up (1, 2, 3…, a, b, c… or i, ii, iii…) by one, at least two of them, each start a sentence, and the period or bracket
/// inside a marker never ends one. The markers of one list are written alike: "a) apples b)
/// pears" and, later, "born c. 1900" are not a list of three. A bullet (•, ⁃, ◦, ‣, ▪) starts a sentence wherever it stands.
struct ListMarkers {
    // Markers are rare: item starts are kept sorted (asked in order), periods in a set.
    private var itemStarts: [Int] = []
    private var markerPeriods: Set<Int> = []

    static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case "•", "⁃", "◦", "‣", "▪", "●": return true; default: return false }
    }

    init(_ chars: [Unicode.Scalar]) {
        var numbered: [Marker] = []
        var lettered: [Marker] = []
        var roman: [Marker] = []
        var index = 0
        while index < chars.count {
            let char = chars[index]
            // Only ASCII digits and lower-case letters after a space or line start can open a
            // marker: most characters are inside words, so check those first.
            if char.value >= 0x80 {
                if Self.isBullet(char), !Mojibake.continues(chars, at: index) { itemStarts.append(index) }
                index += 1
                continue
            }
            guard char.isASCIIDigit || (0x61...0x7A).contains(char.value),
                  index == 0 || chars[index - 1].value <= 0x20 || chars[index - 1].value >= 0x80 else { index += 1; continue }
            let atLineStart = index == 0 || chars[index - 1].isLineBreak
            let atTokenStart = atLineStart || chars[index - 1].isSpace || Self.isBullet(chars[index - 1])
            guard atTokenStart else { index += 1; continue }
            if char.isASCIIDigit {
                var end = index
                while end < chars.count, end - index < 2, chars[end].isASCIIDigit { end += 1 }
                // The label is asked last: most numbers are no marker's.
                if let marker = Self.markerEnd(chars, end), Self.itemFollows(chars, marker.end), !Self.followsLabel(chars, index) {
                    if atLineStart { markerPeriods.formUnion(marker.periods) }  // "1. A lone item."
                    numbered.append(Marker(start: index, value: Int(String(scalars: chars[index..<end]))!, periods: marker.periods,
                                           bracket: marker.bracket))
                    index = marker.end
                    continue
                }
            }
            if let value = Self.romanValue(chars, from: index), let marker = Self.markerEnd(chars, index + value.length),
               marker.periods.isEmpty || Self.itemFollows(chars, marker.end) {
                roman.append(Marker(start: index, value: value.number, periods: marker.periods, bracket: marker.bracket))
                if value.length > 1 { index = marker.end; continue }
            }
            if char.isASCII, char.isLower, let marker = Self.markerEnd(chars, index + 1),
                      marker.periods.isEmpty || Self.itemFollows(chars, marker.end) {
                // "a) any text" or "a. Capitalised text".
                lettered.append(Marker(start: index, value: Int(char.value), periods: marker.periods, bracket: marker.bracket))
                index = marker.end
                continue
            }
            index += 1
        }
        for markers in [numbered, lettered, roman] {
            var run: [Marker] = []
            func flush() {
                if run.count >= 2 {
                    for marker in run {
                        // "• 9. The item": the bullet already starts the item.
                        var previous = marker.start - 1
                        while previous >= 0, chars[previous] == " " { previous -= 1 }
                        if previous < 0 || !Self.isBullet(chars[previous]) { itemStarts.append(marker.start) }
                        markerPeriods.formUnion(marker.periods)
                    }
                }
                run = []
            }
            for marker in markers {
                if let last = run.last, marker.value != last.value + 1 || marker.periods.isEmpty != last.periods.isEmpty
                    || marker.bracket != last.bracket { flush() }
                run.append(marker)
            }
            flush()
        }
    }

    /// Words a number labels ("Step 1. Heat the oil", "Day 2. We sailed"): the number after
    /// one is the label's, not a list's marker.
    static let labels: Set<String> = ["step", "part", "day", "week", "round", "stage", "phase", "chapter", "level",
                                      "tip", "rule", "question", "lesson", "exercise", "option", "method", "episode"]

    /// Whether a label word stands just before `position`, one space between, or an
    /// abbreviation that numbers what follows ("ranked No. 1. His rival was No. 2.", "Fig. 3.").
    private static func followsLabel(_ chars: [Unicode.Scalar], _ position: Int) -> Bool {
        guard position >= 2, chars[position - 1] == " " else { return false }
        let abbreviated = chars[position - 2] == "."
        var start = position - (abbreviated ? 2 : 1)
        let end = start
        while start > 0, chars[start - 1].isLetter { start -= 1 }
        let word = String(scalars: chars[start..<end]).lowercased()
        return abbreviated ? Abbreviations.numbering.contains(word) : end - start >= 3 && labels.contains(word)
    }

    /// A marker's place, its value (1, 2…; a letter's code) and how it is written.
    private struct Marker {
        var start: Int
        var value: Int
        var periods: [Int]
        var bracket: Bool
    }

    /// A lower-case roman numeral from i to xii at `position` (its value and length in letters).
    private static func romanValue(_ chars: [Unicode.Scalar], from position: Int) -> (number: Int, length: Int)? {
        var end = position
        while end < chars.count, end - position < 4, chars[end] == "i" || chars[end] == "v" || chars[end] == "x" { end += 1 }
        guard end > position else { return nil }
        let numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
        guard let number = numerals.firstIndex(of: String(scalars: chars[position..<end])) else { return nil }
        return (number + 1, end - position)
    }

    /// After the digits or letter of a marker: ".", ".)" or ")" and then a space.
    private static func markerEnd(_ chars: [Unicode.Scalar], _ position: Int) -> (end: Int, periods: [Int], bracket: Bool)? {
        var cursor = position
        var periods: [Int] = []
        var bracket = false
        if cursor < chars.count, chars[cursor] == "." { periods.append(cursor); cursor += 1 }
        if cursor < chars.count, chars[cursor] == ")" {
            cursor += 1
            bracket = true
            // "1). The item": the period after the bracket is the marker's too.
            if periods.isEmpty, cursor < chars.count, chars[cursor] == "." { periods.append(cursor); cursor += 1 }
        }
        guard cursor > position, cursor < chars.count, chars[cursor] == " " else { return nil }
        return (cursor, periods, bracket)
    }

    /// An item's text starts with a capital letter or a digit ("1. The item", not "for 1. above").
    private static func itemFollows(_ chars: [Unicode.Scalar], _ position: Int) -> Bool {
        var next = position
        while next < chars.count, chars[next] == " " { next += 1 }
        return next < chars.count && (chars[next].isUpper || chars[next].isDigit)
    }

    /// Sorted item starts; `SentenceSegmenter` walks them with a cursor.
    var itemStartPositions: [Int] { itemStarts.sorted() }
    func isInsideMarker(_ index: Int) -> Bool { markerPeriods.contains(index) }
}
