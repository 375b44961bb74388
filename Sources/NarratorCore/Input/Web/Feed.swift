import Foundation

/// A feed's entries as batch items: RSS 2.0, Atom, JSON Feed, sitemaps and news sitemaps.
public struct Feed: Sendable, Equatable {
    public enum Format: String, Sendable {
        case rss, atom, jsonFeed = "json-feed", sitemap, sitemapIndex = "sitemap-index"
    }

    public struct Entry: Sendable, Equatable {
        /// The article's address, absolute.
        public var url: String
        public var title: String?
        public var author: String?
        /// The entry's date as ISO 8601 where it could be read, else as written.
        public var published: String?

        public init(url: String, title: String? = nil, author: String? = nil, published: String? = nil) {
            self.url = url
            self.title = title
            self.author = author
            self.published = published
        }
    }

    public var format: Format
    public var title: String?
    /// Articles, in feed order, each address once.
    public var entries: [Entry]
    /// For a sitemap index: the sitemaps it lists.
    public var sitemaps: [String]

    public init(format: Format, title: String? = nil, entries: [Entry] = [], sitemaps: [String] = []) {
        self.format = format
        self.title = title
        self.entries = entries
        self.sitemaps = sitemaps
    }
}

/// Why a feed could not be read.
public struct FeedError: NarratorError, Equatable {
    public var source: String
    public var message: String
    public init(source: String, message: String) {
        self.source = source
        self.message = message
    }
    public var description: String { "\(source): \(message)" }
    public var exitStatus: ExitStatus { .notArticleType }
}
