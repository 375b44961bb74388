/// What will be spoken, in order: chapters of paragraphs of sentences, with the pauses between.
public struct SpeechPlan: Sendable, Equatable {
    public var chapters: [Chapter]
    /// The article's language tag as the page states it ("en-US"), whose region says how its
    /// dates are written (`SpeechNormalizer.setRegion(ofLanguageTag:)`); nil when none is stated.
    public var languageTag: String?

    public struct Chapter: Sendable, Equatable {
        public var title: String
        public var paragraphs: [Paragraph]
    }

    public struct Paragraph: Sendable, Equatable {
        /// The paragraph's index across the whole article, from 0.
        public var index: Int
        public var sentences: [String]
        /// Set when the paragraph is not the article's text but an announcement about it.
        public var role: Announcement? = nil
    }

    /// Every sentence in reading order with its place and the pause before it, its spoken form
    /// for an English voice.
    public var utterances: [Utterance] { utterances(normalizer: SpeechNormalizer()) }

    /// Every sentence in reading order, its spoken form made by `normalizer` (the voice's).
    public func utterances(normalizer: SpeechNormalizer) -> [Utterance] {
        var list: [Utterance] = []
        for (chapterIndex, chapter) in chapters.enumerated() {
            for paragraph in chapter.paragraphs {
                var paragraphStarted = false
                for sentence in paragraph.sentences {
                    let parts = normalizer.spokenParts(sentence)
                    // A line with nothing to say (an emoji, a dash) is not given a pause of its own;
                    // a chapter's first line is kept all the same, as its marker needs a start.
                    let chapterStarted = list.last?.chapter == chapterIndex
                    if chapterStarted, !parts.contains(where: Self.hasWords) { continue }
                    let pause: Utterance.Pause
                    if list.isEmpty { pause = .none }
                    else if !chapterStarted { pause = .chapter }
                    else if !paragraphStarted { pause = .paragraph }
                    else { pause = .sentence }
                    paragraphStarted = true
                    list.append(Utterance(text: sentence, spokenParts: parts, chapter: chapterIndex,
                                          paragraph: paragraph.index, pauseBefore: pause, role: paragraph.role))
                }
            }
        }
        return list
    }

    private static func hasWords(_ spoken: String) -> Bool {
        spoken.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// Words to be spoken, counted as `TextCleanup.wordCount` counts them.
    public var wordCount: Int {
        chapters.reduce(0) { total, chapter in
            chapter.paragraphs.reduce(total) { sum, paragraph in
                paragraph.sentences.reduce(sum) { $0 + TextCleanup.wordCount($1) }
            }
        }
    }
}

/// One sentence to synthesize.
public struct Utterance: Sendable, Equatable {
    public enum Pause: Sendable, Equatable { case none, sentence, paragraph, chapter }

    /// The sentence as the article wrote it (captions and timings use this text).
    public var text: String
    /// What the speech engine is given (`SpeechNormalizer`): one part, or one per sentence of a
    /// quotation the sentence holds, spoken with a sentence pause between them.
    public var spokenParts: [String]
    /// The parts as one line.
    public var spoken: String { spokenParts.joined(separator: " ") }
    public var chapter: Int
    public var paragraph: Int
    public var pauseBefore: Pause
    /// Set for an announcement (byline, date) rather than the article's text.
    public var role: Announcement? = nil
}
