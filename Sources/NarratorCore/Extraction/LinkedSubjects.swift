/// A line that is wholly a link, standing over the paragraph that tells of what it names: a
/// roundup's entry ("Dataminr acquires ThreatConnect", linked to the full story, over the
/// paragraph on the deal), a book list's title ("The Natural Way to Draw by Kimon Nicolaides"
/// over the review of it). A link line is dropped as a rule (a related story, a menu, "CLICK HERE
/// TO GET THE APP"); one whose words the next paragraph takes up at its start is that
/// paragraph's subject, and heard before it.
enum LinkedSubjects {
    /// Words in a line that may be a subject, at most: a longer line is a sentence.
    static let maximumWords = 14
    /// The words of the paragraph's start the line's words are looked for in.
    static let openingWords = 60

    /// Whether a line may be a paragraph's subject: two words or more (one word over a note is
    /// a name, a forum post's author), nearly all of it link text (not "Read more: [headline]",
    /// whose label says it points elsewhere), not a label ending in a colon.
    static func mayName(_ line: String, linkCharacters: Int, scalars: Int) -> Bool {
        let words = ByteText.wordCount(line.utf8)
        guard (2...maximumWords).contains(words), linkCharacters * 10 >= scalars * 9, line.utf8.last != 0x3A else { return false }  // ":"
        // A button's call ("Try Stitch Fix", "Shop the collection", "Learn more about...") asks, it names nothing.
        let first = line.prefix { $0.isLetter }.lowercased()
        return !calls.contains(first)
    }

    /// Verbs a button's label opens with.
    static let calls: Set<String> = [
        "try", "shop", "buy", "get", "visit", "view", "see", "check", "order", "download", "book", "sign", "join", "start",
        "explore", "discover", "compare", "claim", "apply", "watch", "listen", "subscribe", "follow", "read", "learn",
        "click", "find", "go", "browse", "register", "contact", "call", "request", "grab", "save", "continue",
    ]

    /// Whether `paragraph` takes up the line's words: half or more of its distinctive words, two
    /// at least (words of four letters or more that are not function words, and names and
    /// acronyms, which hold a capital), are among the paragraph's first 60 words.
    static func names(_ line: String, subjectOf paragraph: String) -> Bool {
        let distinctive = Set(distinctiveWords(line))
        guard distinctive.count >= 2 else { return false }
        let opening = Set(TextCleanup.words(paragraph).prefix(openingWords).map(String.init))
        let found = distinctive.filter(opening.contains).count
        return found >= 2 && found * 2 >= distinctive.count
    }

    /// The line's words, lower-cased, that may tell its subject: not a function word, and four
    /// letters or more or written with a capital ("NSO", "Jamf").
    static func distinctiveWords(_ line: String) -> [String] {
        line.split { !$0.isLetter && !$0.isNumber }.compactMap { word in
            let lower = word.lowercased()
            guard lower.count >= 2, !functionWords.contains(lower),
                  lower.count >= 4 || word.contains(where: \.isUppercase) else { return nil }
            return lower
        }
    }

    /// English words that tell no subject (a title's "The" and "How" among them).
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "by", "at", "is", "it", "as", "be", "we", "my", "so",
        "if", "do", "no", "up", "for", "how", "why", "who", "you", "our", "are", "was", "can", "new", "its", "not", "all",
        "any", "has", "had", "his", "her", "she", "him", "one", "two", "get", "see", "now", "top",
        "this", "that", "these", "those", "with", "from", "your", "have", "will", "more", "most", "about", "what", "when",
        "which", "their", "there", "into", "over", "after", "before", "best", "just", "here", "read", "learn", "click",
        "than", "then", "they", "them", "been", "were", "where", "while", "also", "some", "does", "should", "could",
    ]
}
