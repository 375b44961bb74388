import Foundation
import Narrator

/// Everything `narrate` prints goes through here: plain POSIX writes, checked. Standard output
/// that cannot take them (a full disk, a closed descriptor) ends the program with one line and
/// exit 73, as an output file would, instead of Foundation's trap or a silent loss.
enum StandardOutput {
    /// Standard output was closed when the program started (`narrate ... >&-`).
    nonisolated(unsafe) static var closedAtStart = false

    /// Descriptors 0-2 that were closed at start are opened on /dev/null, so no file the
    /// program opens later takes their number (and printed lines never land in it); a closed
    /// standard output is still reported as one when something is printed.
    static func reserveStandardDescriptors() {
        for descriptor in 0...2 where fcntl(Int32(descriptor), F_GETFD) == -1 {
            _ = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            if descriptor == 1 { closedAtStart = true }
        }
    }

    static func write<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        if closedAtStart { fail(EBADF) }
        let write = { (buffer: UnsafeBufferPointer<UInt8>) in OutputFile.writeAll(UnsafeRawBufferPointer(buffer), to: STDOUT_FILENO) }
        let failure: Int32? = bytes.withContiguousStorageIfAvailable(write) ?? Array(bytes).withUnsafeBufferPointer(write)
        if let failure { fail(failure) }
    }

    static func line(_ text: String) {
        write(Array((text + "\n").utf8))
    }

    private static func fail(_ code: Int32) -> Never {
        TemporaryFiles.removeAllAndExit(ExitStatus.cannotCreate.code,
                                        saying: "narrate: standard output: cannot write: \(String(cString: strerror(code)))")
    }
}
