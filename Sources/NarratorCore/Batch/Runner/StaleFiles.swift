import Foundation
import Narrator

/// Temporary files that outlived their process (a worker killed with SIGKILL, a machine that
/// lost power). Every output is written under a temporary name that carries its process id
/// (`OutputFile.temporaryPath`), so such files are recognised by name and process.
enum StaleFiles {
    /// Removes the temporary files of `pid` under `directory`.
    static func removeTemporaryFiles(of pid: pid_t, under directory: String) {
        for path in temporaryFiles(under: directory) where path.pid == pid { unlink(path.path) }
    }

    /// Removes temporary files whose process is gone; returns how many. Only files made in
    /// this PID space are judged: another container's process ids mean nothing here.
    @discardableResult
    static func sweep(_ directory: String) -> Int {
        var removed = 0
        for file in temporaryFiles(under: directory) {
            let space = OutputFile.temporarySpace((file.path as NSString).lastPathComponent)
            guard space == nil || space == OutputFile.processSpace else { continue }
            if kill(file.pid, 0) != 0 && errno == ESRCH, unlink(file.path) == 0 { removed += 1 }
        }
        return removed
    }

    static func temporaryFiles(under directory: String) -> [(path: String, pid: pid_t)] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [(String, pid_t)] = []
        while let relative = walker.nextObject() as? String {
            if let pid = OutputFile.temporaryOwner((relative as NSString).lastPathComponent) {
                found.append(((directory as NSString).appendingPathComponent(relative), pid))
            }
        }
        return found
    }
}
