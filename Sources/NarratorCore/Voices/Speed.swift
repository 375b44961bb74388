/// A listening speed: a multiplier of the 200 words-per-minute reference pace.
///
/// Accepted spellings: `1.25x`, `1.25`, `250wpm`, `250 WPM`, and the presets `slow` (0.75x,
/// 150 WPM), `average` (1.0x, 200 WPM) and `fast` (1.5x, 300 WPM). Range 0.5x to 3x.
public struct Speed: Sendable, Equatable, CustomStringConvertible {
    /// Words per minute at 1.0x.
    public static let referenceWPM = 200.0
    public static let range: ClosedRange<Double> = 0.5...3.0
    public static let presets: [(name: String, multiplier: Double)] = [
        ("slow", 0.75), ("average", 1.0), ("fast", 1.5),
    ]

    public let multiplier: Double

    public init(multiplier: Double) throws {
        guard multiplier.isFinite, Self.range.contains(multiplier) else {
            throw SpeedError(text: "\(multiplier)x", problem: .outOfRange)
        }
        self.multiplier = multiplier
    }

    public static let normal = try! Speed(multiplier: 1.0)

    /// The target pace in words per minute.
    public var targetWPM: Double { multiplier * Self.referenceWPM }

    public var description: String {
        let formatted = multiplier == multiplier.rounded() ? String(Int(multiplier)) : String(multiplier)
        return "\(formatted)x (\(Int(targetWPM.rounded())) WPM)"
    }

    /// Parses a user's spelling of a speed.
    public static func parse(_ text: String) throws -> Speed {
        let compact = text.lowercased().filter { !$0.isWhitespace }
        if let preset = presets.first(where: { $0.name == compact }) {
            return try Speed(multiplier: preset.multiplier)
        }
        let multiplier: Double?
        if compact.hasSuffix("wpm") {
            multiplier = Double(compact.dropLast(3)).map { $0 / referenceWPM }
        } else if compact.hasSuffix("x") {
            multiplier = Double(compact.dropLast())
        } else {
            multiplier = Double(compact)
        }
        guard let multiplier, multiplier.isFinite, !compact.hasPrefix("+") else {
            throw SpeedError(text: text, problem: .malformed)
        }
        guard range.contains(multiplier) else { throw SpeedError(text: text, problem: .outOfRange) }
        return try Speed(multiplier: multiplier)
    }
}

/// A speed the user typed that cannot be used.
public struct SpeedError: NarratorError, Equatable {
    public enum Problem: Sendable, Equatable { case malformed, outOfRange }
    public var text: String
    public var problem: Problem

    public var description: String {
        switch problem {
        case .malformed:
            return "speed '\(text)' is not understood: use e.g. 1.25x, 1.25, 250wpm, slow, average or fast"
        case .outOfRange:
            return "speed '\(text)' is out of range: use 0.5x to 3x (100 to 600 WPM)"
        }
    }

    public var exitStatus: ExitStatus { .usage }
}
