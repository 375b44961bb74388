/// Silence inserted between sentences, paragraphs and chapters, in seconds at 1.0x.
///
/// Pauses are real silence written between utterances, scaled by 1 / speed, so the engine's
/// own time-stretching never squeezes them.
public struct PauseSettings: Sendable, Equatable {
    public var sentence: Double
    public var paragraph: Double
    public var chapter: Double

    /// The longest pause accepted, in seconds.
    public static let maximum = 10.0

    public init(sentence: Double = 0.30, paragraph: Double = 0.65, chapter: Double = 1.20) {
        self.sentence = sentence
        self.paragraph = paragraph
        self.chapter = chapter
    }

    public static let standard = PauseSettings()

    /// The pause before an utterance at a speed, in frames.
    public func frames(before pause: Utterance.Pause, speed: Speed, sampleRate: Int) -> Int {
        let seconds: Double
        switch pause {
        case .none: seconds = 0
        case .sentence: seconds = sentence
        case .paragraph: seconds = paragraph
        case .chapter: seconds = chapter
        }
        return Int((seconds / speed.multiplier * Double(sampleRate)).rounded())
    }
}
