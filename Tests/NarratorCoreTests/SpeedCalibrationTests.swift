import NarratorTesting
import Foundation
import Testing
import NarratorTestSupport
@testable import NarratorCore

@Suite struct SpeedCalibrationTests {
    /// Counts syntheses; speaks at 0.8x its nominal rate, like a slow voice.
    actor SlowTone: SpeechSynthesizer {
        nonisolated var rateLimits: RateLimits { .permissive }
        var calls = 0
        func prepare() async throws {}
        func sampleRate() async throws -> Int { 22050 }
        func hasVoice(_ name: String) async throws -> Bool { true }
        func synthesize(_ text: String, voice: VoiceSettings, rate: Int) async throws -> [Int16] {
            calls += 1
            return try await ToneSynthesizer().synthesize(text, voice: voice, rate: Int(Double(rate) * 0.8))
        }
        func engineDescription() async -> String { "slow-tone" }
        func synthesize(ssml body: String, voice: VoiceSettings, rate: Int) async throws -> [Int16] {
            try await synthesize(SSML.plainText(body), voice: voice, rate: rate)
        }
    }

    @Test func measuresOnceThenReadsTheCache() async throws {
        let cache = try RepositoryPaths.temporaryDirectory().appendingPathComponent("calibration.json").path
        let engine = SlowTone()
        let calibrator = SpeedCalibrator(cacheFile: cache)
        let voice = VoiceSettings(espeakName: "en-us")
        let first = try await calibrator.factor(for: voice, rate: 200, synthesizer: engine)
        #expect(abs(first - 0.8) < 0.02)
        #expect(await engine.calls == 1)
        let second = try await calibrator.factor(for: voice, rate: 200, synthesizer: engine)
        #expect(second == first, "the cached factor is reused")
        // The passage is spoken every time all the same, so that the engine starts every
        // narration from the same state (a cold and a warm cache give the same audio).
        #expect(await engine.calls == 2)
        _ = try await calibrator.factor(for: voice, rate: 300, synthesizer: engine)
        #expect(await engine.calls == 3)
        #expect(FileManager.default.fileExists(atPath: cache))
    }

    @Test func aCalibratedStartIsOnPaceFromTheFirstSentences() async throws {
        let article = Article(source: "a.md", title: "Short one",
                              sections: [Section(paragraphs: ["A brief text of a dozen words or so, to be read at pace."])])
        let plan = SpeechPlanner().plan(article)
        func measured(_ calibrator: SpeedCalibrator?) async throws -> Double {
            let sink = InMemoryAudioSink(sampleRate: 22050)
            let result = try await NarrationPipeline(synthesizer: SlowTone(), calibrator: calibrator).narrate(
                plan, voice: VoiceSettings(espeakName: "en-us"), voiceName: "x", speed: .normal, tags: AudioTags(),
                into: sink, audioName: "a.wav")
            return result.timings.speed.measuredWPM
        }
        let cache = try RepositoryPaths.temporaryDirectory().appendingPathComponent("c.json").path
        let uncalibrated = try await measured(nil)
        let calibrated = try await measured(SpeedCalibrator(cacheFile: cache))
        #expect(abs(calibrated - 200) < abs(uncalibrated - 200))
        #expect(abs(calibrated - 200) / 200 < 0.03, "\(calibrated)")
    }

    @Test func theEngineIsNeverAskedForAnAvoidedRate() {
        let limits = RateLimits(range: 80...900, avoided: [450])
        for target in stride(from: 100.0, through: 600.0, by: 0.5) {
            let controller = RateController(targetWPM: target, limits: limits)
            for words in [1, 5, 20, 60] {
                for pause in [0.0, 0.3, 1.2] {
                    #expect(controller.rate(forWords: words, pauseSeconds: pause) != 450)
                }
            }
        }
    }

    @Test func fadesRemoveEdgeJumps() {
        var samples = [Int16](repeating: 0, count: 10) + [Int16](repeating: 20000, count: 200) + [Int16](repeating: 0, count: 10)
        EdgeFade.apply(&samples, in: 10..<210, frames: 44)
        #expect(samples[10] == 0)
        #expect(samples[209] == 0)
        for index in 1..<samples.count { #expect(abs(Int(samples[index]) - Int(samples[index - 1])) <= 20000 / 44 + 1) }
    }

    /// Fault 9 of #17: an empty or relative cache variable put the cache at the root or under
    /// the working directory; the XDG spec says to ignore such values.
    @Test func emptyOrRelativeCacheVariablesAreIgnored() {
        let file = SpeedCalibrator.defaultCacheFile
        #expect(file(["NARRATOR_CACHE_DIR": "", "HOME": "/home/ann"]) == "/home/ann/.cache/narrator/speed-calibration.json")
        #expect(file(["XDG_CACHE_HOME": "", "HOME": "/home/ann"]) == "/home/ann/.cache/narrator/speed-calibration.json")
        #expect(file(["XDG_CACHE_HOME": "cache", "HOME": "/home/ann"]) == "/home/ann/.cache/narrator/speed-calibration.json")
        #expect(file(["NARRATOR_CACHE_DIR": "rel/dir", "XDG_CACHE_HOME": "/xdg/"]) == "/xdg/narrator/speed-calibration.json")
        #expect(file(["NARRATOR_CACHE_DIR": "/var/cache/n"]) == "/var/cache/n/speed-calibration.json")
        #expect(file(["HOME": ""]) == nil)
    }
}
