import Foundation

/// One thread with a large stack, on which every eSpeak NG call runs.
///
/// Why: eSpeak NG keeps big buffers on the stack while it translates a clause; a long sentence
/// in a script the voice does not know (a Korean paragraph read by an English voice, say)
/// overflowed the 512 KiB stacks of Swift's cooperative threads and crashed inside the library.
/// `run` hands a block to this thread and waits for it; the engine actor makes the calls one at
/// a time, so at most one block is ever waiting.
final class ESpeakThread: @unchecked Sendable {
    // @unchecked: `pending` and `finished` are only touched with `condition` locked.
    private var pending: (() -> Void)?
    private var finished = false
    private let condition = NSCondition()

    static let stackSize = 64 << 20
    static let shared = ESpeakThread()

    private init() {
        let thread = Thread { [unowned self] in self.loop() }
        thread.name = "espeak-ng"
        thread.stackSize = Self.stackSize
        thread.start()
    }

    /// Runs `body` on the eSpeak thread and returns its result.
    func run<T>(_ body: () -> T) -> T {
        withoutActuallyEscaping(body) { body in
            var result: T?
            let work: () -> Void = { result = body() }
            condition.lock()
            pending = work
            finished = false
            condition.broadcast()
            while !finished { condition.wait() }
            condition.unlock()
            return result!
        }
    }

    private func loop() {
        while true {
            condition.lock()
            while pending == nil { condition.wait() }
            var work = pending
            pending = nil
            condition.unlock()
            work?()
            work = nil  // let go of the caller's block before it returns (it must not escape)
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
