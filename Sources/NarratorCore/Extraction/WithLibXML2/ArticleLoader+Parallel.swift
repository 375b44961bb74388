import Dispatch
import Foundation
import NarratorCore

extension ArticleLoader {
    /// Reads and extracts several inputs on up to `threads` threads, handing each outcome to
    /// `body` in input order, as soon as it and every input before it are done.
    ///
    /// Inputs are taken in windows of a few per thread, so memory holds a window's articles, not
    /// all of them. Extraction keeps no shared state (libxml2 parses each page in its own
    /// context; its error hook is per thread), so pages are read side by side; `body` runs on
    /// the calling thread, one outcome at a time. "-" (standard input) is read like any input.
    ///
    /// - Parameters:
    ///   - sources: files or "-", as for `load(_:)`.
    ///   - threads: how many inputs are read at a time; 1 reads them one after another.
    ///   - body: called with each input's index and its article or the error `load(_:)` threw.
    public func loadEach(_ sources: [String], threads: Int,
                         _ body: (Int, Result<Article, any Error>) throws -> Void) rethrows {
        let threads = max(1, threads)
        let window = threads == 1 ? 1 : threads * 8
        var start = 0
        while start < sources.count {
            let end = min(sources.count, start + window)
            let outcomes = OutcomeSlots(count: end - start)
            if end - start == 1 {
                outcomes.set(0, Result { try load(sources[start]) })
            } else {
                let first = start
                DispatchQueue.concurrentPerform(iterations: min(threads, end - start)) { _ in
                    // Each thread takes the next unread input of the window until none is left.
                    while let slot = outcomes.claim() {
                        outcomes.set(slot, Result { try load(sources[first + slot]) })
                    }
                }
            }
            for (offset, outcome) in outcomes.taken().enumerated() {
                try body(start + offset, outcome)
            }
            start = end
        }
    }
}

/// One window's outcomes, filled by several threads.
///
/// `@unchecked Sendable`: every access to `next` and `outcomes` holds `lock`.
private final class OutcomeSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var outcomes: [Result<Article, any Error>?]

    init(count: Int) {
        outcomes = Array(repeating: nil, count: count)
    }

    /// The index of an input no thread has taken yet, if any.
    func claim() -> Int? {
        lock.withLock {
            guard next < outcomes.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func set(_ slot: Int, _ outcome: Result<Article, any Error>) {
        lock.withLock { outcomes[slot] = outcome }
    }

    /// Every outcome, in order (all are set once the threads have returned).
    func taken() -> [Result<Article, any Error>] {
        lock.withLock { outcomes.map { $0! } }
    }
}
