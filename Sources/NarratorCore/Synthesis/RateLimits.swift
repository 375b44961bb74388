/// The nominal rates an engine accepts: a range, less any it must not be asked for.
///
/// Each engine states its own (`SpeechSynthesizer.rateLimits`); the rate controller keeps to them
/// without knowing which engine it drives.
public struct RateLimits: Sendable, Equatable {
    public var range: ClosedRange<Int>
    /// Rates inside the range to step around (the next lower one is used).
    public var avoided: Set<Int>

    public init(range: ClosedRange<Int>, avoided: Set<Int> = []) {
        self.range = range
        self.avoided = avoided
    }

    /// Any rate from 1 to 100,000: for engines whose rate is exact (the tone test double).
    public static let permissive = RateLimits(range: 1...100_000)

    /// `rate` brought into the range and off any avoided value.
    public func usable(_ rate: Int) -> Int {
        var rate = min(max(rate, range.lowerBound), range.upperBound)
        while avoided.contains(rate), rate > range.lowerBound { rate -= 1 }
        return rate
    }
}
