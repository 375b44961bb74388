import Foundation
import Narrator

/// Runs requests on N worker processes: each slot feeds its worker one request at a time from
/// a shared queue (so at most N are in flight). A worker that dies or passes the per-item
/// timeout is killed and replaced, its temporary files removed, and the item tried once more;
/// a second failure marks it failed. `stop()` hands out no more work and ends the workers.
///
/// A batch hands all its requests to `run` and waits; a service `start`s the slots once and
/// `submit`s requests as they come (the slots wait for work until `stop()`).
final class WorkerPool: @unchecked Sendable {
    // @unchecked: mutable state is only touched under `lock` (a condition: slots wait on it).
    enum Outcome: Sendable {
        case finished(WorkResult)
        case failed(String)
        case interrupted
    }

    let command: [String]
    let slots: Int
    let timeout: Double
    let quietWorkers: Bool
    /// Where workers write, to clear a killed worker's temporary files.
    let outputDirectory: String
    private let lock = NSCondition()
    private var queue: [(request: WorkRequest, attempt: Int)] = []
    private var stopping = false
    /// Slots wait for more work instead of ending when the queue is empty.
    private var persistent = false
    private var running: [pid_t: WorkerProcess] = [:]

    init(command: [String], slots: Int, timeout: Double, quietWorkers: Bool, outputDirectory: String) {
        self.command = command
        self.slots = max(1, slots)
        self.timeout = timeout
        self.quietWorkers = quietWorkers
        self.outputDirectory = outputDirectory
    }

    /// Runs every request; `report` is called (from the slot threads, one at a time) as each
    /// item ends, with its attempts and seconds. Returns when all are done or stopped.
    func run(_ requests: [WorkRequest], started: @escaping @Sendable (WorkRequest) -> Void,
             report: @escaping @Sendable (WorkRequest, Outcome, Int, Double) -> Void) {
        lock.withLock { queue = requests.map { ($0, 1) } }
        let group = DispatchGroup()
        for _ in 0..<min(slots, max(requests.count, 1)) {
            group.enter()
            let thread = Thread { [self] in
                slot(started: started, report: report)
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
    }

    /// Starts the slots for requests to come (`submit`); they run until `stop()`.
    func start(started: @escaping @Sendable (WorkRequest) -> Void,
               report: @escaping @Sendable (WorkRequest, Outcome, Int, Double) -> Void) {
        lock.withLock { persistent = true }
        for _ in 0..<slots {
            let thread = Thread { [self] in slot(started: started, report: report) }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    /// Queues a request for a started pool.
    func submit(_ request: WorkRequest) {
        lock.withLock {
            queue.append((request, 1))
            lock.signal()
        }
    }

    /// Requests waiting for a slot.
    var waiting: Int { lock.withLock { queue.count } }

    func stop() {
        let workers = lock.withLock { () -> [WorkerProcess] in
            stopping = true
            lock.broadcast()
            return Array(running.values)
        }
        for worker in workers { worker.terminate(SIGTERM) }
    }

    private func next() -> (WorkRequest, Int)? {
        lock.withLock {
            while true {
                if stopping { return nil }
                if !queue.isEmpty { return queue.removeFirst() }
                if !persistent { return nil }
                lock.wait()
            }
        }
    }

    private func slot(started: @Sendable (WorkRequest) -> Void, report: @Sendable (WorkRequest, Outcome, Int, Double) -> Void) {
        var worker: WorkerProcess?
        let encoder = JSONEncoder()
        while let (request, attempt) = next() {
            let began = Date()
            started(request)
            func finish(_ outcome: Outcome) { report(request, outcome, attempt, Date().timeIntervalSince(began)) }
            if worker == nil {
                do {
                    let spawned = try WorkerProcess(command: command, quietStderr: quietWorkers)
                    lock.withLock { running[spawned.pid] = spawned }
                    worker = spawned
                } catch {
                    finish(.failed("\(error)"))
                    continue
                }
            }
            guard let current = worker, let data = try? encoder.encode(request) else { continue }
            let sent = current.send(String(decoding: data, as: UTF8.self))
            let outcome = sent ? current.readLine(timeout: timeout) : .ended
            if case .line(let line) = outcome, let result = try? JSONDecoder().decode(WorkResult.self, from: Data(line.utf8)) {
                finish(.finished(result))
                continue
            }
            // The worker died, hung or said something unreadable: replace it.
            current.terminate(SIGKILL)
            let ended = current.reap()
            let why: String
            if case .timedOut = outcome {
                why = "timed out after \(Int(timeout)) s (\(ended))"
            } else {
                why = "the worker process failed (\(ended))"
            }
            lock.withLock { _ = running.removeValue(forKey: current.pid) }
            StaleFiles.removeTemporaryFiles(of: current.pid, under: outputDirectory)
            worker = nil
            let stopped = lock.withLock { stopping }
            if stopped {
                finish(.interrupted)
            } else if attempt < 2 {
                lock.withLock { queue.insert((request, attempt + 1), at: 0) }
            } else {
                finish(.failed(why))
            }
        }
        if let worker {
            worker.finish()
            lock.withLock { _ = running.removeValue(forKey: worker.pid) }
        }
    }
}
