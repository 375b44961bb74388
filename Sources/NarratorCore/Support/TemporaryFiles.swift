import Foundation

/// The temporary files of outputs in progress, so an interrupt can remove them.
public enum TemporaryFiles {
    // The set is only touched under `lock`.
    nonisolated(unsafe) private static var paths: Set<String> = []
    private static let lock = NSLock()

    static func register(_ path: String) {
        lock.withLock { _ = paths.insert(path) }
    }

    static func forget(_ path: String) {
        lock.withLock { _ = paths.remove(path) }
    }

    /// Removes a temporary file and forgets it.
    public static func remove(_ path: String) {
        unlink(path)
        forget(path)
    }

    /// Removes every temporary file still registered (for signal handlers). The paths stay
    /// registered: another thread may be creating one of them at this moment (a file is
    /// registered when its name is chosen, created later), so a handler removes twice, the
    /// second time just before the process ends.
    public static func removeAll() {
        lock.withLock {
            for path in paths { unlink(path) }
        }
    }

    /// Removes every registered temporary file and ends the process at once with `status`: the
    /// threads still narrating get no time to create another file after the last removal.
    public static func removeAllAndExit(_ status: Int32, saying message: String?) -> Never {
        removeAll()
        if let message { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        removeAll()
        _exit(status)
    }
}
