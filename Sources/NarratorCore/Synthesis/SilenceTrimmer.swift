/// Finds where speech starts and ends in a buffer of samples.
public enum SilenceTrimmer {
    /// Samples at or below this magnitude (about -54 dBFS) count as silence.
    public static let threshold: Int16 = 64

    /// The range of `samples` from the first to the last sample above the threshold, widened by
    /// `margin` frames each side; empty when all is silence.
    public static func speechRange(_ samples: [Int16], margin: Int = 0) -> Range<Int> {
        guard let first = samples.firstIndex(where: { abs(Int32($0)) > Int32(threshold) }),
              let last = samples.lastIndex(where: { abs(Int32($0)) > Int32(threshold) })
        else { return 0..<0 }
        return max(0, first - margin)..<min(samples.count, last + 1 + margin)
    }
}
