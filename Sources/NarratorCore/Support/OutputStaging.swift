import Foundation

/// The files of one narration, finished under temporary names and given their final names
/// together.
///
/// A narration is its audio, timings and sidecars as one set. Each file is written and flushed
/// under a temporary name first (`add`); `commit` then takes an exclusive lock on the folder
/// (`flock` on the directory) and renames them all. Two runs writing the same names at once
/// (two `-o` the same, shards sharing a folder) therefore land one whole set after the other,
/// never a mix, and the lock is held only for the renames, so parallel workers narrating into
/// one folder do not wait on each other's encoding. Until `commit` no final name is touched;
/// `discard` removes every staged file.
public final class OutputStaging: @unchecked Sendable {
    private var entries: [(temporary: String, path: String)] = []

    public init() {}

    /// The final names staged so far, in order.
    public var paths: [String] { entries.map(\.path) }

    /// Takes a finished temporary file (already registered with `TemporaryFiles`) for `path`;
    /// its data is flushed to the disk now, outside the lock.
    public func add(_ temporary: String, as path: String) throws {
        try OutputFile.flush(temporary, for: path)
        entries.append((temporary, path))
    }

    /// Writes `data` to a temporary file beside `path` and stages it.
    public func write(_ data: Data, to path: String) throws {
        try add(try OutputFile.writeTemporary(data, for: path), as: path)
    }

    /// Gives every staged file its final name, under the folder's lock. If a rename fails, the
    /// files already renamed are removed and the rest discarded: none of the set is left.
    public func commit() throws {
        let staged = entries
        entries = []
        guard let first = staged.first else { return }
        let lock = Self.lockFolder(of: first.path)
        defer { if lock >= 0 { flock(lock, LOCK_UN); close(lock) } }
        var renamed: [String] = []
        for (index, entry) in staged.enumerated() {
            if Foundation.rename(entry.temporary, entry.path) != 0 {
                let message = String(cString: strerror(errno))
                for path in renamed { unlink(path) }
                for rest in staged[index...] { TemporaryFiles.remove(rest.temporary) }
                throw OutputError(path: entry.path, problem: .cannotWrite(message))
            }
            TemporaryFiles.forget(entry.temporary)
            renamed.append(entry.path)
        }
    }

    /// Removes every staged file.
    public func discard() {
        for entry in entries { TemporaryFiles.remove(entry.temporary) }
        entries = []
    }

    deinit { discard() }

    /// An exclusive lock on the folder holding `path` (waits for another run's renames); -1 if
    /// the folder cannot be locked (then the renames go ahead unlocked, as before).
    private static func lockFolder(of path: String) -> Int32 {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return -1 }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            close(descriptor)
            return -1
        }
        return descriptor
    }
}
