import Foundation
import NarratorTestServer
import NarratorTestSupport
import Testing

/// `narrate serve` driven over HTTP on a free loopback port: create, poll, audio with and without
/// Range, renditions, sidecars, the feed, errors, tokens, restarts and kill -9.
@Suite(.serialized) struct NarrateServeTests {
    static let article = try! String(contentsOf: RepositoryPaths.sample("harbour-tides.html"), encoding: .utf8)

    /// A short article of our own, numbered so each is distinct.
    static func shortArticle(_ number: Int, paragraphs: Int = 2) -> String {
        var text = "Pier notice \(number)\n\n"
        for paragraph in 1...paragraphs {
            text += "Paragraph \(paragraph) of notice \(number): the pier gates close at \(paragraph + 4) o'clock while the crew paints the railings. "
            text += "Walkers can use the beach path instead, and the cafe stays open until the gates close.\n\n"
        }
        return text
    }

    @Test func createPollAudioRangesRenditionsSidecarsAndFeed() async throws {
        let data = try RepositoryPaths.temporaryDirectory().appendingPathComponent("data")
        let server = try ServerProcess(data: data, arguments: ["--jobs", "2"])
        let client = TestClient()
        defer { server.stop() }

        let created = try await client.post(server.url("/api/narrations?voice=en-us&speed=1.25x"), Self.article, type: "text/html")
        #expect(created.status == 202, "\(created.text)")
        let id = try #require(created.json["id"] as? String)
        #expect(created.header("Location") == "/api/narrations/\(id)")
        #expect(created.json["title"] as? String == "Harbour town bets on tidal turbines as ferry trade ebbs")
        let done = try await client.waitUntilMade(server.url("/api/narrations/\(id)"))
        #expect(done.json["state"] as? String == "done", "\(done.text)")
        #expect(done.json["voice"] as? String == "en-us" && done.json["speed"] as? String == "1.25x")
        let chapterTitles = (done.json["chapters"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        #expect(chapterTitles.first == "Harbour town bets on tidal turbines as ferry trade ebbs" && chapterTitles.count > 1, "\(chapterTitles)")

        // The same article and settings again: the same narration, no new job.
        let again = try await client.post(server.url("/api/narrations?voice=en-us&speed=1.25x"), Self.article, type: "text/html")
        #expect(again.status == 200 && again.json["id"] as? String == id)
        #expect((again.json["renditions"] as? [[String: Any]])?.count == 1)

        // The audio, whole and in ranges, checked against the file.
        let audio = try await client.get(server.url("/api/narrations/\(id)/audio"))
        #expect(audio.status == 200 && audio.header("Content-Type") == "audio/wav" && audio.header("Accept-Ranges") == "bytes")
        let stored = try Data(contentsOf: data.appendingPathComponent("audio/\(id)/en-us-1-25x.wav"))
        #expect(audio.body == Array(stored) && stored.starts(with: Array("RIFF".utf8)))
        let part = try await client.get(server.url("/api/narrations/\(id)/audio"), headers: [("Range", "bytes=100-199")])
        #expect(part.status == 206 && part.body == Array(stored[100...199]))
        #expect(part.header("Content-Range") == "bytes 100-199/\(stored.count)")
        let tail = try await client.get(server.url("/api/narrations/\(id)/audio"), headers: [("Range", "bytes=-50")])
        #expect(tail.status == 206 && tail.body == Array(stored.suffix(50)))
        let past = try await client.get(server.url("/api/narrations/\(id)/audio"), headers: [("Range", "bytes=\(stored.count + 10)-")])
        #expect(past.status == 416 && past.header("Content-Range") == "bytes */\(stored.count)")
        #expect((past.json["error"] as? [String: Any])?["status"] as? Int == 416)
        let etag = try #require(audio.header("ETag"))
        let unchanged = try await client.get(server.url("/api/narrations/\(id)/audio"), headers: [("If-None-Match", etag)])
        #expect(unchanged.status == 304 && unchanged.body.isEmpty)

        // Sidecars.
        let timings = try await client.get(server.url("/api/narrations/\(id)/timings.json"))
        #expect(timings.status == 200 && (timings.json["chapters"] as? [Any])?.isEmpty == false)
        let captions = try await client.get(server.url("/api/narrations/\(id)/captions.vtt"))
        #expect(captions.status == 200 && captions.text.hasPrefix("WEBVTT"))
        let chapters = try await client.get(server.url("/api/narrations/\(id)/chapters.vtt"))
        #expect(chapters.status == 200 && chapters.text.hasPrefix("WEBVTT"))
        let chaptersJSON = try await client.get(server.url("/api/narrations/\(id)/chapters.json"))
        #expect(chaptersJSON.status == 200 && chaptersJSON.json["version"] != nil)

        // Another voice and speed: a rendition made on first request, then served.
        let other = server.url("/api/narrations/\(id)/audio?voice=en-gb&speed=1.5x")
        let first = try await client.get(other)
        #expect(first.status == 202 && first.header("Retry-After") != nil, "\(first.status) \(first.text)")
        let rendered = try await client.waitUntilMade(other)
        #expect(rendered.status == 200 && rendered.body.starts(with: Array("RIFF".utf8)) && rendered.body != audio.body)
        let narration = try await client.get(server.url("/api/narrations/\(id)"))
        let renditions = narration.json["renditions"] as? [[String: Any]] ?? []
        #expect(renditions.count == 2)
        let durations = renditions.compactMap { $0["durationSeconds"] as? Double }
        #expect(durations.count == 2 && durations[1] < durations[0], "faster is shorter: \(durations)")

        // The library, the feed, voices, health and metrics.
        let list = try await client.get(server.url("/api/narrations"))
        #expect(list.json["total"] as? Int == 1)
        let feed = try await client.get(server.url("/feed.xml"))
        #expect(feed.status == 200 && feed.text.contains("<enclosure url=\"http://127.0.0.1:\(server.port)/api/narrations/\(id)/audio\""))
        let voices = try await client.get(server.url("/api/voices"))
        #expect((voices.json["voices"] as? [[String: Any]])?.contains { $0["name"] as? String == "uk-female" } == true)
        let health = try await client.get(server.url("/healthz"))
        #expect(health.json["status"] as? String == "ok")
        let metrics = try await client.get(server.url("/metrics"))
        #expect(metrics.text.contains("narrator_jobs_finished_total") && metrics.text.contains("http_server_request_duration"))
        await client.shutdown()
    }

    @Test func errorsAreJSONWithTheirStatus() async throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let tokenFile = directory.appendingPathComponent("token")
        try "s3cret-token-for-the-tests\n".write(to: tokenFile, atomically: true, encoding: .utf8)
        let server = try ServerProcess(data: directory.appendingPathComponent("data"),
                                       arguments: ["--token-file", tokenFile.path, "--max-body-mb", "1"])
        let client = TestClient()
        defer { server.stop() }
        let token = [("Authorization", "Bearer s3cret-token-for-the-tests")]
        let post = server.url("/api/narrations")
        let cases: [(HTTPAnswer, Int)] = [
            (try await client.post(post, Self.shortArticle(1), type: "text/plain"), 401),
            (try await client.post(post, Self.shortArticle(1), type: "text/plain", headers: [("Authorization", "Bearer wrong")]), 401),
            (try await client.post(post, "{not json", type: "application/json", headers: token), 400),
            (try await client.post(post, "{\"text\": \"x\", \"colour\": \"red\"}", type: "application/json", headers: token), 400),
            (try await client.post(post, "{\"text\": \"a\", \"html\": \"b\"}", type: "application/json", headers: token), 400),
            (try await client.post(post + "?voice=no-such-voice", Self.shortArticle(1), type: "text/plain", headers: token), 400),
            (try await client.post(post + "?speed=9x", Self.shortArticle(1), type: "text/plain", headers: token), 400),
            (try await client.post(post + "?format=aiff", Self.shortArticle(1), type: "text/plain", headers: token), 400),
            (try await client.post(post, "%PDF-1.7", type: "application/pdf", headers: token), 415),
            (try await client.post(post, "   \n", type: "text/plain", headers: token), 422),
            (try await client.post(post, String(repeating: "Long text. ", count: 200_000), type: "text/plain", headers: token), 413),
            (try await client.get(server.url("/api/narrations/0000000000000000")), 404),
            (try await client.get(server.url("/api/narrations/0000000000000000/audio")), 404),
            (try await client.get(server.url("/api/narrations?limit=0")), 400),
            (try await client.send(.DELETE, server.url("/api/narrations/0000000000000000")), 401),
        ]
        for (index, (answer, status)) in cases.enumerated() {
            #expect(answer.status == status, "case \(index): \(answer.status) \(answer.text)")
            let error = answer.json["error"] as? [String: Any]
            #expect(error?["status"] as? Int == status && (error?["message"] as? String)?.isEmpty == false, "case \(index): \(answer.text)")
            #expect(answer.header("Content-Type")?.hasPrefix("application/json") == true, "case \(index)")
        }
        // With the token: made, then deleted with its files.
        let created = try await client.post(post, Self.shortArticle(2), type: "text/plain", headers: token)
        #expect(created.status == 202, "\(created.text)")
        let id = try #require(created.json["id"] as? String)
        _ = try await client.waitUntilMade(server.url("/api/narrations/\(id)"))
        let deleted = try await client.send(.DELETE, server.url("/api/narrations/\(id)"), headers: token)
        #expect(deleted.status == 204)
        #expect(try await client.get(server.url("/api/narrations/\(id)")).status == 404)
        #expect(!FileManager.default.fileExists(atPath: server.data.appendingPathComponent("audio/\(id)").path))
        await client.shutdown()

        // Off loopback without a token: refused at start, one line.
        let refused = try ProcessRunner.run(RepositoryPaths.narrate, ["serve", "--host", "0.0.0.0", "--port", "0",
                                                                      "--data", directory.appendingPathComponent("d2").path])
        #expect(refused.status == 64 && refused.stderr.contains("needs --token-file"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
    }

    @Test func aRestartKeepsTheLibraryAndAJobKilledMidwayCompletes() async throws {
        let data = try RepositoryPaths.temporaryDirectory().appendingPathComponent("data")
        let client = TestClient()
        var server = try ServerProcess(data: data, arguments: ["--jobs", "1"])
        let first = try await client.post(server.url("/api/narrations?voice=en-us"), Self.shortArticle(3), type: "text/plain")
        let id = try #require(first.json["id"] as? String)
        _ = try await client.waitUntilMade(server.url("/api/narrations/\(id)"))
        #expect(server.stop(SIGTERM) == 0, "SIGTERM stops the server cleanly")

        server = try ServerProcess(data: data, arguments: ["--jobs", "1"])
        let kept = try await client.get(server.url("/api/narrations/\(id)"))
        #expect(kept.json["state"] as? String == "done")
        #expect(try await client.get(server.url("/api/narrations/\(id)/audio")).status == 200)

        // A long article (a few minutes of audio), killed with SIGKILL while its job runs.
        let long = Self.shortArticle(4, paragraphs: 120)
        let posted = try await client.post(server.url("/api/narrations?voice=en-us&speed=0.5x"), long, type: "text/plain")
        let longID = try #require(posted.json["id"] as? String)
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, try await client.get(server.url("/api/narrations/\(longID)")).json["state"] as? String != "running" {
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        server.stop(SIGKILL)
        let audio = data.appendingPathComponent("audio/\(longID)/en-us-0-5x.wav")
        // Nothing half-written under the final name.
        if let partial = try? Data(contentsOf: audio) {
            #expect(partial.count > 44 && partial.starts(with: Array("RIFF".utf8)))
        }
        server = try ServerProcess(data: data, arguments: ["--jobs", "1"])
        let finished = try await client.waitUntilMade(server.url("/api/narrations/\(longID)"), seconds: 300)
        #expect(finished.json["state"] as? String == "done", "\(finished.text)")
        let served = try await client.get(server.url("/api/narrations/\(longID)/audio"))
        #expect(served.status == 200 && served.body.count > 1_000_000)
        server.stop()
        await client.shutdown()
    }

    @Test func addressesAreFetchedButNeverPrivateOnesUnlessAllowed() async throws {
        let site = try TestHTTPServer()
        site.route("/news/pier-lights", .html("""
            <html lang="en"><head><title>Pier lights</title></head><body><article><h1>Pier lights return</h1>
            <p>The lamps along the old pier were lit again on Friday evening after a winter of repairs by the harbour trust.</p>
            <p>Volunteers cleaned every lantern by hand, and the trust says the new bulbs use a fifth of the power.</p>
            </article></body></html>
            """))
        let directory = try RepositoryPaths.temporaryDirectory()
        let client = TestClient()
        let body = "{\"url\": \"\(site.url("/news/pier-lights"))\", \"voice\": \"en-us\"}"
        do {
            let server = try ServerProcess(data: directory.appendingPathComponent("a"))
            let refused = try await client.post(server.url("/api/narrations"), body, type: "application/json")
            #expect(refused.status == 400 && refused.text.contains("loopback"), "\(refused.text)")
            server.stop()
        }
        let server = try ServerProcess(data: directory.appendingPathComponent("b"), arguments: ["--allow-private-fetch"])
        let created = try await client.post(server.url("/api/narrations"), body, type: "application/json")
        #expect(created.status == 202, "\(created.text)")
        #expect(created.json["source"] as? String == site.url("/news/pier-lights"))
        let id = try #require(created.json["id"] as? String)
        let done = try await client.waitUntilMade(server.url("/api/narrations/\(id)"))
        #expect(done.json["state"] as? String == "done")
        let timings = try await client.get(server.url("/api/narrations/\(id)/timings.json"))
        #expect(timings.json["source"] as? String == site.url("/news/pier-lights"))
        server.stop()
        await client.shutdown()
    }

    @Test func aFullQueueAnswers503WithRetryAfter() async throws {
        let server = try ServerProcess(data: try RepositoryPaths.temporaryDirectory().appendingPathComponent("data"),
                                       arguments: ["--jobs", "1", "--queue-limit", "1"])
        let client = TestClient()
        defer { server.stop() }
        let first = try await client.post(server.url("/api/narrations?voice=en-us&speed=0.5x"), Self.shortArticle(20, paragraphs: 60),
                                          type: "text/plain")
        #expect(first.status == 202)
        let second = try await client.post(server.url("/api/narrations?voice=en-us"), Self.shortArticle(21), type: "text/plain")
        #expect(second.status == 503 && second.header("Retry-After") == "30", "\(second.status) \(second.text)")
        #expect((second.json["error"] as? [String: Any])?["status"] as? Int == 503)
        await client.shutdown()
    }
}
