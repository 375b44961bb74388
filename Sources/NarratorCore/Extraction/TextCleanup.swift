/// Small text normalisations shared by the extractors.
public enum TextCleanup {
    /// Collapses runs of whitespace (including no-break spaces) to one space and trims the ends.
    public static func collapse(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" || scalar == "\u{200B}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if scalar.value < 0x20 || scalar == "\u{FEFF}" || scalar == "\u{FFFD}" { continue }
            if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
            out.unicodeScalars.append(scalar)
        }
        return out
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

    /// Boilerplate labels that are never article text when they stand alone.
    public static func isBoilerplateLabel(_ text: String) -> Bool {
        let lower = text.lowercased().trimming(" .:|-–—")
        if boilerplateLabels.contains(lower) { return true }
        for prefix in boilerplatePrefixes where lower.hasPrefix(prefix) { return true }
        if isSpeedLabel(lower) { return true }
        return lower.allSatisfy { $0.isNumber || $0 == "," || $0 == " " || $0 == "." || $0 == "k" }
    }

    /// "1.25x", "2x", "250 wpm": speed buttons of a listen widget.
    static func isSpeedLabel(_ lower: String) -> Bool {
        let compact = lower.replacingOccurrences(of: " ", with: "")
        if compact.hasSuffix("wpm"), Double(compact.dropLast(3)) != nil { return true }
        if compact.hasSuffix("x"), Double(compact.dropLast()) != nil { return true }
        return false
    }

    static let boilerplateLabels: Set<String> = [
        "advertisement", "advertising", "sponsored", "sponsored content", "ad", "ads",
        "select voice", "choose your listening speed", "listen to this article", "listen",
        "slow", "average", "fast", "normal", "play", "pause", "share", "share this article",
        "comments", "comment", "tweet", "email", "print", "copy link", "save", "follow",
        "read more", "related", "related articles", "more on this", "trending", "recommended",
        "subscribe", "sign up", "newsletter", "log in", "sign in", "menu", "search", "close",
        "skip to content", "skip to main content", "back to top", "scroll to continue",
        "advertisement - scroll to continue", "story continues below advertisement",
        "article continues below", "continue reading",
    ]

    static let boilerplatePrefixes: [String] = [
        "reading time", "why you can trust", "get through articles", "share this", "sign up for",
        "subscribe to", "follow us", "click here", "this article is more than",
        "listen to this article", "copyright ©", "©",
    ]
}

extension StringProtocol {
    /// The text without leading and trailing whitespace or any of `characters`.
    func trimming(_ characters: String) -> String {
        let set = Set(characters.unicodeScalars)
        let scalars = Array(unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, set.contains(scalars[start]) || scalars[start].properties.isWhitespace { start += 1 }
        while end > start, set.contains(scalars[end - 1]) || scalars[end - 1].properties.isWhitespace { end -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }
}
