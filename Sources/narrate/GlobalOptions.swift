import ArgumentParser
import Foundation
import Logging
import Narrator

/// Flags every subcommand shares: verbosity.
struct GlobalOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Say more on standard error (repeat for debug detail).")
    var verbose: Int

    @Flag(name: .shortAndLong, help: "Only errors on standard error.")
    var quiet = false

    /// Sends swift-log output to standard error at the chosen level.
    func bootstrapLogging(defaultLevel: Logger.Level = .warning) -> Logger {
        let level: Logger.Level = quiet ? .error : verbose >= 2 ? .trace : verbose == 1 ? .info : defaultLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        return Logger(label: "narrate")
    }
}

/// Ends the command for an error: one line on standard error, the documented exit status.
enum Failure {
    static func exit(_ error: Error) -> ExitCode {
        if let error = error as? NarratorError {
            report(error.description)
            return ExitCode(error.exitStatus.code)
        }
        if error is CancellationError {
            report("interrupted")
            return ExitCode(ExitStatus.interrupted.code)
        }
        report("internal error: \(error)")
        return ExitCode(ExitStatus.software.code)
    }

    static func report(_ message: String) {
        let line = message.replacingOccurrences(of: "\n", with: " ")
        FileHandle.standardError.write(Data("narrate: \(line)\n".utf8))
    }
}
