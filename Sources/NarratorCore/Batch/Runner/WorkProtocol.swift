import Narrator

/// What the batch sends a worker process (one JSON line on its standard input) and what the
/// worker answers (one JSON line on its standard output).
public struct WorkRequest: Codable, Sendable, Equatable {
    public var id: Int
    public var input: String
    /// The audio file to write, with its extension.
    public var output: String
    /// Fully resolved: item over job defaults over flags over the built-in defaults.
    public var settings: NarrationSettings
    public var voiceDirectories: [String]
    /// For a web address: the stored page's description file (`input` is then its body).
    public var page: String?

    public init(id: Int, input: String, output: String, settings: NarrationSettings, voiceDirectories: [String]) {
        self.id = id
        self.input = input
        self.output = output
        self.settings = settings
        self.voiceDirectories = voiceDirectories
    }
}

public struct WorkResult: Codable, Sendable, Equatable {
    public var id: Int
    /// The item's report as the worker sees it: status, files and pieces with absolute paths,
    /// figures, its peak memory, and the one-line error when it failed.
    public var report: BatchReport.ItemReport

    public init(id: Int, report: BatchReport.ItemReport) {
        self.id = id
        self.report = report
    }
}
