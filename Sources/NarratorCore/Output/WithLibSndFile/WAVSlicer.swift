import CSndFile
import NarratorCore

/// Copies a range of frames of a finished WAV into another sink, in blocks (flat memory).
public enum WAVSlicer {
    public static func copy(_ path: String, frames: Range<Int>, into sink: AudioSink) throws {
        var info = SF_INFO()
        guard let file = sf_open(path, Int32(SFM_READ), &info) else {
            throw OutputError(path: path, problem: .cannotWrite("cannot read the narration: \(String(cString: sf_strerror(nil)))"))
        }
        defer { sf_close(file) }
        guard sf_seek(file, sf_count_t(frames.lowerBound), SEEK_SET) == sf_count_t(frames.lowerBound) else {
            throw OutputError(path: path, problem: .cannotWrite("cannot seek to frame \(frames.lowerBound)"))
        }
        var block = [Int16](repeating: 0, count: 16_384)
        var remaining = frames.count
        while remaining > 0 {
            let want = min(remaining, block.count)
            let got = Int(block.withUnsafeMutableBufferPointer { sf_read_short(file, $0.baseAddress, sf_count_t(want)) })
            guard got == want else { throw OutputError(path: path, problem: .cannotWrite("the narration is shorter than its timings")) }
            try sink.write(block[0..<got])
            remaining -= got
        }
    }
}
