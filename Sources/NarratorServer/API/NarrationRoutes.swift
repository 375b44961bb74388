import Foundation
import Hummingbird
import Logging
import Narrator
import NarratorBatch

/// The HTTP API: narrations (articles and their renditions), their audio and sidecars, voices,
/// the podcast feed, health and metrics. docs/openapi.json describes it.
struct NarrationRoutes: Sendable {
    let store: LibraryStore
    let queue: RenditionQueue
    let intake: ArticleIntake
    let auth: BearerToken
    let baseURL: String?
    let fileIO = FileIO()

    func add(to router: Router<BasicRequestContext>) {
        router.post("/api/narrations") { request, context in try await create(request, context) }
        router.get("/api/narrations") { request, _ in try list(request) }
        router.get("/api/narrations/:id") { _, context in try show(context.parameters.require("id")) }
        router.delete("/api/narrations/:id") { request, context in try delete(request, context.parameters.require("id")) }
        router.get("/api/narrations/:id/audio") { request, context in
            try await file(request, context, id: context.parameters.require("id"), sidecar: nil)
        }
        for (path, sidecar) in [("timings.json", "timings"), ("captions.vtt", "captions"), ("chapters.vtt", "chapters-vtt"),
                                ("chapters.json", "chapters-json")] {
            router.get("/api/narrations/:id/\(path)") { request, context in
                try await file(request, context, id: context.parameters.require("id"), sidecar: sidecar)
            }
        }
        router.get("/api/voices") { _, _ in try await voices() }
        router.get("/feed.xml") { request, _ in try feed(request) }
        router.get("/healthz") { _, _ in JSONText.response(["status": "ok", "queue": queue.depth]) }
    }

    // MARK: Narrations

    private func create(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try auth.check(request)
        try queue.checkRoom()
        let posted = try await intake.read(request, context: context)
        let (article, _) = try store.add(posted.article)
        let (_, isNew) = try queue.rendition(of: article, voice: posted.voice, speed: posted.speed, format: posted.format,
                                             isDefault: true)
        let body = try NarrationJSON.narration(try store.article(article.id) ?? article, renditions: store.renditions(of: article.id))
        return try JSONText.response(body, status: isNew ? .accepted : .ok, headers: [.location: "/api/narrations/\(article.id)"])
    }

    private func list(_ request: Request) throws -> Response {
        let query = request.uri.queryParameters
        let limit = try Self.number(query["limit"], name: "limit", range: 1...200) ?? 20
        let offset = try Self.number(query["offset"], name: "offset", range: 0...Int(Int32.max)) ?? 0
        let (items, total) = try store.articles(limit: limit, offset: offset)
        let next = offset + items.count < total ? "/api/narrations?limit=\(limit)&offset=\(offset + limit)" : nil
        return try JSONText.response(NarrationListBody(total: total, limit: limit, offset: offset,
                                                       items: items.map { NarrationJSON.narration($0.0, renditions: $0.1) }, next: next))
    }

    private func show(_ id: String) throws -> Response {
        guard let article = try store.article(id) else { throw APIError(.notFound, "no narration '\(id)'") }
        let renditions = try store.renditions(of: id)
        var body = NarrationJSON.narration(article, renditions: renditions)
        if let first = renditions.first(where: { $0.id == article.defaultRendition }), first.state == .done,
           let data = FileManager.default.contents(atPath: store.path(first.audio) + ".timings.json"),
           let timings = try? JSONDecoder().decode(Timings.self, from: data) {
            body.chapters = timings.chapters.map { ChapterBody(title: $0.title, start: $0.start, end: $0.end) }
        }
        return try JSONText.response(body)
    }

    private func delete(_ request: Request, _ id: String) throws -> Response {
        try auth.check(request)
        guard let article = try store.article(id) else { throw APIError(.notFound, "no narration '\(id)'") }
        let running = try store.renditions(of: id).contains { $0.state == .running }
        guard !running else { throw APIError(.conflict, "narration '\(id)' is being made; delete it when it is done") }
        try store.delete(id)
        try? FileManager.default.removeItem(atPath: store.path("audio/\(id)"))
        for suffix in [".html", ".txt", ".md", ".body", ".json"] where article.input.hasSuffix(suffix) || suffix == ".json" {
            try? FileManager.default.removeItem(atPath: store.path("articles/\(id)\(suffix)"))
        }
        return Response(status: .noContent)
    }

    // MARK: Audio and sidecars

    /// The rendition a request names (`voice`, `speed`, `format` in the query; the narration's
    /// first rendition for those not given), made (queued) on first request.
    private func rendition(_ request: Request, article: ArticleRecord) async throws -> RenditionRecord {
        let query = request.uri.queryParameters
        let base = try article.defaultRendition.flatMap(store.rendition)
        guard query["voice"] != nil || query["speed"] != nil || query["format"] != nil else {
            guard let base else { throw APIError(.notFound, "narration '\(article.id)' has no rendition") }
            return base
        }
        let asked = try await intake.settings(voice: query["voice"].map(String.init) ?? base?.voice,
                                              speed: query["speed"].map(String.init) ?? base?.speed,
                                              format: query["format"].map(String.init) ?? base?.format, article: article)
        if let existing = try store.rendition(of: article.id, voice: asked.voice, speed: asked.speed, format: asked.format) {
            return existing
        }
        try queue.checkRoom()
        return try queue.rendition(of: article, voice: asked.voice, speed: asked.speed, format: asked.format, isDefault: false).0
    }

    private func file(_ request: Request, _ context: BasicRequestContext, id: String, sidecar: String?) async throws -> Response {
        guard let article = try store.article(id) else { throw APIError(.notFound, "no narration '\(id)'") }
        let rendition = try await rendition(request, article: article)
        switch rendition.state {
        case .queued, .running:
            return try JSONText.response(NarrationJSON.rendition(rendition, article: article), status: .accepted,
                                     headers: [.retryAfter: "2", .cacheControl: "no-store"])
        case .failed:
            throw APIError(.unprocessableContent, "the narration failed: \(rendition.error ?? "unknown error")")
        case .done:
            break
        }
        let audio = store.path(rendition.audio)
        let (path, type) = RenditionFiles.file(sidecar, audio: audio, format: rendition.format)
        return try await send(path, type: type, request: request, context: context,
                              download: sidecar == nil ? RenditionFiles.downloadName(article, rendition) : nil)
    }

    /// A file with validators, caching headers and one byte range.
    private func send(_ path: String, type: String, request: Request, context: BasicRequestContext, download: String?) async throws -> Response {
        var info = stat()
        guard stat(path, &info) == 0 else { throw APIError(.notFound, "the file is missing") }
        let size = Int(info.st_size)
        let etag = "\"\(String(info.st_ino, radix: 16))-\(String(size, radix: 16))-\(String(info.st_mtim.tv_sec, radix: 16))\""
        var headers: HTTPFields = [.contentType: type, .eTag: etag, .acceptRanges: "bytes",
                                   .cacheControl: "public, max-age=86400"]
        if let download { headers[.contentDisposition] = "inline; filename=\"\(download)\"" }
        if let match = request.headers[.ifNoneMatch], match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag || $0 == "*" }) {
            return Response(status: .notModified, headers: headers)
        }
        var range = ByteRange.parse(request.headers[.range], size: size)
        if let ifRange = request.headers[.ifRange], ifRange != etag { range = .whole }
        switch range {
        case .unsatisfiable:
            headers[.contentRange] = "bytes */\(size)"
            throw APIError(.rangeNotSatisfiable, "the range is past the end of the \(size)-byte file", headers: headers)
        case .whole:
            headers[.contentLength] = String(size)
            return Response(status: .ok, headers: headers, body: try await fileIO.loadFile(path: path, context: context))
        case .part(let bytes):
            headers[.contentRange] = "bytes \(bytes.lowerBound)-\(bytes.upperBound)/\(size)"
            headers[.contentLength] = String(bytes.count)
            return Response(status: .partialContent, headers: headers,
                            body: try await fileIO.loadFile(path: path, range: bytes, context: context))
        }
    }

    // MARK: Voices and the feed

    private func voices() async throws -> Response {
        let catalog = try ArticleNarrator(languageIdentifier: nil).catalog(extra: queue.voiceDirectories)
        let presets = catalog.presets.map { preset -> [String: Any] in
            ["name": preset.name, "language": preset.language, "displayName": preset.displayName, "gender": preset.gender ?? "",
             "defaultSpeed": preset.defaultSpeed.map { String($0.multiplier) + "x" } ?? "1x"]
        }
        let speeds = Speed.presets.map { ["name": $0.name, "multiplier": $0.multiplier, "wpm": Int(($0.multiplier * Speed.referenceWPM).rounded())] }
        return JSONText.response(["voices": presets, "speeds": speeds, "speedRange": ["min": Speed.range.lowerBound, "max": Speed.range.upperBound]])
    }

    private func feed(_ request: Request) throws -> Response {
        let host = request.head.authority ?? "127.0.0.1"
        let base = baseURL ?? "http://\(host)/"
        let (articles, _) = try store.articles(limit: 500, offset: 0)
        var episodes: [PodcastFeed.Episode] = []
        for (article, renditions) in articles {
            guard let rendition = renditions.first(where: { $0.id == article.defaultRendition }), rendition.state == .done else { continue }
            let audio = "api/narrations/\(article.id)/audio"
            episodes.append(PodcastFeed.Episode(title: article.title ?? "Untitled article", audio: audio, bytes: rendition.bytes ?? 0,
                                                durationSeconds: rendition.durationSeconds ?? 0, guid: "narrator-\(article.id)",
                                                published: article.published.flatMap(PodcastFeed.rfc822(fromISO:)),
                                                chapters: "api/narrations/\(article.id)/chapters.json",
                                                transcript: "api/narrations/\(article.id)/captions.vtt"))
        }
        let xml = PodcastFeed.render(title: "Narrator library", baseURL: base, episodes: episodes)
        return Response(status: .ok, headers: [.contentType: "application/rss+xml; charset=utf-8", .cacheControl: "no-cache"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: xml)))
    }

    static func number(_ text: Substring?, name: String, range: ClosedRange<Int>) throws -> Int? {
        guard let text else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw APIError(.badRequest, "'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}
