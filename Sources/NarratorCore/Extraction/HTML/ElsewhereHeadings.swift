/// Headings that introduce what lies elsewhere rather than more of the article: related
/// stories, other products, the latest posts of the site, the author's biography, the list of
/// works cited. What follows one is a list of teasers, a bio or citations, up to the next
/// heading: not for listening.
///
/// A heading of a section of the article itself is not one: "Related work" (a paper's survey of
/// other papers), "Related" or "Further reading" (an author's notes on sources) are content, so
/// "related" counts only before a word for other pages.
enum ElsewhereHeadings {
    static func contains(_ heading: String) -> Bool {
        guard heading.utf8.count <= 60 else { return false }
        let lower = TextCleanup.lowercased(heading).trimming(" .:!|-–—")
        return isLabel(lower) || prefixes.contains(where: { lower.hasPrefix($0) })
    }

    /// Whether a line standing alone as a paragraph is such a heading's label, whole ("Citations",
    /// "Article Sources:", "About the author", "Related content"): what follows it points
    /// elsewhere, as under the heading. A line that only begins alike ("Written by Jane Doe")
    /// is not one, nor a line of "more" ("More blog posts" is as often an item of a list of
    /// what something needs).
    static func isLabelLine(_ line: String) -> Bool {
        guard line.utf8.count <= 40 else { return false }
        let lower = TextCleanup.lowercased(line).trimming(" .:!|-–—")
        guard !lower.hasPrefix("more ") else { return false }
        return isLabel(lower) || authorLabels.contains(lower)
    }

    /// A label of its own, lower-cased and trimmed: one of `exact`, or a word of `listOpenings`
    /// and a word for other pages ("Related products").
    private static func isLabel(_ lower: String) -> Bool {
        if exact.contains(lower) { return true }
        var words = lower.split(separator: " ")
        // "Explore more articles", "Explore more related content": "more" as a call.
        if words.count >= 3, words[0] == "explore", words[1] == "more" { words.removeFirst() }
        guard let first = words.first else { return false }
        // "All reads on this topic", "More on this topic": the site's pages on the article's topic.
        if words.count <= 5, lower.hasSuffix(" on this topic"), topicOpenings.contains(String(first)) { return true }
        guard (2...3).contains(words.count) else { return false }
        return listOpenings.contains(String(first)) && others.contains(String(words[words.count - 1]))
    }

    /// Words that open a label ending "on this topic".
    static let topicOpenings: Set<String> = ["more", "all", "other", "related", "latest"]

    /// Words that open such a label before a word for other pages: "Related products". (Not
    /// "latest" or "suggested": measured, "Latest articles" heads a blog's own index as often,
    /// and "Suggested reading:" stood mid-article with the article going on under it.)
    static let listOpenings: Set<String> = ["related", "similar", "more"]

    static let authorLabels: Set<String> = ["about the author", "about the authors", "meet the author"]

    static let exact: Set<String> = [
        "you may also like", "you might also like", "you may like", "you might like", "read next",
        "up next", "what to read next", "read more", "more stories", "more to explore", "keep reading",
        "recommended", "recommended for you", "recommended reading", "most popular", "most read", "trending",
        "trending now", "popular posts", "popular articles", "popular stories", "recent posts", "latest posts",
        "latest stories", "editor's picks", "editors' picks", "don't miss", "more from this author", "more on this",
        "more like this", "read this next",
        "references", "footnotes", "bibliography", "works cited", "literature cited", "citations", "sources",
        "article sources", "view article sources",
    ]

    static let prefixes = ["more from ", "latest from ", "the latest from ", "also on ", "also in ", "more in ",
                           "other stories", "other posts", "other articles", "more articles ", "more stories ", "more posts ",
                           "about the author", "written by", "meet the author", "you may be interested in",
                           "you might be interested in", "you may also be interested in"]
        // "Related articles that may interest you": "related" and a word for other pages, then more.
        + others.map { "related \($0) " }

    /// Words for other pages, after "related", "similar" or "more": "Related products".
    static let others: Set<String> = [
        "articles", "posts", "stories", "products", "content", "reading", "news", "videos", "guides", "items",
        "recipes", "reviews", "links", "topics", "publications",
    ]
}
