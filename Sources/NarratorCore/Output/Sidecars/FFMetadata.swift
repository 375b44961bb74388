/// FFmpeg's metadata file: global tags and `[CHAPTER]` blocks with an explicit time base.
enum FFMetadata {
    static func render(_ timings: Timings, tags: AudioTags = AudioTags()) -> String {
        var out = ";FFMETADATA1\n"
        if let title = tags.title ?? timings.chapters.first?.title { out += "title=\(escape(title))\n" }
        for (key, value) in [("artist", tags.artist), ("date", tags.date), ("comment", (tags.source ?? timings.source).map { "Source: \($0)" }),
                             ("encoder", tags.software)] {
            if let value, !value.isEmpty { out += "\(key)=\(escape(value))\n" }
        }
        for chapter in timings.chapters {
            out += "\n[CHAPTER]\nTIMEBASE=1/\(timings.sampleRate)\n"
            out += "START=\(timings.frame(at: chapter.start))\n"
            out += "END=\(timings.frame(at: chapter.end))\n"
            out += "title=\(escape(chapter.title))\n"
        }
        return out
    }

    /// `=`, `;`, `#`, `\` and newlines are escaped with a backslash.
    static func escape(_ text: String) -> String {
        var out = ""
        for char in text {
            if char == "=" || char == ";" || char == "#" || char == "\\" || char == "\n" { out.append("\\") }
            out.append(char)
        }
        return out
    }
}

/// Audacity labels: `start<TAB>end<TAB>label`, seconds with six decimals.
enum AudacityLabels {
    static func render(_ timings: Timings) -> String {
        timings.chapters.map { chapter in
            "\(seconds(chapter.start))\t\(seconds(chapter.end))\t\(Clock.oneLine(chapter.title))\n"
        }.joined()
    }

    static func seconds(_ value: Double) -> String {
        let micros = Int((value * 1_000_000).rounded())
        return "\(micros / 1_000_000).\(Clock.pad(micros % 1_000_000, 6))"
    }
}

/// A CUE sheet: one track per chapter, `INDEX 01 mm:ss:ff` at 75 frames a second (99 at most).
enum CueSheet {
    static func render(_ timings: Timings) -> String {
        let type = (AudioFormat(extensionOf: timings.audio) ?? .wav).cueSheetType
        var out = "FILE \"\(quoted(timings.audio))\" \(type)\n"
        for (index, chapter) in timings.chapters.prefix(99).enumerated() {
            let frames = Int((chapter.start * 75).rounded())
            out += "  TRACK \(Clock.pad(index + 1, 2)) AUDIO\n"
            out += "    TITLE \"\(quoted(chapter.title))\"\n"
            out += "    INDEX 01 \(Clock.pad(frames / 75 / 60, 2)):\(Clock.pad(frames / 75 % 60, 2)):\(Clock.pad(frames % 75, 2))\n"
        }
        return out
    }

    /// CUE strings cannot hold double quotes or line breaks.
    static func quoted(_ text: String) -> String {
        Clock.oneLine(text).replacingOccurrences(of: "\"", with: "'")
    }
}

import Foundation
