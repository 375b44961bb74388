/// Short lines that label page furniture rather than say anything: an advertisement's label, a
/// share or print button, a reading time, a widget's counts, a gallery's place, a taxonomy's or
/// a forum card's label. They are never article text when they stand alone.
extension TextCleanup {
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

    /// "9 min read", "10 Min Read", "3 minute listen", "4 min read time": how long the article
    /// takes, a label.
    static func isReadingTime(_ words: [Substring]) -> Bool {
        guard words.count == 3 || (words.count == 4 && words[3] == "time"), isCount(words[0]),
              minuteWords.contains(String(words[1])) else { return false }
        // "20 minutes" alone may be a step of a recipe; "4 min read time" is a label.
        return ["read", "reading", "watch", "listen"].contains(String(words[2]))
    }

    /// A count or a range of counts in figures: "9", "2-4", "2–4".
    static func isCount(_ word: Substring) -> Bool {
        word.first?.isNumber == true && word.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "-" || $0 == "–" }
    }

    /// A minute as a reading time names it, lower-cased.
    static let minuteWords: Set<String> = ["min", "min.", "mins", "minute", "minutes"]

    /// "Last edited: Jul 3, 2024", "Last edited by Trilby (2024-05-02 10:11:12)", "Last updated
    /// March 3, 2025", "Last reviewed January 2023", "Last updated 4 days ago", "Updated:
    /// 6/2/2025": a page's or a post's edit stamp, a year, a time or a time ago after the label.
    /// After "Last updated" without "on", "by", "at" or a colon, the date comes straight away:
    /// "Last updated in 1998, the guide is out of date" is a sentence.
    static func isEditStamp(_ words: [Substring]) -> Bool {
        guard words.count >= 2, words.count <= 10 else { return false }
        let last = words[0] == "last"
        var rest = words.dropFirst(last ? 1 : 0)
        guard let verb = rest.first else { return false }
        let colon = verb.hasSuffix(":")
        // "Updated" alone opens sentences ("Updated carrying case"): it is a label only with a colon.
        guard editVerbs.contains(String(colon ? verb.dropLast() : verb)), last || colon else { return false }
        rest = rest.dropFirst()
        var joined = colon
        if !colon, let next = rest.first, ["by", "on", "at"].contains(next) {
            joined = true
            rest = rest.dropFirst()
        }
        guard let lead = rest.first else { return false }
        guard joined || lead.first?.isNumber == true || months.contains(String(lead.prefix(3))) else { return false }
        let dated = rest.contains { word in
            let digits = word.filter { $0.isASCII && $0.isNumber }
            return digits.count >= 4 || (word.contains(":") && digits.count >= 3)
        }
        return dated || zip(rest, rest.dropFirst()).contains { number, unit in
            number.allSatisfy { $0.isASCII && $0.isNumber } && timeUnits.contains(String(unit))
        }
    }

    static let editVerbs: Set<String> = ["edited", "updated", "modified", "reviewed"]
    static let months: Set<String> = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let timeUnits: Set<String> = ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
                                         "months", "year", "years"]

    /// "12 likes", "1.2k views", "3 Comments", "0 replies": a widget's count of what readers did.
    static func isCounter(_ words: [Substring]) -> Bool {
        guard words.count == 2, let number = words.first, number.first?.isNumber == true,
              number.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." || $0 == "k" || $0 == "m" })
        else { return false }
        return counterWords.contains(String(words[1]))
    }

    /// "Image 2 of 5", "Photo 3/12", "Slide 1 of 8", "Page 2 of 9", "1 of 23": a gallery's,
    /// a slider's or a listing's place. Its tail alone, "of 15", when the place's number stood in
    /// an element of its own (a numbered list's marker, a pagination's input box).
    static func isGalleryCounter(_ words: [Substring]) -> Bool {
        let isNumber = { (word: Substring) in !word.isEmpty && word.allSatisfy { $0.isASCII && $0.isNumber } }
        // A slider's place with no word before it: "1 of 23".
        if words.count == 3, isNumber(words[0]), words[1] == "of", isNumber(words[2]) { return true }
        if words.count == 2, words[0] == "of", isNumber(words[1]) { return true }
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
        "advertisement", "advertising", "sponsored", "sponsored content", "sponsored ad", "sponsored post", "paid content",
        "ad", "ads",
        "select voice", "choose your listening speed", "listen to this article", "listen",
        "slow", "average", "fast", "normal", "play", "pause", "share", "share this article",
        "comments", "comment", "tweet", "email", "print", "print this page", "print this article", "copy link",
        // Prompts to comment, standing alone where the comments begin.
        "join the conversation", "join the discussion", "add a comment", "leave a comment", "leave a reply",
        "post a comment", "be the first to comment", "be the first to review this item", "share your thoughts",
        "share your thoughts with friends",
        // A wiki's link to edit the section above it.
        "[edit]", "[edit source]",
        "link copied", "copied", "save", "follow", "share article", "share this post", "share post", "share post on",
        "share this story", "share this page", "share via", "copy url",
        // A date's label whose date stood in an element of its own.
        "published", "updated", "last updated", "last modified",
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
        "recommended posts", "recommended articles", "recommended reading", "recommended stories",
        "people who viewed this item also viewed", "customers who viewed this item also viewed",
        "customers who bought this item also bought",
        "previous post", "next post", "previous article", "next article", "previous story", "next story",
        "older post", "newer post", "previous", "next",
        // A shop's buttons and labels beside a product: what the reader may click, not what
        // the article says.
        "where to buy", "buy now", "shop now", "check price", "check prices", "see price", "view deal",
        "see deal", "get deal", "jump to details", "add to cart", "add to basket", "calculate shipping",
        // A listing's controls, an item's menu and its rating widget's reset.
        "sort by", "filters", "see more", "more options", "clear rating",
        // A post's taxonomy, its tags and categories (links) gone: "Tags", "Filed under".
        "tags", "topics", "categories", "hidden categories", "filed under", "tagged", "tagged with", "posted in",
        // A forum member card's labels, standing alone when the values sit in elements of their own.
        "joined", "join date", "posts", "total posts", "messages", "reaction score", "likes received", "trophy points",
        // Its rank badge, and the badge on the thread's own author's posts ("Original poster").
        "new member", "junior member", "full member", "senior member", "established member", "well-known member",
        "active member", "valued member", "premium member", "gold member", "silver member", "staff member",
        "original poster", "op",
        // A question-and-answer page's prompts to ask and its lists of other questions.
        "ask question", "ask a question", "start asking to get answers", "find the answer to your question by asking",
        "related questions", "explore related questions", "linked questions", "hot network questions",
        "see similar questions with these tags",
        // "Advertisement" in other languages.
        "iklan", "anúncio", "publicidade", "publicité", "anzeige", "werbung", "pubblicità", "publicidad", "reklama",
        "реклама", "advertentie", "annonce", "mainos", "reklam", "广告", "広告", "광고",
        // A credit's label whose name stood in a link or an image; a caption's or a video's button.
        "written by", "edited by", "reviewed by", "medically reviewed by", "fact checked by", "fact-checked by",
        "posted by", "posted on", "published on", "show caption", "hide caption", "toggle caption", "watch next", "republish this story",
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
