/// Small text normalisations shared by the extractors.
public enum TextCleanup {
    /// Collapses runs of whitespace (including no-break spaces) to one space and trims the ends.
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

    /// Boilerplate labels that are never article text when they stand alone.
    public static func isBoilerplateLabel(_ text: String) -> Bool {
        // Labels are short; article sentences are not worth lower-casing to find out.
        guard text.utf8.count <= 80 else { return false }
        let lower = lowercased(text).trimming(" .:|-–—!")
        if boilerplateLabels.contains(lower) { return true }
        for prefix in boilerplatePrefixes where lower.hasPrefix(prefix) { return true }
        if isSpeedLabel(lower) { return true }
        // Words split once for the labels read word by word.
        let words = lower.split(separator: " ")
        if isReadingTime(words) || isCounter(words) || isGalleryCounter(words) || isEditStamp(words) { return true }
        return lower.allSatisfy { $0.isNumber || $0 == "," || $0 == " " || $0 == "." || $0 == "k" }
    }

    /// "9 min read", "10 Min Read", "3 minute listen": how long the article takes, a label.
    static func isReadingTime(_ words: [Substring]) -> Bool {
        guard words.count == 3, let number = words.first,
              number.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "-" || $0 == "–" }), number.first?.isNumber == true,
              ["min", "min.", "mins", "minute", "minutes"].contains(String(words[1])) else { return false }
        // "20 minutes" alone may be a step of a recipe.
        return ["read", "reading", "watch", "listen"].contains(String(words[2]))
    }

    /// "Last edited: Jul 3, 2024", "Last edited by Trilby (2024-05-02 10:11:12)": a forum post's
    /// edit stamp, a year or a time after the label.
    static func isEditStamp(_ words: [Substring]) -> Bool {
        guard words.count >= 3, words.count <= 10, words[0] == "last",
              words[1] == "edited:" || (words[1] == "edited" && ["by", "on", "at"].contains(words[2])) else { return false }
        return words.dropFirst(2).contains { word in
            let digits = word.filter { $0.isASCII && $0.isNumber }
            return digits.count >= 4 || (word.contains(":") && digits.count >= 3)
        }
    }

    /// "12 likes", "1.2k views", "3 Comments", "0 replies": a widget's count of what readers did.
    static func isCounter(_ words: [Substring]) -> Bool {
        guard words.count == 2, let number = words.first, number.first?.isNumber == true,
              number.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." || $0 == "k" || $0 == "m" })
        else { return false }
        return counterWords.contains(String(words[1]))
    }

    /// "Image 2 of 5", "Photo 3/12", "Slide 1 of 8", "Page 2 of 9", "1 of 23": a gallery's,
    /// a slider's or a listing's place.
    static func isGalleryCounter(_ words: [Substring]) -> Bool {
        let isNumber = { (word: Substring) in !word.isEmpty && word.allSatisfy { $0.isASCII && $0.isNumber } }
        // A slider's place with no word before it: "1 of 23".
        if words.count == 3, isNumber(words[0]), words[1] == "of", isNumber(words[2]) { return true }
        guard words.count == 2 || words.count == 4, galleryWords.contains(String(words[0])) else { return false }
        if words.count == 2 {
            let parts = words[1].split(separator: "/", omittingEmptySubsequences: false)
            return parts.count == 2 && parts.allSatisfy(isNumber)
        }
        return isNumber(words[1]) && ["of", "/", "de", "von", "di"].contains(String(words[2])) && isNumber(words[3])
    }

    static let galleryWords: Set<String> = ["image", "photo", "picture", "slide", "foto", "bild", "page"]

    static let counterWords: Set<String> = [
        "like", "likes", "comment", "comments", "share", "shares", "reply", "replies", "view", "views",
        "review", "reviews", "answer", "answers", "vote", "votes",
    ]

    /// "1.25x", "2x", "250 wpm": speed buttons of a listen widget.
    static func isSpeedLabel(_ lower: String) -> Bool {
        guard lower.hasSuffix("x") || lower.hasSuffix("wpm") else { return false }
        let compact = lower.filter { $0 != " " }
        if compact.hasSuffix("wpm"), Double(compact.dropLast(3)) != nil { return true }
        if compact.hasSuffix("x"), Double(compact.dropLast()) != nil { return true }
        return false
    }

    static let boilerplateLabels: Set<String> = [
        "advertisement", "advertising", "sponsored", "sponsored content", "ad", "ads",
        "select voice", "choose your listening speed", "listen to this article", "listen",
        "slow", "average", "fast", "normal", "play", "pause", "share", "share this article",
        "comments", "comment", "tweet", "email", "print", "print this page", "print this article", "copy link",
        "link copied", "copied", "save", "follow",
        "read more", "related", "related articles", "more on this", "trending", "recommended",
        "subscribe", "sign up", "newsletter", "log in", "sign in", "menu", "search", "close",
        "skip to content", "skip to main content", "back to top", "scroll to continue",
        "advertisement - scroll to continue", "story continues below advertisement",
        "article continues below", "continue reading", "advert", "don't miss", "dont miss", "breaking news",
        "this slideshow requires javascript", "关联文章", "関連記事", "相关文章", "related posts", "related stories",
        "more stories", "you may also like", "most popular", "most read", "top stories", "latest news",
        "watch", "video", "photos", "gallery", "image", "loading", "loading...",
        "latest stories", "our latest stories", "read next", "up next", "what to read next", "popular stories",
        "editor's picks", "editors' picks", "you might also like", "recommended for you", "more from this author",
        "previous post", "next post", "previous article", "next article", "previous story", "next story",
        "older post", "newer post", "previous", "next",
        // A shop's buttons and labels beside a product: what the reader may click, not what
        // the article says.
        "where to buy", "buy now", "shop now", "check price", "check prices", "see price", "view deal",
        "see deal", "get deal", "jump to details",
        // A listing's controls.
        "sort by", "filters",
        // A post's taxonomy, its tags and categories (links) gone: "Tags", "Filed under".
        "tags", "topics", "categories", "hidden categories", "filed under", "tagged", "tagged with", "posted in",
        // A forum member card's labels, standing alone when the values sit in elements of their own.
        "joined", "join date", "posts", "total posts", "messages", "reaction score", "likes received", "trophy points",
        // "Advertisement" in other languages.
        "iklan", "anúncio", "publicidade", "publicité", "anzeige", "werbung", "pubblicità", "publicidad", "reklama",
        "реклама", "advertentie", "annonce", "mainos", "reklam", "广告", "広告", "광고",
        // A credit's label whose name stood in a link or an image; a caption's or a video's button.
        "written by", "edited by", "reviewed by", "medically reviewed by", "fact checked by", "fact-checked by",
        "posted by", "posted on", "published on", "show caption", "hide caption", "watch next", "republish this story",
    ]

    /// A paragraph that is only a web address.
    static func isBareURL(_ text: String) -> Bool {
        !ByteText.contains(text, byte: 0x20) && (text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www."))
    }

    /// A short line that only gives a date and time ("2018-08-16", "Monday, 22 January 2018 at
    /// 0:13", "Updated 14:05 GMT"): no sentence, mostly digits and calendar words.
    static func isDateLine(_ text: String) -> Bool {
        guard text.utf8.count <= 64, !endsLikeSentence(text) || text.hasSuffix(".") == false else { return false }
        let words = lowercased(text).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" })
        guard !words.isEmpty, words.count <= 9 else { return false }
        let hasYearOrTime = words.contains { word in
            let digits = word.filter(\.isNumber)
            return (digits.count == 4 && word.count <= 5) || word.utf8.contains(0x3A) && digits.count >= 3
                || (word.count == 10 && word.filter({ $0 == "-" || $0 == "/" }).count == 2)
        }
        guard hasYearOrTime else { return false }
        let calendarish = words.filter { word in
            word.allSatisfy { $0.isNumber || "-/:.".contains($0) } || dateWords.contains { word.hasPrefix($0) }
        }
        return calendarish.count * 3 >= words.count * 2
    }

    static let dateWords: [String] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue", "wed",
        "thu", "fri", "sat", "sun", "updated", "published", "posted", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst",
        "est", "edt", "pst", "pdt", "cet", "at", "on", "de", "às", "le", "am", "um", "segunda", "terça", "quarta",
        "quinta", "sexta", "sábado", "domingo", "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
        "agosto", "setembro", "outubro", "novembro", "dezembro", "feira",
    ]

    static let boilerplatePrefixes: [String] = [
        "reading time", "tempo de leitura", "tiempo de lectura", "temps de lecture", "lesezeit", "tempo di lettura",
        "leestijd", "why you can trust", "get through articles", "share this", "sign up for",
        "subscribe to", "follow us", "click here", "this article is more than",
        "listen to this article", "copyright ©", "©",
        // An advertisement's label with what it says after it ("Advertisement - Page continues
        // below", "Advertisement: New course").
        "advertisement -", "advertisement –", "advertisement —", "advertisement:", "advertisement (",
        "advert:", "buy now from", "jump to details ",
        // A listing's order: "Sort: Best Match", "Sort by: Newest".
        "sort:", "sort by:",
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
