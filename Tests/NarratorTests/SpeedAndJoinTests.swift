import Foundation
import Testing
import NarratorTestSupport
@testable import Narrator

/// Real eSpeak NG narrations at several speeds: joins are click-free, pace is true.
@Suite struct SpeedAndJoinTests {
    @Test(arguments: ["1x", "2x", "3x"])
    func sentenceJoinsHaveNoClicks(_ speed: String) async throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let options = NarrationOptions(voice: "en-us", speed: try Speed.parse(speed), outputDirectory: directory.path,
                                       calibrationCache: directory.appendingPathComponent("cal.json").path)
        let output = try await ArticleNarrator().narrate(RepositoryPaths.sample("library-after-dark.md").path, options: options)
        let wav = try RIFFReader(path: output.audioPath)
        for sentence in output.timings.sentences {
            for time in [sentence.start, sentence.end] {
                let frame = Int((time * 22050).rounded())
                guard frame > 0, frame < wav.frames else { continue }
                let around = wav.samples((frame - 1)..<(frame + 1))
                #expect(abs(Int(around[1]) - Int(around[0])) <= 256, "jump at \(time) s")
            }
        }
        // Sonic time-stretching at 2x and 3x must not clip.
        let all = wav.samples(0..<wav.frames)
        #expect(all.filter { abs(Int($0)) >= 32000 }.count < all.count / 10000)
        let measured = output.timings.speed.measuredWPM
        let target = output.timings.speed.targetWPM
        #expect(abs(measured - target) / target < 0.03, "\(measured) vs \(target)")
    }
}
