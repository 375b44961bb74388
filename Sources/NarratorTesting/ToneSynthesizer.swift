import Foundation
import NarratorCore

/// A deterministic stand-in engine: each word becomes a short tone, for pipeline tests.
///
/// An average word (`SpokenLength`: 1.5 syllables) lasts `60 / rate` seconds, as a real engine's
/// time goes by what it says, so the nominal rate is the true rate without pauses.
public struct ToneSynthesizer: SpeechSynthesizer {
    public var rate: Int
    public var knownVoices: Set<String>
    /// The fastest nominal rate it speaks, as a real engine has one (nil: no limit).
    public var topRate: Int?

    public init(sampleRate: Int = 22050, knownVoices: Set<String> = ["en-us", "en-gb"], topRate: Int? = nil) {
        self.rate = sampleRate
        self.knownVoices = knownVoices
        self.topRate = topRate
    }

    public func prepare() async throws {}

    /// Any positive rate up to `topRate`: a tone's word lasts exactly 60 / rate seconds.
    public var rateLimits: RateLimits { topRate.map { RateLimits(range: 1...$0) } ?? .permissive }

    public func sampleRate() async throws -> Int { rate }

    public func hasVoice(_ name: String) async throws -> Bool {
        knownVoices.contains(String(name.split(separator: "+").first ?? ""))
    }

    public func synthesize(_ text: String, voice: VoiceSettings, rate wpm: Int) async throws -> [Int16] {
        let words = max(1, SpokenLength.words(text))
        let frames = Int(Double(rate) * 60.0 / Double(max(rateLimits.usable(wpm), 1)) * words)
        return (0..<frames).map { Int16(8000 * sin(Double($0) * 2 * .pi * 220 / Double(rate))) }
    }

    /// No SSML here: the body's text is spoken.
    public func synthesize(ssml body: String, voice: VoiceSettings, rate: Int) async throws -> [Int16] {
        try await synthesize(SSML.plainText(body), voice: voice, rate: rate)
    }

    public func engineDescription() async -> String { "tone" }
}
