import Foundation
import Narrator

/// Worker processes for a long-running caller (`narrate serve`): requests are submitted as they
/// come and each outcome is reported as it ends. The same pool, retries and timeouts as a batch.
public final class WorkerService: Sendable {
    public enum Outcome: Sendable {
        /// The worker's report of the item (status ok or failed, files, figures).
        case finished(BatchReport.ItemReport)
        /// The item failed twice outside the narration (the worker died or hung).
        case failed(String)
        case interrupted
    }

    private let pool: WorkerPool

    /// - Parameter command: the `narrate` executable and its `batch-worker` arguments.
    public init(command: [String], slots: Int, timeout: Double, outputDirectory: String, quietWorkers: Bool = true) {
        pool = WorkerPool(command: command, slots: slots, timeout: timeout, quietWorkers: quietWorkers,
                          outputDirectory: outputDirectory)
    }

    public func start(started: @escaping @Sendable (WorkRequest) -> Void = { _ in },
                      finished: @escaping @Sendable (WorkRequest, Outcome, Double) -> Void) {
        pool.start(started: started) { request, outcome, _, seconds in
            switch outcome {
            case .finished(let result): finished(request, .finished(result.report), seconds)
            case .failed(let why): finished(request, .failed(why), seconds)
            case .interrupted: finished(request, .interrupted, seconds)
            }
        }
    }

    public func submit(_ request: WorkRequest) { pool.submit(request) }

    /// Requests waiting for a worker.
    public var waiting: Int { pool.waiting }

    /// Hands out no more work and ends the workers (an item in flight is abandoned: its
    /// temporary files go with its worker, and its caller may queue it again later).
    public func stop() { pool.stop() }
}
