import Foundation
import Testing
import NarratorTestSupport
@testable import Narrator
import NarratorESpeak

/// The library does everything the CLI does: one sample, real engine, real files.
@Suite struct NarratorEndToEndTests {
    @Test func narratesTheMarkdownSampleThroughTheLibrary() async throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let options = NarrationOptions(voice: "us-male", speed: try Speed.parse("1.5x"),
                                       outputDirectory: directory.path,
                                       voiceDirectories: [RepositoryPaths.voices.path])
        let output = try await ArticleNarrator().narrate(RepositoryPaths.sample("library-after-dark.md").path, options: options)
        #expect(output.audioPath == directory.appendingPathComponent("the-library-that-stays-open-after-dark.wav").path)
        #expect(output.voice.name == "us-male")
        let wav = try RIFFReader(path: output.audioPath)
        #expect(wav.cues.count == 4)
        #expect(output.timings.chapters.map(\.title) == ["The library that stays open after dark", "Who came",
                                                         "What it cost", "What happens now"])
        #expect(wav.frames == output.timings.frames)
        #expect(abs(output.timings.speed.measuredWPM - 300) / 300 < 0.05)
        let sidecar = try JSONDecoder().decode(Timings.self, from: Data(contentsOf: URL(fileURLWithPath: output.timingsPath)))
        #expect(sidecar == output.timings)
        #expect(RepositoryPaths.listing(directory).filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func autoVoiceFollowsTheArticleLanguage() async throws {
        let catalog = try VoiceCatalog.load(directories: [RepositoryPaths.voices.path])
        let resolver = VoiceResolver(catalog: catalog, synthesizer: ESpeakEngine.shared)
        #expect(try await resolver.resolve("auto", language: "en-GB").preset?.language == "en-GB")
        #expect(try await resolver.resolve("auto", language: "zh-HK").name == "cantonese")
        #expect(try await resolver.resolve("auto", language: nil).name == VoiceCatalog.defaultPreset)
        #expect(try await resolver.resolve("auto", language: "xx").name == VoiceCatalog.defaultPreset)
        // No preset for Italian: eSpeak NG's Italian voice, not an English one.
        #expect(try await resolver.resolve("auto", language: "it-IT").settings.espeakName == "it")
        #expect(try await resolver.resolve("en-gb+f3", language: nil).settings.espeakName == "en-gb+f3")
        await #expect(throws: VoiceError.self) { _ = try await resolver.resolve("nobody", language: nil) }
    }
}
