import Foundation

/// A response body as fetched, with what the transport said about it.
public struct FetchedPage: Sendable, Equatable, Codable {
    /// The address asked for.
    public var requested: String
    /// The address answered, after redirects.
    public var final: String
    /// The media type, lower-cased, without parameters ("text/html"); nil when not given.
    public var mediaType: String?
    /// The charset the Content-Type header names, if any.
    public var charset: String?
    /// Validators for a conditional GET next time.
    public var etag: String?
    public var lastModified: String?
    /// Redirect hops followed.
    public var redirects: Int
    public var body: [UInt8]

    public init(requested: String, final: String, mediaType: String?, charset: String?, etag: String? = nil,
                lastModified: String? = nil, redirects: Int = 0, body: [UInt8]) {
        self.requested = requested
        self.final = final
        self.mediaType = mediaType
        self.charset = charset
        self.etag = etag
        self.lastModified = lastModified
        self.redirects = redirects
        self.body = body
    }

    /// Splits a Content-Type header into its media type and charset.
    public static func contentType(_ header: String?) -> (mediaType: String?, charset: String?) {
        guard let header else { return (nil, nil) }
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let type = parts.first.map { $0.lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        var charset: String?
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                charset = value.isEmpty ? nil : value
            }
        }
        return (type, charset)
    }
}

/// What a fetch accepts, by media type.
public enum FetchedKind: Sendable {
    case article, feed, robots

    /// Whether a response of `mediaType` (nil: not said) is accepted.
    public func accepts(_ mediaType: String?) -> Bool {
        guard let type = mediaType else { return true }
        switch self {
        case .article: return Self.articleTypes.contains(type)
        case .feed: return Self.feedTypes.contains(type) || type.hasSuffix("+xml") || type.hasSuffix("+json")
        case .robots: return type.hasPrefix("text/")
        }
    }

    /// What the kind is, in an error message.
    public var wanted: String {
        switch self {
        case .article: return "an article (HTML, text or Markdown)"
        case .feed: return "a feed (RSS, Atom, JSON Feed or a sitemap)"
        case .robots: return "a robots.txt"
        }
    }

    /// The Accept header sent.
    public var accept: String {
        switch self {
        case .article: return "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, text/markdown;q=0.8"
        case .feed: return "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8"
        case .robots: return "text/plain"
        }
    }

    static let articleTypes: Set<String> = [
        "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
    ]
    static let feedTypes: Set<String> = [
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
        "application/xml", "text/xml", "text/plain", "text/html",
    ]
}
