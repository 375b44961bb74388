import Foundation

/// What the API says about a narration and its renditions.
enum NarrationJSON {
    static func narration(_ article: ArticleRecord, renditions: [RenditionRecord]) -> [String: Any] {
        let base = "/api/narrations/\(article.id)"
        let first = renditions.first { $0.id == article.defaultRendition } ?? renditions.first
        var body: [String: Any] = [
            "id": article.id, "kind": article.kind, "words": article.words, "createdAt": article.createdAt,
            "state": (first?.state ?? .queued).rawValue,
            "progress": first?.state == .done ? 1.0 : 0.0,
            "links": ["self": base, "audio": base + "/audio", "timings": base + "/timings.json", "captions": base + "/captions.vtt",
                      "chapters": base + "/chapters.vtt", "chaptersJSON": base + "/chapters.json"],
            "renditions": renditions.map { rendition($0, article: article) },
        ]
        for (key, value) in [("title", article.title), ("byline", article.byline), ("published", article.published),
                             ("language", article.language), ("source", article.source)] {
            if let value { body[key] = value }
        }
        if let first {
            body["voice"] = first.voice
            body["speed"] = first.speed
            body["format"] = first.format
            if let seconds = first.durationSeconds { body["durationSeconds"] = seconds }
            if let error = first.error { body["error"] = error }
        }
        return body
    }

    static func rendition(_ rendition: RenditionRecord, article: ArticleRecord) -> [String: Any] {
        let query = "?voice=\(escape(rendition.voice))&speed=\(escape(rendition.speed))&format=\(escape(rendition.format))"
        let base = "/api/narrations/\(article.id)"
        var body: [String: Any] = [
            "voice": rendition.voice, "speed": rendition.speed, "format": rendition.format, "state": rendition.state.rawValue,
            "progress": rendition.state == .done ? 1.0 : 0.0, "createdAt": rendition.createdAt,
            "links": ["audio": base + "/audio" + query, "timings": base + "/timings.json" + query,
                      "captions": base + "/captions.vtt" + query, "chapters": base + "/chapters.vtt" + query,
                      "chaptersJSON": base + "/chapters.json" + query],
        ]
        if let seconds = rendition.durationSeconds { body["durationSeconds"] = seconds }
        if let wpm = rendition.wpm { body["wpm"] = wpm }
        if let words = rendition.words { body["words"] = words }
        if let bytes = rendition.bytes { body["bytes"] = bytes }
        if let error = rendition.error { body["error"] = error }
        if let finished = rendition.finishedAt { body["finishedAt"] = finished }
        return body
    }

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
