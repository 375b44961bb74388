/// Double-quoted passages: a quotation of several sentences is one sentence of the text around it.
///
/// An opening quote (“, or " at the start of a word) is matched with its closing quote (”, or "
/// at the end of a word) in the same paragraph and within 1,500 characters; unmatched quotes
/// change nothing. Single quotes are left alone: they double as apostrophes.
struct QuoteSpans {
    // One flag byte per scalar: asked at every terminator, so a lookup is one array read.
    private var flags: [UInt8]
    private static let insideFlag: UInt8 = 1, closingFlag: UInt8 = 2

    init(_ chars: [Unicode.Scalar]) {
        flags = [UInt8](repeating: 0, count: chars.count)
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
                for position in (index + 1)..<closing { flags[position] |= Self.insideFlag }
                flags[closing] |= Self.closingFlag
                index = closing + 1
            } else {
                index += 1
            }
        }
    }

    func isInside(_ index: Int) -> Bool { flags[index] & Self.insideFlag != 0 }

    func closes(at index: Int) -> Bool { index < flags.count && flags[index] & Self.closingFlag != 0 }
}
