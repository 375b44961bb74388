/// Short fades at the edges of each spoken sentence, so that joining speech to silence never
/// makes a click (a jump between neighbouring samples), whatever the engine left at the edge.
public enum EdgeFade {
    /// Fades `frames` samples in at the start and out at the end of `range` within `samples`.
    public static func apply(_ samples: inout [Int16], in range: Range<Int>, frames: Int) {
        let length = min(frames, range.count / 2)
        guard length > 0 else { return }
        for offset in 0..<length {
            let gain = Double(offset) / Double(length)
            let head = range.lowerBound + offset
            let tail = range.upperBound - 1 - offset
            samples[head] = Int16((Double(samples[head]) * gain).rounded())
            samples[tail] = Int16((Double(samples[tail]) * gain).rounded())
        }
    }
}
