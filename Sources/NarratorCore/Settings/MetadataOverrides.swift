/// Article metadata given by the caller (a batch job's item) instead of what the page says.
public struct MetadataOverrides: Sendable, Equatable {
    public var title: String?
    public var byline: String?
    public var published: String?

    public init(title: String? = nil, byline: String? = nil, published: String? = nil) {
        self.title = title
        self.byline = byline
        self.published = published
    }

    /// `article` with the given fields replaced.
    public func apply(to article: Article) -> Article {
        var article = article
        if let title { article.title = title }
        if let byline { article.byline = byline }
        if let published { article.published = published }
        return article
    }
}
