/// The words of class and id attributes that name furniture ("ad", "share", "related..."),
/// a discussion ("comment...") or a standfirst, and the matcher that finds the strongest of
/// them in an element's lower-cased class and id text.
extension BoilerplateHints {
    /// class/id tokens (split at -, _, : and spaces) that mark boilerplate on their own ("metadata":
    /// a site builder's settings for a section, rows of name and value its scripts read).
    static let exactTokens: [String] = [
        "ad", "ads", "adv", "advert", "nav", "navbar", "menu", "footer", "player", "listen",
        "audio", "toolbar", "tags", "tag", "byline", "share", "sharing", "meta",
        "caption", "credit", "credits", "sidebar", "masthead", "banner", "breadcrumbs",
        "breadcrumb", "sr", "visually", "dateline", "timestamp", "author", "cta", "ctas", "button",
        "buttons", "copyright", "metadata",
    ]

    /// class/id token prefixes that mark boilerplate.
    static let tokenPrefixes: [String] = [
        "advert", "sponsor", "promo", "social", "related", "recommend", "trending",
        "newsletter", "subscri", "paywall", "cookie", "popup", "modal", "outbrain",
        "taboola", "signup", "readmore", "mostread", "disqus", "gallery", "disclaimer", "disclosure",
    ]

    /// class/id token prefixes that name furniture which never holds an article, however much
    /// text it has: a consent manager's dialog (pages of legal prose about cookies).
    static let neverPrefixes = ["consent"]

    /// class/id token prefixes that name a discussion's posts: furniture under an article, the
    /// content of a discussion page.
    static let discussionPrefixes = ["comment"]

    /// class/id token prefixes that name furniture on some pages and content blocks on others
    /// (page builders call every block a widget).
    static let weakPrefixes = ["widget"]

    /// What the class and id words of an element say, strongest last.
    enum Words: UInt8, Comparable {
        case none, weak, boilerplate, discussion, never

        static func < (a: Words, b: Words) -> Bool { a.rawValue < b.rawValue }
    }

    /// A word to match a token against: `length` bytes of `wordBytes` from `offset`.
    private struct Word {
        var offset: Int
        var length: Int
        var isPrefix: Bool
        var says: Words
    }

    private static let allWords: [(String, Bool, Words)] = exactTokens.map { ($0, false, .boilerplate) }
        + tokenPrefixes.map { ($0, true, .boilerplate) } + discussionPrefixes.map { ($0, true, .discussion) }
        + weakPrefixes.map { ($0, true, .weak) } + neverPrefixes.map { ($0, true, .never) }

    /// The exact words and prefixes, end to end.
    private static let wordBytes: [UInt8] = allWords.flatMap { Array($0.0.utf8) }

    /// Exact words and prefixes by first byte, so a token is compared with a handful of them.
    private static let wordsByFirstByte: [[Word]] = {
        var table = [[Word]](repeating: [], count: 256)
        var offset = 0
        for (word, isPrefix, says) in allWords {
            table[Int(word.utf8.first!)].append(Word(offset: offset, length: word.utf8.count, isPrefix: isPrefix, says: says))
            offset += word.utf8.count
        }
        return table
    }()

    /// Multi-word markers found anywhere in the class/id text.
    private static let phrases = ByteNeedles(["read-more", "most-read", "see-also"])

    /// What lower-cased class/id text says: its strongest token (or "read-more", "most-read",
    /// "see-also" anywhere, which mark boilerplate).
    static func words(in hints: [UInt8]) -> Words {
        var strongest = hints.withUnsafeBufferPointer { text in
            wordBytes.withUnsafeBufferPointer { words in
                var strongest = Words.none
                var start = 0
                let count = text.count
                while start < count {
                    var end = start
                    while end < count, !isTokenSeparator(text[end]) { end += 1 }
                    let length = end - start
                    if length > 0 {
                        for word in wordsByFirstByte[Int(text[start])]
                        where word.says > strongest && (word.length == length || (word.isPrefix && word.length < length)) {
                            var matched = 1
                            while matched < word.length, text[start + matched] == words[word.offset + matched] { matched += 1 }
                            if matched == word.length { strongest = word.says }
                        }
                    }
                    start = end + 1
                }
                return strongest
            }
        }
        if strongest < .boilerplate, phrases.occur(in: hints) { strongest = .boilerplate }
        return strongest
    }

    @inline(__always) private static func isTokenSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2D || byte == 0x5F || byte == 0x3A
    }

    /// Words in class/id text that name a standfirst.
    static let standfirstWords = ByteNeedles(standfirstWordList)
    static let standfirstWordList = [
        "standfirst", "dek", "subtitle", "subhead", "subhed", "summary", "strapline", "sub-headline", "subheadline", "lede",
        "article-description", "intro",
    ]

    /// Words in class/id text that name a pull quote: a passage of the article set apart in large
    /// type, its words said again where they stand in the text; or a box that may be one (page
    /// builders' testimonial boxes set the article's sentences apart as often as customers'
    /// words: only one whose words the article says again is left out).
    static let pullQuoteWords = ByteNeedles(["pullquote", "pull-quote", "pull_quote", "testimonial"])

    /// Whether lower-cased class text marks a byline: "byline" anywhere, or the class "author".
    /// (rel=author marks one too.)
    static func isByline(classes: ArraySlice<UInt8>) -> Bool {
        if ByteText.contains(classes, "byline") { return true }
        var start = classes.startIndex
        while start < classes.endIndex {
            let end = classes[start...].firstIndex(of: 0x20) ?? classes.endIndex
            if end - start == 6, classes[start..<end].elementsEqual("author".utf8) { return true }
            start = end + 1
        }
        return false
    }
}
