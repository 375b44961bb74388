import Dispatch
import Foundation
import Narrator

/// On SIGINT or SIGTERM: removes the temporary files of outputs in progress, says so, and exits
/// with status 130. Final names never hold partial files, so nothing else needs undoing.
final class InterruptCleanup: @unchecked Sendable {
    // @unchecked: the sources are created once and only cancelled afterwards.
    private var sources: [DispatchSourceSignal] = []

    static func install() -> InterruptCleanup {
        let cleanup = InterruptCleanup()
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                TemporaryFiles.removeAllAndExit(ExitStatus.interrupted.code,
                                                saying: "narrate: interrupted; no output was written")
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
