import Foundation
import Narrator
import Testing

/// Feeds and sitemaps as entries: links (relative ones resolved), titles, authors, dates.
@Suite struct FeedReaderTests {
    func read(_ text: String, base: String = "https://news.example.org/feeds/main") throws -> Feed {
        try FeedReader.read(Array(text.utf8), source: "feed", base: URL(string: base), parseXML: XMLTreeParser.parse)
    }

    @Test func rss() throws {
        let feed = try read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
            <title>Harbour Desk</title>
            <item><title>Ferry fares rise &amp; routes change</title><link>https://news.example.org/ferry-fares</link>
              <dc:creator><![CDATA[Ada Quill]]></dc:creator><pubDate>Mon, 30 Nov 2026 08:15:00 +0000</pubDate></item>
            <item><title>Relative</title><link>/2026/pier-lights</link></item>
            <item><title>Guid only</title><guid isPermaLink="true">https://news.example.org/guid-story</guid></item>
            <item><title>Duplicate</title><link>https://news.example.org/ferry-fares</link></item>
            <item><title>Not web</title><link>mailto:desk@example.org</link></item>
            </channel></rss>
            """)
        #expect(feed.format == .rss && feed.title == "Harbour Desk")
        #expect(feed.entries.map(\.url) == ["https://news.example.org/ferry-fares", "https://news.example.org/2026/pier-lights",
                                            "https://news.example.org/guid-story"])
        #expect(feed.entries[0].title == "Ferry fares rise & routes change")
        #expect(feed.entries[0].author == "Ada Quill")
        #expect(feed.entries[0].published == "2026-11-30T08:15:00Z")
    }

    @Test func atom() throws {
        let feed = try read("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Quay Notes</title>
            <author><name>Desk</name></author>
            <entry><title>Lamps lit</title><link rel="alternate" type="text/html" href="https://quay.example.net/lamps"/>
              <link rel="enclosure" href="https://quay.example.net/lamps.mp3"/><published>2026-11-29T18:00:00Z</published>
              <author><name>Bo Reed</name></author></entry>
            <entry><title>No author</title><link href="notes/tide-table"/><updated>2026-11-28T09:00:00Z</updated></entry>
            </feed>
            """, base: "https://quay.example.net/feed.atom")
        #expect(feed.format == .atom && feed.title == "Quay Notes")
        #expect(feed.entries.map(\.url) == ["https://quay.example.net/lamps", "https://quay.example.net/notes/tide-table"])
        #expect(feed.entries.map(\.author) == ["Bo Reed", "Desk"])
        #expect(feed.entries[1].published == "2026-11-28T09:00:00Z")
    }

    @Test func jsonFeed() throws {
        let feed = try read("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Tide Times",
             "items": [{"id": "1", "url": "https://tides.example.com/spring", "title": "Spring tides", "date_published": "2026-11-27T06:00:00Z",
                        "authors": [{"name": "Cy Moss"}]},
                       {"id": "2", "content_text": "no address"}]}
            """)
        #expect(feed.format == .jsonFeed && feed.title == "Tide Times")
        #expect(feed.entries == [Feed.Entry(url: "https://tides.example.com/spring", title: "Spring tides", author: "Cy Moss",
                                            published: "2026-11-27T06:00:00Z")])
        #expect(throws: FeedError.self) { try read("{\"items\": []}") }
    }

    @Test func sitemapsAndNewsSitemaps() throws {
        let feed = try read("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>https://news.example.org/a</loc><lastmod>2026-11-01</lastmod></url>
            <url><loc> https://news.example.org/b </loc><news:news><news:title>Bridge reopens</news:title>
              <news:publication_date>2026-11-02T10:00:00Z</news:publication_date></news:news></url>
            </urlset>
            """)
        #expect(feed.format == .sitemap)
        #expect(feed.entries == [Feed.Entry(url: "https://news.example.org/a", published: "2026-11-01"),
                                 Feed.Entry(url: "https://news.example.org/b", title: "Bridge reopens", published: "2026-11-02T10:00:00Z")])
        let index = try read("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/sitemap-1.xml</loc></sitemap></sitemapindex>
            """)
        #expect(index.format == .sitemapIndex && index.sitemaps == ["https://news.example.org/sitemap-1.xml"])
    }

    @Test func notAFeedAndEntitiesLeftUnexpanded() throws {
        #expect(throws: FeedError.self) { try read("<html><body><p>Hello</p></body></html>") }
        #expect(throws: FeedError.self) { try read("plain words, no markup") }
        // A document declaring its own entities (the "billion laughs" shape) is read without expanding them.
        let hostile = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY file SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>&c;&file;</title><item><title>T</title><link>https://x.example.org/a</link></item></channel></rss>
            """
        let feed = try read(hostile)
        #expect(feed.entries.count == 1)
        #expect((feed.title ?? "").count < 100)
        #expect(!(feed.title ?? "").contains("root:"))
    }
}
