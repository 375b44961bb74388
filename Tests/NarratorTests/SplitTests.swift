import Foundation
import Testing
import NarratorTestSupport
@testable import Narrator

/// `--split`: numbered files cut where sentences start, each with its own markers, timings and
/// sidecars, together holding exactly the narration.
@Suite(.serialized) struct SplitTests {
    func narrate(split: SplitRule?, format: AudioFormat = .wav, markers: MarkerDetail = .chapters,
                 in directory: URL) async throws -> NarrationOutput {
        let input = directory.appendingPathComponent("tides.md")
        try AudioFormatTests.article.write(to: input, atomically: true, encoding: .utf8)
        let options = NarrationOptions(voice: "en-us", output: directory.appendingPathComponent("tides.\(format.rawValue)").path,
                                       calibrationCache: directory.appendingPathComponent("cal.json").path,
                                       sidecars: [.vtt], markers: markers, format: format, split: split)
        return try await ArticleNarrator().narrate(input.path, options: options)
    }

    @Test func splitsAtChapters() async throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let output = try await narrate(split: .chapters, markers: .sentences, in: directory)
        let whole = output.timings
        #expect(output.pieces.map { URL(fileURLWithPath: $0.audioPath).lastPathComponent } == ["tides-01.wav", "tides-02.wav", "tides-03.wav"])
        var frames = 0
        var sentences: [String] = []
        for (index, piece) in output.pieces.enumerated() {
            let wav = try RIFFReader(path: piece.audioPath)
            #expect(wav.frames == piece.timings.frames)
            // One chapter per piece, starting at frame 0, plus a labelled cue per further sentence.
            #expect(piece.timings.chapters.map(\.title) == [whole.chapters[index].title])
            #expect(wav.cues.first?.sampleOffset == 0)
            #expect(wav.cues.count == piece.timings.sentences.count)
            #expect(wav.labels.values.filter { $0.hasPrefix("Sentence ") }.count == piece.timings.sentences.count - 1)
            // The piece is the narration's frames from its chapter's start.
            let start = Int((whole.chapters[index].start * Double(whole.sampleRate)).rounded())
            #expect(start == frames)
            frames += wav.frames
            sentences += piece.timings.sentences.map(\.text)
            #expect(FileManager.default.fileExists(atPath: piece.sidecarPaths[0]))
            #expect(piece.sidecarPaths[0].hasSuffix("tides-0\(index + 1).vtt"))
        }
        #expect(frames == whole.frames)
        #expect(sentences == whole.sentences.map(\.text))
        #expect(RepositoryPaths.listing(directory).filter { $0.hasPrefix(".") }.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("tides.wav").path))
    }

    @Test func splitsByLengthBetweenSentences() async throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let output = try await narrate(split: .minutes(0.1), format: .flac, in: directory)
        let whole = output.timings
        #expect(output.pieces.count >= 3)
        let rate = Double(whole.sampleRate)
        var offset = 0.0
        var count = 0
        for piece in output.pieces {
            #expect(piece.audioPath.hasSuffix(".flac"))
            // At most six seconds, unless one sentence alone is longer.
            #expect(piece.timings.durationSeconds <= 6.0 + 1 / rate || piece.timings.sentences.count == 1)
            // Each piece begins with a sentence of the whole, at the same moment.
            let first = try #require(piece.timings.sentences.first)
            #expect(first.start == 0)
            #expect(abs(whole.sentences[count].start - offset) < 1e-5)
            #expect(whole.sentences[count].text == first.text)
            count += piece.timings.sentences.count
            offset += piece.timings.durationSeconds
        }
        #expect(count == whole.sentences.count)
        #expect(abs(offset - whole.durationSeconds) < 1e-4)
    }

    /// A piece's finer markers are read off its timings; for a whole narration they are the same
    /// points, titles and positions the pipeline puts in the WAV.
    @Test(arguments: [MarkerDetail.paragraphs, .sentences])
    func markersFromTimingsMatchThePipeline(_ markers: MarkerDetail) async throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let output = try await narrate(split: nil, markers: markers, in: directory)
        let wav = try RIFFReader(path: output.audioPath)
        let points = markers.points(in: output.timings)
        #expect(points.count == wav.cues.count)
        #expect(points.map(\.title) == wav.cues.map { wav.labels[$0.id] ?? "" })
        #expect(points.map { UInt32($0.startFrame) } == wav.cues.map(\.sampleOffset))
    }

    @Test func badSplitValuesAreUsageErrors() throws {
        for value in ["0", "-3", "chapter", "nan", "5000"] {
            #expect(throws: SplitRuleError(value: value)) { try SplitRule(parsing: value) }
        }
        #expect(try SplitRule(parsing: "Chapters") == .chapters)
        #expect(try SplitRule(parsing: "2.5") == .minutes(2.5))
        #expect(SplitRule.piecePath("out/a.b/brief.mp3", index: 2, count: 120) == "out/a.b/brief-003.mp3")
        #expect(SplitRule.piecePath("out/brief", index: 0, count: 4) == "out/brief-01")
    }
}
