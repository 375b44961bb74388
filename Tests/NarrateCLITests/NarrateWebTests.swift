import Foundation
import NarratorTestServer
import NarratorTestSupport
import Testing

/// `narrate URL` and `narrate batch` over the web, against a loopback server of the test's own.
@Suite(.serialized) struct NarrateWebTests {
    /// A short article page of our own, number `number`.
    static func page(_ number: Int, canonical: String? = nil) -> String {
        """
        <!doctype html><html lang="en"><head><title>Pier notice \(number)</title>
        \(canonical.map { "<link rel=\"canonical\" href=\"\($0)\">" } ?? "")</head>
        <body><nav><a href="/">Home</a></nav><article><h1>Pier notice \(number)</h1>
        <p>Notice \(number): the pier gates close at \(number % 12 + 1) o'clock tonight while the crew paints the railings.</p>
        <p>Walkers can use the beach path instead, and the café stays open until the gates close.</p>
        </article></body></html>
        """
    }

    /// An RSS feed of the pages `numbers`, served with `etag`.
    static func rss(_ server: TestHTTPServer, _ numbers: ClosedRange<Int>) -> String {
        var text = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Pier Desk</title>"
        for number in numbers {
            text += "<item><title>Pier notice \(number)</title><link>\(server.url("/notices/pier-notice-\(number)"))</link>"
            text += "<author>desk@example.org (Pier Desk)</author><pubDate>Mon, 30 Nov 2026 08:00:00 +0000</pubDate></item>"
        }
        return text + "</channel></rss>"
    }

    static func report(_ out: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report.json"))) as? [String: Any] ?? [:]
    }

    @Test func narratesAnAddressNamedByItsPathWithItsCanonicalAddressAsTheSource() throws {
        let server = try TestHTTPServer()
        server.route("/amp/pier-notice-7", .html(Self.page(7, canonical: "/news/pier-notice-7")))
        let directory = try RepositoryPaths.temporaryDirectory()
        let result = try narrate([server.url("/amp/pier-notice-7"), "--voice", "en-us", "--sidecars", "ffmetadata"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let wav = directory.appendingPathComponent("out/pier-notice-7.wav")
        #expect(FileManager.default.fileExists(atPath: wav.path), "\(RepositoryPaths.listing(directory.appendingPathComponent("out")))")
        let timings = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: wav.path + ".timings.json"))) as? [String: Any]
        #expect(timings?["source"] as? String == server.url("/news/pier-notice-7"))
        let metadata = try String(contentsOf: directory.appendingPathComponent("out/pier-notice-7.ffmetadata"), encoding: .utf8)
        #expect(metadata.contains("Source: \(server.url("/news/pier-notice-7"))"))
        #expect(server.received("/amp/pier-notice-7").first?.headers["user-agent"]?.hasPrefix("Narrator/") == true)
    }

    @Test func webErrorsAreOneLineWithTheirOwnExitCodes() throws {
        let server = try TestHTTPServer()
        server.route("/paper.pdf", .type("application/pdf", Array("%PDF-1.7".utf8)))
        server.route("/broken", TestHTTPServer.Response(status: 500))
        var slow = TestHTTPServer.Response.html(Self.page(1))
        slow.delay = 10
        server.route("/slow", slow)
        var slowBody = TestHTTPServer.Response.html(Self.page(1))
        slowBody.bodyDelay = 10
        server.route("/slow-body", slowBody)
        var huge = TestHTTPServer.Response.html("")
        huge.streamBytes = 3 << 20
        server.route("/huge", huge)
        let cases: [([String], Int32, String)] = [
            ([server.url("/missing")], 84, "HTTP 404"),
            ([server.url("/broken")], 84, "HTTP 500"),
            ([server.url("/paper.pdf")], 86, "application/pdf"),
            ([server.url("/slow"), "--fetch-timeout", "1"], 83, "no complete response within 1 s"),
            ([server.url("/slow-body"), "--fetch-timeout", "1"], 83, "no complete response within 1 s"),
            ([server.url("/huge"), "--max-input-mb", "1"], 85, "larger than the 1 MiB limit"),
            (["http://no-such-host.invalid/story"], 80, "was not found"),
            (["gopher://example.org/story"], 64, "only http and https"),
            ([server.url("/x"), "--header", "no colon here"], 64, "--header"),
        ]
        let directory = try RepositoryPaths.temporaryDirectory()
        for (arguments, status, message) in cases {
            let started = Date()
            let result = try narrate(arguments + ["--voice", "en-us"], in: directory)
            if arguments.contains("--fetch-timeout") {
                // The server answers after 10 s; a machine busy with other work may take a few
                // seconds to start narrate and load its voice, not ten.
                #expect(Date().timeIntervalSince(started) < 6, "\(arguments): waited past the timeout")
            }
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
        #expect(RepositoryPaths.listing(directory.appendingPathComponent("out")).isEmpty)
    }

    @Test func aFeedOf50NarratesAllThenOnlyWhatIsNew() throws {
        let server = try TestHTTPServer()
        let version = Counter()
        for number in 1...53 { server.route("/notices/pier-notice-\(number)", .html(Self.page(number))) }
        server.route("/feed.xml") { request in
            let etag = "\"v\(version.value)\""
            if request.headers["if-none-match"] == etag { return TestHTTPServer.Response(status: 304, headers: [("ETag", etag)]) }
            let text = Self.rss(server, 1...(version.value == 0 ? 50 : 53))
            return TestHTTPServer.Response(headers: [("Content-Type", "application/rss+xml"), ("ETag", etag)], body: Array(text.utf8))
        }
        let directory = try RepositoryPaths.temporaryDirectory()
        let out = directory.appendingPathComponent("out")
        let arguments = ["batch", "--feed", server.url("/feed.xml"), "--out-dir", out.path, "--jobs", "2", "--voice", "en-us",
                         "--speed", "2x"]

        let first = try narrate(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        var report = try Self.report(out)
        var summary = report["summary"] as? [String: Any] ?? [:]
        #expect(summary["ok"] as? Int == 50)
        var web = report["web"] as? [String: Any] ?? [:]
        #expect(web["fetched"] as? Int == 50 && web["feedStatus"] as? String == "fetched" && web["robots"] as? String == "obeyed")
        let firstItem = (report["items"] as? [[String: Any]])?.first
        #expect(firstItem?["title"] as? String == "Pier notice 1")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("pier-notice-50.wav").path))
        let pageRequests = server.received.filter { $0.path.hasPrefix("/notices/") }.count
        #expect(pageRequests == 50)

        let second = try narrate(arguments)
        #expect(second.status == 0, "\(second.stderr)")
        report = try Self.report(out)
        summary = report["summary"] as? [String: Any] ?? [:]
        #expect(summary["ok"] as? Int == 0 && summary["skipped"] as? Int == 50)
        web = report["web"] as? [String: Any] ?? [:]
        #expect(web["feedStatus"] as? String == "not modified")
        #expect(server.received("/feed.xml").count == 2, "the feed fetched once a run")
        #expect(server.received("/feed.xml").last?.headers["if-none-match"] == "\"v0\"")
        #expect(server.received.filter { $0.path.hasPrefix("/notices/") }.count == pageRequests, "no page fetched again")

        _ = version.next()
        let third = try narrate(arguments)
        #expect(third.status == 0, "\(third.stderr)")
        report = try Self.report(out)
        summary = report["summary"] as? [String: Any] ?? [:]
        #expect(summary["ok"] as? Int == 3 && summary["skipped"] as? Int == 50)
        let narrated = (report["items"] as? [[String: Any]] ?? []).filter { $0["status"] as? String == "ok" }.compactMap { $0["input"] as? String }
        #expect(Set(narrated) == Set((51...53).map { server.url("/notices/pier-notice-\($0)") }))
        #expect(server.received.filter { $0.path.hasPrefix("/notices/") }.count == pageRequests + 3)
    }

    @Test func robotsPolitenessRetriesAndPerItemErrors() throws {
        let server = try TestHTTPServer()
        server.route("/robots.txt", .type("text/plain", Array("User-agent: *\nDisallow: /private/\n".utf8)))
        for number in 1...6 {
            var slow = TestHTTPServer.Response.html(Self.page(number))
            slow.delay = 0.3
            server.route("/open/notice-\(number)", slow)
        }
        server.route("/private/notice-9", .html(Self.page(9)))
        let calls = Counter()
        server.route("/busy/notice-10") { _ in
            calls.next() == 0 ? TestHTTPServer.Response(status: 429, headers: [("Retry-After", "1")]) : .html(Self.page(10))
        }
        let directory = try RepositoryPaths.temporaryDirectory()
        let list = directory.appendingPathComponent("addresses.txt")
        let addresses = (1...6).map { server.url("/open/notice-\($0)") }
            + [server.url("/private/notice-9"), server.url("/busy/notice-10"), server.url("/gone/notice-11")]
        try ("# today's notices\n" + addresses.joined(separator: "\n") + "\n").write(to: list, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out")
        let result = try narrate(["batch", list.path, "--out-dir", out.path, "--jobs", "2", "--voice", "en-us", "--speed", "2x"])
        #expect(result.status == 75, "\(result.stderr)")
        let report = try Self.report(out)
        let items = report["items"] as? [[String: Any]] ?? []
        let byInput = Dictionary(uniqueKeysWithValues: items.map { ($0["input"] as? String ?? "", $0) })
        #expect(byInput[server.url("/private/notice-9")]?["error"] as? String == "\(server.url("/private/notice-9")): robots.txt disallows this address (--ignore-robots to fetch it anyway)")
        #expect((byInput[server.url("/gone/notice-11")]?["error"] as? String)?.contains("HTTP 404") == true)
        #expect(byInput[server.url("/busy/notice-10")]?["status"] as? String == "ok")
        #expect(items.filter { $0["status"] as? String == "ok" }.count == 7)
        #expect(server.received("/robots.txt").count == 1)
        #expect(server.received("/private/notice-9").isEmpty, "a disallowed page is never requested")
        #expect(server.peakConcurrent <= 2, "at most --per-host requests at once (saw \(server.peakConcurrent))")
        let web = report["web"] as? [String: Any] ?? [:]
        #expect(web["perHost"] as? Int == 2 && (web["peakPerHost"] as? Int ?? 0) <= 2)

        let ignoring = try narrate(["batch", server.url("/private/notice-9"), "--out-dir", out.path, "--voice", "en-us",
                                    "--ignore-robots", "--per-host", "1"])
        #expect(ignoring.status == 0, "\(ignoring.stderr)")
        let again = try Self.report(out)
        #expect((again["web"] as? [String: Any])?["robots"] as? String == "ignored")
        #expect(server.received("/private/notice-9").count == 1)
    }

    @Test func editionsAndJobFilesTakeAddresses() throws {
        let server = try TestHTTPServer()
        server.route("/news/pier-notice-1", .html(Self.page(1)))
        var brotli = TestHTTPServer.Response.html(Self.page(2))
        brotli.encoding = .brotli
        server.route("/news/pier-notice-2", brotli)
        let directory = try RepositoryPaths.temporaryDirectory()
        let edition = try narrate(["edition", server.url("/news/pier-notice-1"), server.url("/news/pier-notice-2"),
                                   "--title", "Pier desk", "--voice", "en-us", "--sidecars", "chapters-json"], in: directory)
        #expect(edition.status == 0, "\(edition.stderr)")
        let chapters = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("out/pier-desk.chapters.json"))) as? [String: Any]
        let titles = (chapters?["chapters"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        #expect(titles.contains("Pier notice 1") && titles.contains("Pier notice 2"), "\(titles)")

        let job = directory.appendingPathComponent("job.jsonl")
        try """
            {"defaults": {"voice": "en-us", "speed": "1.5x"}}
            {"input": "\(server.url("/news/pier-notice-1"))", "output": "desk/first", "title": "First notice"}
            {"input": "\(server.url("/news/pier-notice-2"))"}
            """.write(to: job, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("batch")
        let batch = try narrate(["batch", job.path, "--out-dir", out.path])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("desk/first.wav").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("pier-notice-2.wav").path))
        let items = try Self.report(out)["items"] as? [[String: Any]] ?? []
        #expect(items.first?["title"] as? String == "First notice")
        #expect(items.map { $0["fetchedFrom"] as? String } == [server.url("/news/pier-notice-1"), server.url("/news/pier-notice-2")])
    }

    @Test func aRerunAfterASettingsChangeReusesTheStoredPageAndRefetchFetchesAgain() throws {
        let server = try TestHTTPServer()
        server.route("/notices/pier-notice-4", .html(Self.page(4)))
        let directory = try RepositoryPaths.temporaryDirectory()
        let out = directory.appendingPathComponent("out")
        let address = server.url("/notices/pier-notice-4")
        for speed in ["1x", "1.5x"] {
            let result = try narrate(["batch", address, "--out-dir", out.path, "--voice", "en-us", "--speed", speed])
            #expect(result.status == 0, "\(result.stderr)")
            #expect((try Self.report(out)["summary"] as? [String: Any])?["ok"] as? Int == 1, "the new speed narrates again")
        }
        #expect(server.received("/notices/pier-notice-4").count == 1)
        let refetch = try narrate(["batch", address, "--out-dir", out.path, "--voice", "en-us", "--speed", "1.5x", "--refetch"])
        #expect(refetch.status == 0, "\(refetch.stderr)")
        #expect(server.received("/notices/pier-notice-4").count == 2)
        #expect((try Self.report(out)["summary"] as? [String: Any])?["skipped"] as? Int == 1, "the same page: still up to date")
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
