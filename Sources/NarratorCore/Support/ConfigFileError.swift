/// A file the user wrote (a lexicon, a job file) that cannot be used: the file, the line at
/// fault when there is one, and what is wrong, as `file:line: message`.
public struct ConfigFileError: NarratorError, Equatable {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
    public var exitStatus: ExitStatus { .config }
}
