/// Splits text into sentences with English rules, in one linear pass.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it)
/// when whitespace follows and the next word can start a sentence. A period does not end a
/// sentence after a known abbreviation, an initial, a dotted acronym followed by a lower-case
/// word, inside numbers, URLs and e-mail addresses (no whitespace follows there), inside a
/// spaced ellipsis (". . .") or a bracketed one ("[...]"). Numbered, lettered and bulleted list
/// items each start a sentence (`ListMarkers`).
public struct SentenceSegmenter: Sendable {
    public init() {}

    /// The sentences of `text`, each trimmed, with internal newlines turned into spaces.
    ///
    /// Long text is segmented in blocks of about 16 KB cut after a hard line break (one that
    /// ends a sentence anyway), so the working arrays stay small and in cache however long the
    /// document is: time is linear and memory flat in the text's length.
    public func sentences(in text: String) -> [String] {
        var text = text
        var result: [String] = []
        text.withUTF8 { bytes in
            var chars: [Unicode.Scalar] = []
            var offsets: [Int32] = []
            var blockStart = 0
            while blockStart < bytes.count {
                let blockEnd = Self.blockEnd(bytes, from: blockStart)
                let block = UnsafeBufferPointer(rebasing: bytes[blockStart..<blockEnd])
                Self.decode(block, scalars: &chars, offsets: &offsets)
                segment(chars, SentenceBuilder(utf8: block, offsets: offsets), into: &result)
                blockStart = blockEnd
            }
        }
        return result
    }

    static let blockSize = 16_384

    /// Where the block starting at `start` ends: just after the first line break at least
    /// `blockSize` bytes on that the line before does not end in a space (a soft wrap).
    static func blockEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var position = start + blockSize
        while position < bytes.count {
            if bytes[position] == 0x0A, bytes[position - 1] != 0x20, bytes[position - 1] != 0x09 { return position + 1 }
            position += 1
        }
        return bytes.count
    }

    /// Appends the sentences of one block (whole lines) to `result`.
    private func segment(_ chars: [Unicode.Scalar], _ builder: SentenceBuilder, into result: inout [String]) {
        let text = builder
        let lists = ListMarkers(chars)
        let quotes = QuoteSpans(chars)
        let itemStarts = lists.itemStartPositions
        var nextItem = 0
        var start = 0
        var index = 0
        while index < chars.count {
            while nextItem < itemStarts.count, itemStarts[nextItem] < index { nextItem += 1 }
            if nextItem < itemStarts.count, itemStarts[nextItem] == index, index > start {
                builder.append(start..<index, to: &result)
                start = index
            }
            let char = chars[index]
            if char.isLineBreak, char.value != 0x85 || !Mojibake.continues(chars, at: index) {
                // A line break ends a sentence: headings, list lines and captions stand alone.
                // A soft wrap: the line ends in a space and the next does not start a new item
                // (indented, or capitalised).
                let nextChar = index + 1 < chars.count ? chars[index + 1] : "\n"
                let softWrap = index > 0 && (chars[index - 1] == " " || chars[index - 1] == "\t")
                    && !nextChar.isSpace && !nextChar.isUpper
                if !softWrap {
                    if index > start { builder.append(start..<index, to: &result) }
                    start = index + 1
                }
                index += 1
                continue
            }
            // Speech broken off with a dash ends at its closing quote: "If you please, sir--" The…
            if char == "\"" || char == "”", quotes.closes(at: index), index > 0, "-—–".unicodeScalars.contains(chars[index - 1]), capitalAfter(chars, index + 1) {
                builder.append(start..<(index + 1), to: &result)
                start = index + 1
                index += 1
                continue
            }
            guard Self.isTerminator(char), !lists.isInsideMarker(index) else { index += 1; continue }
            if char == ".", let skip = spacedEllipsis(chars, at: index) {
                if skip.breakAt > start {
                    builder.append(start..<skip.breakAt, to: &result)
                    start = skip.breakAt
                }
                index = skip.end
                continue
            }
            // Detached periods before a new sentence ("reste .. Logiquement"): the first closes the
            // sentence, the rest stand alone.
            if char == ".", index > 0, chars[index - 1] == " ", index + 1 < chars.count, chars[index + 1] == "." {
                var end = index
                while end < chars.count, chars[end] == "." { end += 1 }
                if capitalAfter(chars, end) {
                    builder.append(start..<(index + 1), to: &result)
                    builder.append((index + 1)..<end, to: &result)
                    start = end
                    index = end
                    continue
                }
            }
            // Take the whole run of terminators and closing punctuation.
            var end = index + 1
            while end < chars.count, Self.isTerminator(chars[end]) || Self.isCloser(chars[end]) {
                end += 1
            }
            end = Self.spacedGuillemetEnd(chars, from: end)
            end = citationEnd(chars, from: end)
            end = trailingEnd(chars, from: end)
            // Inside a quotation, a sentence ends only where the quotation closes.
            if quotes.isInside(index), !(index..<end).contains(where: { quotes.closes(at: $0) }) { index = end; continue }
            let afterDots = chars[index...].firstIndex { $0 != "." } ?? chars.count
            let bracketed = index > 0 && chars[index - 1] == "[" && afterDots < chars.count && chars[afterDots] == "]"
            // Full-width and ideographic stops end a sentence with no space after them; so does a
            // stop glued to the next sentence's first word ("world.Today is").
            if Self.isWideTerminator(char) || joinedSentence(chars, text, terminator: index, runEnd: end) {
                builder.append(start..<end, to: &result)
                start = end
                index = end
                continue
            }
            guard end == chars.count || chars[end].isSpace, !bracketed else { index = end; continue }
            if shouldBreak(chars, text, terminator: index, runEnd: end) {
                builder.append(start..<end, to: &result)
                start = end
            }
            index = end
        }
        builder.append(start..<chars.count, to: &result)
    }

    /// Citation marks stuck to a sentence's end belong to it: "martyr.[1]", "large.[7][8]",
    /// "(type 2).10" (a footnote number followed by a new sentence).
    private func citationEnd(_ chars: [Unicode.Scalar], from position: Int) -> Int {
        var end = position
        while end < chars.count, chars[end] == "[" {
            var close = end + 1
            while close < chars.count, chars[close].isDigit { close += 1 }
            guard close > end + 1, close < chars.count, chars[close] == "]" else { break }
            end = close + 1
        }
        // Not a decimal point: "3.5 MW" is a number and its unit.
        if end == position, end < chars.count, chars[end].isASCIIDigit, end > 1, chars[end - 1] == ".",
           !chars[end - 2].isASCIIDigit {
            var digits = end
            while digits < chars.count, chars[digits].isASCIIDigit, digits - end < 3 { digits += 1 }
            var next = digits
            while next < chars.count, chars[next] == " " { next += 1 }
            if next > digits, next < chars.count, chars[next].isUpper { end = digits }
        }
        return end
    }

    /// What after a sentence's mark still belongs to it, when whitespace and a capital or the
    /// text's end follow: emoji that end the text or react ("I guess. 🤷 Apparently", not "✅
    /// LearnWorlds", a list's mark), or a reference in brackets with a number last and no
    /// sentence mark ("keeps time." (Varga, 2019) Others"); else `position`.
    private func trailingEnd(_ chars: [Unicode.Scalar], from position: Int) -> Int {
        var cursor = position
        while cursor < chars.count, chars[cursor] == " " { cursor += 1 }
        guard cursor > position, cursor < chars.count else { return position }
        var end = cursor
        if chars[cursor].isPictograph {
            var reacts = false
            while end < chars.count, chars[end].isEmojiPart || chars[end] == " " && end + 1 < chars.count && chars[end + 1].isPictograph {
                reacts = reacts || chars[end].isReactionEmoji
                end += 1
            }
            var next = end
            while next < chars.count, chars[next].isSpace, !chars[next].isLineBreak { next += 1 }
            if !reacts && next < chars.count && !chars[next].isLineBreak { return position }
        } else if chars[cursor] == "(" {
            guard let close = chars[cursor...].prefix(60).firstIndex(of: ")"), close > cursor + 4, chars[close - 1].isDigit,
                  chars[cursor..<close].contains(where: \.isLetter),
                  !chars[cursor..<close].contains(where: { $0 == "?" || $0 == "!" })
            else { return position }
            end = close + 1
        } else {
            return position
        }
        var next = end
        while next < chars.count, chars[next].isSpace { next += 1 }
        guard next > end || end == chars.count else { return position }
        return next == chars.count || chars[next].isUpper ? end : position
    }

    /// A spaced ellipsis ". . ." at `index`: where it ends, and where (if anywhere) the sentence
    /// breaks. "compounds. . . . The" breaks after "compounds." (the ellipsis opens the next
    /// sentence); "a period . . . . Next" breaks after the four dots; "is . . . I" does not break.
    private func spacedEllipsis(_ chars: [Unicode.Scalar], at index: Int) -> (end: Int, breakAt: Int)? {
        func dots(from position: Int) -> (end: Int, count: Int)? {
            var cursor = position
            var count = 0
            while cursor < chars.count, chars[cursor] == "." {
                count += 1
                if cursor + 2 < chars.count, chars[cursor + 1] == " ", chars[cursor + 2] == "." {
                    cursor += 2
                } else {
                    cursor += 1
                    break
                }
            }
            return count >= 3 ? (cursor, count) : nil
        }
        func capitalFollows(_ position: Int) -> Bool {
            var next = position
            while next < chars.count, chars[next] == " " || Self.isCloser(chars[next]) { next += 1 }
            return next < chars.count && chars[next].isUpper
        }
        let attached = index > 0 && !chars[index - 1].isSpace
        if attached, index + 2 < chars.count, chars[index + 1] == " ", let run = dots(from: index + 2) {
            // Closing a quotation, the ellipsis ends with it ("will come. . . ." Nobody).
            var closed = run.end
            while closed < chars.count, Self.isCloser(chars[closed]) { closed += 1 }
            if closed > run.end { return (closed, capitalFollows(closed) ? closed : -1) }
            return capitalFollows(run.end) ? (index + 1, index + 1) : (run.end, -1)
        }
        if !attached, let run = dots(from: index) {
            return (run.end, run.count >= 4 && capitalFollows(run.end) ? run.end : -1)
        }
        return nil
    }

    public static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case ".", "!", "?", "…", "‽", "。", "．", "！", "？": return true; default: return false }
    }

    /// Full-width and ideographic sentence stops, written with no space after them.
    static func isWideTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case "。", "．", "！", "？": return true; default: return false }
    }

    /// French sets a closing guillemet off by a space ("« Oui ! » Puis", "« Je viens. »"): the
    /// guillemet, and the space before it, close the sentence as one glued to its mark would.
    /// Where such a guillemet follows `position`, the index after it; else `position`.
    public static func spacedGuillemetEnd(_ chars: [Unicode.Scalar], from position: Int) -> Int {
        var next = position
        while next < chars.count, next - position < 2, chars[next] == " " || chars[next] == "\u{A0}" || chars[next] == "\u{202F}" {
            next += 1
        }
        guard next > position, next < chars.count, chars[next] == "»" || chars[next] == "›" else { return position }
        return next + 1
    }

    public static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case "\"", "'", "”", "’", ")", "]", "»", "›": return true; default: return false }
    }

    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "“", "‘", "(", "[", "«", "‹", "¿", "¡", "-", "–", "—": return true
        default: return false
        }
    }
}
