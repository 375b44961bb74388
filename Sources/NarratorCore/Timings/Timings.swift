import Foundation

/// Where every chapter and sentence sits in the audio: the timings sidecar.
///
/// Written as `<output>.timings.json`; seconds are numbers. `chapter` and `paragraph` in a
/// sentence are 0-based indexes (into `chapters`, and over the article's paragraphs).
public struct Timings: Sendable, Equatable, Codable {
    public var audio: String
    public var sampleRate: Int
    public var frames: Int
    public var durationSeconds: Double
    public var words: Int
    public var voice: String
    public var speed: SpeedRecord
    public var chapters: [ChapterTiming]
    public var sentences: [SentenceTiming]
    /// The language read in, what the page declared, what its text was identified as, and why.
    public var language: LanguageDecision?
    /// Where the article came from: its file, or for a web page its own address (canonical
    /// link, else where the fetch ended); nil for standard input and editions.
    public var source: String?

    public struct SpeedRecord: Sendable, Equatable, Codable {
        public var multiplier: Double
        public var targetWPM: Double
        public var measuredWPM: Double
    }

    public struct ChapterTiming: Sendable, Equatable, Codable {
        public var title: String
        public var start: Double
        public var end: Double

        public init(title: String, start: Double, end: Double) {
            self.title = title
            self.start = start
            self.end = end
        }
    }

    public struct SentenceTiming: Sendable, Equatable, Codable {
        public var chapter: Int
        public var paragraph: Int
        public var text: String
        public var start: Double
        public var end: Double
        /// "byline" or "date" for an announcement (`--announce`), absent for the article's text.
        public var role: Announcement? = nil
    }

    /// The frame at `seconds` into the audio (times are kept to the microsecond, so a frame's
    /// time converts back to that frame exactly).
    public func frame(at seconds: Double) -> Int {
        Int((seconds * Double(sampleRate)).rounded())
    }

    /// Describes audio stored at another rate (Opus at 24 kHz): frames are rescaled, times kept.
    public mutating func describeStorage(sampleRate rate: Int) {
        guard rate != sampleRate else { return }
        frames = Int((Double(frames) * Double(rate) / Double(sampleRate)).rounded())
        sampleRate = rate
    }

    /// Pretty-printed JSON, keys sorted so the file is stable from run to run.
    public func json() throws -> Data {
        try Self.stableJSON(self)
    }

    /// The JSON form Narrator writes its files in: pretty-printed, keys sorted, slashes plain.
    public static func stableJSON(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}

extension Double {
    /// Rounded to microseconds, so sidecars stay readable and stable.
    var microseconds: Double { (self * 1_000_000).rounded() / 1_000_000 }
}
