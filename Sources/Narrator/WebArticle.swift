import Foundation
import Logging
import NarratorFetch
import NarratorHTML

/// An article from the web: fetched, then extracted like a file, its `source` the page's own
/// address (its canonical link when that is an http(s) address, else where the fetch ended).
public enum WebArticle {
    /// Fetches one article page (no robots.txt: a reader asked for this one page). `gate` is
    /// passed each hop (a service refuses private addresses there).
    public static func fetch(_ address: String, options: FetchOptions, logger: Logger,
                             gate: @escaping PageFetcher.Gate = { _ in { } }) async throws -> FetchedPage {
        let fetcher = PageFetcher(options: options, logger: logger, gate: gate)
        do {
            let page = try await fetcher.fetch(address, as: .article)
            await fetcher.shutdown()
            return page
        } catch {
            await fetcher.shutdown()
            throw error
        }
    }

    /// Extracts a fetched page; the name is what the address suggests for the output file.
    public static func extract(_ page: FetchedPage, loader: ArticleLoader) throws -> (article: Article, name: String?) {
        var article = try loader.extract(try InputDocument.fetched(page))
        let final = URL(string: page.final)
        article.source = canonical(article.canonicalURL, base: final) ?? page.final
        let named = URL(string: article.source).flatMap(WebAddress.outputName(for:)) ?? final.flatMap(WebAddress.outputName(for:))
        return (article, named)
    }

    /// The canonical link as an absolute http(s) address, or nil.
    static func canonical(_ link: String?, base: URL?) -> String? {
        guard let link, let url = URL(string: link, relativeTo: base)?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else { return nil }
        return url.absoluteString
    }
}
