import CSndFile
import Foundation
import NarratorCore

/// The libsndfile calls that write one finished WAV: tags and markers first, then audio.
enum SndFileWriter {
    static func write(to temporary: String, sampleRate: Int, chapters: [ChapterMarker], tags: AudioTags,
                      frames: Int, from spool: UnsafeMutablePointer<FILE>, reportingAs path: String) throws {
        var info = SF_INFO()
        info.samplerate = Int32(sampleRate)
        info.channels = 1
        info.format = Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16)
        guard let file = sf_open(temporary, Int32(SFM_WRITE), &info) else {
            throw OutputError(path: path, problem: .cannotWrite(String(cString: sf_strerror(nil))))
        }
        var closed = false
        defer { if !closed { sf_close(file) } }
        func fail(_ what: String) -> OutputError {
            OutputError(path: path, problem: .cannotWrite("\(what): \(String(cString: sf_strerror(file)))"))
        }

        for (kind, value) in [(SF_STR_TITLE, tags.title), (SF_STR_ARTIST, tags.artist), (SF_STR_DATE, tags.date),
                              (SF_STR_COMMENT, tags.source.map { "Source: \($0)" }), (SF_STR_SOFTWARE, tags.software)] {
            guard let value, !value.isEmpty else { continue }
            if sf_set_string(file, Int32(kind), value) != 0 { throw fail("cannot set tag") }
        }

        // The adtl payload must outlive the file handle: libsndfile reads it at the first write.
        let payload = MarkerChunks.adtlPayload(for: chapters)
        let payloadPointer = UnsafeMutableRawPointer.allocate(byteCount: max(payload.count, 4), alignment: 4)
        defer { payloadPointer.deallocate() }
        if !chapters.isEmpty {
            let ids = (1...chapters.count).map { UInt32($0) }
            let starts = chapters.map { UInt32(clamping: $0.startFrame) }
            guard narrator_sf_set_cues(file, UInt32(chapters.count), ids, starts) == SF_TRUE else {
                throw fail("cannot set chapter cue points")
            }
            payload.withUnsafeBytes { payloadPointer.copyMemory(from: $0.baseAddress!, byteCount: payload.count) }
            var chunk = SF_CHUNK_INFO()
            withUnsafeMutableBytes(of: &chunk.id) { bytes in
                for (index, byte) in "LIST".utf8.enumerated() { bytes[index] = byte }
            }
            chunk.id_size = 4
            chunk.datalen = UInt32(payload.count)
            chunk.data = payloadPointer
            guard sf_set_chunk(file, &chunk) == Int32(SF_ERR_NO_ERROR) else {
                throw fail("cannot add chapter labels")
            }
        }

        // Copy the spooled samples in blocks.
        rewind(spool)
        var block = [Int16](repeating: 0, count: 65536)
        var remaining = frames
        while remaining > 0 {
            let want = min(remaining, block.count)
            let got = block.withUnsafeMutableBufferPointer { fread($0.baseAddress, 2, want, spool) }
            guard got == want else {
                throw OutputError(path: path, problem: .cannotWrite("the audio spool file was cut short"))
            }
            let written = block.withUnsafeBufferPointer { sf_write_short(file, $0.baseAddress, sf_count_t(got)) }
            guard written == sf_count_t(got) else { throw fail("cannot write audio") }
            remaining -= got
        }
        closed = true
        guard sf_close(file) == 0 else {
            throw OutputError(path: path, problem: .cannotWrite("cannot finish the file"))
        }
    }
}
