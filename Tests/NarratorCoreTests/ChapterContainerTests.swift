import Foundation
import Testing
import NarratorTestSupport
@testable import NarratorCore

/// The chapter containers written around compressed audio, read back by the independent
/// readers in NarratorTestSupport.
@Suite struct ChapterContainerTests {
    static func chapters(_ count: Int) -> [Timings.ChapterTiming] {
        (0..<count).map { .init(title: "Part \($0 + 1) — “quoted”\nline", start: Double($0) * 1.5, end: Double($0 + 1) * 1.5) }
    }

    @Test(arguments: [3, 300])
    func id3ChaptersInTimeOrderUnderATableOfContents(_ count: Int) throws {
        let tag = ID3Chapters.tag(tags: AudioTags(title: "Brief", artist: "A. Writer"), chapters: Self.chapters(count))
        let read = try ChapterReaders.id3Chapters(tag + [0xFF, 0xFB])
        #expect(read.count == count)
        #expect(read.map(\.start) == (0..<count).map { Double($0) * 1.5 })
        #expect(read.first?.title == "Part 1 — “quoted” line")
        // One top-level CTOC; past 255 entries it lists second-level CTOCs instead.
        let ctocs = tag.indices.dropLast(4).filter { tag[$0..<($0 + 4)].elementsEqual("CTOC".utf8) }
        #expect(ctocs.count == (count > 255 ? 3 : 1))
    }

    @Test func flacCommentBlockIsReplacedAndFramesKept() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let source = directory.appendingPathComponent("in.flac").path
        let destination = directory.appendingPathComponent("out.flac").path
        let streamInfo: [UInt8] = [0x00, 0, 0, 34] + [UInt8](repeating: 7, count: 34)
        let oldComment: [UInt8] = [0x04, 0, 0, 8] + [0, 0, 0, 0, 0, 0, 0, 0]
        let padding: [UInt8] = [0x81, 0, 0, 4] + [0, 0, 0, 0]
        let frames = Array("FRAMES".utf8) + [UInt8](repeating: 0xAB, count: 3000)
        try Data(Array("fLaC".utf8) + streamInfo + oldComment + padding + frames).write(to: URL(fileURLWithPath: source))
        let comments = VorbisComments(vendor: "Narrator", tags: AudioTags(title: "T"), chapters: Self.chapters(2))
        try FLACComments.rewrite(source, to: destination, comments: comments)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: destination)))
        #expect(Array(bytes[4..<42]) == streamInfo)  // STREAMINFO first, not last
        #expect(bytes[42] == 0x84)  // then the new comments, flagged last; padding gone
        #expect(Array(bytes.suffix(frames.count)) == frames)
        let read = try ChapterReaders.chapters(fromComments: ChapterReaders.flacComments(bytes))
        #expect(read == [.init(start: 0, title: "Part 1 — “quoted” line"), .init(start: 1.5, title: "Part 2 — “quoted” line")])
        #expect(try ChapterReaders.flacComments(bytes).first == "TITLE=T")
    }

    @Test func notFLACIsAnError() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let source = directory.appendingPathComponent("in.flac").path
        try Data("RIFF....WAVE".utf8).write(to: URL(fileURLWithPath: source))
        #expect(throws: ContainerError(message: "not a FLAC file")) {
            try FLACComments.rewrite(source, to: directory.appendingPathComponent("out.flac").path,
                                     comments: VorbisComments(vendor: "", tags: AudioTags(), chapters: []))
        }
    }
}
