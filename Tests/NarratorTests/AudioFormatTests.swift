import CSndFile
import Foundation
import Testing
import NarratorTestSupport
@testable import Narrator
import NarratorAudio

/// Every output format: a short narration written and read back, audio with libsndfile,
/// chapters with our own readers and with ffprobe.
@Suite(.serialized) struct AudioFormatTests {
    static let article = """
        # Tide tables for the harbour

        The council met on Monday. It agreed to publish tide tables every week.

        ## Why it matters

        Ferries run on the tide. Late tables cost the town money.

        ## What comes next

        The first table appears on Friday.
        """

    /// (format, tolerance for chapter starts read back by ffprobe, tolerance for the duration).
    static let formats: [(AudioFormat, Double, Double)] = [
        (.flac, 0.001, 0), (.ogg, 0.001, 0.001), (.opus, 0.020, 0.030), (.mp3, 0.027, 0.1), (.m4b, 0.001, 0.05),
    ]

    @Test(arguments: formats)
    func writesAudioAndChapters(_ format: AudioFormat, _ chapterTolerance: Double, _ durationTolerance: Double) async throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let input = directory.appendingPathComponent("tides.md")
        try Self.article.write(to: input, atomically: true, encoding: .utf8)
        let options = NarrationOptions(voice: "en-us", outputDirectory: directory.path,
                                       voiceDirectories: [RepositoryPaths.voices.path],
                                       calibrationCache: directory.appendingPathComponent("cal.json").path,
                                       sidecars: [.chaptersJSON], format: format)
        let output = try await ArticleNarrator().narrate(input.path, options: options)
        #expect(output.audioPath == directory.appendingPathComponent("tide-tables-for-the-harbour.\(format.rawValue)").path)
        #expect(output.sidecarPaths == [directory.appendingPathComponent("tide-tables-for-the-harbour.chapters.json").path])
        // Only the audio, its timings and its sidecar: no temporary files left.
        #expect(RepositoryPaths.listing(directory).sorted() == ["cal.json", "tide-tables-for-the-harbour.chapters.json",
                                                               "tide-tables-for-the-harbour.\(format.rawValue)",
                                                               "tide-tables-for-the-harbour.\(format.rawValue).timings.json",
                                                               "tides.md"])
        let timings = output.timings
        let expected = timings.chapters
        #expect(expected.map(\.title) == ["Tide tables for the harbour", "Why it matters", "What comes next"])

        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: output.audioPath)))
        let ours: [ChapterReaders.Chapter]
        switch format {
        case .flac: ours = try ChapterReaders.chapters(fromComments: ChapterReaders.flacComments(bytes))
        case .ogg, .opus: ours = try ChapterReaders.chapters(fromComments: ChapterReaders.oggComments(bytes))
        case .mp3: ours = try ChapterReaders.id3Chapters(bytes)
        default: ours = try ChapterReaders.neroChapters(bytes)
        }
        #expect(ours.map(\.title) == expected.map(\.title))
        for (read, written) in zip(ours, expected) { #expect(abs(read.start - written.start) <= 0.001, "\(read.title)") }

        if format != .m4b {
            var info = SF_INFO()
            let file = try #require(sf_open(output.audioPath, Int32(SFM_READ), &info))
            defer { sf_close(file) }
            #expect(info.channels == 1)
            let seconds = Double(info.frames) / Double(info.samplerate)
            #expect(abs(seconds - timings.durationSeconds) <= durationTolerance + 1.0 / Double(info.samplerate),
                    "\(seconds) s read back, \(timings.durationSeconds) s narrated")
            // The audio is speech, not silence: some samples are loud.
            var samples = [Int16](repeating: 0, count: Int(info.frames))
            let read = samples.withUnsafeMutableBufferPointer { sf_read_short(file, $0.baseAddress, info.frames) }
            #expect(read == info.frames)
            #expect(samples.contains { abs(Int($0)) > 3000 })
            if format == .opus { #expect(timings.sampleRate == 24_000) }
        }

        if let probe = try? ffprobeChapters(output.audioPath) {
            #expect(probe.map(\.title) == expected.map(\.title))
            for (read, written) in zip(probe, expected) {
                #expect(abs(read.start - written.start) <= chapterTolerance, "\(read.title): \(read.start) vs \(written.start)")
            }
        } else {
            Issue.record("ffprobe is not installed (make test installs ffmpeg)")
        }
    }
}

extension AudioFormatTests {
    /// 999 chapters (the most three-digit numbers allow; of 2,000 given, the rest are dropped)
    /// make a comment header of about 80 KB, more than one Ogg page holds: the header is laid
    /// over several pages and every later page renumbered, with valid CRCs.
    @Test(arguments: [AudioFormat.ogg, .opus])
    func commentHeadersLongerThanAPage(_ format: AudioFormat) async throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let input = directory.appendingPathComponent("tides.md")
        try Self.article.write(to: input, atomically: true, encoding: .utf8)
        let options = NarrationOptions(voice: "en-us", outputDirectory: directory.path,
                                       calibrationCache: directory.appendingPathComponent("cal.json").path, format: format)
        let output = try await ArticleNarrator().narrate(input.path, options: options)
        let chapters = (0..<2000).map {
            Timings.ChapterTiming(title: "Chapter \($0 + 1) of a very long edition", start: Double($0) * 0.005, end: Double($0 + 1) * 0.005)
        }
        let comments = VorbisComments(vendor: "test", tags: AudioTags(title: "Long"), chapters: chapters)
        #expect(comments.body.count > 255 * 255)
        let rewritten = directory.appendingPathComponent("long.\(format.rawValue)").path
        try OggComments.rewrite(output.audioPath, to: rewritten, codec: format == .ogg ? .vorbis : .opus, comments: comments)
        let read = try ChapterReaders.chapters(fromComments: ChapterReaders.oggComments([UInt8](Data(contentsOf: URL(fileURLWithPath: rewritten)))))
        #expect(read.count == 999)
        #expect(read.last?.title == "Chapter 999 of a very long edition")
        // Decoding the whole file reports no CRC or page errors, and gives the same audio.
        guard let ffmpeg = ProcessRunner.which("ffmpeg") else { Issue.record("ffmpeg is not installed"); return }
        func decode(_ path: String) throws -> Data {
            let pcm = path + ".pcm"
            let result = try ProcessRunner.run(ffmpeg, ["-v", "error", "-i", path, "-f", "s16le", pcm])
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            return try Data(contentsOf: URL(fileURLWithPath: pcm))
        }
        let original = try decode(output.audioPath), copy = try decode(rewritten)
        #expect(copy.count > 100_000)
        #expect(copy == original)
        #expect(try ffprobeChapters(rewritten).count == 999)
    }
}

/// Chapters as ffprobe reads them: (start seconds, title).
func ffprobeChapters(_ path: String) throws -> [(start: Double, title: String)] {
    guard let ffprobe = ProcessRunner.which("ffprobe") else { throw CocoaError(.fileNoSuchFile) }
    let result = try ProcessRunner.run(ffprobe, ["-v", "error", "-show_chapters", "-of", "json", path])
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let chapters = object?["chapters"] as? [[String: Any]] ?? []
    return chapters.map { (Double($0["start_time"] as? String ?? "") ?? -1, ($0["tags"] as? [String: Any])?["title"] as? String ?? "") }
}
