import Foundation
import NarratorCore

/// Fills real chapter positions into a closed WAV whose `cue ` and `LIST/adtl` chunks were
/// written with placeholders of the right size.
///
/// Walks the RIFF header to the two chunks and overwrites, in place, each cue point's
/// dwPosition and dwSampleOffset and each `ltxt` region's sample length. Only these fixed-size
/// fields change, so every chunk keeps its size and the file stays valid.
enum MarkerPatcher {
    static func patch(_ path: String, chapters: [ChapterMarker]) throws {
        guard let handle = FileHandle(forUpdatingAtPath: path) else {
            throw ContainerError(message: "cannot reopen the file to place chapter markers")
        }
        defer { try? handle.close() }
        // The chunks sit before `data`: titles are at most 255 bytes, so 64 KiB holds the
        // header of a narration with a few hundred chapters; read on for more.
        var bytes = [UInt8](try handle.read(upToCount: 65536) ?? Data())
        while bytes.count % 65536 == 0, !bytes.isEmpty, !headerHasData(bytes), bytes.count < 64 << 20 {
            guard let more = try handle.read(upToCount: 65536), !more.isEmpty else { break }
            bytes += more
        }
        guard bytes.count >= 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WAVE".utf8) else {
            throw ContainerError(message: "the file libsndfile wrote is not a RIFF/WAVE file")
        }
        var edits: [(offset: UInt64, value: UInt32)] = []
        var offset = 12
        var foundCue = false
        var foundAdtl = false
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = Int(le32(bytes, offset + 4))
            let body = offset + 8
            if id == "data" { break }
            if id == "cue " {
                let count = Int(le32(bytes, body))
                guard count == chapters.count else { throw ContainerError(message: "cue point count mismatch") }
                for (index, chapter) in chapters.enumerated() {
                    let point = body + 4 + index * 24
                    edits.append((UInt64(point + 4), UInt32(clamping: chapter.startFrame)))   // dwPosition
                    edits.append((UInt64(point + 20), UInt32(clamping: chapter.startFrame)))  // dwSampleOffset
                }
                foundCue = true
            } else if id == "LIST", body + 4 <= bytes.count, bytes[body..<body + 4].elementsEqual("adtl".utf8) {
                var sub = body + 4
                while sub + 8 <= min(body + size, bytes.count) {
                    let subID = String(decoding: bytes[sub..<sub + 4], as: UTF8.self)
                    let subSize = Int(le32(bytes, sub + 4))
                    if subID == "ltxt" {
                        let cueID = Int(le32(bytes, sub + 8))
                        guard (1...chapters.count).contains(cueID) else { throw ContainerError(message: "region for unknown cue") }
                        edits.append((UInt64(sub + 12), UInt32(clamping: chapters[cueID - 1].lengthFrames)))
                    }
                    sub += 8 + subSize + (subSize & 1)
                }
                foundAdtl = true
            }
            offset = body + size + (size & 1)
        }
        guard foundCue, foundAdtl else { throw ContainerError(message: "chapter chunks missing from the written file") }
        do {
            for edit in edits {
                try handle.seek(toOffset: edit.offset)
                try handle.write(contentsOf: withUnsafeBytes(of: edit.value.littleEndian) { Data($0) })
            }
            try handle.synchronize()
        } catch {
            throw ContainerError(message: "cannot place chapter markers: \(error.localizedDescription)")
        }
    }

    /// Appends `cue ` and `LIST/adtl` chunks after the audio of a closed WAV and corrects the
    /// RIFF size: for marker chunks too large for libsndfile's header.
    static func append(_ path: String, chapters: [ChapterMarker]) throws {
        guard let handle = FileHandle(forUpdatingAtPath: path) else {
            throw ContainerError(message: "cannot reopen the file to place chapter markers")
        }
        defer { try? handle.close() }
        let cue = MarkerChunks.cuePayload(for: chapters)
        let adtl = MarkerChunks.adtlPayload(for: chapters)
        var chunks = Array("cue ".utf8) + MarkerChunks.le32(UInt32(cue.count)) + cue
        chunks += Array("LIST".utf8) + MarkerChunks.le32(UInt32(adtl.count)) + adtl
        do {
            var end = try handle.seekToEnd()
            if end % 2 == 1 {  // a chunk starts on an even offset
                try handle.write(contentsOf: Data([0]))
                end += 1
            }
            let riffSize = end + UInt64(chunks.count) - 8
            guard riffSize <= UInt64(UInt32.max) else {
                throw ContainerError(message: "the audio and its chapter markers are larger than a WAV file can hold (4 GiB); narrate it in parts")
            }
            try handle.write(contentsOf: Data(chunks))
            try handle.seek(toOffset: 4)
            try handle.write(contentsOf: Data(MarkerChunks.le32(UInt32(riffSize))))
            try handle.synchronize()
        } catch let error as ContainerError {
            throw error
        } catch {
            throw ContainerError(message: "cannot place chapter markers: \(error.localizedDescription)")
        }
    }

    /// Whether the top-level chunk walk reaches the `data` chunk within `bytes`.
    private static func headerHasData(_ bytes: [UInt8]) -> Bool {
        var offset = 12
        while offset + 8 <= bytes.count {
            if bytes[offset..<offset + 4].elementsEqual("data".utf8) { return true }
            let size = Int(le32(bytes, offset + 4))
            offset += 8 + size + (size & 1)
        }
        return false
    }

    private static func le32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
