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

    /// `article` with the given fields replaced, each made one line of text: control
    /// characters (CR, LF, NUL...) become spaces and runs of spaces one, so a value cannot start
    /// a new block in a sidecar (a `[CHAPTER]` in ffmetadata, a cue in VTT) or cut a C string.
    /// A value with nothing left leaves the page's own.
    public func apply(to article: Article) -> Article {
        var article = article
        if let title = Self.oneLine(title) { article.title = title }
        if let byline = Self.oneLine(byline) { article.byline = byline }
        if let published = Self.oneLine(published) { article.published = published }
        return article
    }

    static func oneLine(_ value: String?) -> String? {
        guard let value else { return nil }
        let spaced = String(String.UnicodeScalarView(value.unicodeScalars.map {
            $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0
        }))
        let clean = TextCleanup.collapse(spaced)
        return clean.isEmpty ? nil : clean
    }
}
