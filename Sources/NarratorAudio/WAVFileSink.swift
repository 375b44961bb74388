import CSndFile
import Foundation
import NarratorCore

/// Writes a 22050 Hz (or any rate) 16-bit mono WAV with chapter markers, through libsndfile.
///
/// Samples stream to a raw spool file beside the output, so memory stays flat however long the
/// article. On `finish`, the WAV is written under a temporary name with RIFF INFO tags, a
/// `cue ` chunk and a `LIST/adtl` chunk (labels and regions) ahead of `data` (libsndfile writes
/// cues only before the first audio write), then the spool is copied in and the file renamed
/// into place. Nothing ever appears under the final name until it is complete.
public final class WAVFileSink: AudioSink {
    public let sampleRate: Int
    public let path: String
    public private(set) var framesWritten = 0
    private let spoolPath: String
    private var spool: UnsafeMutablePointer<FILE>?

    /// Opens the spool. Throws `OutputError` when the destination cannot be written.
    public init(path: String, sampleRate: Int) throws {
        self.path = path
        self.sampleRate = sampleRate
        try OutputFile.prepare(path)
        spoolPath = OutputFile.temporaryPath(for: path, suffix: "pcm.tmp")
        guard let file = fopen(spoolPath, "w+b") else {
            TemporaryFiles.remove(spoolPath)
            throw OutputError(path: path, problem: .cannotWrite(String(cString: strerror(errno))))
        }
        spool = file
    }

    deinit { discard() }

    public func write(_ samples: [Int16]) throws {
        guard let spool else { throw OutputError(path: path, problem: .cannotWrite("output already closed")) }
        let written = samples.withUnsafeBufferPointer { fwrite($0.baseAddress, 2, $0.count, spool) }
        guard written == samples.count else {
            throw OutputError(path: path, problem: .cannotWrite(String(cString: strerror(errno))))
        }
        framesWritten += samples.count
    }

    public func writeSilence(frames: Int) throws {
        var remaining = frames
        let block = [Int16](repeating: 0, count: min(frames, 8192))
        while remaining > 0 {
            let count = min(remaining, block.count)
            try write(count == block.count ? block : Array(block[0..<count]))
            remaining -= count
        }
    }

    public func finish(chapters: [ChapterMarker], tags: AudioTags) throws {
        guard let spool else { throw OutputError(path: path, problem: .cannotWrite("output already closed")) }
        guard fflush(spool) == 0 else {
            throw OutputError(path: path, problem: .cannotWrite(String(cString: strerror(errno))))
        }
        let dataBytes = UInt64(framesWritten) * 2
        guard dataBytes < 0xFFFF_0000 - 65536 else {
            throw OutputError(path: path, problem: .cannotWrite(
                "the narration is longer than a WAV file can hold (4 GiB); narrate it in parts"))
        }
        let temporary = OutputFile.temporaryPath(for: path, suffix: "wav.tmp")
        do {
            try SndFileWriter.write(to: temporary, sampleRate: sampleRate, chapters: chapters, tags: tags,
                                    frames: framesWritten, from: spool, reportingAs: path)
            try OutputFile.rename(temporary, to: path)
        } catch {
            TemporaryFiles.remove(temporary)
            throw error
        }
        fclose(spool)
        self.spool = nil
        TemporaryFiles.remove(spoolPath)
    }

    public func discard() {
        if let spool {
            fclose(spool)
            self.spool = nil
            TemporaryFiles.remove(spoolPath)
        }
    }
}
