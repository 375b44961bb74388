import Dispatch
import Foundation
import NarratorCore

extension ArticleLoader {
    /// Reads and extracts several inputs on up to `threads` threads, handing each outcome to
    /// `body` in input order, as soon as it and every input before it are done.
    ///
    /// Each thread takes the next input nobody has taken, so one slow page holds up only its
    /// own place in the output; threads run at most a few inputs per thread ahead of the one
    /// `body` waits for, so memory holds that many articles, not all of them. Extraction keeps
    /// no shared state (libxml2 parses each page in its own context; its error hook is per
    /// thread), so pages are read side by side; `body` runs on the calling thread, one outcome at
    /// a time. "-" (standard input) is read like any input.
    ///
    /// - Parameters:
    ///   - sources: files or "-", as for `load(_:)`.
    ///   - threads: how many inputs are read at a time; 1 reads them one after another.
    ///   - body: called with each input's index and its article or the error `load(_:)` threw.
    public func loadEach(_ sources: [String], threads: Int,
                         _ body: (Int, Result<Article, any Error>) throws -> Void) rethrows {
        let threads = min(max(1, threads), sources.count)
        guard threads > 1 else {
            for (index, source) in sources.enumerated() { try body(index, Result { try load(source) }) }
            return
        }
        let queue = OutcomeQueue(count: sources.count, ahead: threads * 8)
        let group = DispatchGroup()
        for _ in 0..<threads {
            // Threads of their own: the caller may be a thread of a shared pool (Swift's
            // concurrency runs on dispatch's), which would count the caller's wait against the
            // pool's width and run the readers one at a time.
            group.enter()
            let thread = Thread {
                while let index = queue.claim() {
                    queue.set(index, Result { try load(sources[index]) })
                }
                group.leave()
            }
            thread.stackSize = 8 << 20  // as the main thread's: the tree's depth limit needs it
            thread.start()
        }
        defer {
            queue.stop()
            group.wait()
        }
        for index in sources.indices {
            try body(index, queue.take(index))
        }
    }
}

/// Outcomes of inputs read by several threads, taken in order by one.
///
/// `@unchecked Sendable`: every access to the stored properties holds `condition`.
private final class OutcomeQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let ahead: Int
    private var next = 0
    private var taken = 0
    private var stopped = false
    private var outcomes: [Int: Result<Article, any Error>] = [:]

    init(count: Int, ahead: Int) {
        self.count = count
        self.ahead = ahead
    }

    /// The index of an input no thread has taken yet, once it is within `ahead` of the one
    /// waited for; nil when none is left or the reader stopped.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped, next < count, next >= taken + ahead { condition.wait() }
        guard !stopped, next < count else { return nil }
        defer { next += 1 }
        return next
    }

    func set(_ index: Int, _ outcome: Result<Article, any Error>) {
        condition.lock()
        outcomes[index] = outcome
        condition.broadcast()
        condition.unlock()
    }

    /// The outcome of `index`, waiting until a thread has set it.
    func take(_ index: Int) -> Result<Article, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while outcomes[index] == nil { condition.wait() }
        taken = index + 1
        condition.broadcast()
        return outcomes.removeValue(forKey: index)!
    }

    /// No more inputs are handed out (the reader is done, or `body` threw).
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
