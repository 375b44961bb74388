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
        if exact.contains(lower) { return true }
        if prefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        let words = lower.split(separator: " ")
        if words.count <= 3, let first = words.first, first == "related" || first == "similar" || first == "more",
           words.count > 1, others.contains(String(words[words.count - 1])) {
            return true
        }
        return false
    }

    /// Whether a line standing alone as a paragraph is the label of a list of works cited
    /// ("Citations", "Article Sources:"): the list under it points elsewhere, as under such a
    /// heading.
    static func isCitationsLabel(_ line: String) -> Bool {
        guard line.utf8.count <= 30 else { return false }
        return citationsLabels.contains(TextCleanup.lowercased(line).trimming(" .:!|-–—"))
    }

    static let citationsLabels: Set<String> = [
        "references", "footnotes", "bibliography", "works cited", "literature cited", "citations", "sources",
        "article sources", "view article sources",
    ]

    static let exact: Set<String> = Set<String>([
        "you may also like", "you might also like", "you may like", "you might like", "read next",
        "up next", "what to read next", "read more", "more stories", "more to explore", "keep reading",
        "recommended", "recommended for you", "recommended reading", "most popular", "most read", "trending",
        "trending now", "popular posts", "popular articles", "popular stories", "recent posts", "latest posts",
        "latest stories", "editor's picks", "editors' picks", "don't miss", "more from this author", "more on this",
        "more like this", "read this next",
    ]).union(citationsLabels)

    static let prefixes = ["more from ", "latest from ", "the latest from ", "also on ", "more in ", "other stories",
                           "other posts", "other articles", "more articles ", "more stories ", "more posts ",
                           "about the author", "written by", "meet the author", "you may be interested in",
                           "you might be interested in", "you may also be interested in"]

    /// Words for other pages, after "related", "similar" or "more": "Related products".
    static let others: Set<String> = [
        "articles", "posts", "stories", "products", "content", "reading", "news", "videos", "guides", "items",
        "recipes", "reviews", "links", "topics",
    ]
}
