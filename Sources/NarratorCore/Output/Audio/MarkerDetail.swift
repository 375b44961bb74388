/// Which points of the narration become cue points in the audio file.
///
/// Chapters are always marked and titled; finer points are labelled with their paragraph or
/// sentence number and first words ("Paragraph 4: The council met on…").
public enum MarkerDetail: String, Sendable, CaseIterable {
    case chapters, paragraphs, sentences

    /// The marked utterances (indexes into `utterances`, the plan's `utterances`) and their labels.
    public func points(in plan: SpeechPlan, utterances: [Utterance]) -> [(utterance: Int, title: String)] {
        var points: [(Int, String)] = []
        var paragraphNumber = 0
        var seenChapter = -1
        for (index, utterance) in utterances.enumerated() {
            let opensParagraph = index == 0 || utterance.pauseBefore != .sentence
            if opensParagraph { paragraphNumber += 1 }
            if utterance.chapter != seenChapter {
                seenChapter = utterance.chapter
                points.append((index, plan.chapters[utterance.chapter].title))
                continue
            }
            switch self {
            case .chapters: continue
            case .paragraphs where opensParagraph:
                points.append((index, "Paragraph \(paragraphNumber): " + Self.firstWords(utterance.text)))
            case .sentences:
                points.append((index, "Sentence \(index + 1): " + Self.firstWords(utterance.text)))
            default: continue
            }
        }
        return points
    }

    /// The same points read off a narration's timings (for a piece of a split narration): the
    /// chapter starts, titled, and finer points labelled as `points(in:utterances:)` labels them.
    /// `firstSentence`: the number of the timings' first sentence in the whole narration.
    public func points(in timings: Timings, firstSentence: Int = 1) -> [ChapterMarker] {
        let frame = timings.frame(at:)
        var points: [(frame: Int, title: String)] = timings.chapters.map { (frame($0.start), $0.title) }
        if self != .chapters {
            let chapterFrames = Set(points.map(\.frame))
            var previousParagraph = -1
            for (offset, sentence) in timings.sentences.enumerated() {
                let start = frame(sentence.start)
                defer { previousParagraph = sentence.paragraph }
                guard !chapterFrames.contains(start) else { continue }
                if self == .paragraphs, sentence.paragraph != previousParagraph {
                    points.append((start, "Paragraph \(sentence.paragraph + 1): " + Self.firstWords(sentence.text)))
                } else if self == .sentences {
                    points.append((start, "Sentence \(firstSentence + offset): " + Self.firstWords(sentence.text)))
                }
            }
        }
        points.sort { $0.frame < $1.frame }
        return points.enumerated().map { offset, point in
            let end = offset + 1 < points.count ? points[offset + 1].frame : timings.frames
            return ChapterMarker(title: point.title, startFrame: point.frame, lengthFrames: end - point.frame)
        }
    }

    /// Up to six words, with an ellipsis when there are more.
    static func firstWords(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.prefix(6).joined(separator: " ") + (words.count > 6 ? "…" : "")
    }
}
