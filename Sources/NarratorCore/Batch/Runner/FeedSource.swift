import Foundation
import Logging
import Narrator

/// `narrate batch --feed URL|FILE`: a feed's entries as items. A feed at a web address is
/// fetched with a conditional GET: its validators and body are kept in
/// `OUT/.narrator/feeds/`, so an unchanged feed costs one 304 and its entries come from the
/// copy kept. A sitemap index is followed one level down.
public struct FeedSource {
    public var feed: String
    public var outputDirectory: String
    public var options: FetchOptions
    public var logger: Logger

    public init(feed: String, outputDirectory: String, options: FetchOptions, logger: Logger = Logger(label: "narrator.feed")) {
        self.feed = feed
        self.outputDirectory = outputDirectory
        self.options = options
        self.logger = logger
    }

    /// What reading the feed found: its title, its entries as items, and how it was fetched.
    public struct Reading: Sendable {
        public var title: String?
        public var items: [BatchItem]
        /// "fetched", "not modified" (a 304 answered the conditional GET) or "file".
        public var status: String
    }

    public func read() async throws -> Reading {
        if !WebAddress.looksLikeURL(feed) {
            let bytes = try InputDocument.readBytes(feed, maxBytes: options.maxBytes)
            let parsed = try FeedReader.read(bytes, source: feed, base: nil, parseXML: XMLTreeParser.parse)
            return Reading(title: parsed.title, items: Self.items(parsed.entries), status: "file")
        }
        let fetcher = PageFetcher(options: options, logger: logger)
        do {
            let (bytes, final, status) = try await fetchConditionally(feed, fetcher: fetcher)
            var parsed = try FeedReader.read(bytes, source: feed, base: URL(string: final), parseXML: XMLTreeParser.parse)
            if parsed.format == .sitemapIndex {
                for sitemap in parsed.sitemaps.prefix(1000) {
                    let child = try await fetchConditionally(sitemap, fetcher: fetcher)
                    let more = try FeedReader.read(child.bytes, source: sitemap, base: URL(string: child.final), parseXML: XMLTreeParser.parse)
                    parsed.entries += more.entries
                }
            }
            await fetcher.shutdown()
            return Reading(title: parsed.title, items: Self.items(parsed.entries), status: status)
        } catch {
            await fetcher.shutdown()
            throw error
        }
    }

    /// The entries as items: the address is the input, the last path segment (else the title)
    /// names the output, and the entry's title, author and date are the item's metadata.
    static func items(_ entries: [Feed.Entry]) -> [BatchItem] {
        let items = entries.map { entry in
            var settings = NarrationSettings()
            settings.title = entry.title
            settings.artist = entry.author
            settings.date = entry.published
            let name = URL(string: entry.url).flatMap(WebAddress.outputName(for:))
                ?? entry.title.map { Slug.make($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "article"
            return BatchItem(input: entry.url, output: name, settings: settings)
        }
        return BatchInputs.uniqueOutputs(items)
    }

    private func fetchConditionally(_ address: String, fetcher: PageFetcher) async throws -> (bytes: [UInt8], final: String, status: String) {
        let store = PageStore(outputDirectory: outputDirectory, folder: "feeds")
        let kept = store.stored(address)
        let keptBody = kept != nil ? try? InputDocument.readBytes(store.paths(for: address).body) : nil
        let answer = try await fetcher.fetch(address, as: .feed, etag: keptBody == nil ? nil : kept?.etag,
                                             lastModified: keptBody == nil ? nil : kept?.lastModified)
        switch answer {
        case .notModified:
            logger.info("feed not modified", metadata: ["feed": "\(address)"])
            return (keptBody ?? [], kept?.final ?? address, "not modified")
        case .modified(let page):
            try store.keep(page, for: address)
            return (page.body, page.final, "fetched")
        }
    }
}
