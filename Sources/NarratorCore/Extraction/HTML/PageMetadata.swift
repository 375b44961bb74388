import Foundation

/// What a page says about its article outside the body: JSON-LD, OpenGraph, meta tags.
struct PageMetadata {
    var headline: String?
    var description: String?
    var author: String?
    var published: String?
    var language: String?
    var documentTitle: String?
    /// Every title the page states for itself, in order: JSON-LD headline, `og:title`,
    /// `twitter:title`, `<title>`.
    var titles: [String] = []
    /// The site's name (`og:site_name`).
    var siteName: String?
    /// The page's own address: `<link rel="canonical">`, else `og:url`.
    var canonicalURL: String?
    /// The article's text as its JSON-LD gives it (`articleBody`), lines kept.
    var articleBody: String?
    /// Whether the page says it is an article: a JSON-LD article object, or `og:type` "article".
    var declaresArticle = false
    /// The captions the article's JSON-LD gives its images (`image`'s ImageObjects): text the
    /// page itself calls a caption.
    var imageCaptions: Set<String> = []

    /// Reads metadata from the whole page; JSON-LD first, then OpenGraph and meta tags.
    init(tree: PageTree) {
        var meta: [String: String] = [:]
        var ldArticles: [[String: Any]] = []
        var root: PageTree.Index?
        for node in tree.descendants(tree.document) {
            switch tree.tag(node) {
            case .html where root == nil:
                root = node
            case .meta:
                let key = (tree[node, .property] ?? tree[node, .name] ?? tree[node, .itemprop] ?? tree[node, .httpEquiv])?
                    .lowercased()
                // Character references decoded again: a meta's content is often escaped twice
                // ("you&amp;#039;re"), and no description means a reference literally. Only a
                // content holding "&" is decoded and collapsed again.
                if let key, meta[key] == nil, let content = tree.attributeBytes(node, .content) {
                    let text = TextCleanup.collapse(utf8: Array(content))
                    meta[key] = ByteText.contains(text, byte: 0x26) ? TextCleanup.collapse(CharacterReferences.decoded(text)) : text
                }
            case .script:
                // Only JSON-LD scripts keep their text (see PageTreeBuilder).
                var json: [UInt8] = []
                for child in tree.children(node) { json += tree.textBytes(child) }
                if !json.isEmpty { ldArticles += Self.articles(inJSONLD: json) }
            case .title where documentTitle == nil:
                documentTitle = tree.text(of: node)
            default: break
            }
        }
        let ld = ldArticles.first ?? [:]
        declaresArticle = !ldArticles.isEmpty || meta["og:type"]?.lowercased() == "article"
        canonicalURL = tree.canonicalURL ?? meta["og:url"]
        articleBody = (ldArticles.lazy.compactMap { $0["articleBody"] as? String }.first)
        for article in ldArticles {
            let images: [Any] = (article["image"] as? [Any]) ?? (article["image"].map { [$0] } ?? [])
            for case let image as [String: Any] in images {
                if let caption = Self.string(image["caption"]) { imageCaptions.insert(caption) }
            }
        }
        headline = Self.string(ld["headline"]) ?? meta["og:title"] ?? meta["twitter:title"]
        titles = [Self.string(ld["headline"]), meta["og:title"], meta["twitter:title"], documentTitle]
            .compactMap { $0 }.filter { !$0.isEmpty }
        siteName = meta["og:site_name"].flatMap { $0.isEmpty ? nil : $0 }
        // The page's own description first: a JSON-LD object's may describe the site it names.
        description = meta["og:description"] ?? meta["description"] ?? Self.string(ld["description"])
            ?? meta["twitter:description"]
        author = Self.names(ld["author"]) ?? meta["author"] ?? meta["article:author"].flatMap {
            $0.hasPrefix("http") ? nil : $0
        }
        published = Self.string(ld["datePublished"]) ?? meta["article:published_time"]
            ?? meta["date"] ?? meta["pubdate"] ?? meta["dc.date"]
        let lang = root.flatMap { tree[$0, .lang] ?? tree[$0, .xmlLang] }
        language = lang.flatMap { $0.isEmpty ? nil : $0 } ?? Self.string(ld["inLanguage"])
            ?? meta["content-language"] ?? meta["og:locale"].map { $0.replacingOccurrences(of: "_", with: "-") }
    }

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
        "techarticle", "report", "liveblogposting",
    ]

    /// Article-typed objects in a JSON-LD block, looking through arrays and `@graph`.
    static func articles(inJSONLD bytes: [UInt8]) -> [[String: Any]] {
        guard let json = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        else { return [] }
        var found: [[String: Any]] = []
        var queue: [Any] = [json]
        while let item = queue.popLast() {
            if let array = item as? [Any] { queue.append(contentsOf: array.reversed()); continue }
            guard let object = item as? [String: Any] else { continue }
            if let graph = object["@graph"] { queue.append(graph) }
            let types = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
            if types.contains(where: { articleTypes.contains($0.lowercased()) }) { found.append(object) }
        }
        return found
    }

    /// A JSON-LD string, with character references decoded: pages often escape their JSON-LD
    /// text for HTML too ("Randy&#39;s"), and JSON is never read as HTML.
    static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let clean = TextCleanup.collapse(CharacterReferences.decoded(text))
            return clean.isEmpty ? nil : clean
        }
        if let list = value as? [Any] { return list.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Author names from a string, a Person object, or a list of either.
    static func names(_ value: Any?) -> String? {
        let list: [Any] = (value as? [Any]) ?? (value.map { [$0] } ?? [])
        let names = list.compactMap { item -> String? in
            if let object = item as? [String: Any] { return string(object["name"]) }
            return string(item)
        }.filter { !$0.hasPrefix("http") }
        guard !names.isEmpty else { return nil }
        if names.count == 1 { return names[0] }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
