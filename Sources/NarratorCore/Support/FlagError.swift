/// A flag's value that cannot be used (a malformed header, a timeout out of range): exit 64.
public struct FlagError: NarratorError, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
    public var exitStatus: ExitStatus { .usage }
}
