import NarratorTesting
import Foundation
import Testing
import NarratorTestSupport
@testable import Narrator

/// `narrate edition`: several articles, one file, one chapter each, a transition between.
@Suite struct EditionTests {
    @Test func narratesArticlesAsChaptersOfOneFile() async throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let first = directory.appendingPathComponent("tides.md")
        try AudioFormatTests.article.write(to: first, atomically: true, encoding: .utf8)
        let second = directory.appendingPathComponent("ferry.txt")
        try "Ferry returns to the islands\n\nThe island ferry sails again on Monday. Tickets go on sale today.\n"
            .write(to: second, atomically: true, encoding: .utf8)
        let options = NarrationOptions(voice: "en-us", outputDirectory: directory.path,
                                       calibrationCache: directory.appendingPathComponent("cal.json").path,
                                       sidecars: [.chaptersJSON, .vtt])
        let output = try await ArticleNarrator().narrateEdition([first.path, second.path], title: "Harbour briefing", options: options)
        #expect(output.audioPath == directory.appendingPathComponent("harbour-briefing.wav").path)
        #expect(output.pieces.count == 1)
        #expect(output.sidecarPaths.map { URL(fileURLWithPath: $0).lastPathComponent } == ["harbour-briefing.chapters.json", "harbour-briefing.vtt"])
        let timings = output.timings
        #expect(timings.chapters.map(\.title) == ["Tide tables for the harbour", "Ferry returns to the islands"])
        let texts = timings.sentences.map(\.text)
        // The second chapter opens with the transition, then the headline.
        let second0 = try #require(timings.sentences.firstIndex { $0.chapter == 1 })
        #expect(Array(texts[second0...].prefix(2)) == ["Story 2 of 2.", "Ferry returns to the islands"])
        #expect(texts.contains("Why it matters"))
        #expect(abs(timings.chapters[1].start - timings.sentences[second0].start) < 1e-5)
        let wav = try RIFFReader(path: output.audioPath)
        #expect(wav.cues.count == 2)
        #expect(wav.info["INAM"] == "Harbour briefing")
        let vtt = try String(contentsOfFile: output.sidecarPaths[1], encoding: .utf8)
        #expect(vtt.contains("Story 2 of 2."))
        #expect(vtt.contains("Tickets go on sale today."))
    }

    @Test func aBadArticleStopsTheEditionAndLeavesNothing() async throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let good = directory.appendingPathComponent("tides.md")
        try AudioFormatTests.article.write(to: good, atomically: true, encoding: .utf8)
        let missing = directory.appendingPathComponent("missing.html").path
        let options = NarrationOptions(voice: "en-us", outputDirectory: directory.appendingPathComponent("out").path)
        await #expect(throws: InputError.self) {
            _ = try await ArticleNarrator().narrateEdition([good.path, missing], options: options)
        }
        #expect(RepositoryPaths.listing(directory.appendingPathComponent("out")).isEmpty)
    }
}

/// The engine failing in the middle of a narration (exit status 70): the error says so and no
/// file is left, for any format.
@Suite struct EngineFailureTests {
    struct FailingSynthesizer: SpeechSynthesizer {
        nonisolated var rateLimits: RateLimits { .permissive }
        let tone = ToneSynthesizer()
        let counter = Counter()
        final class Counter: @unchecked Sendable { var calls = 0 }

        func prepare() async throws {}
        func sampleRate() async throws -> Int { 22050 }
        func hasVoice(_ name: String) async throws -> Bool { true }
        func engineDescription() async -> String { "failing test engine" }
        func synthesize(_ text: String, voice: VoiceSettings, rate: Int) async throws -> [Int16] {
            try await tone.synthesize(text, voice: voice, rate: rate)
        }
        func synthesize(ssml body: String, voice: VoiceSettings, rate: Int) async throws -> [Int16] {
            counter.calls += 1
            if counter.calls == 4 { throw SynthesisError("eSpeak NG failed while speaking a sentence") }
            return try await tone.synthesize(ssml: body, voice: voice, rate: rate)
        }
    }

    @Test(arguments: [AudioFormat.wav, .mp3])
    func aFailingEngineIsAnInternalErrorAndLeavesNothing(_ format: AudioFormat) async throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let options = NarrationOptions(voice: "en-us", outputDirectory: directory.appendingPathComponent("out").path,
                                       calibrationCache: nil, sidecars: [.vtt], format: format)
        let narrator = ArticleNarrator(synthesizer: FailingSynthesizer())
        do {
            _ = try await narrator.narrate(RepositoryPaths.sample("library-after-dark.md").path, options: options)
            Issue.record("the narration succeeded")
        } catch let error as SynthesisError {
            #expect(error.exitStatus == .software)
            #expect(error.exitStatus.code == 70)
        }
        #expect(RepositoryPaths.listing(directory.appendingPathComponent("out")).isEmpty)
    }
}
