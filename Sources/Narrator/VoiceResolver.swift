/// Turns the user's `--voice` into a voice: a preset, an eSpeak NG voice, or `auto`.
public struct VoiceResolver: Sendable {
    public var catalog: VoiceCatalog
    public var synthesizer: any SpeechSynthesizer

    public init(catalog: VoiceCatalog, synthesizer: any SpeechSynthesizer) {
        self.catalog = catalog
        self.synthesizer = synthesizer
    }

    /// A chosen voice: its settings and the name reported in metadata.
    public struct Choice: Sendable, Equatable {
        public var name: String
        public var settings: VoiceSettings
        public var preset: VoicePreset?
    }

    /// Resolves `name` ("auto", a preset name, or an eSpeak NG voice such as "en-gb+f3").
    public func resolve(_ name: String, language: String?) async throws -> Choice {
        if name.lowercased() == "auto" {
            let preset = language.flatMap(catalog.preset(forLanguage:))
                ?? catalog.preset(named: VoiceCatalog.defaultPreset) ?? catalog.presets.first
            if let preset { return Choice(name: preset.name, settings: preset.settings, preset: preset) }
            return Choice(name: "en-us", settings: VoiceSettings(espeakName: "en-us"), preset: nil)
        }
        if let preset = catalog.preset(named: name) {
            return Choice(name: preset.name, settings: preset.settings, preset: preset)
        }
        let looksLikeEngineVoice = !name.isEmpty && name.allSatisfy {
            $0.isASCII && ($0.isLetter || $0.isNumber || "-_+".contains($0))
        }
        if looksLikeEngineVoice, try await synthesizer.hasVoice(name) {
            return Choice(name: name, settings: VoiceSettings(espeakName: name), preset: nil)
        }
        throw VoiceError(.unknown(name, presets: catalog.presets.map(\.name)))
    }
}
