import CSndFile
import Foundation
import NarratorCore

/// Writes a 16-bit mono WAV with chapter markers through libsndfile, streaming.
///
/// libsndfile writes cue points and custom chunks only before the first audio write, while a
/// chapter's position is known only once it has been spoken. Chapter titles are known from the
/// plan, so `start` writes RIFF INFO tags, a `cue ` chunk and a `LIST/adtl` chunk (labels and
/// regions) of their final sizes with placeholder positions, ahead of `data`; samples then
/// stream straight into the file; `finish` closes it and fills in the positions and region
/// lengths in place (`MarkerPatcher`) before renaming the file to its final name. Memory stays
/// flat and the audio is written once. Until `finish` succeeds only a temporary file exists.
///
/// libsndfile keeps the whole header in a buffer it refuses to grow past 100 KB (it doubles the
/// request), so marker chunks over `headerMarkerLimit` (a thousand long sentence labels) would be
/// dropped silently. Those are written after `data` instead, once the audio is closed, with the
/// RIFF size corrected: FFmpeg, libsndfile and other readers of a seekable file find them there;
/// only a reader of a pipe stops at `data` and misses them.
public final class WAVFileSink: AudioSink {
    public let sampleRate: Int
    public let path: String
    public private(set) var framesWritten = 0
    private let temporary: String
    private var file: OpaquePointer?
    private var chapterCount = 0
    /// Whether the marker chunks go after the audio (too large for libsndfile's header).
    public private(set) var markersFollowAudio = false
    /// When set, `finish` stages the file for the narration's set instead of renaming it now.
    public var staging: OutputStaging?
    /// The finished file belongs to `staging` now: discarding the sink leaves it alone.
    private var handedOver = false
    public static let headerMarkerLimit = 40 * 1024
    /// The adtl payload must stay valid until the file is closed: libsndfile reads it lazily.
    private var chunkPayload: UnsafeMutableRawPointer?
    /// WAV sizes are 32-bit: the data chunk must stay under 4 GiB (less room for the header).
    public static let wavDataLimit: UInt64 = 0xFFFF_FFFF - 1 << 20
    /// The most audio bytes this sink accepts (`wavDataLimit` unless a test injects less).
    public let maxDataBytes: UInt64

    /// Checks the destination can be written and picks the temporary name beside it.
    /// The name errors give: the final output when this WAV is an intermediate file.
    public let reportedPath: String

    public init(path: String, sampleRate: Int, maxDataBytes: UInt64 = WAVFileSink.wavDataLimit,
                reportAs reportedPath: String? = nil) throws {
        self.path = path
        self.reportedPath = reportedPath ?? path
        self.sampleRate = sampleRate
        self.maxDataBytes = maxDataBytes
        try OutputFile.prepare(path)
        temporary = OutputFile.temporaryPath(for: path, suffix: "wav.tmp")
    }

    deinit { discard() }

    public func start(chapterTitles: [String], tags: AudioTags) throws {
        var info = SF_INFO()
        info.samplerate = Int32(sampleRate)
        info.channels = 1
        info.format = Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16)
        guard let opened = sf_open(temporary, Int32(SFM_WRITE), &info) else {
            TemporaryFiles.remove(temporary)
            throw OutputError(path: reportedPath, problem: .cannotWrite(String(cString: sf_strerror(nil))))
        }
        file = opened
        chapterCount = chapterTitles.count
        for (kind, value) in [(SF_STR_TITLE, tags.title), (SF_STR_ARTIST, tags.artist), (SF_STR_DATE, tags.date),
                              (SF_STR_COMMENT, tags.source.map { "Source: \($0)" }), (SF_STR_SOFTWARE, tags.software)] {
            guard let value, !value.isEmpty else { continue }
            if sf_set_string(opened, Int32(kind), value) != 0 { throw failure("cannot set tag") }
        }
        guard !chapterTitles.isEmpty else { return }
        markersFollowAudio = MarkerChunks.chunkBytes(titles: chapterTitles) > Self.headerMarkerLimit
        if markersFollowAudio { return }
        // Placeholder positions 0, 1, 2...: distinct, ascending, patched in `finish`.
        let placeholders = chapterTitles.enumerated().map {
            ChapterMarker(title: $0.element, startFrame: $0.offset, lengthFrames: 1)
        }
        let ids = (1...chapterTitles.count).map { UInt32($0) }
        guard narrator_sf_set_cues(opened, UInt32(ids.count), ids, placeholders.map { UInt32($0.startFrame) }) == SF_TRUE else {
            throw failure("cannot set chapter cue points")
        }
        let payload = MarkerChunks.adtlPayload(for: placeholders)
        let pointer = UnsafeMutableRawPointer.allocate(byteCount: payload.count, alignment: 4)
        payload.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress!, byteCount: payload.count) }
        chunkPayload = pointer
        var chunk = SF_CHUNK_INFO()
        withUnsafeMutableBytes(of: &chunk.id) { bytes in
            for (index, byte) in "LIST".utf8.enumerated() { bytes[index] = byte }
        }
        chunk.id_size = 4
        chunk.datalen = UInt32(payload.count)
        chunk.data = pointer
        guard sf_set_chunk(opened, &chunk) == Int32(SF_ERR_NO_ERROR) else { throw failure("cannot add chapter labels") }
    }

    public func write(_ samples: ArraySlice<Int16>) throws {
        guard let file else { throw OutputError(path: reportedPath, problem: .cannotWrite("the output is not open")) }
        guard UInt64(framesWritten + samples.count) * 2 <= maxDataBytes else {
            throw OutputError(path: reportedPath, problem: .cannotWrite(
                "the narration is longer than a WAV file can hold (4 GiB, about 27 hours); narrate it in parts"))
        }
        let written = samples.withUnsafeBufferPointer { sf_write_short(file, $0.baseAddress, sf_count_t($0.count)) }
        guard written == sf_count_t(samples.count) else { throw failure("cannot write audio") }
        framesWritten += samples.count
    }

    public func writeSilence(frames: Int) throws {
        let block = [Int16](repeating: 0, count: 4096)
        var remaining = frames
        while remaining > 0 {
            let count = min(remaining, block.count)
            try write(block[0..<count])
            remaining -= count
        }
    }

    public func finish(chapters: [ChapterMarker]) throws {
        guard let file else { throw OutputError(path: reportedPath, problem: .cannotWrite("the output is not open")) }
        precondition(chapters.count == chapterCount, "finish must give one marker per chapter title")
        self.file = nil
        guard sf_close(file) == 0 else {
            TemporaryFiles.remove(temporary)
            throw OutputError(path: reportedPath, problem: .cannotWrite("cannot finish the file"))
        }
        releasePayload()
        do {
            if markersFollowAudio {
                try MarkerPatcher.append(temporary, chapters: chapters)
            } else if !chapters.isEmpty {
                try MarkerPatcher.patch(temporary, chapters: chapters)
            }
            if let staging {
                try staging.add(temporary, as: path)
                handedOver = true
            } else {
                try OutputFile.rename(temporary, to: path)
            }
        } catch let error as ContainerError {
            TemporaryFiles.remove(temporary)
            throw OutputError(path: reportedPath, problem: .cannotWrite(error.message))
        }
    }

    public func discard() {
        if let file {
            QuietStandardError.run { _ = sf_close(file) }  // only reached when the narration failed
            self.file = nil
        }
        releasePayload()
        if !handedOver { TemporaryFiles.remove(temporary) }
    }

    private func releasePayload() {
        chunkPayload?.deallocate()
        chunkPayload = nil
    }

    private func failure(_ what: String) -> OutputError {
        OutputError(path: reportedPath, problem: .cannotWrite("\(what): \(String(cString: sf_strerror(file)))"))
    }
}
