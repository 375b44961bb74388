import Foundation
import Testing
import NarratorTestSupport

/// `narrate` run on every sample: chapters in the WAV where players look, at the sidecar's times.
@Suite struct NarrateSamplesTests {
    static let samples: [(file: String, chapters: [String])] = [
        ("harbour-tides.html", ["Harbour town bets on tidal turbines as ferry trade ebbs",
                                "A channel that never stops moving", "Fishermen want a say", "What happens next"]),
        ("night-market-rents.txt", ["Night market traders face rent rise as city courts chain stores"]),
        ("library-after-dark.md", ["The library that stays open after dark", "Who came", "What it cost", "What happens now"]),
    ]

    @Test(arguments: samples)
    func narratesWithChapterMarkers(_ file: String, _ titles: [String]) throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let output = directory.appendingPathComponent("out.wav").path
        let result = try narrate([RepositoryPaths.sample(file).path, "--speed", "1.25x", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == output + "\n")
        #expect(RepositoryPaths.listing(directory) == ["out.wav", "out.wav.timings.json"])

        let sidecar = try timings(output)
        let chapters = try #require(sidecar["chapters"] as? [[String: Any]])
        #expect(chapters.map { $0["title"] as? String } == titles)
        let wav = try RIFFReader(path: output)
        #expect(wav.sampleRate == 22050 && wav.bitsPerSample == 16 && wav.channels == 1)
        #expect(sidecar["frames"] as? Int == wav.frames)
        #expect(wav.chunks.map(\.id) == ["fmt ", "LIST/INFO", "cue ", "LIST/adtl", "data"])
        #expect(wav.labels.count == titles.count)

        // ffprobe lists one chapter per section, titled as the sample, at the sidecar's times.
        let probed = try ffprobeChapters(output)
        #expect(probed.map(\.title) == titles)
        for (chapter, probe) in zip(chapters, probed) {
            let start = try #require(chapter["start"] as? Double)
            #expect(abs(start - probe.start) <= 0.001)
        }
        // The 40 ms before each chapter marker after the first is silence.
        for cue in wav.cues.dropFirst() {
            let frame = Int(cue.sampleOffset)
            #expect(wav.samples((frame - 882)..<frame).allSatisfy { $0 == 0 })
            #expect(wav.samples(frame..<min(frame + 2205, wav.frames)).contains { $0 != 0 })
        }
        let speed = try #require(sidecar["speed"] as? [String: Any])
        #expect(speed["targetWPM"] as? Double == 250)
        let measured = try #require(speed["measuredWPM"] as? Double)
        #expect(abs(measured - 250) / 250 < 0.05, "measured \(measured) WPM")
    }

    @Test func defaultOutputIsOutSlugDotWav() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let result = try narrate([RepositoryPaths.sample("harbour-tides.html").path, "-q"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let expected = "out/harbour-town-bets-on-tidal-turbines-as-ferry-trade-ebbs.wav"
        #expect(result.stdout == expected + "\n")
        #expect(RepositoryPaths.listing(directory.appendingPathComponent("out")) == [
            "harbour-town-bets-on-tidal-turbines-as-ferry-trade-ebbs.wav",
            "harbour-town-bets-on-tidal-turbines-as-ferry-trade-ebbs.wav.timings.json",
        ])
        #expect(result.stderr.isEmpty)
    }

    @Test func readsStandardInput() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let markdown = try Data(contentsOf: RepositoryPaths.sample("library-after-dark.md"))
        let output = directory.appendingPathComponent("stdin.wav").path
        let result = try narrate(["-", "-o", output, "--voice", "en-gb+f3", "--speed", "fast"], stdin: markdown)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try RIFFReader(path: output).cues.count == 4)
        #expect(try timings(output)["voice"] as? String == "en-gb+f3")
    }

    @Test func verboseSaysWhichVoiceWasChosen() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let result = try narrate([RepositoryPaths.sample("harbour-tides.html").path, "-v", "-o",
                                  directory.appendingPathComponent("v.wav").path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("voice=uk-female"))  // the page is en-GB
        #expect(result.stderr.contains("measuredWPM="))
    }
}
