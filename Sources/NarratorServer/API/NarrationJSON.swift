import Foundation

/// What the API says about a narration and its renditions (docs/openapi.json's `Narration`
/// and `Rendition`), encoded with JSONEncoder; absent values are left out.
struct NarrationBody: Encodable {
    var id: String
    var kind: String
    var words: Int
    var createdAt: String
    var state: String
    var progress: Double
    var title, byline, published, language, source: String?
    var voice, speed, format: String?
    var durationSeconds: Double?
    var error: String?
    var links: [String: String]
    var renditions: [RenditionBody]
    /// The chapters of the first rendition once it is done (on a narration's own page, not in lists).
    var chapters: [ChapterBody]?
}

struct ChapterBody: Encodable {
    var title: String
    var start: Double
    var end: Double
}

struct RenditionBody: Encodable {
    var voice, speed, format, state: String
    var progress: Double
    var createdAt: String
    var durationSeconds: Double?
    var wpm: Double?
    var words: Int?
    var bytes: Int?
    var error: String?
    var finishedAt: String?
    var links: [String: String]
}

struct NarrationListBody: Encodable {
    var total, limit, offset: Int
    var items: [NarrationBody]
    var next: String?
}

enum NarrationJSON {
    static func narration(_ article: ArticleRecord, renditions: [RenditionRecord]) -> NarrationBody {
        let base = "/api/narrations/\(article.id)"
        let first = renditions.first { $0.id == article.defaultRendition } ?? renditions.first
        return NarrationBody(
            id: article.id, kind: article.kind, words: article.words, createdAt: article.createdAt,
            state: (first?.state ?? .queued).rawValue, progress: first?.state == .done ? 1 : 0,
            title: article.title, byline: article.byline, published: article.published, language: article.language,
            source: article.source, voice: first?.voice, speed: first?.speed, format: first?.format,
            durationSeconds: first?.durationSeconds, error: first?.error,
            links: ["self": base, "audio": base + "/audio", "timings": base + "/timings.json", "captions": base + "/captions.vtt",
                    "chapters": base + "/chapters.vtt", "chaptersJSON": base + "/chapters.json"],
            renditions: renditions.map { rendition($0, article: article) })
    }

    static func rendition(_ rendition: RenditionRecord, article: ArticleRecord) -> RenditionBody {
        let query = "?voice=\(escape(rendition.voice))&speed=\(escape(rendition.speed))&format=\(escape(rendition.format))"
        let base = "/api/narrations/\(article.id)"
        return RenditionBody(
            voice: rendition.voice, speed: rendition.speed, format: rendition.format, state: rendition.state.rawValue,
            progress: rendition.state == .done ? 1 : 0, createdAt: rendition.createdAt,
            durationSeconds: rendition.durationSeconds, wpm: rendition.wpm, words: rendition.words, bytes: rendition.bytes,
            error: rendition.error, finishedAt: rendition.finishedAt,
            links: ["audio": base + "/audio" + query, "timings": base + "/timings.json" + query,
                    "captions": base + "/captions.vtt" + query, "chapters": base + "/chapters.vtt" + query,
                    "chaptersJSON": base + "/chapters.json" + query])
    }

    /// Voice and speed names are letters, digits, "-", "+", "." and "x": only "+" needs escaping.
    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }
}

/// Where a rendition's files are, inside the data folder.
enum RenditionFiles {
    static func audio(article: String, voice: String, speed: String, format: String) -> String {
        let extensionName = AudioFormatNames.fileExtension(format)
        return "audio/\(article)/\(Slug.make(voice))-\(Slug.make(speed)).\(extensionName)"
    }

    /// A sidecar's path and media type (nil: the audio itself).
    static func file(_ sidecar: String?, audio: String, format: String) -> (path: String, type: String) {
        switch sidecar {
        case "timings": return (audio + ".timings.json", "application/json; charset=utf-8")
        case "captions": return (SidecarFormat.vtt.path(besideAudio: audio), "text/vtt; charset=utf-8")
        case "chapters-vtt": return (SidecarFormat.vttChapters.path(besideAudio: audio), "text/vtt; charset=utf-8")
        case "chapters-json": return (SidecarFormat.chaptersJSON.path(besideAudio: audio), "application/json+chapters; charset=utf-8")
        default: return (audio, AudioFormatNames.mimeType(format))
        }
    }

    /// "quay-lights-uk-female-1-25x.mp3": a download name from the title, safe in a header.
    static func downloadName(_ article: ArticleRecord, _ rendition: RenditionRecord) -> String {
        let title = Slug.make(article.title ?? "narration")
        let name = (title.isEmpty ? "narration" : String(title.prefix(80))) + "-\(Slug.make(rendition.voice))-\(Slug.make(rendition.speed))"
        return name + "." + AudioFormatNames.fileExtension(rendition.format)
    }
}

import Narrator

enum AudioFormatNames {
    static func fileExtension(_ name: String) -> String { AudioFormat(rawValue: name)?.fileExtension ?? "wav" }
    static func mimeType(_ name: String) -> String { AudioFormat(rawValue: name)?.mimeType ?? "audio/wav" }
}
