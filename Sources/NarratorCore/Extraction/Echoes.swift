/// A passage said again straight after itself inside one block: a passage pasted twice by an
/// editor ("...what you have in mind. ‘ stated capability ... what you have in mind."), or a
/// card's sentence shown as its title and again as its text. A listener hears it once. A
/// shorter run said twice is often meant (a workout's "2 miles at race pace, 3.5 minutes easy,"
/// done twice, a week's plan with the same session on two days).
enum Echoes {
    /// A repeated unit of this many words or more is an echo: a passage, not a phrase.
    static let minimumUnit = 20
    /// A unit of whole sentences is an echo from this many words: "Our engineers design, build
    /// and run the systems." said twice over is not a refrain.
    static let minimumSentences = 8
    /// Longer blocks are not looked at: an editor's paste sits in a paragraph, and a block of
    /// 32 KB is a page's text run together, whose word list would cost memory for nothing.
    static let maximumBytes = 32_768

    /// The text without its echoes: of a passage of 20 words or more (8 or more when it is whole
    /// sentences) said again straight after itself, the first saying is kept with what follows
    /// the last. Words compare as `Shingles` compares them: ASCII case and quotation marks aside.
    static func removed(from text: String) -> String {
        // A passage with an echo inside it, pasted several times over: the inner echoes are cut
        // first, and the copies, now alike, on the next pass.
        var text = text
        for _ in 0..<passes {
            let shorter = removedOnce(from: text)
            if shorter.utf8.count == text.utf8.count { break }
            text = shorter
        }
        return text
    }

    /// Passes over a text: each may reveal an echo the one before it left (3 nested at most).
    static let passes = 3

    private static func removedOnce(from text: String) -> String {
        guard text.utf8.count <= maximumBytes else { return text }
        let words = Words(text)
        guard words.count >= 2 * minimumSentences else { return text }
        let bytes = Array(text.utf8)
        // Whether the words from `first` up to `end` are whole sentences: a sentence ends (or the
        // text starts) before the first, and a full stop, "!" or "?" follows the last, each with
        // a space after it (the point of "3.5" ends nothing).
        func endsSentence(_ gap: ArraySlice<UInt8>, colon: Bool) -> Bool {
            guard let mark = gap.firstIndex(where: { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F || (colon && $0 == 0x3A) })
            else { return false }
            return gap[mark...].contains { ByteText.isSpace($0) }
        }
        func isSentences(_ first: Int, _ end: Int) -> Bool {
            (first == 0 || endsSentence(bytes[words.ranges[first - 1].upperBound..<words.ranges[first].lowerBound], colon: true))
                && endsSentence(bytes[words.ranges[end - 1].upperBound..<words.ranges[end].lowerBound], colon: false)
        }
        var cuts: [Range<Int>] = []
        // The last place each run of three words started: a repeat's partner, found in one pass.
        var lastSeen: [UInt64: Int] = [:]
        lastSeen.reserveCapacity(words.count)
        var index = 0
        while index + 2 < words.count {
            let key = (words.hashes[index] &* 31 &+ words.hashes[index + 1]) &* 31 &+ words.hashes[index + 2]
            if let earlier = lastSeen[key], index - earlier >= minimumSentences {
                let unit = index - earlier
                var end = index
                while end < words.count, words.hashes[end] == words.hashes[end - unit] { end += 1 }
                // A whole unit said again (not a phrase met twice further apart), long enough.
                if end - index >= unit, unit >= minimumUnit || isSentences(earlier, index) {
                    // From the end of the first saying to the end of the last: what follows is kept.
                    cuts.append(words.ranges[index - 1].upperBound..<words.ranges[end - 1].upperBound)
                    lastSeen.removeAll(keepingCapacity: true)
                    index = end
                    continue
                }
            }
            lastSeen[key] = index
            index += 1
        }
        guard !cuts.isEmpty else { return text }
        var kept = bytes
        for cut in cuts.reversed() { kept.removeSubrange(cut) }
        return String(decoding: kept, as: UTF8.self)
    }

    /// A text's words, as `Shingles` reads them: each one's byte range and hash.
    private struct Words {
        var ranges: [Range<Int>] = []
        var hashes: [UInt64] = []
        var count: Int { hashes.count }

        init(_ text: String) {
            var text = text
            ranges.reserveCapacity(text.utf8.count / 4)
            hashes.reserveCapacity(text.utf8.count / 4)
            text.withUTF8 { bytes in
                Shingles.forEachWord(in: bytes) { range, hash in
                    ranges.append(range)
                    hashes.append(hash)
                }
            }
        }
    }
}
