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

    /// Up to six words, with an ellipsis when there are more.
    static func firstWords(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.prefix(6).joined(separator: " ") + (words.count > 6 ? "…" : "")
    }
}
