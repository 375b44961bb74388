import ArgumentParser
import Foundation
import Logging
import Narrator
import NarratorBatch

/// `narrate batch-worker`: one worker process of a batch (started by `narrate batch`, not by
/// hand): requests on standard input, results on standard output, one JSON object a line.
struct BatchWorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch-worker", abstract: "A batch worker process (started by narrate batch).", shouldDisplay: false)

    @Option(help: "The sentence audio cache directory.")
    var cache: String?

    @Option(name: .customLong("cache-size"), help: "The cache's size limit in bytes.")
    var cacheSize = 1 << 30

    @Option(help: "The batch's process id: the worker ends when it does.")
    var parent: Int32?

    func run() async throws {
        LoggingSystem.bootstrap { _ in SwiftLogNoOpLogHandler() }
        // A batch killed outright (SIGKILL) cannot end its workers: the kernel sends them SIGTERM
        // instead, and they stop without landing the item in hand (its temporary files removed).
        let ending = InterruptCleanup.install(signals: [SIGTERM], saying: nil)
        if let parent, !ParentWatch.endWithParent(parent) {
            TemporaryFiles.removeAllAndExit(ExitStatus.interrupted.code, saying: nil)
        }
        // Ctrl-C on a terminal reaches the whole process group: the batch decides, and ends
        // its workers with SIGTERM (then removes their temporary files).
        signal(SIGINT, SIG_IGN)
        let store = try cache.map { try FileSentenceCache(directory: $0, maxBytes: cacheSize) }
        await BatchWorker.serve(cache: store)
        ending.cancel()
    }
}
