/// A named voice: an eSpeak NG voice and variant with the prosody settings that make it.
///
/// Presets live in `Voices/*.voice` files (see `VoicePresetParser` for the format).
public struct VoicePreset: Sendable, Equatable {
    /// The preset's name: its file name without extension ("us-female").
    public var name: String
    public var displayName: String
    /// BCP 47 language tag the preset speaks ("en-US", "cmn", "yue").
    public var language: String
    /// The eSpeak NG voice ("en-us", "en-gb", "cmn").
    public var espeakVoice: String
    /// The eSpeak NG variant ("f3", "m1"), or nil for the voice's own.
    public var variant: String?
    public var gender: String?
    /// 0...100, eSpeak's default 50.
    public var pitch: Int?
    /// 0...100, eSpeak's default 50.
    public var pitchRange: Int?
    /// Extra pause between words, in units of 10 ms at normal speed.
    public var wordGap: Int?
    public var defaultSpeed: Speed?
    /// The file the preset came from, for messages; nil for built-in voices.
    public var file: String?

    public init(name: String, displayName: String, language: String, espeakVoice: String,
                variant: String? = nil, gender: String? = nil, pitch: Int? = nil, pitchRange: Int? = nil,
                wordGap: Int? = nil, defaultSpeed: Speed? = nil, file: String? = nil) {
        self.name = name
        self.displayName = displayName
        self.language = language
        self.espeakVoice = espeakVoice
        self.variant = variant
        self.gender = gender
        self.pitch = pitch
        self.pitchRange = pitchRange
        self.wordGap = wordGap
        self.defaultSpeed = defaultSpeed
        self.file = file
    }

    /// The name eSpeak NG's `espeak_SetVoiceByName` takes: "en-us+f3".
    public var espeakName: String {
        variant.map { "\(espeakVoice)+\($0)" } ?? espeakVoice
    }

    /// The settings the synthesizer applies.
    public var settings: VoiceSettings {
        VoiceSettings(espeakName: espeakName, pitch: pitch, pitchRange: pitchRange, wordGap: wordGap)
    }
}

/// What the synthesizer needs to speak in a voice.
public struct VoiceSettings: Sendable, Equatable, Hashable {
    public var espeakName: String
    public var pitch: Int?
    public var pitchRange: Int?
    public var wordGap: Int?

    public init(espeakName: String, pitch: Int? = nil, pitchRange: Int? = nil, wordGap: Int? = nil) {
        self.espeakName = espeakName
        self.pitch = pitch
        self.pitchRange = pitchRange
        self.wordGap = wordGap
    }

    /// The voice as one cache-key field, the same in every cache ("en-gb+f3,-,-,2": unset is "-").
    public var cacheKey: String {
        [espeakName, pitch.map(String.init) ?? "-", pitchRange.map(String.init) ?? "-",
         wordGap.map(String.init) ?? "-"].joined(separator: ",")
    }
}
