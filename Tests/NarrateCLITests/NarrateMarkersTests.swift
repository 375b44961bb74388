import Foundation
import Testing
import NarratorTestSupport

/// `--markers paragraphs|sentences`: finer cue points, each at its sentence's first sample.
@Suite struct NarrateMarkersTests {
    @Test(arguments: ["paragraphs", "sentences"])
    func finerMarkersSitOnTheirSentences(_ detail: String) throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let output = directory.appendingPathComponent("m.wav").path
        let result = try narrate([RepositoryPaths.sample("library-after-dark.md").path, "-o", output, "--markers", detail])
        #expect(result.status == 0, "\(result.stderr)")
        let wav = try RIFFReader(path: output)
        let sidecar = try timings(output)
        let sentences = try #require(sidecar["sentences"] as? [[String: Any]])
        let chapters = try #require(sidecar["chapters"] as? [[String: Any]])
        // Which sentences carry a cue: every one, or the first of each paragraph.
        var expected: [[String: Any]] = []
        for (index, sentence) in sentences.enumerated() {
            let opens = index == 0 || (sentences[index - 1]["paragraph"] as? Int) != (sentence["paragraph"] as? Int)
            if detail == "sentences" || opens { expected.append(sentence) }
        }
        #expect(wav.cues.count == expected.count)
        for (cue, sentence) in zip(wav.cues, expected) {
            let start = try #require(sentence["start"] as? Double)
            #expect(abs(Double(cue.sampleOffset) / 22050 - start) < 0.001)
        }
        // Chapter starts keep their titles; other points are numbered with their first words.
        let titles = wav.cues.map { wav.labels[$0.id] ?? "" }
        for chapter in chapters { #expect(titles.contains(chapter["title"] as? String ?? "?")) }
        let prefix = detail == "sentences" ? "Sentence " : "Paragraph "
        #expect(titles.filter { $0.hasPrefix(prefix) }.count == expected.count - chapters.count)
        #expect(wav.adtlOrder.prefix(expected.count).allSatisfy { $0 == "labl" })
    }
}
