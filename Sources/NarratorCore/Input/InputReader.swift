import Foundation

/// Reads an input's bytes from a file or standard input, with a size limit.
enum InputReader {
    static func bytes(of source: String, maxBytes: Int) throws -> [UInt8] {
        let handle: FileHandle
        if source == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else {
                throw InputError(source: source, problem: .missing)
            }
            if isDirectory.boolValue { throw InputError(source: source, problem: .isDirectory) }
            guard let opened = FileHandle(forReadingAtPath: source) else {
                throw InputError(source: source, problem: .unreadable("permission denied"))
            }
            handle = opened
        }
        defer { if source != "-" { try? handle.close() } }
        var bytes: [UInt8] = []
        // Room for the whole file, so a large page is not copied as the array grows.
        if source != "-", let size = (try? FileManager.default.attributesOfItem(atPath: source))?[.size] as? Int,
           size < maxBytes {
            bytes.reserveCapacity(size + 1)
        }
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw InputError(source: source, problem: .unreadable(error.localizedDescription))
            }
            guard let chunk, !chunk.isEmpty else { break }
            bytes.append(contentsOf: chunk)
            if bytes.count > maxBytes { throw InputError(source: source, problem: .tooLarge(limit: maxBytes)) }
        }
        return bytes
    }
}
