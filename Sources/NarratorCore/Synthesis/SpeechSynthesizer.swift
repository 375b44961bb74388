/// A speech engine: text in, 16-bit mono samples out.
///
/// The real one is eSpeak NG (NarratorESpeak); `ToneSynthesizer` stands in for it in tests
/// that exercise the pipeline without an engine.
public protocol SpeechSynthesizer: Sendable {
    /// Does the engine's one-time start-up work (loading data, indexing voices), so callers can
    /// overlap it with reading the article. Calling it is optional and idempotent.
    func prepare() async throws
    /// Output sample rate in Hz.
    func sampleRate() async throws -> Int
    /// Whether the engine knows a voice name such as "en-us" or "en-gb+f3".
    func hasVoice(_ name: String) async throws -> Bool
    /// Speaks one sentence of plain text. `rate` is the engine's nominal words-per-minute setting.
    func synthesize(_ text: String, voice: VoiceSettings, rate: Int) async throws -> [Int16]
    /// Speaks one sentence given as an SSML body (`SSML.body`): escaped text and lexicon elements.
    func synthesize(ssml body: String, voice: VoiceSettings, rate: Int) async throws -> [Int16]
    /// The nominal rates the engine accepts (its own facts: eSpeak NG's live in its adapter).
    var rateLimits: RateLimits { get }
    /// A name and version for metadata, e.g. "eSpeak NG 1.51".
    func engineDescription() async -> String
}

/// The speech engine failed.
public struct SynthesisError: NarratorError, Equatable {
    public var message: String
    public var status: ExitStatus

    public init(_ message: String, status: ExitStatus = .software) {
        self.message = message
        self.status = status
    }

    public var description: String { message }
    public var exitStatus: ExitStatus { status }
}
