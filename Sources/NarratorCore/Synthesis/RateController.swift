/// Steers the engine's nominal rate so the narration's real pace meets the target.
///
/// eSpeak NG's rate setting is nominal: the true words per minute of its speech depend on the
/// text and the voice, and the pauses between sentences add time of their own. The controller
/// keeps a running estimate of the engine's speed factor (nominal speech time over actual speech
/// time) and, before each sentence, asks for the rate that gives the sentence its fair share of
/// time (words at the target pace, minus the pause before it), corrected by a third of the time
/// the narration is ahead or behind so far. Each sentence's speech rate stays within 0.7x to
/// 1.6x of the target, so one odd sentence cannot swing the voice.
public struct RateController: Sendable {
    public let targetWPM: Double
    /// The nominal rates the engine accepts (its own `SpeechSynthesizer.rateLimits`).
    public let limits: RateLimits
    /// Nominal speech seconds over actual speech seconds, measured so far (1 until measured).
    public private(set) var speedFactor = 1.0
    private var words = 0
    private var seconds = 0.0
    private var nominalSpeechSeconds = 0.0
    private var actualSpeechSeconds = 0.0

    /// - Parameter speedFactor: the voice's calibrated factor at this pace (1 if unknown).
    public init(targetWPM: Double, speedFactor: Double = 1, limits: RateLimits) {
        self.targetWPM = targetWPM
        self.limits = limits
        self.speedFactor = speedFactor
    }

    /// How far the narration so far is behind the target pace, in seconds (negative: ahead).
    public var secondsBehind: Double { seconds - 60 * Double(words) / targetWPM }

    /// The nominal rate to ask the engine for, for a sentence of `sentenceWords` written words
    /// that will follow a pause of `pauseSeconds`. `spokenWords` is how long it is to say, in
    /// average words (`SpokenLength`; the written count when not given): the time the sentence
    /// gets comes from the written words, the rate that fills it from the spoken length.
    public func rate(forWords sentenceWords: Int, spokenWords: Double? = nil, pauseSeconds: Double) -> Int {
        let count = Double(max(sentenceWords, 1))
        let spoken = Self.length(spokenWords, written: count)
        let fairShare = 60 * count / targetWPM - pauseSeconds
        let behind = secondsBehind
        let speech = min(max(fairShare - behind / 3, 60 * count / (targetWPM * 1.6)), 60 * count / (targetWPM * 0.7))
        let nominal = 60 * spoken / (speedFactor * speech)
        // Guarded all the same: a rate that is not a finite number is the slowest the engine has.
        guard nominal.isFinite, nominal < 1e6 else { return limits.usable(nominal.isFinite ? 1_000_000 : 0) }
        return limits.usable(Int(nominal.rounded()))
    }

    /// Records a spoken sentence: its words, the rate it was asked for, and the seconds of speech
    /// and of the pause before it.
    public mutating func record(words sentenceWords: Int, spokenWords: Double? = nil, rate: Int, speechSeconds: Double,
                                pauseSeconds: Double) {
        words += sentenceWords
        seconds += speechSeconds + pauseSeconds
        if sentenceWords > 0, speechSeconds > 0 {
            nominalSpeechSeconds += 60 * Self.length(spokenWords, written: Double(sentenceWords)) / Double(rate)
            actualSpeechSeconds += speechSeconds
            speedFactor = nominalSpeechSeconds / actualSpeechSeconds
        }
    }

    /// The spoken length, or the written count when there is none to go by.
    private static func length(_ spoken: Double?, written: Double) -> Double {
        guard let spoken, spoken > 0 else { return written }
        return spoken
    }
}
