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
        let output = try await Narrator().narrateEdition([first.path, second.path], title: "Harbour briefing", options: options)
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
            _ = try await Narrator().narrateEdition([good.path, missing], options: options)
        }
        #expect(RepositoryPaths.listing(directory.appendingPathComponent("out")).isEmpty)
    }
}
