import Foundation
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
            if let preset = language.flatMap(catalog.preset(forLanguage:)) {
                return Choice(name: preset.name, settings: preset.settings, preset: preset)
            }
            // No preset speaks the article's language: eSpeak NG's own voice for it, if any
            // ("it-IT" -> "it"), rather than an English voice reading Italian.
            if let language, let engineVoice = try await engineVoice(forLanguage: language) {
                return Choice(name: engineVoice, settings: VoiceSettings(espeakName: engineVoice), preset: nil)
            }
            let preset = catalog.preset(named: VoiceCatalog.defaultPreset) ?? catalog.presets.first
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
        throw VoiceError(.unknown(name, presets: catalog.presets.map(\.name), note: catalog.noPresetsNote))
    }

    /// The engine voice for a BCP 47 tag: the full tag ("pt-br"), else its language ("pt").
    private func engineVoice(forLanguage language: String) async throws -> String? {
        let tag = language.lowercased().replacingOccurrences(of: "_", with: "-")
        let primary = String(tag.split(separator: "-").first ?? "")
        for candidate in [tag, primary] where !candidate.isEmpty && candidate.allSatisfy({ $0.isLetter || $0 == "-" }) {
            if try await synthesizer.hasVoice(candidate) { return candidate }
        }
        return nil
    }
}
