import Foundation

/// Reads a feed document into a `Feed`: XML (RSS 2.0, RSS 1.0/RDF, Atom, sitemap, sitemap
/// index, news sitemap) from a parsed tree, or JSON Feed from its bytes. Relative links are
/// resolved against `base` (the feed's own address).
public enum FeedReader {
    /// Reads `bytes`; `parseXML` is the XML parser (libxml2's, from the HTML edge).
    public static func read(_ bytes: [UInt8], source: String, base: URL?, parseXML: ([UInt8]) -> XMLNode?) throws -> Feed {
        let start = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        if start.first == UInt8(ascii: "{") { return try json(bytes, source: source, base: base) }
        guard let root = parseXML(bytes) else { throw FeedError(source: source, message: "not a feed: no XML or JSON document") }
        return try xml(root, source: source, base: base)
    }

    static func xml(_ root: XMLNode, source: String, base: URL?) throws -> Feed {
        var feed: Feed
        switch root.name {
        case "rss", "rdf":
            let channel = root.child("channel") ?? root
            let items = channel.children("item") + root.children("item")
            feed = Feed(format: .rss, title: nonEmpty(channel.child("title")?.text), entries: items.compactMap { item in
                let link = nonEmpty(item.child("link")?.text) ?? item.attributes["rdf:about"]
                    ?? item.children("guid").first { $0.attributes["ispermalink"]?.lowercased() != "false" }?.text
                return entry(link, base: base, title: item.child("title")?.text,
                             author: item.child("creator")?.text ?? item.child("author")?.text,
                             date: item.child("pubdate")?.text ?? item.child("date")?.text ?? item.child("published")?.text)
            })
        case "feed":
            let feedAuthor = root.child("author")?.child("name")?.text
            feed = Feed(format: .atom, title: nonEmpty(root.child("title")?.text), entries: root.children("entry").compactMap { item in
                let links = item.children("link")
                let link = links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" && ($0.attributes["type"].map { $0.contains("html") } ?? true) }
                    ?? links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" }
                let authors = item.children("author").compactMap { nonEmpty($0.child("name")?.text) }
                return entry(link?.attributes["href"], base: base, title: item.child("title")?.text,
                             author: authors.isEmpty ? feedAuthor : authors.joined(separator: ", "),
                             date: item.child("published")?.text ?? item.child("updated")?.text)
            })
        case "urlset":
            feed = Feed(format: .sitemap, entries: root.children("url").compactMap { url in
                let news = url.child("news")
                return entry(url.child("loc")?.text, base: base, title: news?.child("title")?.text, author: nil,
                             date: news?.child("publication_date")?.text ?? url.child("lastmod")?.text)
            })
        case "sitemapindex":
            feed = Feed(format: .sitemapIndex, sitemaps: root.children("sitemap").compactMap { sitemap in
                sitemap.child("loc").flatMap { absolute($0.text, base: base) }
            })
        default:
            throw FeedError(source: source, message: "not a feed: the document is <\(root.qualifiedName)>, not RSS, Atom or a sitemap")
        }
        feed.entries = unique(feed.entries)
        return feed
    }

    static func json(_ bytes: [UInt8], source: String, base: URL?) throws -> Feed {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any],
              let version = object["version"] as? String, version.contains("jsonfeed.org") else {
            throw FeedError(source: source, message: "not a feed: JSON without a JSON Feed \"version\"")
        }
        let feedAuthors = names(object["authors"]) ?? names(object["author"].map { [$0] })
        let items = object["items"] as? [[String: Any]] ?? []
        let entries = items.compactMap { item in
            entry((item["url"] as? String) ?? (item["external_url"] as? String), base: base, title: item["title"] as? String,
                  author: names(item["authors"]) ?? names(item["author"].map { [$0] }) ?? feedAuthors,
                  date: (item["date_published"] as? String) ?? (item["date_modified"] as? String))
        }
        return Feed(format: .jsonFeed, title: nonEmpty(object["title"] as? String), entries: unique(entries))
    }

    private static func names(_ value: Any?) -> String? {
        guard let list = value as? [Any] else { return nil }
        let found = list.compactMap { ($0 as? [String: Any])?["name"] as? String }.compactMap(nonEmpty)
        return found.isEmpty ? nil : found.joined(separator: ", ")
    }

    private static func entry(_ link: String?, base: URL?, title: String?, author: String?, date: String?) -> Feed.Entry? {
        guard let url = link.flatMap({ absolute($0, base: base) }) else { return nil }
        return Feed.Entry(url: url, title: nonEmpty(title).map(TextCleanup.collapse), author: nonEmpty(author).map(TextCleanup.collapse),
                          published: nonEmpty(date).map(FeedDates.iso8601))
    }

    /// An http(s) address, resolved against the feed's; nil for anything else.
    static func absolute(_ link: String, base: URL?) -> String? {
        let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, let url = URL(string: trimmed, relativeTo: base)?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else { return nil }
        return url.absoluteString
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    private static func unique(_ entries: [Feed.Entry]) -> [Feed.Entry] {
        var seen: Set<String> = []
        return entries.filter { seen.insert($0.url).inserted }
    }
}

/// Feed dates (RFC 822 in RSS, RFC 3339 in Atom and JSON Feed, W3C dates in sitemaps) as ISO 8601.
enum FeedDates {
    static func iso8601(_ text: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        for format in ["EEE, d MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm Z"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) {
                return ISO8601DateFormatter().string(from: date)
            }
        }
        return text
    }
}
