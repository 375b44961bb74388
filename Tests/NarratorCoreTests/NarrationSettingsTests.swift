import Foundation
import Testing
@testable import NarratorCore

/// The one settings model: every field parsed by one parser, carried as JSON, layered by `over`.
@Suite struct NarrationSettingsTests {
    static let texts: [(SettingField, String)] = [
        (.voice, "uk-female"), (.speed, "250wpm"), (.format, "OPUS"), (.sidecars, "vtt,cue"), (.markers, "sentences"),
        (.split, "2.5"), (.lexicon, "/tmp/names.txt"), (.announce, "date,byline"), (.sentencePause, "0.2"),
        (.paragraphPause, "0.5"), (.chapterPause, "2"), (.maxInputMB, "8"), (.maxMinutes, "30"),
        (.title, "Rents"), (.artist, "A. Writer"), (.date, "2026-11-30"),
    ]

    @Test func everyFieldSurvivesTheTripThroughJSON() throws {
        var settings = NarrationSettings()
        for (field, text) in Self.texts { try settings.set(field, to: text) }
        #expect(Set(Self.texts.map(\.0)) == Set(SettingField.allCases))
        #expect(settings.speed?.targetWPM == 250)
        #expect(settings.format == .opus)
        #expect(settings.split == .minutes(2.5))
        #expect(settings.maxInputBytes == 8 << 20)
        #expect(settings.maxAudioSeconds == 1800)
        let data = try JSONEncoder().encode(settings)
        #expect(try JSONDecoder().decode(NarrationSettings.self, from: data) == settings)
    }

    @Test func givenValuesWinOverFallbacksAndDefaultsFillTheRest() throws {
        var item = NarrationSettings()
        try item.set(.voice, to: "us-male")
        var flags = NarrationSettings()
        try flags.set(.voice, to: "uk-female")
        try flags.set(.markers, to: "paragraphs")
        let resolved = item.over(flags).resolved
        #expect(resolved.voice == "us-male")
        #expect(resolved.markers == .paragraphs)
        #expect(resolved.pauses == .standard)
        #expect(resolved.maxInputBytes == NarrationSettings.defaultMaxInputBytes)
        #expect(resolved.speed == nil)
    }

    @Test(arguments: [
        (SettingField.format, "aiff", "format 'aiff' is not one of: wav, flac, ogg, opus, mp3, m4b"),
        (.markers, "words", "markers 'words' is not one of: chapters, paragraphs, sentences"),
        (.speed, "warp", "speed 'warp' is not understood"),
        (.chapterPause, "99", "--pause-chapter 99 is out of range"),
        (.maxInputMB, "0", "--max-input-mb 0 is out of range"),
        (.split, "never", "--split 'never' is not understood"),
    ])
    func aBadValueIsOneMessage(_ field: SettingField, _ text: String, _ message: String) {
        var settings = NarrationSettings()
        do {
            try settings.set(field, to: text)
            Issue.record("accepted \(field) \(text)")
        } catch let error as NarratorError {
            #expect(error.description.hasPrefix(message), "\(error.description)")
            #expect(error.exitStatus == .usage)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func aJobFileLineSaysWhatTheFlagSays() throws {
        var settings = NarrationSettings()
        var flagMessage = ""
        do { try settings.set(.format, to: "aiff") } catch let error as NarratorError { flagMessage = error.description }
        #expect(!flagMessage.isEmpty)
        do {
            _ = try JobFile.parse("{\"input\": \"a.html\", \"format\": \"aiff\"}", file: "job.jsonl")
            Issue.record("accepted")
        } catch let error as NarratorError {
            #expect(error.description.hasSuffix(flagMessage), "\(error.description) / \(flagMessage)")
        }
    }
}
