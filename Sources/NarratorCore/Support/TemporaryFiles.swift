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

    /// Removes every temporary file still registered (for signal handlers).
    public static func removeAll() {
        lock.withLock {
            for path in paths { unlink(path) }
            paths.removeAll()
        }
    }
}
