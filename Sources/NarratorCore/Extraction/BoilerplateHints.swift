/// Signals that an HTML element is not article text: its tag, its role, its class and id.
///
/// Some tags are never read (scripts, media, controls). The rest of the signals (layout tags
/// such as `<footer>` and `<aside>`, ARIA roles, class and id words such as "sidebar" or
/// "comments") are hints: a page that wraps its whole layout in `<form>` or in
/// `<div class="has-sidebar">` would otherwise lose its article, so an element flagged only by
/// hints is kept when it holds a large share of the page's paragraph text.
struct BoilerplateHints {
    /// Elements whose content is never read aloud.
    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "nav", "button", "select", "input", "textarea",
        "iframe", "svg", "canvas", "video", "audio", "object", "embed", "picture", "img", "map",
        "dialog", "menu", "head", "title", "figcaption", "figure",
    ]

    /// Layout elements that usually hold furniture, treated as hints.
    static let hintTags: Set<String> = ["footer", "aside", "form", "label", "header"]

    /// Paragraph text on the whole page, in characters (see `paragraphCharacters`).
    let pageParagraphCharacters: Int

    init(page: MarkupNode) {
        pageParagraphCharacters = Self.paragraphCharacters(in: page)
    }

    /// True when the element and everything under it should be ignored.
    func isBoilerplate(_ node: MarkupNode) -> Bool {
        switch Self.verdict(node) {
        case .keep: return false
        case .skip: return true
        case .hint:
            let characters = Self.paragraphCharacters(in: node)
            return !(characters >= 200 && Double(characters) >= 0.3 * Double(pageParagraphCharacters))
        }
    }

    /// Characters in the element's paragraphs of 40 or more characters that are not mostly links.
    static func paragraphCharacters(in node: MarkupNode) -> Int {
        var total = 0
        var stack = [node]
        while let current = stack.popLast() {
            for child in current.children where child.kind == .element {
                if child.name == "p" {
                    let length = child.textLength
                    if length >= 40, BlockCollector.linkCharacters(in: child) * 2 < length {
                        total += length
                    }
                } else if !skippedTags.contains(child.name) {
                    stack.append(child)
                }
            }
        }
        return total
    }

    enum Verdict { case keep, skip, hint }

    static let skippedRoles: Set<String> = [
        "navigation", "complementary", "banner", "contentinfo", "search", "dialog", "alert",
        "menu", "menubar", "toolbar", "button", "figure",
    ]

    /// class/id tokens (split at -, _ and spaces) that mark boilerplate on their own.
    static let exactTokens: Set<String> = [
        "ad", "ads", "adv", "advert", "nav", "navbar", "menu", "footer", "player", "listen",
        "audio", "widget", "toolbar", "tags", "tag", "byline", "share", "sharing", "meta",
        "caption", "credit", "credits", "sidebar", "masthead", "banner", "breadcrumbs",
        "breadcrumb", "sr", "visually", "dateline", "timestamp", "author",
    ]

    /// class/id token prefixes that mark boilerplate.
    static let tokenPrefixes: [String] = [
        "advert", "sponsor", "promo", "social", "related", "recommend", "trending", "comment",
        "newsletter", "subscri", "paywall", "cookie", "consent", "popup", "modal", "outbrain",
        "taboola", "signup", "readmore", "most-read", "mostread", "disqus", "gallery",
    ]

    static func verdict(_ node: MarkupNode) -> Verdict {
        if skippedTags.contains(node.name) { return .skip }
        if node["hidden"] != nil || node["aria-hidden"]?.lowercased() == "true" { return .skip }
        if let style = node["style"]?.lowercased().filter({ $0 != " " }),
           TextCleanup.contains(style, "display:none") || TextCleanup.contains(style, "visibility:hidden") {
            return .skip
        }
        if node["itemprop"]?.lowercased() == "articlebody" { return .keep }
        if hintTags.contains(node.name) { return .hint }
        if let role = node["role"]?.lowercased(), skippedRoles.contains(role) { return .hint }
        let hints = ((node["class"] ?? "") + " " + (node["id"] ?? "")).lowercased()
        guard !hints.trimming(" ").isEmpty else { return .keep }
        return hasBoilerplateToken(hints) ? .hint : .keep
    }

    static func hasBoilerplateToken(_ hints: String) -> Bool {
        let tokens = hints.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == ":" })
        for token in tokens {
            if exactTokens.contains(String(token)) { return true }
            for prefix in tokenPrefixes where token.hasPrefix(prefix) { return true }
        }
        // Multi-word prefixes such as "read-more" are checked on the whole string.
        return TextCleanup.contains(hints, "read-more") || TextCleanup.contains(hints, "most-read")
            || TextCleanup.contains(hints, "see-also")
    }

    /// Class/id tokens that name a standfirst.
    static func isStandfirst(_ node: MarkupNode) -> Bool {
        let hints = ((node["class"] ?? "") + " " + (node["id"] ?? "")).lowercased()
        return ["standfirst", "dek", "subtitle", "subhead", "summary", "strapline", "sub-headline",
                "subheadline", "lede", "article-description", "intro"].contains { TextCleanup.contains(hints, $0) }
    }
}
