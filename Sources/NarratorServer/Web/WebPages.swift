import Foundation
import Hummingbird
import Narrator

/// The pages a reader sees: the player (`/listen/{id}`, embeddable), the library (`/`) and the
/// player's files (`/assets/...`). Every value from an article is escaped (`HTMLText`); the
/// script builds the rest from the API.
struct WebPages: Sendable {
    let store: LibraryStore
    let needsToken: Bool
    let voiceDirectories: [String]
    let fileIO = FileIO()

    static let security: HTTPFields = [
        .contentSecurityPolicy: "default-src 'self'; img-src 'self' data:; media-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors *",
        .init("X-Content-Type-Options")!: "nosniff",
        .init("Referrer-Policy")!: "same-origin",
    ]

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in try library(request) }
        router.get("/listen/:id") { request, context in try player(request, id: context.parameters.require("id")) }
        router.get("/assets/:file") { request, context in try await asset(request, context, name: context.parameters.require("file")) }
    }

    private func page(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = Self.security
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-cache"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    private func player(_ request: Request, id: String) throws -> Response {
        guard let article = try store.article(id) else {
            return page(Self.shell(title: "Not found", body: "<main><h1>No such narration</h1><p><a href=\"/\">The library</a></p></main>"),
                        status: .notFound)
        }
        let embed = request.uri.queryParameters["embed"] == "1"
        let title = HTMLText.escape(article.title ?? "Untitled article")
        let byline = article.byline.map { "<p class=\"byline\">\(HTMLText.escape($0))</p>" } ?? ""
        let body = """
            <main id="narrator-player" data-narration="\(HTMLText.escape(article.id))">
              <header>
                <p class="kicker">Listen to this article</p>
                <h1 id="title">\(title)</h1>
                \(byline)
                <p class="tagline">Get through articles 2x faster</p>
              </header>
              <audio id="audio" preload="metadata"></audio>
              <div class="bar" role="group" aria-label="Playback">
                <div class="transport">
                  <button type="button" id="prev-paragraph" aria-label="Previous paragraph" title="Previous paragraph (↑)">«</button>
                  <button type="button" id="prev-sentence" aria-label="Previous sentence" title="Previous sentence (←)">‹</button>
                  <button type="button" id="play" aria-label="Play" title="Play or pause (space)">▶</button>
                  <button type="button" id="next-sentence" aria-label="Next sentence" title="Next sentence (→)">›</button>
                  <button type="button" id="next-paragraph" aria-label="Next paragraph" title="Next paragraph (↓)">»</button>
                </div>
                <div class="seek">
                  <input type="range" id="seek" min="0" max="1000" step="1" value="0" aria-label="Position">
                  <div id="ticks" aria-hidden="true"></div>
                </div>
                <p class="times"><span id="elapsed">0:00</span><span id="left"></span></p>
              </div>
              <section class="controls" aria-label="Voice and speed">
                <div class="choices">
                  <label for="voice">Select Voice</label>
                  <select id="voice"></select>
                  <fieldset id="speed-presets"><legend>Choose your listening speed</legend></fieldset>
                  <label for="speed">Speed</label>
                  <select id="speed" title="Speed ([ and ])"></select>
                  <output id="wpm" for="speed" aria-live="polite"></output>
                </div>
                <p id="status" role="status" aria-live="polite"></p>
                <p id="chapter-now" class="visually-hidden" aria-live="polite"></p>
                <a id="download" class="download" download>Download the audio</a>
              </section>
              <nav aria-label="Chapters"><h2>Chapters</h2><ol id="chapters"></ol></nav>
              <article id="text" aria-label="Article text" lang="\(HTMLText.escape(article.language ?? "en"))"></article>
              \(embed ? "" : "<p><a href=\"/\">The library</a></p>")
            </main>
            <script src="/assets/player.js" defer></script>
            """
        return page(Self.shell(title: title + " · Narrator", body: body, bodyClass: embed ? "embed" : nil))
    }

    private func library(_ request: Request) throws -> Response {
        let (items, total) = try store.articles(limit: 100, offset: 0)
        var list = ""
        for (article, renditions) in items {
            let first = renditions.first { $0.id == article.defaultRendition }
            let minutes = first?.durationSeconds.map { " · \(max(1, Int(($0 / 60).rounded()))) min" } ?? ""
            list += "<li><a href=\"/listen/\(HTMLText.escape(article.id))\">\(HTMLText.escape(article.title ?? "Untitled article"))</a>"
            list += "<br><span class=\"state\">\(HTMLText.escape(article.byline ?? "")) \(HTMLText.escape(first?.state.rawValue ?? "")) · "
            list += "\(HTMLText.escape(first?.voice ?? "")) \(HTMLText.escape(first?.speed ?? ""))\(minutes)</span></li>\n"
        }
        let speeds = stride(from: 0.5, through: 3.0, by: 0.25).map { value -> String in
            let text = value == value.rounded() ? "\(Int(value))x" : "\(value)x"
            return "<option value=\"\(text)\"\(value == 1 ? " selected" : "")>\(text) · \(Int(value * 200)) WPM</option>"
        }.joined()
        let token = needsToken ? "<label>Token <input type=\"password\" name=\"token\" autocomplete=\"off\"></label>" : ""
        let body = """
            <main class="library">
              <h1>Narrator</h1>
              <p class="tagline">Articles read aloud: choose a voice and a listening speed. <a href="/feed.xml">The podcast feed</a>.</p>
              <h2>Narrate an article</h2>
              <form id="narrate-form">
                <label>Address <input type="url" name="url" placeholder="https://..."></label>
                <label>or paste it <textarea name="article" aria-describedby="kind-help"></textarea></label>
                <label id="kind-help">It is <select name="kind"><option value="text">plain text</option><option value="html">HTML</option><option value="markdown">Markdown</option></select></label>
                <label>Voice <select name="voice"><option value="auto">for its language</option>\(voiceOptions())</select></label>
                <label>Speed <select name="speed">\(speeds)</select></label>
                \(token)
                <button type="submit">Narrate</button>
                <p id="form-status" role="status" aria-live="polite"></p>
              </form>
              <h2>The library (\(total))</h2>
              <ul>\(list)</ul>
            </main>
            <script src="/assets/library.js" defer></script>
            """
        return page(Self.shell(title: "Narrator", body: body))
    }

    private func asset(_ request: Request, _ context: BasicRequestContext, name: String) async throws -> Response {
        guard let path = WebAssets.path(name) else { throw APIError(.notFound, "no asset '\(name)'") }
        var info = stat()
        guard stat(path, &info) == 0 else { throw APIError(.notFound, "the player's files are missing (set NARRATOR_WEB_ASSETS)") }
        let etag = "\"\(String(info.st_size, radix: 16))-\(String(info.st_mtim.tv_sec, radix: 16))\""
        var headers: HTTPFields = [.contentType: WebAssets.mediaType(name), .eTag: etag, .cacheControl: "public, max-age=300",
                                   .accessControlAllowOrigin: "*"]
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        if request.headers[.ifNoneMatch] == etag { return Response(status: .notModified, headers: headers) }
        headers[.contentLength] = String(info.st_size)
        return Response(status: .ok, headers: headers, body: try await fileIO.loadFile(path: path, context: context))
    }

    /// The voice presets as options (name and language).
    private func voiceOptions() -> String {
        let presets = (try? ArticleNarrator(languageIdentifier: nil).catalog(extra: voiceDirectories).presets) ?? []
        return presets.map { "<option value=\"\(HTMLText.escape($0.name))\">\(HTMLText.escape($0.displayName)) (\(HTMLText.escape($0.language)))</option>" }
            .joined()
    }

    static func shell(title: String, body: String, bodyClass: String? = nil) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/assets/player.css">
        </head>
        <body\(bodyClass.map { " class=\"\($0)\"" } ?? "")>
        \(body)
        </body>
        </html>
        """
    }
}
