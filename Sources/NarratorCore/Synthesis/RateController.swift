/// Steers the engine's nominal rate so the narration's real pace meets the target.
///
/// eSpeak NG's rate setting is nominal: the true words per minute depend on the text and the
/// voice. After each sentence the controller compares the pace so far (words over audio
/// time, pauses included) with the target and corrects the next sentence's rate, damped and
/// bounded so one odd sentence cannot swing it.
public struct RateController: Sendable {
    public let targetWPM: Double
    /// The engine's accepted range; 450 exactly is avoided (eSpeak's sonic switch-over buzzes).
    public static let engineRange = 80...900
    private(set) public var currentRate: Double
    private var words = 0
    private var seconds = 0.0

    public init(targetWPM: Double) {
        self.targetWPM = targetWPM
        self.currentRate = targetWPM
    }

    /// The rate to ask the engine for next.
    public var nextRate: Int {
        var rate = Int(currentRate.rounded())
        rate = min(max(rate, Self.engineRange.lowerBound), Self.engineRange.upperBound)
        return rate == 450 ? 449 : rate
    }

    /// Records a spoken sentence (its words and seconds including the pause before it).
    public mutating func record(words sentenceWords: Int, seconds sentenceSeconds: Double) {
        words += sentenceWords
        seconds += sentenceSeconds
        guard seconds > 0, words >= 3 else { return }
        let measured = Double(words) / seconds * 60
        let correction = min(max(targetWPM / measured, 0.8), 1.25)
        currentRate = min(max(currentRate * pow(correction, 0.5), targetWPM * 0.5), targetWPM * 2.5)
    }

    /// The pace so far in words per minute.
    public var measuredWPM: Double { seconds > 0 ? Double(words) / seconds * 60 : 0 }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
