#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an input's bytes from a file or standard input, with a size limit.
///
/// Plain POSIX calls: `narrate extract` reads hundreds of pages a second, and Foundation's
/// file attributes look up the owner's user and group names on every call.
enum InputReader {
    static func bytes(of source: String, maxBytes: Int) throws -> [UInt8] {
        let descriptor: Int32
        if source == "-" {
            descriptor = STDIN_FILENO
        } else {
            descriptor = open(source, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw openError(source: source, errno: errno) }
        }
        defer { if source != "-" { close(descriptor) } }
        var bytes: [UInt8] = []
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR { throw InputError(source: source, problem: .isDirectory) }
            // A regular file is read straight into an array of its size.
            if status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > 0 {
                let size = Int(status.st_size)
                if size > maxBytes { throw InputError(source: source, problem: .tooLarge(limit: maxBytes)) }
                var failure: Int32?
                bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                    while count < size {
                        let got = read(descriptor, buffer.baseAddress! + count, size - count)
                        if got < 0 && errno == EINTR { continue }
                        if got < 0 { failure = errno }
                        if got <= 0 { break }
                        count += got
                    }
                }
                if let failure { throw readError(source: source, errno: failure) }
            }
        }
        // Standard input, pipes, and whatever a file gained since it was measured.
        let chunkSize = 256 << 10
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }
        while true {
            let count = read(descriptor, chunk.baseAddress, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw readError(source: source, errno: errno)
            }
            if count == 0 { break }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<count]))
            if bytes.count > maxBytes { throw InputError(source: source, problem: .tooLarge(limit: maxBytes)) }
        }
        return bytes
    }

    private static func openError(source: String, errno code: Int32) -> InputError {
        switch code {
        case ENOENT, ENOTDIR: return InputError(source: source, problem: .missing)
        case EACCES, EPERM: return InputError(source: source, problem: .unreadable("permission denied"))
        default: return InputError(source: source, problem: .unreadable(String(cString: strerror(code))))
        }
    }

    private static func readError(source: String, errno code: Int32) -> InputError {
        code == EISDIR ? InputError(source: source, problem: .isDirectory)
            : InputError(source: source, problem: .unreadable(String(cString: strerror(code))))
    }
}
