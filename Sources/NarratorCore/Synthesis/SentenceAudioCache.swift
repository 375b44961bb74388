/// Finished sentence audio kept between narrations, so that a corrected article re-synthesizes
/// only the sentences that changed. An entry is found by a key naming everything that shapes
/// the audio (`key(...)`); implementations hash it, bound their size and may drop entries.
public protocol SentenceAudioCache: Sendable {
    func audio(for key: String) -> CachedSentence?
    func store(_ sentence: CachedSentence, for key: String)
}

/// One sentence's audio as the pipeline writes it (trimmed and faded) and the engine rate that
/// made it, which the pace controller learns from as if it had just been spoken.
public struct CachedSentence: Sendable, Equatable {
    public var rate: Int
    public var samples: [Int16]

    public init(rate: Int, samples: [Int16]) {
        self.rate = rate
        self.samples = samples
    }
}

extension SentenceAudioCache {
    /// The key of a sentence: engine and version, sample rate, voice, target pace and the
    /// exact SSML the engine is given (so lexicon and normalisation changes count). The version
    /// counts changes to the document around it (v2: its text ends with a blank line).
    public static func key(engine: String, sampleRate: Int, voice: VoiceSettings, targetWPM: Double, ssml: String) -> String {
        "narrator-sentence-v2|\(engine)|\(sampleRate)|\(voice.cacheKey)|\(targetWPM)|\(ssml)"
    }
}
