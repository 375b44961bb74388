import Foundation

/// Runs a C library call with standard error pointed at /dev/null, for the few calls that
/// print raw diagnostics of their own where Narrator already reports the problem in one line:
/// eSpeak NG 1.51 always opens an audio device through pcaudiolib (PulseAudio prints
/// "ftruncate() failed" under a file-size limit), and libsndfile prints on closing a file
/// whose writing failed. Calls are serialised; other threads' stderr output in that instant
/// is lost, so it is used only around those calls.
public enum QuietStandardError {
    private static let lock = NSLock()

    public static func run<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        fflush(nil)
        let saved = dup(STDERR_FILENO)
        let null = open("/dev/null", O_WRONLY)
        if saved >= 0, null >= 0 { dup2(null, STDERR_FILENO) }
        defer {
            fflush(nil)
            if saved >= 0 { dup2(saved, STDERR_FILENO); close(saved) }
            if null >= 0 { close(null) }
        }
        return try body()
    }
}
