import Foundation
import Narrator
import NarratorTestServer
import NarratorTestSupport
import Testing

/// Fetching against a loopback server of the test's own: redirects, timeouts, size caps,
/// encodings, charsets, statuses, Retry-After, media types, headers and conditional GETs.
@Suite struct PageFetcherTests {
    static let page = """
        <html><head><title>Quay lights</title></head><body><article><h1>Quay lights return to the old pier</h1>
        <p>The lamps along the old pier were lit again on Friday evening after a winter of repairs by the harbour trust.</p>
        <p>Volunteers cleaned every lantern by hand, and the trust says the new bulbs use a fifth of the power of the old ones.</p>
        </article></body></html>
        """

    func fetcher(_ configure: (inout FetchOptions) -> Void = { _ in }) -> PageFetcher {
        var options = FetchOptions()
        // Generous: this process's task threads are shared with tests that block them, and on a
        // loaded 2-core machine a 1 MB stream once took over 120 s to arrive (the size cap is
        // what these tests check; the timeout tests set their own 1 s).
        options.timeout = 600
        configure(&options)
        return PageFetcher(options: options)
    }

    func fetch(_ server: TestHTTPServer, _ path: String, kind: FetchedKind = .article,
               _ configure: (inout FetchOptions) -> Void = { _ in }) async throws -> FetchedPage {
        let fetcher = fetcher(configure)
        do {
            let page = try await fetcher.fetch(server.url(path), as: kind)
            await fetcher.shutdown()
            return page
        } catch {
            await fetcher.shutdown()
            throw error
        }
    }

    func failure(_ server: TestHTTPServer, _ path: String, kind: FetchedKind = .article,
                 _ configure: (inout FetchOptions) -> Void = { _ in }) async -> FetchError? {
        do {
            _ = try await fetch(server, path, kind: kind, configure)
            return nil
        } catch {
            return error as? FetchError
        }
    }

    @Test func fetchesAPageWithNarratorsUserAgentAndTheUsersHeaders() async throws {
        let server = try TestHTTPServer()
        server.route("/a", .html(Self.page))
        let page = try await fetch(server, "/a") { $0.headers = [("Cookie", "session=abc")] }
        #expect(String(decoding: page.body, as: UTF8.self) == Self.page)
        #expect(page.mediaType == "text/html" && page.charset == "utf-8")
        let request = try #require(server.received("/a").first)
        #expect(request.headers["user-agent"]?.hasPrefix("Narrator/\(NarratorVersion.string)") == true)
        #expect(request.headers["cookie"] == "session=abc")
        #expect(request.headers["accept-encoding"]?.contains("br") == true)
    }

    @Test func followsRedirectsAndChecksEachHop() async throws {
        let server = try TestHTTPServer()
        let other = try TestHTTPServer()
        other.route("/final", .html(Self.page))
        server.route("/one", .redirect("/two", status: 301))
        server.route("/two", .redirect(other.url("/final"), status: 307))
        let page = try await fetch(server, "/one")
        #expect(page.final == other.url("/final") && page.redirects == 2 && page.requested == server.url("/one"))

        server.route("/loop-a", .redirect("/loop-b"))
        server.route("/loop-b", .redirect("/loop-a"))
        let loop = await failure(server, "/loop-a")
        #expect(loop?.exitStatus == .redirectFailed && loop?.description.contains("loop") == true)

        for hop in 0..<7 { server.route("/chain\(hop)", .redirect("/chain\(hop + 1)")) }
        server.route("/chain7", .html(Self.page))
        let long = await failure(server, "/chain0")
        #expect(long?.description.contains("more than 5 redirects") == true)
        #expect(server.received("/chain6").isEmpty, "stops at the sixth hop")

        server.route("/to-ftp", .redirect("ftp://127.0.0.1/file"))
        #expect(await failure(server, "/to-ftp")?.exitStatus == .redirectFailed)
    }

    /// (How long it takes is checked on the command line, in a process of its own: this test
    /// process's task threads are shared with tests that block them.)
    @Test func timesOutOnASlowHeadAndOnASlowBody() async throws {
        let server = try TestHTTPServer()
        var slowHead = TestHTTPServer.Response.html(Self.page)
        slowHead.delay = 3
        server.route("/slow-head", slowHead)
        var slowBody = TestHTTPServer.Response.html(Self.page)
        slowBody.bodyDelay = 3
        server.route("/slow-body", slowBody)
        for path in ["/slow-head", "/slow-body"] {
            let error = await failure(server, path) { $0.timeout = 1 }
            #expect(error?.exitStatus == .timedOut, "\(path): \(String(describing: error))")
            #expect(error?.description.contains("no complete response within 1 s") == true)
        }
    }

    @Test func capsTheBodyWhateverItsEncoding() async throws {
        let server = try TestHTTPServer()
        var stream = TestHTTPServer.Response.html("")
        stream.streamBytes = 3 << 20
        server.route("/stream", stream)
        server.route("/declared", .type("text/html", [UInt8](repeating: 0x61, count: 2 << 20)))
        var gzip = TestHTTPServer.Response.type("text/html", [UInt8](repeating: 0x61, count: 2 << 20))
        gzip.encoding = .gzip
        server.route("/gzip-bomb", gzip)
        var brotli = gzip
        brotli.encoding = .brotli
        server.route("/br-bomb", brotli)
        for path in ["/stream", "/declared", "/gzip-bomb", "/br-bomb"] {
            let error = await failure(server, path) { $0.maxBytes = 1 << 20 }
            #expect(error?.exitStatus == .responseTooLarge, "\(path): \(String(describing: error))")
        }
    }

    @Test func decodesGzipAndBrotli() async throws {
        let server = try TestHTTPServer()
        var gzip = TestHTTPServer.Response.html(Self.page)
        gzip.encoding = .gzip
        server.route("/gzip", gzip)
        var brotli = TestHTTPServer.Response.html(Self.page)
        brotli.encoding = .brotli
        server.route("/br", brotli)
        for path in ["/gzip", "/br"] {
            let page = try await fetch(server, path)
            #expect(String(decoding: page.body, as: UTF8.self) == Self.page, "\(path)")
        }
    }

    @Test func takesTheCharsetFromTheHeaderOnlyWhenThePageDeclaresNone() async throws {
        let server = try TestHTTPServer()
        // "Café Zoë" in Latin-1, the header naming it, the page naming nothing.
        let latin1 = "<html><body><article><h1>Caf\u{E9} Zo\u{EB} opens</h1><p>" + String(repeating: "The caf\u{E9} on the quay opened its doors to walkers and anglers this week. ", count: 3) + "</p></article></body></html>"
        server.route("/latin1", .type("text/html; charset=ISO-8859-1", Array(latin1.data(using: .isoLatin1)!)))
        // A page declaring UTF-8 served with a wrong header: the page's own declaration wins.
        let declared = "<html><head><meta charset=\"utf-8\"></head><body><article><h1>Caf\u{E9} Zo\u{EB} opens</h1><p>" + String(repeating: "The caf\u{E9} on the quay opened its doors to walkers and anglers this week. ", count: 3) + "</p></article></body></html>"
        server.route("/declared", .type("text/html; charset=iso-8859-1", Array(declared.utf8)))
        server.route("/plain", .type("text/plain; charset=windows-1252", Array("Caf\u{E9} Zo\u{EB} opens\n\nThe caf\u{E9} on the quay opened its doors to walkers and anglers this week, and the owner says trade has been brisk.".data(using: .isoLatin1)!)))
        for path in ["/latin1", "/declared", "/plain"] {
            let page = try await fetch(server, path)
            let article = try WebArticle.extract(page, loader: ArticleLoader()).article
            #expect(article.title == "Caf\u{E9} Zo\u{EB} opens", "\(path): \(article.title ?? "nil")")
        }
    }

    @Test func errorStatusesAndTypesThatAreNotArticles() async throws {
        let server = try TestHTTPServer()
        server.route("/gone", TestHTTPServer.Response(status: 500))
        server.route("/report.pdf", .type("application/pdf", Array("%PDF-1.7".utf8)))
        server.route("/photo", .type("image/jpeg", [0xFF, 0xD8, 0xFF]))
        let missing = await failure(server, "/nothing")
        #expect(missing?.exitStatus == .httpStatus && missing?.description.contains("HTTP 404") == true)
        #expect(await failure(server, "/gone")?.description.contains("HTTP 500") == true)
        #expect(await failure(server, "/report.pdf")?.exitStatus == .notArticleType)
        #expect(await failure(server, "/photo")?.description.contains("image/jpeg") == true)
        #expect(await failure(server, "/report.pdf", kind: .feed)?.exitStatus == .notArticleType)
    }

    @Test func retriesAfterA429OrA503AsTheServerAsks() async throws {
        let server = try TestHTTPServer()
        let calls = Counter()
        server.route("/busy") { _ in
            calls.next() < 2 ? TestHTTPServer.Response(status: calls.value == 1 ? 429 : 503, headers: [("Retry-After", "1")])
                : .html(Self.page)
        }
        let started = Date()
        let page = try await fetch(server, "/busy")
        #expect(!page.body.isEmpty && server.received("/busy").count == 3)
        #expect(Date().timeIntervalSince(started) >= 1.9, "waited the Retry-After twice")

        server.route("/always-busy", TestHTTPServer.Response(status: 429, headers: [("Retry-After", "0")]))
        let busy = await failure(server, "/always-busy") { $0.retries = 2 }
        #expect(busy?.exitStatus == .httpStatus && busy?.description.contains("429") == true)
        #expect(server.received("/always-busy").count == 3)
        server.route("/come-back-tomorrow", TestHTTPServer.Response(status: 503, headers: [("Retry-After", "86400")]))
        let tomorrow = await failure(server, "/come-back-tomorrow")
        #expect(tomorrow?.exitStatus == .httpStatus && tomorrow?.description.contains("past the 120 s limit") == true)
        #expect(server.received("/come-back-tomorrow").count == 1, "a wait past the limit fails at once")
    }

    @Test func conditionalGetAnswersNotModified() async throws {
        let server = try TestHTTPServer()
        server.route("/feed.xml") { request in
            if request.headers["if-none-match"] == "\"v1\"" { return TestHTTPServer.Response(status: 304) }
            return TestHTTPServer.Response(headers: [("Content-Type", "application/rss+xml"), ("ETag", "\"v1\"")],
                                           body: Array("<rss version=\"2.0\"><channel><title>T</title></channel></rss>".utf8))
        }
        let fetcher = fetcher()
        let first = try await fetcher.fetch(server.url("/feed.xml"), as: .feed, etag: nil, lastModified: nil)
        guard case .modified(let page) = first else { Issue.record("expected a body"); return }
        #expect(page.etag == "\"v1\"")
        let second = try await fetcher.fetch(server.url("/feed.xml"), as: .feed, etag: page.etag, lastModified: nil)
        guard case .notModified = second else { Issue.record("expected 304"); return }
        await fetcher.shutdown()
    }

    @Test func connectionFailuresHaveTheirOwnErrors() async throws {
        // A port bound but not listening refuses connections, and stays ours for the test (a
        // closed server's port could be taken by another test's server running alongside).
        let refusing = try LoopbackSocket()
        let port = refusing.port
        let plain = try TestHTTPServer()  // speaks HTTP, so a TLS handshake with it fails
        let fetcher = fetcher()
        for (address, status) in [("http://127.0.0.1:\(port)/", ExitStatus.connectionFailed),
                                  ("https://127.0.0.1:\(plain.port)/", .tlsFailed),
                                  ("http://no-such-host.invalid/", .hostNotFound), ("ftp://127.0.0.1/", .usage)] {
            do {
                _ = try await fetcher.fetch(address)
                Issue.record("\(address) fetched")
            } catch let error as FetchError {
                #expect(error.exitStatus == status, "\(address): \(error)")
                #expect(!error.description.contains("\n"))
            }
        }
        withExtendedLifetime(refusing) {}  // the port stays held until every fetch is done
        await fetcher.shutdown()
        plain.shutdown()
    }

    @Test func theCanonicalLinkIsTheSourceAndThePathNamesTheOutput() async throws {
        let server = try TestHTTPServer()
        let canonical = Self.page.replacingOccurrences(of: "<title>", with: "<link rel=\"canonical\" href=\"/news/2026/quay-lights-return\"><title>")
        server.route("/amp/12345", .html(canonical))
        let page = try await fetch(server, "/amp/12345")
        let (article, name) = try WebArticle.extract(page, loader: ArticleLoader())
        #expect(article.source == server.url("/news/2026/quay-lights-return"))
        #expect(name == "quay-lights-return")
        #expect(WebAddress.outputName(for: URL(string: "https://x.org/2026/11/30/")!) == nil)
        #expect(WebAddress.outputName(for: URL(string: "https://x.org/story/ferry-fares-rise.html?ref=rss")!) == "ferry-fares-rise")
    }
}

/// A counter shared with a route handler.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    /// The count before this call, then counts one.
    func next() -> Int { lock.withLock { defer { count += 1 }; return count } }
}
