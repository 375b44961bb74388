import Foundation

/// Writes a file under a temporary name beside its destination and renames it into place, so a
/// final name only ever holds a complete file.
public enum OutputFile {
    /// A temporary path in the same directory as `path` (same file system, so rename is atomic).
    /// Temporary names read `.<name>.narrator-<pid>-<space><hex>.<suffix>`: hidden, beside the
    /// final name, and recognisable with their process after a crash (see `temporaryOwner`).
    /// `<space>` (6 hex digits) names the process's PID space: host, boot and PID namespace, so a
    /// process id is only ever checked in the space it belongs to (shards in containers sharing
    /// an output folder see each other's files but not each other's processes).
    public static let marker = "narrator-"

    /// This process's PID space, as the 6 hex digits temporary names carry.
    public static let processSpace: String = {
        var identity = ProcessInfo.processInfo.hostName
        identity += (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8)) ?? ""
        var buffer = [CChar](repeating: 0, count: 256)
        let count = readlink("/proc/self/ns/pid", &buffer, buffer.count - 1)
        if count > 0 { identity += String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        var hash: UInt32 = 2_166_136_261  // FNV-1a
        for byte in identity.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash & 0xFF_FFFF, radix: 16)
        return String(repeating: "0", count: 6 - hex.count) + hex
    }()

    /// The PID space a temporary file's process ran in, from its name (nil for names made
    /// before spaces were recorded).
    public static func temporarySpace(_ name: String) -> String? {
        guard let range = name.range(of: "." + marker, options: .backwards) else { return nil }
        let rest = name[range.upperBound...]
        guard let dash = rest.firstIndex(of: "-") else { return nil }
        let token = rest[rest.index(after: dash)...].prefix { $0 != "." }
        return token.count >= 14 ? String(token.prefix(6)) : nil
    }

    /// The process that made a temporary file, from its name; nil for other names.
    public static func temporaryOwner(_ name: String) -> pid_t? {
        guard name.hasPrefix("."), let range = name.range(of: "." + marker, options: .backwards) else { return nil }
        let rest = name[range.upperBound...]
        guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]) else { return nil }
        return pid
    }

    /// The longest file name Linux file systems hold, in bytes.
    public static let maxNameBytes = 255

    /// Checks before any work that an output's name leaves room for what is written beside it
    /// (`<name>.timings.json`, numbered pieces `-NN`): one clear error instead of a failure at the end.
    public static func checkNameLength(_ path: String, split: Bool) throws {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let longest = name.utf8.count + (split ? 3 : 0) + ".timings.json".utf8.count
        guard longest <= maxNameBytes else {
            throw OutputError(path: path, problem: .cannotWrite(
                "the file name is \(name.utf8.count) bytes; with \(split ? "'-NN' and " : "")'.timings.json' beside it, it passes the \(maxNameBytes) bytes a file name can hold"))
        }
    }

    public static func temporaryPath(for path: String, suffix: String = "tmp") -> String {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let token = UInt32.random(in: 0...UInt32.max)
        let random = String(token, radix: 16)
        let tail = ".\(marker)\(getpid())-\(processSpace)\(String(repeating: "0", count: 8 - random.count) + random).\(suffix)"
        var name = url.lastPathComponent
        // A name near the 255-byte limit gets a shortened temporary name (its start and a hash).
        if 1 + name.utf8.count + tail.utf8.count > maxNameBytes {
            var kept = ""
            for scalar in name.unicodeScalars {
                if kept.utf8.count + UTF8.width(scalar) > maxNameBytes - tail.utf8.count - 12 { break }
                kept.unicodeScalars.append(scalar)
            }
            name = kept + "~" + String(UInt32(truncatingIfNeeded: name.hashValue), radix: 16)
        }
        let temporary = (directory as NSString).appendingPathComponent("." + name + tail)
        TemporaryFiles.register(temporary)
        return temporary
    }

    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws {
        try rename(try writeTemporary(data, for: path), to: path)
    }

    /// Writes `data` to a new temporary file beside `path` and returns its name; on failure the
    /// file is removed and the error names `path`.
    public static func writeTemporary(_ data: Data, for path: String) throws -> String {
        let temporary = temporaryPath(for: path)
        guard writeFile(data, at: temporary) else {
            TemporaryFiles.remove(temporary)
            throw OutputError(path: path, problem: .cannotWrite(describeFailure(at: path)))
        }
        return temporary
    }

    /// Writes a whole file with plain POSIX calls. (Foundation's `createFile` writes through a
    /// hidden `.dat.nosync…` file of its own, which a signal in between leaves behind, out of
    /// reach of the temporary-file cleanup.)
    public static func writeFile(_ data: Data, at path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return data.withUnsafeBytes { writeAll($0, to: descriptor) } == nil
    }

    /// Writes every byte to a descriptor, retrying short and interrupted writes; the errno of
    /// a write that failed, or nil.
    public static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// Moves a finished temporary file to its final name. Its data is flushed to the disk
    /// first, so that after a power loss the final name holds the whole file or the old one,
    /// never an empty or partial file.
    public static func rename(_ temporary: String, to path: String) throws {
        try flush(temporary, for: path)
        if Foundation.rename(temporary, path) != 0 {
            let message = String(cString: strerror(errno))
            TemporaryFiles.remove(temporary)
            throw OutputError(path: path, problem: .cannotWrite(message))
        }
        TemporaryFiles.forget(temporary)
    }

    /// Flushes a finished temporary file's data to the disk (a file system that cannot, EINVAL,
    /// is let be); on failure the file is removed and the error names `path`.
    public static func flush(_ temporary: String, for path: String) throws {
        let descriptor = open(temporary, O_RDONLY)
        guard descriptor >= 0 else { return }
        let synced = fsync(descriptor)
        let failure = errno
        close(descriptor)
        if synced != 0 && failure != EINVAL {
            TemporaryFiles.remove(temporary)
            throw OutputError(path: path, problem: .cannotWrite(String(cString: strerror(failure))))
        }
    }

    /// Makes sure `path` can be created: its directory exists (created if missing) and is writable.
    public static func prepare(_ path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw OutputError(path: path, problem: .isDirectory)
        }
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: path, problem: .cannotWrite("cannot create directory \(directory)"))
            }
        } else if !isDirectory.boolValue {
            throw OutputError(path: path, problem: .cannotWrite("\(directory) is not a directory"))
        }
        if access(directory, W_OK) != 0 {
            throw OutputError(path: path, problem: .cannotWrite("directory \(directory) is not writable"))
        }
    }

    public static func describeFailure(at path: String) -> String {
        errno != 0 ? String(cString: strerror(errno)) : "cannot create file"
    }
}

/// An output that cannot be written.
public struct OutputError: NarratorError, Equatable {
    public enum Problem: Sendable, Equatable { case cannotWrite(String), isDirectory, missingTool(String, purpose: String) }
    public var path: String
    public var problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .cannotWrite(let why): return "\(path): cannot write output: \(why)"
        case .isDirectory: return "\(path): cannot write output: it is a directory"
        case .missingTool(let tool, let purpose):
            return "\(path): cannot write output: \(purpose) needs \(tool), which is not on PATH (install it, e.g. apt-get install \(tool))"
        }
    }

    public var exitStatus: ExitStatus {
        if case .missingTool = problem { return .unavailable }
        return .cannotCreate
    }
}
