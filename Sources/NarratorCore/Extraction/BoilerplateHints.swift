/// Signals that an HTML element is not article text: its tag, its role, its class and id.
enum BoilerplateHints {
    /// Elements whose content is never read aloud.
    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "nav", "footer", "aside", "figure", "figcaption",
        "form", "button", "select", "input", "textarea", "label", "iframe", "svg", "canvas", "video",
        "audio", "object", "embed", "picture", "img", "map", "dialog", "menu", "head", "title",
    ]

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

    /// True when the element and everything under it should be ignored.
    static func isBoilerplate(_ node: MarkupNode) -> Bool {
        if skippedTags.contains(node.name) { return true }
        if node["hidden"] != nil || node["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = node["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if let role = node["role"]?.lowercased(), skippedRoles.contains(role) { return true }
        if node["itemprop"]?.lowercased() == "articlebody" { return false }
        let hints = ((node["class"] ?? "") + " " + (node["id"] ?? "")).lowercased()
        guard !hints.trimming(" ").isEmpty else { return false }
        return hasBoilerplateToken(hints)
    }

    static func hasBoilerplateToken(_ hints: String) -> Bool {
        let tokens = hints.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == ":" })
        for token in tokens {
            if exactTokens.contains(String(token)) { return true }
            for prefix in tokenPrefixes where token.hasPrefix(prefix) { return true }
        }
        // Multi-word prefixes such as "read-more" are checked on the whole string.
        return hints.contains("read-more") || hints.contains("most-read") || hints.contains("see-also")
    }

    /// Class/id tokens that name a standfirst.
    static func isStandfirst(_ node: MarkupNode) -> Bool {
        let hints = ((node["class"] ?? "") + " " + (node["id"] ?? "")).lowercased()
        return ["standfirst", "dek", "subtitle", "subhead", "summary", "strapline", "sub-headline",
                "subheadline", "lede", "article-description", "intro"].contains { hints.contains($0) }
    }
}
