/// How `--split` cuts a narration into numbered files: at every chapter, or into pieces of at
/// most a number of minutes. Cuts fall only where a sentence starts, so no word is cut; a
/// single sentence longer than the limit makes a longer piece.
public enum SplitRule: Sendable, Equatable {
    case chapters
    case minutes(Double)

    /// "chapters", or minutes as a positive number ("10", "2.5").
    public init(parsing text: String) throws {
        if text.lowercased() == "chapters" { self = .chapters; return }
        guard let minutes = Double(text), minutes.isFinite, minutes >= 0.1, minutes <= 24 * 60 else {
            throw SplitRuleError(value: text)
        }
        self = .minutes(minutes)
    }

    /// The pieces, as frame ranges covering the whole narration in order.
    public func pieces(of timings: Timings) -> [Range<Int>] {
        let frame = timings.frame(at:)
        let rate = Double(timings.sampleRate)
        var cuts: [Int]
        switch self {
        case .chapters:
            cuts = timings.chapters.dropFirst().map { frame($0.start) }
        case .minutes(let minutes):
            let limit = Int(minutes * 60 * rate)
            cuts = []
            var pieceStart = 0
            var lastFit = 0  // the latest sentence start that keeps the piece within the limit
            // Candidate cuts: every sentence start, then the end of the audio.
            for boundary in timings.sentences.dropFirst().map({ frame($0.start) }) + [timings.frames] {
                if boundary - pieceStart > limit {
                    // Cut at the last start that fits; a sentence longer than the limit stands alone.
                    let cut = lastFit > pieceStart ? lastFit : boundary
                    if cut < timings.frames { cuts.append(cut) }
                    pieceStart = cut
                }
                lastFit = boundary
            }
        }
        let bounds = [0] + cuts.filter { $0 > 0 && $0 < timings.frames } + [timings.frames]
        return zip(bounds, bounds.dropFirst()).compactMap { $0 < $1 ? $0..<$1 : nil }
    }

    /// "briefing.wav" piece 3 of 12 -> "briefing-03.wav" (numbered with at least two digits).
    public static func piecePath(_ path: String, index: Int, count: Int) -> String {
        let width = max(2, String(count).count)
        let number = Clock.pad(index + 1, width)
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "\(path)-\(number)" }
        return "\(path[..<dot])-\(number)\(path[dot...])"
    }
}

public struct SplitRuleError: NarratorError, Equatable {
    public var value: String
    public init(value: String) { self.value = value }
    public var description: String {
        "--split '\(value)' is not understood: give chapters, or minutes per file (from 0.1 to 1440)"
    }
    public var exitStatus: ExitStatus { .usage }
}
