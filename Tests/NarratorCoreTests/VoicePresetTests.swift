import Testing
import NarratorTestSupport
@testable import NarratorCore

@Suite struct VoicePresetTests {
    @Test func parsesEveryField() throws {
        let text = """
            # comment
            name = "Test voice"   # trailing comment
            language = "en-GB"
            espeak = "en-gb"
            variant = "f3"
            gender = "female"
            pitch = 60
            range = 40
            word_gap = 2
            speed = "1.25x"
            """
        let preset = try VoicePresetParser.parse(text, name: "test", file: "Voices/test.voice")
        #expect(preset == VoicePreset(name: "test", displayName: "Test voice", language: "en-GB", espeakVoice: "en-gb",
                                      variant: "f3", gender: "female", pitch: 60, pitchRange: 40, wordGap: 2,
                                      defaultSpeed: try Speed(multiplier: 1.25), file: "Voices/test.voice"))
        #expect(preset.espeakName == "en-gb+f3")
    }

    @Test(arguments: [
        ("name = \"x\"\nlanguage = \"en\"\nespeak = \"en\"\npich = 3", "Voices/bad.voice:4: unknown field 'pich'"),
        ("name = \"x\"\nlanguage = \"en\"\nespeak = \"en\"\npitch = 300", "Voices/bad.voice:4: field 'pitch' must be a whole number from 0 to 100, not '300'"),
        ("name = \"x\"\nlanguage = \"en\"", "Voices/bad.voice: missing field 'espeak'"),
        ("name = \"x\nlanguage = \"en\"", "Voices/bad.voice:1: field 'name': unterminated string"),
        ("just words", "Voices/bad.voice:1: expected 'key = value'"),
        ("name = \"x\"\nlanguage = \"en\"\nespeak = \"en\"\nspeed = \"warp\"", "Voices/bad.voice:4: field 'speed': speed 'warp' is not understood"),
    ])
    func malformedPresetsNameFileLineAndField(_ text: String, _ message: String) {
        let error = #expect(throws: VoiceError.self) {
            try VoicePresetParser.parse(text, name: "bad", file: "Voices/bad.voice")
        }
        #expect(error?.description.hasPrefix(message) == true, "\(error?.description ?? "")")
        #expect(error?.exitStatus == .config)
    }

    @Test func shippedPresetsAllParseAndCoverTheLanguages() throws {
        let catalog = try VoiceCatalog.load(directories: [RepositoryPaths.voices.path])
        #expect(catalog.presets.count >= 8)
        let english = catalog.presets.filter { $0.language.lowercased().hasPrefix("en") }
        #expect(english.count >= 6)
        #expect(Set(english.compactMap(\.gender)) == ["female", "male"])
        #expect(catalog.preset(forLanguage: "cmn")?.espeakVoice == "cmn")
        #expect(catalog.preset(forLanguage: "zh-HK")?.espeakVoice == "yue")
        #expect(catalog.preset(forLanguage: "en-GB")?.language == "en-GB")
        #expect(catalog.preset(forLanguage: "en")?.name == VoiceCatalog.defaultPreset)
        #expect(catalog.preset(forLanguage: "en-AU")?.name == VoiceCatalog.defaultPreset)
        #expect(catalog.preset(named: VoiceCatalog.defaultPreset) != nil)
    }
}
