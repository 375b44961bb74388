import Narrator

/// Named choices on the command line (`--format`, `--markers`), parsed here so that a wrong
/// value is one line of error with the usage exit status, like every other bad flag.
enum ChoiceOption {
    struct Invalid: NarratorError {
        var flag: String
        var value: String
        var choices: [String]
        var description: String { "--\(flag) '\(value)' is not one of: \(choices.joined(separator: ", "))" }
        var exitStatus: ExitStatus { .usage }
    }

    static func parse<Choice: RawRepresentable & CaseIterable>(_ value: String, flag: String) throws -> Choice
    where Choice.RawValue == String {
        guard let choice = Choice(rawValue: value.lowercased()) else {
            throw Invalid(flag: flag, value: value, choices: Choice.allCases.map(\.rawValue))
        }
        return choice
    }
}
