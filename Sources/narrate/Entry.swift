import Dispatch
import Foundation
import Narrator

/// The process's entry: what must happen while it is still single-threaded, then the command
/// on Swift's concurrency runtime.
@main
enum Entry {
    /// Sets the UTF-8 character locale eSpeak NG needs while the process is still single-threaded
    /// (eSpeak calls setlocale(LC_CTYPE, "C.UTF-8") when it starts, which is not safe while other
    /// threads run, and glibc makes the same call a no-op once the locale is already set), parses
    /// the command line and asks for /proc before libdispatch's thread pool starts (it traps
    /// without /proc at a random moment, which an async `main` cannot run ahead of), then runs
    /// the command on the main actor, as an async `main` would, and exits 0 when it returns.
    static func main() {
        setlocale(LC_CTYPE, "C.UTF-8")
        // A file-size limit reached (like a full disk) is a failed write and a clear error, not a kill.
        signal(SIGXFSZ, SIG_IGN)
        StandardOutput.reserveStandardDescriptors()
        // Handed to the task once and never touched here again.
        nonisolated(unsafe) let command = CommandLineErrors.parse(Array(LaunchArguments.all.dropFirst()))
        CommandLineErrors.requireThreadPool(for: command)
        Task { @MainActor in
            await CommandLineErrors.run(command)
            Foundation.exit(0)
        }
        dispatchMain()
    }
}
