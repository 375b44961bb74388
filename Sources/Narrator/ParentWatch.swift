import CProcess
import Foundation

/// A worker process ends with the process that started it.
public enum ParentWatch {
    /// Asks for SIGTERM when `parent` ends; false when it has ended already.
    public static func endWithParent(_ parent: pid_t) -> Bool {
        narrator_end_with_parent(parent) == 0
    }
}
