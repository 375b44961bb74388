import ArgumentParser
import Foundation
import Narrator

/// Runs the parsed command, and writes a bad command line as one line with the usage hint.
///
/// swift-argument-parser prints an argument error as a block (the error, the option's help, the
/// usage, a hint). Here every bad command line is one line on standard error, like every other
/// error of `narrate` ("narrate: --format 'xml' is not one of ...; see 'narrate segment --help'"),
/// with exit status 64. Help and version requests are printed whole, as the parser does.
enum CommandLineErrors {
    /// The command the arguments name; a bad command line is reported on one line and ends the
    /// process (64), help and version requests are printed whole and end it (0).
    static func parse(_ arguments: [String]? = nil) -> ParsableCommand {
        do {
            return try Narrate.parseAsRoot(arguments)
        } catch {
            if Narrate.exitCode(for: error) != .validationFailure { Narrate.exit(withError: error) }
            Failure.report(oneLine(for: error))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
    }

    /// Ends the process (69) with one line when /proc is not mounted and the command needs
    /// Swift's thread pool (every command but help). libdispatch reads /proc/PID/task to watch
    /// its workers and traps without it, at a random moment once it has started: this is
    /// asked before it starts (see `Entry`).
    static func requireThreadPool(for command: ParsableCommand) {
        let asksForHelp = type(of: command).configuration.commandName == "help"
        if !asksForHelp, access("/proc/self/task", R_OK) != 0 {
            Failure.report("/proc is not mounted: the Swift runtime's thread pool needs it (mount proc in the chroot or sandbox)")
            Foundation.exit(ExitStatus.unavailable.code)
        }
    }

    /// Runs the parsed command; an error it throws is reported and sets the exit status.
    static func run(_ command: ParsableCommand) async {
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var command = command
                try command.run()
            }
        } catch {
            Narrate.exit(withError: error)
        }
    }

    /// The parser's message, its lines joined, and the help command its usage block names.
    static func oneLine(for error: Error) -> String {
        let joined = Narrate.message(for: error)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
        let message = joined.hasSuffix(".") ? String(joined.dropLast()) : joined
        let full = Narrate.fullMessage(for: error)
        guard let start = full.range(of: "See '"), let end = full[start.upperBound...].firstIndex(of: "'") else {
            return "\(message); see 'narrate --help'"
        }
        return "\(message); see '\(full[start.upperBound..<end])'"
    }
}
