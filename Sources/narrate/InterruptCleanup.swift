import Dispatch
import Foundation
import Narrator

/// On SIGINT, SIGTERM, SIGHUP (the terminal closed) or SIGQUIT: removes the temporary files of
/// outputs in progress, says so, and exits with status 130. Final names never hold partial
/// files, so nothing else needs undoing.
final class InterruptCleanup: @unchecked Sendable {
    // @unchecked: the sources are created once and only cancelled afterwards.
    private var sources: [DispatchSourceSignal] = []

    /// The signals that end a narration cleanly.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    static func install(signals: [Int32] = InterruptCleanup.signals,
                        saying message: String? = "narrate: interrupted; no output was written") -> InterruptCleanup {
        let cleanup = InterruptCleanup()
        for signalNumber in signals {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                TemporaryFiles.removeAllAndExit(ExitStatus.interrupted.code, saying: message)
            }
            source.resume()
            cleanup.sources.append(source)
        }
        return cleanup
    }

    func cancel() {
        for source in sources { source.cancel() }
    }
}
