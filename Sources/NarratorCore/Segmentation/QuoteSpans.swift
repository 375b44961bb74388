/// Double-quoted passages: a quotation of several sentences is one sentence of the text around it.
///
/// An opening quote (“, or " at the start of a word) is matched with its closing quote (”, or "
/// at the end of a word) in the same paragraph and within 1,500 characters; unmatched quotes
/// change nothing. Single quotes are left alone: they double as apostrophes.
struct QuoteSpans {
    private var inside: [Range<Int>] = []
    private var closings: Set<Int> = []

    init(_ chars: [Unicode.Scalar]) {
        var index = 0
        while index < chars.count {
            let char = chars[index]
            let opens = char == "“" || (char == "\"" && (index == 0 || chars[index - 1].isSpace || "([{-—–".unicodeScalars.contains(chars[index - 1])))
            guard opens else { index += 1; continue }
            var cursor = index + 1
            var closing: Int?
            while cursor < chars.count, cursor - index <= 1500, !chars[cursor].isLineBreak {
                let candidate = chars[cursor]
                if candidate == "”" || (candidate == "\"" && (cursor + 1 == chars.count || !chars[cursor + 1].isLetter)) {
                    closing = cursor
                    break
                }
                if candidate == "“" { break }  // another quotation opens first: unbalanced
                cursor += 1
            }
            if let closing {
                inside.append((index + 1)..<closing)
                closings.insert(closing)
                index = closing + 1
            } else {
                index += 1
            }
        }
    }

    func isInside(_ index: Int) -> Bool {
        // Spans are few and sorted; a binary search keeps this linear overall.
        var low = 0, high = inside.count
        while low < high {
            let mid = (low + high) / 2
            if inside[mid].upperBound <= index { low = mid + 1 } else { high = mid }
        }
        return low < inside.count && inside[low].contains(index)
    }

    func closes(at index: Int) -> Bool { closings.contains(index) }
}
