import Foundation

/// One worker process: started with pipes on its standard input and output, sent request
/// lines, read for result lines with a deadline, and killed if it hangs.
final class WorkerProcess {
    let pid: pid_t
    private let input: Int32   // our end of its standard input
    private let output: Int32  // our end of its standard output
    private var buffer: [UInt8] = []
    private var reaped = false

    enum ReadOutcome { case line(String), ended, timedOut }

    struct SpawnError: Error, CustomStringConvertible { var description: String }

    private static let spawnLock = NSLock()

    init(command: [String], quietStderr: Bool) throws {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        // Close-on-exec from the start, so no other worker started meanwhile inherits them
        // (a worker's input must close when we close it); dup2 below gives the child its own.
        // Pipes are made close-on-exec and the child started under one lock, so no other
        // worker started meanwhile inherits them (a worker's input must close when we close
        // it); dup2 gives the child its own copies without the flag.
        Self.spawnLock.lock()
        defer { Self.spawnLock.unlock() }
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw SpawnError(description: "cannot create pipes") }
        for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        if quietStderr { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        var child: pid_t = 0
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawn(&child, command[0], &actions, nil, argv, environ)
        close(toChild[0])
        close(fromChild[1])
        guard status == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw SpawnError(description: "cannot start a worker: \(String(cString: strerror(status)))")
        }
        pid = child
        input = toChild[1]
        output = fromChild[0]
    }

    deinit {
        close(input)
        close(output)
        if !reaped { kill(pid, SIGKILL); reap() }
    }

    /// Sends one line; false when the worker is gone.
    func send(_ line: String) -> Bool {
        var bytes = Array(line.utf8) + [0x0A]
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(input, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 { if errno == EINTR { continue }; return false }
            offset += written
        }
        return true
    }

    /// The next line the worker writes, waiting at most `timeout` seconds.
    func readLine(timeout: Double) -> ReadOutcome {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return .timedOut }
            var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining, 1) * 1000) + 1)
            if ready < 0, errno != EINTR { return .ended }
            guard ready > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = read(output, &chunk, chunk.count)
            if count < 0 { if errno == EINTR { continue }; return .ended }
            if count == 0 { return .ended }
            buffer += chunk[0..<count]
        }
    }

    func terminate(_ signal: Int32 = SIGKILL) { kill(pid, signal) }

    /// Closes its input (a worker ends there) and waits for it to exit.
    func finish() {
        close(input)
        reap()
    }

    /// Waits for the process; how it ended, in words.
    @discardableResult
    func reap() -> String {
        guard !reaped else { return "ended" }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reaped = true
        let signal = status & 0x7F
        if signal != 0 { return "killed by signal \(signal)" }
        return "exited with status \((status >> 8) & 0xFF)"
    }
}
