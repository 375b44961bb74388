/// WebVTT files: chapters (one cue per chapter) and captions (one cue per sentence).
enum WebVTT {
    static func chapters(_ timings: Timings) -> String {
        cues(timings.chapters.map { ($0.start, $0.end, $0.title) })
    }

    static func captions(_ timings: Timings) -> String {
        cues(timings.sentences.map { ($0.start, $0.end, $0.text) })
    }

    private static func cues(_ entries: [(Double, Double, String)]) -> String {
        var out = "WEBVTT\n"
        for (index, (start, end, text)) in entries.enumerated() {
            out += "\n\(index + 1)\n\(Clock.hms(start)) --> \(Clock.hms(end))\n\(escape(text))\n"
        }
        return out
    }

    /// Cue text is markup in WebVTT: escape it, and keep it on one line.
    static func escape(_ text: String) -> String {
        var out = ""
        for char in Clock.oneLine(text) {
            switch char {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(char)
            }
        }
        return out
    }
}

/// SubRip captions, one per sentence: index, `00:00:01,000 --> 00:00:02,500`, text.
enum SubRip {
    static func render(_ timings: Timings) -> String {
        timings.sentences.enumerated().map { index, sentence in
            "\(index + 1)\n\(Clock.hms(sentence.start, separator: ",")) --> \(Clock.hms(sentence.end, separator: ","))\n"
                + Clock.oneLine(sentence.text) + "\n"
        }.joined(separator: "\n")
    }
}
