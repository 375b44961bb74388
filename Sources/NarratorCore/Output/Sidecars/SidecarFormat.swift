/// The chapter and caption files written beside the audio, each for the players that read it.
public enum SidecarFormat: String, Sendable, CaseIterable {
    /// Podcasting 2.0 chapters (`<podcast:chapters>`): podcast apps.
    case chaptersJSON = "chapters-json"
    /// WebVTT chapters (`<track kind="chapters">`): web players.
    case vttChapters = "vtt-chapters"
    /// WebVTT captions, one cue per sentence (`<track kind="captions">`): read-along highlighting.
    case vtt
    /// SubRip captions, one cue per sentence: VLC, mpv, video editors.
    case srt
    /// FFmpeg metadata with chapters: `ffmpeg -i a.wav -i a.ffmetadata -map_metadata 1 -map_chapters 1 a.m4b`.
    case ffmetadata
    /// Audacity label track (File > Import > Labels).
    case audacity
    /// CUE sheet, one track per chapter: foobar2000, CD burners.
    case cue

    /// The file name for audio at `audioPath`: same folder and base name, the format's extension.
    public func path(besideAudio audioPath: String) -> String {
        var base = audioPath
        if AudioFormat(extensionOf: audioPath) != nil, let dot = audioPath.lastIndex(of: ".") { base = String(audioPath[..<dot]) }
        switch self {
        case .chaptersJSON: return base + ".chapters.json"
        case .vttChapters: return base + ".chapters.vtt"
        case .vtt: return base + ".vtt"
        case .srt: return base + ".srt"
        case .ffmetadata: return base + ".ffmetadata"
        case .audacity: return base + ".labels.txt"
        case .cue: return base + ".cue"
        }
    }

    /// The file's contents for a narration's timings.
    public func render(_ timings: Timings) -> String {
        switch self {
        case .chaptersJSON: return PodcastChapters.render(timings)
        case .vttChapters: return WebVTT.chapters(timings)
        case .vtt: return WebVTT.captions(timings)
        case .srt: return SubRip.render(timings)
        case .ffmetadata: return FFMetadata.render(timings)
        case .audacity: return AudacityLabels.render(timings)
        case .cue: return CueSheet.render(timings)
        }
    }

    /// FFmpeg metadata with the audio's tags as well as its chapters (for encoding with ffmpeg).
    public static func ffmetadata(_ timings: Timings, tags: AudioTags) -> String {
        FFMetadata.render(timings, tags: tags)
    }

    /// Parses `--sidecars`: a comma-separated list of format names, or `all`.
    public static func parseList(_ text: String) throws -> [SidecarFormat] {
        let names = text.split(separator: ",").map { $0.trimming(" ").lowercased() }.filter { !$0.isEmpty }
        if names == ["all"] { return allCases }
        return try names.map { name in
            guard let format = SidecarFormat(rawValue: name) else { throw SidecarError(name: name) }
            return format
        }
    }
}

/// A sidecar name that is not one of the formats.
public struct SidecarError: NarratorError, Equatable {
    public var name: String
    public var description: String {
        "unknown sidecar '\(name)': use all or a list of " + SidecarFormat.allCases.map(\.rawValue).joined(separator: ", ")
    }
    public var exitStatus: ExitStatus { .usage }
}

/// Clock formats shared by the caption and chapter files.
enum Clock {
    /// "01:02:03.456" (WebVTT) or "01:02:03,456" (SRT).
    static func hms(_ seconds: Double, separator: Character = ".") -> String {
        let millis = Int((max(0, seconds) * 1000).rounded())
        let h = millis / 3_600_000, m = millis / 60_000 % 60, s = millis / 1000 % 60, ms = millis % 1000
        return pad(h, 2) + ":" + pad(m, 2) + ":" + pad(s, 2) + String(separator) + pad(ms, 3)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// One line of text: newlines and tabs become spaces.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
