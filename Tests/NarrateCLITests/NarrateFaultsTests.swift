import Foundation
import NarratorTestSupport
import Testing

/// Faults an adversarial run found (#17), each reproduced here.
@Suite struct NarrateFaultsTests {
    /// Runs `narrate ARGUMENTS` through the shell with standard output sent to `target`.
    func narrate(_ arguments: [String], stdoutTo target: String) throws -> ProcessResult {
        let quoted = ([RepositoryPaths.narrate] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        return try ProcessRunner.run("/bin/sh", ["-c", quoted.joined(separator: " ") + " " + target])
    }

    /// Fault 5: standard output that cannot be written trapped in Foundation (exit 132 and a
    /// backtrace) or lost the output silently with exit 0.
    @Test func standardOutputThatCannotBeWrittenIsAClearError() throws {
        let sample = RepositoryPaths.samples.appendingPathComponent("harbour-tides.html").path
        let directory = try RepositoryPaths.temporaryDirectory()
        let cases: [[String]] = [
            ["extract", sample, "--format", "jsonl"],
            ["extract", sample],
            ["segment", sample],
            ["voices"],
            [sample, "--voice", "en-us", "-o", directory.appendingPathComponent("a.wav").path],
        ]
        for arguments in cases {
            for target in ["> /dev/full", ">&-"] {
                let result = try narrate(arguments, stdoutTo: target)
                #expect(result.status == 73, "\(arguments) \(target): \(result.status) \(result.stderr)")
                #expect(result.stderr.hasPrefix("narrate: standard output: cannot write: "), "\(arguments) \(target): \(result.stderr)")
                #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments) \(target): \(result.stderr)")
            }
        }
    }
}
