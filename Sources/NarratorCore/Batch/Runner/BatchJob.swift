import Foundation
import Narrator

/// A batch job as the command line or a library caller sets it up.
public struct BatchJob: Sendable {
    public var items: [BatchItem]
    public var outputDirectory: String
    /// Settings for items that give none (the command line's flags, with its pauses and limits).
    public var defaults: NarrationSettings
    public var voiceDirectories: [String]
    public var jobs: Int
    /// Seconds one item may take before its worker is killed and the item retried.
    public var timeout: Double
    public var shard: Shard?
    /// `feed.xml` for the outputs at this base URL.
    public var feedBaseURL: String?
    public var feedTitle: String
    /// How to start a worker: the `narrate` executable and its `batch-worker` arguments.
    public var workerCommand: [String]
    /// Worker standard error goes to /dev/null (the results carry every error).
    public var quietWorkers: Bool
    /// How web addresses among the items are fetched (politeness, timeouts, headers).
    public var fetch = FetchOptions()
    /// Fetch web addresses again even when an earlier run kept their pages.
    public var refetch = false
    /// The feed the items came from (`--feed`), for the report.
    public var feed: (address: String, status: String, entries: Int)?

    public init(items: [BatchItem], outputDirectory: String, defaults: NarrationSettings = NarrationSettings(),
                voiceDirectories: [String] = [],
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, timeout: Double = 600, shard: Shard? = nil,
                feedBaseURL: String? = nil, feedTitle: String = "Narrated articles", workerCommand: [String],
                quietWorkers: Bool = true) {
        self.items = items
        self.outputDirectory = outputDirectory
        self.defaults = defaults
        self.voiceDirectories = voiceDirectories
        self.jobs = jobs
        self.timeout = timeout
        self.shard = shard
        self.feedBaseURL = feedBaseURL
        self.feedTitle = feedTitle
        self.workerCommand = workerCommand
        self.quietWorkers = quietWorkers
    }
}

/// What a run reports as it goes, for progress displays.
public enum BatchEvent: Sendable {
    /// `toDo` items will be narrated; `skipped` are up to date; `swept` stale temporary files removed.
    case planned(total: Int, toDo: Int, skipped: Int, swept: Int)
    /// Web addresses are being fetched (or taken from the store) before narration starts.
    case fetching(addresses: Int)
    case started(input: String)
    case finished(BatchReport.ItemReport)
}
