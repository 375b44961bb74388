import Foundation
import Hummingbird
import Logging
import Narrator
import NarratorBatch
import NarratorESpeak

/// Reads a posted article: an HTML, text or Markdown body (settings in the query), or JSON
/// `{"url" | "html" | "text" | "markdown", "voice", "speed", "format"}`; fetches a URL (never a
/// private address unless allowed); extracts it to check it is an article and learn its title;
/// keeps its bytes in `articles/`; and checks the voice, speed and format.
struct ArticleIntake: Sendable {
    let store: LibraryStore
    let maxBodyBytes: Int
    let fetch: FetchOptions
    let allowPrivateFetch: Bool
    let voiceDirectories: [String]
    let logger: Logger

    struct Posted {
        var article: ArticleRecord
        var voice: String
        var speed: String
        var format: String
    }

    func read(_ request: Request, context: BasicRequestContext) async throws -> Posted {
        let mediaType = FetchedPage.contentType(request.headers[.contentType]).mediaType ?? ""
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxBodyBytes)
        } catch {
            throw APIError(.contentTooLarge, "the request body is larger than the \(maxBodyBytes / (1 << 20)) MiB limit (--max-body-mb)")
        }
        let query = request.uri.queryParameters
        var voice = query["voice"].map(String.init), speed = query["speed"].map(String.init), format = query["format"].map(String.init)
        let bytes = Array(body.readableBytesView)
        var document: InputDocument
        var page: FetchedPage?
        switch mediaType {
        case "application/json":
            guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
                throw APIError(.badRequest, "the body is not a JSON object")
            }
            let allowed: Set<String> = ["url", "html", "text", "markdown", "voice", "speed", "format"]
            if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
                throw APIError(.badRequest, "unknown field '\(unknown)' (fields: \(allowed.sorted().joined(separator: ", ")))")
            }
            for key in object.keys where !(object[key] is String) {
                throw APIError(.badRequest, "'\(key)' must be a string")
            }
            voice = object["voice"] as? String ?? voice
            speed = object["speed"] as? String ?? speed
            format = object["format"] as? String ?? format
            let given = ["url", "html", "text", "markdown"].filter { object[$0] != nil }
            guard given.count == 1, let key = given.first, let value = object[key] as? String else {
                throw APIError(.badRequest, "give exactly one of url, html, text, markdown")
            }
            if key == "url" {
                let fetched = try await fetchPage(value)
                page = fetched
                document = try Self.checked { try InputDocument.fetched(fetched) }
            } else {
                document = try Self.document(Array(value.utf8), kind: key == "html" ? .html : key == "text" ? .text : .markdown)
            }
        case "text/html", "application/xhtml+xml": document = try Self.document(bytes, kind: .html)
        case "text/plain": document = try Self.document(bytes, kind: .text)
        case "text/markdown", "text/x-markdown": document = try Self.document(bytes, kind: .markdown)
        default:
            throw APIError(.unsupportedMediaType, "post text/html, text/plain, text/markdown, or application/json with a url")
        }
        let kind = document.kind
        let inputBytes = document.bytes
        // Extracted once: a fetched page as `narrate URL` reads it (its canonical address the source).
        let article = try Self.checked {
            try page.map { try WebArticle.extract($0, loader: ArticleLoader(maxInputBytes: fetch.maxBytes)).article }
                ?? ArticleLoader(maxInputBytes: maxBodyBytes).extract(document)
        }

        var hasher = SHA256()
        hasher.update(kind.rawValue)
        hasher.update(inputBytes)
        let id = String(hasher.hex().prefix(16))
        let input: String
        if let page {
            input = "articles/\(id).body"
            try write(Data(page.body), to: input)
            var described = page
            described.body = []
            try write(try JSONEncoder().encode(described), to: "articles/\(id).json")
        } else {
            input = "articles/\(id).\(kind == .html ? "html" : kind == .text ? "txt" : "md")"
            try write(Data(inputBytes), to: input)
        }
        let record = ArticleRecord(id: id, kind: kind.rawValue, input: input, source: page == nil ? nil : article.source,
                                   title: article.title, byline: article.byline, published: article.published,
                                   language: article.language, words: article.paragraphs.reduce(0) { $0 + TextCleanup.wordCount($1) },
                                   createdAt: Clock.now(), defaultRendition: nil)
        let settings = try await self.settings(voice: voice, speed: speed, format: format, article: record, extracted: article)
        return Posted(article: record, voice: settings.voice, speed: settings.speed, format: settings.format)
    }

    /// Checked settings as stored: the voice resolved for the article's language ("auto" names
    /// the preset it picks), the speed as a multiplier ("1.25x"), the format's name.
    func settings(voice: String?, speed: String?, format: String?, article: ArticleRecord,
                  extracted: Article? = nil) async throws -> (voice: String, speed: String, format: String) {
        var settings = NarrationSettings()
        do {
            if let voice { try settings.set(.voice, to: voice) }
            if let speed { try settings.set(.speed, to: speed) }
            if let format { try settings.set(.format, to: format) }
        } catch let error as NarratorError {
            throw APIError(.badRequest, error.description)
        }
        let narrator = ArticleNarrator(languageIdentifier: extracted == nil ? nil : ArticleNarrator.sharedIdentifier)
        let language = extracted.map { narrator.language(of: $0).tag } ?? article.language
        let choice: VoiceResolver.Choice
        do {
            let catalog = try narrator.catalog(extra: voiceDirectories)
            choice = try await VoiceResolver(catalog: catalog, synthesizer: ESpeakEngine.shared)
                .resolve(settings.voice ?? "auto", language: language ?? nil)
        } catch let error as NarratorError {
            throw APIError(.badRequest, error.description)
        }
        let pace = settings.speed ?? choice.preset?.defaultSpeed ?? .normal
        let multiplier = pace.multiplier == pace.multiplier.rounded() ? String(Int(pace.multiplier)) : String(pace.multiplier)
        return (choice.name, multiplier + "x", (settings.format ?? .wav).name)
    }

    private func fetchPage(_ address: String) async throws -> FetchedPage {
        let allow = allowPrivateFetch
        do {
            return try await WebArticle.fetch(address, options: fetch, logger: logger) { url in
                if !allow { try PrivateAddresses.check(url) }
                return { }
            }
        } catch let error as NarratorError {
            throw APIError.from(error)
        }
    }

    private func write(_ data: Data, to relative: String) throws {
        let path = store.path(relative)
        try OutputFile.prepare(path)
        try OutputFile.write(data, to: path)
    }

    static func document(_ bytes: [UInt8], kind: InputDocument.Kind) throws -> InputDocument {
        var document = try checked { try InputDocument.classify(source: "request body", bytes: bytes) }
        document.kind = kind
        return document
    }

    static func checked<T>(_ work: () throws -> T) throws -> T {
        do { return try work() } catch let error as NarratorError { throw APIError.from(error) }
    }
}

extension APIError {
    /// A narration error as an HTTP status.
    static func from(_ error: NarratorError) -> APIError {
        let status: HTTPResponse.Status
        switch error.exitStatus {
        case .usage: status = .badRequest
        case .dataError, .noInput: status = .unprocessableContent
        case .notArticleType: status = .unsupportedMediaType
        case .responseTooLarge: status = .contentTooLarge
        case .timedOut: status = .gatewayTimeout
        case .hostNotFound, .connectionFailed, .tlsFailed, .httpStatus, .redirectFailed: status = .badGateway
        case .disallowedByRobots: status = .forbidden
        default: status = .internalServerError
        }
        return APIError(status, error.description)
    }
}
