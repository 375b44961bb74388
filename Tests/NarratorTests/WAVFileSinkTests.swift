import CSndFile
import Foundation
import Testing
import NarratorTestSupport
@testable import Narrator
import NarratorAudio

/// The WAV writer, read back by libsndfile and by the tests' own RIFF parser.
@Suite struct WAVFileSinkTests {
    func write(chapters titles: [String], to path: String) throws -> [ChapterMarker] {
        let sink = try WAVFileSink(path: path, sampleRate: 22050)
        try sink.start(chapterTitles: titles, tags: AudioTags(title: "Title", artist: "Writer", date: "2026-01-02",
                                                              source: "a.html", software: "test"))
        var markers: [ChapterMarker] = []
        for title in titles {
            try sink.writeSilence(frames: 2205)
            let start = sink.framesWritten
            try sink.write(ArraySlice([Int16](repeating: 3000, count: 11025)))
            markers.append(ChapterMarker(title: title, startFrame: start, lengthFrames: 0))
        }
        for index in markers.indices {
            let end = index + 1 < markers.count ? markers[index + 1].startFrame : sink.framesWritten
            markers[index].lengthFrames = end - markers[index].startFrame
        }
        try sink.finish(chapters: markers)
        return markers
    }

    @Test func markersAndTagsReadBack() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let path = directory.appendingPathComponent("a.wav").path
        let titles = ["Opening", "Second – with “quotes” and é", String(repeating: "Long ", count: 80)]
        let markers = try write(chapters: titles, to: path)

        let wav = try RIFFReader(path: path)
        #expect(wav.sampleRate == 22050 && wav.channels == 1 && wav.bitsPerSample == 16)
        #expect(wav.frames == 3 * (2205 + 11025))
        #expect(wav.chunks.map(\.id) == ["fmt ", "LIST/INFO", "cue ", "LIST/adtl", "data"])
        #expect(wav.cues.map(\.position) == markers.map { UInt32($0.startFrame) })
        #expect(wav.cues.map(\.sampleOffset) == markers.map { UInt32($0.startFrame) })
        #expect(wav.adtlOrder == ["labl", "labl", "labl", "ltxt", "ltxt", "ltxt"])
        #expect(wav.labels[1] == "Opening")
        #expect(wav.labels[2] == titles[1])
        #expect(wav.labels[3] == MarkerChunks.label(titles[2]))
        #expect(wav.regionLengths == [1: 13230, 2: 13230, 3: 11025])
        #expect(wav.info["INAM"] == "Title")
        #expect(wav.info["IART"] == "Writer")
        #expect(wav.info["ICMT"] == "Source: a.html")
        // Silence before each marker, sound from it.
        for marker in markers {
            #expect(wav.samples((marker.startFrame - 882)..<marker.startFrame).allSatisfy { $0 == 0 })
            #expect(wav.samples(marker.startFrame..<(marker.startFrame + 10)).allSatisfy { $0 == 3000 })
        }

        var info = SF_INFO()
        let file = try #require(sf_open(path, Int32(SFM_READ), &info))
        defer { sf_close(file) }
        #expect(info.frames == sf_count_t(wav.frames))
        #expect(info.samplerate == 22050)
        #expect(RepositoryPaths.listing(directory) == ["a.wav"])
    }

    @Test func discardingLeavesNothing() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let sink = try WAVFileSink(path: directory.appendingPathComponent("b.wav").path, sampleRate: 22050)
        try sink.start(chapterTitles: ["One"], tags: AudioTags())
        try sink.write(ArraySlice([Int16](repeating: 1, count: 1000)))
        #expect(RepositoryPaths.listing(directory).count == 1)  // only the temporary file
        #expect(!RepositoryPaths.listing(directory).contains("b.wav"))
        sink.discard()
        #expect(RepositoryPaths.listing(directory).isEmpty)
    }

    @Test func audioPastTheWAVLimitIsRefusedAndNothingIsLeft() throws {
        // The 4 GiB limit, injected small: the same check, without writing 4 GiB.
        let directory = try RepositoryPaths.temporaryDirectory()
        let sink = try WAVFileSink(path: directory.appendingPathComponent("long.wav").path, sampleRate: 22050,
                                   maxDataBytes: 10_000)
        try sink.start(chapterTitles: ["One"], tags: AudioTags())
        try sink.write(ArraySlice([Int16](repeating: 1, count: 4_000)))
        let error = #expect(throws: OutputError.self) { try sink.write(ArraySlice([Int16](repeating: 1, count: 2_000))) }
        #expect(error?.description.contains("narrate it in parts") == true)
        #expect(error?.exitStatus == .cannotCreate)
        sink.discard()
        #expect(RepositoryPaths.listing(directory).isEmpty)
        #expect(WAVFileSink.wavDataLimit < 1 << 32)
    }

    @Test func anUnwritableDestinationIsRefusedBeforeAnyWork() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let blocker = directory.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let error = #expect(throws: OutputError.self) {
            _ = try WAVFileSink(path: blocker.appendingPathComponent("x.wav").path, sampleRate: 22050)
        }
        #expect(error?.exitStatus == .cannotCreate)
    }

    /// libsndfile's header holds about 50 KB: more markers than that go after the audio.
    @Test(arguments: [1_000, 2_500])
    func markersPastTheHeaderLimitFollowTheAudio(count: Int) throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let path = directory.appendingPathComponent("many.wav").path
        let titles = (1...count).map { "Section \($0): a title long enough to fill the label chunk quickly" }
        let sink = try WAVFileSink(path: path, sampleRate: 22050)
        try sink.start(chapterTitles: titles, tags: AudioTags(title: "Many"))
        var markers: [ChapterMarker] = []
        for title in titles {
            try sink.writeSilence(frames: 20)
            markers.append(ChapterMarker(title: title, startFrame: sink.framesWritten, lengthFrames: 30))
            try sink.write(ArraySlice([Int16](repeating: 2000, count: 30)))
        }
        try sink.finish(chapters: markers)

        let wav = try RIFFReader(path: path)
        #expect(wav.chunks.map(\.id) == ["fmt ", "LIST/INFO", "data", "cue ", "LIST/adtl"])
        #expect(wav.frames == count * 50)
        #expect(wav.cues.count == count)
        #expect(wav.cues.map(\.sampleOffset) == markers.map { UInt32($0.startFrame) })
        #expect(wav.cues.map(\.position) == markers.map { UInt32($0.startFrame) })
        #expect(wav.labels.count == count && wav.labels[UInt32(count)] == titles.last)
        #expect(wav.regionLengths[1] == 30)
        #expect(wav.samples(markers[7].startFrame..<(markers[7].startFrame + 30)).allSatisfy { $0 == 2000 })
        var info = SF_INFO()
        let file = try #require(sf_open(path, Int32(SFM_READ), &info))
        defer { sf_close(file) }
        #expect(info.frames == sf_count_t(count * 50))
        #expect(RepositoryPaths.listing(directory) == ["many.wav"])
    }
}
