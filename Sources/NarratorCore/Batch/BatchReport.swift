import Foundation

/// `report.json` of a batch run: every item's outcome, and totals. Shards' reports merge into
/// one (`merged(_:)`), as `narrate batch merge-reports` does.
public struct BatchReport: Codable, Sendable, Equatable {
    public var version = 1
    /// "K/N" when the run was one shard of a job.
    public var shard: String?
    public var started: String
    public var finished: String
    public var items: [ItemReport]
    public var summary: Summary
    /// How web addresses were fetched, when the job had any.
    public var web: Web?

    public init(shard: String?, started: String, finished: String, items: [ItemReport]) {
        self.shard = shard
        self.started = started
        self.finished = finished
        self.items = items
        summary = Summary(items)
    }

    public enum Status: String, Codable, Sendable { case ok, skipped, failed, interrupted }

    public struct ItemReport: Codable, Sendable, Equatable {
        public var input: String
        public var output: String
        public var status: Status
        /// Every file written for the item, relative to the output directory.
        public var files: [String] = []
        public var pieces: [Piece] = []
        public var title: String?
        public var published: String?
        public var durationSeconds: Double?
        public var words: Int?
        public var wpm: Double?
        /// Sentences synthesized, and taken from the sentence cache.
        public var synthesized: Int?
        public var cached: Int?
        /// The worker's peak resident memory after the item, in KiB.
        public var maxResidentKiB: Int?
        public var attempts = 0
        /// Wall-clock seconds spent on the item.
        public var seconds: Double?
        public var error: String?
        public var key: String?
        /// For a web address: where the fetch ended (the page's canonical link may differ).
        public var fetchedFrom: String?
        /// For a web address: "fetched" this run, or "stored" (the copy an earlier run kept).
        public var page: String?

        public init(input: String, output: String, status: Status) {
            self.input = input
            self.output = output
            self.status = status
        }
    }

    /// One audio file of an item (several when split) and the sidecars a feed points at.
    public struct Piece: Codable, Sendable, Equatable {
        public var audio: String
        public var durationSeconds: Double
        public var chapters: String?
        public var transcript: String?

        public init(audio: String, durationSeconds: Double, chapters: String? = nil, transcript: String? = nil) {
            self.audio = audio
            self.durationSeconds = durationSeconds
            self.chapters = chapters
            self.transcript = transcript
        }
    }

    /// The fetching side of a run with web addresses.
    public struct Web: Codable, Sendable, Equatable {
        /// "obeyed", or "ignored" (--ignore-robots).
        public var robots: String
        public var perHost: Int
        /// The most requests that were in flight to one host at once.
        public var peakPerHost: Int
        /// Pages fetched this run, taken from the store, and failed.
        public var fetched = 0, stored = 0, failed = 0
        /// The feed read (--feed), how ("fetched", "not modified", "file"), and its entries.
        public var feed: String?
        public var feedStatus: String?
        public var feedEntries: Int?

        public init(robots: String, perHost: Int, peakPerHost: Int) {
            self.robots = robots
            self.perHost = perHost
            self.peakPerHost = peakPerHost
        }
    }

    public struct Summary: Codable, Sendable, Equatable {
        public var items = 0, ok = 0, skipped = 0, failed = 0, interrupted = 0
        public var audioSeconds = 0.0
        public var words = 0

        public init(_ items: [ItemReport]) {
            self.items = items.count
            for item in items {
                switch item.status {
                case .ok: ok += 1
                case .skipped: skipped += 1
                case .failed: failed += 1
                case .interrupted: interrupted += 1
                }
                audioSeconds += item.durationSeconds ?? 0
                words += item.words ?? 0
            }
        }
    }

    /// Pretty-printed JSON, keys sorted, like the timings file.
    public func json() throws -> Data {
        try Timings.stableJSON(self)
    }

    /// Several shards' reports as one: items in the order given, earliest start, latest finish.
    public static func merged(_ reports: [BatchReport]) -> BatchReport {
        BatchReport(shard: nil, started: reports.map(\.started).min() ?? "", finished: reports.map(\.finished).max() ?? "",
                    items: reports.flatMap(\.items))
    }
}
