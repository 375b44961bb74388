/// Small text normalisations shared by the extractors.
public enum TextCleanup {
    /// Collapses runs of whitespace (including no-break spaces) to one space and trims the ends;
    /// controls, byte-order marks, strokes overlaid on letters and joiners that join nothing go.
    public static func collapse(_ text: String) -> String {
        collapse(utf8: Array(text.utf8))
    }

    /// `collapse` over UTF-8 bytes (a malformed sequence is dropped like U+FFFD): the page
    /// tree's text is bytes, and a string is made once, for the result. ASCII is handled
    /// without Unicode property lookups.
    public static func collapse(utf8 bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                if byte == 0x20 || (0x09...0x0D).contains(byte) { pendingSpace = !out.isEmpty; continue }
                if byte < 0x20 || byte == 0x7F { continue }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(byte)
                continue
            }
            let (decoded, length) = decodeScalar(bytes, at: index)
            guard var value = decoded?.value else { index += length; continue }
            var encoded = bytes[index..<(index + length)]
            index += length
            // Text encoded twice stands for the character meant, held to the same rules below.
            if (0xC2...0xF4).contains(value), let (repaired, consumed) = Mojibake.repair(bytes, at: index - length, lead: UInt8(value)) {
                value = decodeScalar(repaired, at: 0).0?.value ?? 0xFFFD
                encoded = repaired[...]
                index += consumed - length
            }
            if isWhitespace(value) || value == 0x200B {
                pendingSpace = !out.isEmpty
                continue
            }
            if value == 0xFEFF || value == 0xFFFD || (0x80...0x9F).contains(value) { continue }
            // A zero-width joiner that joins nothing: after plain ASCII or at the start (site
            // builders leave one in an empty line or after a sentence; eSpeak read its period
            // as "dot"). Between an emoji's or a script's characters it stays.
            if value == 0x200D, out.last.map({ $0 < 0x80 }) ?? true { continue }
            // A stroke drawn through each letter ("G̶B̶P̶ ̶9̶5̶0̶", struck text written with
            // combining overlays): the letters are read, not the strokes (eSpeak names each one).
            if (0x0334...0x0338).contains(value) { continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(contentsOf: encoded)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Unicode's White_Space property for scalars past ASCII, spelled out (the set is fixed by
    /// Unicode's stability policy; the property lookup is a table search per character).
    @inline(__always) static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The scalar whose UTF-8 encoding starts at `index` (a byte of 0x80 or more) and its
    /// length in bytes; nil and 1 for a malformed sequence.
    static func decodeScalar(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar?, Int) {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return (nil, 1)
        }
        guard index + length <= bytes.count else { return (nil, 1) }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let shortest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= shortest, let scalar = Unicode.Scalar(value) else { return (nil, 1) }
        return (scalar, length)
    }

    /// Number of words: whitespace-separated tokens holding a letter or digit.
    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).reduce(0) { count, token in
            count + (token.contains { $0.isLetter || $0.isNumber } ? 1 : 0)
        }
    }

    /// True when the text ends like a sentence: . ! ? … or one of those before closing quotes.
    public static func endsLikeSentence(_ text: String) -> Bool {
        let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»"]
        var trimmed = Substring(text)
        while let last = trimmed.last, closers.contains(last) { trimmed = trimmed.dropLast() }
        guard let last = trimmed.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "…" || last == ":"
    }

    /// The text lower-cased; ASCII text byte by byte (most labels and dates), the rest by
    /// Unicode's rules.
    static func lowercased(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.lowercased() }
        return String(decoding: text.utf8.map(ByteText.lower), as: UTF8.self)
    }

    /// The text's words, lower-cased: its runs of letters and digits.
    static func words(_ text: String) -> [Substring] {
        lowercased(text).split { !$0.isLetter && !$0.isNumber }
    }

    /// A paragraph that is only a web address.
    static func isBareURL(_ text: String) -> Bool {
        !ByteText.contains(text, byte: 0x20) && (text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www."))
    }

    /// A short line that only gives a date and time ("2018-08-16", "Monday, 22 January 2018 at
    /// 0:13", "Updated 14:05 GMT", "02 Ago 2017"): no sentence, mostly digits and calendar words,
    /// a calendar word or a formatted date among them.
    static func isDateLine(_ text: String) -> Bool {
        guard text.utf8.count <= 64, !endsLikeSentence(text) || text.hasSuffix(".") == false else { return false }
        let words = lowercased(text).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" })
        guard !words.isEmpty, words.count <= 9 else { return false }
        let hasYearOrTime = words.contains { word in
            let digits = word.filter(\.isNumber)
            return (digits.count == 4 && word.count <= 5) || word.utf8.contains(0x3A) && digits.count >= 3
                || (word.count == 10 && word.filter({ $0 == "-" || $0 == "/" || $0 == "." }).count == 2)
        }
        guard hasYearOrTime else { return false }
        let calendarish = words.filter { word in
            word.allSatisfy { $0.isNumber || "-/:.".contains($0) } || dateWords.contains { word.hasPrefix($0) }
                || isOrdinalDay(word)
        }
        // Bare numbers beside a name ("1, Kyle Doe, 5040, 5, 17") are a table's row: a date
        // is written with a month, a weekday or separators ("23 Nov 2017", "2018-08-16").
        if words.count > 1, calendarish.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return false }
        return calendarish.count * 3 >= words.count * 2
    }

    /// "4th", "21st": a day of the month written as an ordinal.
    static func isOrdinalDay(_ word: Substring) -> Bool {
        (1...2).contains(word.prefix { $0.isASCII && $0.isNumber }.count) && isOrdinal(word)
    }

    /// "5th", "125th", "1st": figures and an ordinal's ending.
    static func isOrdinal<Word: StringProtocol>(_ word: Word) -> Bool {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count)))
    }

    static let dateWords: [String] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue", "wed",
        "thu", "fri", "sat", "sun", "updated", "published", "posted", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst",
        "est", "edt", "pst", "pdt", "cet", "at", "on", "de", "às", "le", "am", "um", "segunda", "terça", "quarta",
        "quinta", "sexta", "sábado", "domingo", "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
        "agosto", "setembro", "outubro", "novembro", "dezembro", "feira", "ago",
    ]
}

extension StringProtocol {
    /// The text without leading and trailing whitespace or any of `characters`.
    func trimming(_ characters: String) -> String {
        let scalars = unicodeScalars
        func trimmed(_ scalar: Unicode.Scalar) -> Bool {
            characters.unicodeScalars.contains(scalar) || scalar.properties.isWhitespace
        }
        guard let first = scalars.firstIndex(where: { !trimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !trimmed($0) })!
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[first...last])
        return String(out)
    }
}
