import Foundation
import Narrator

/// Sentence audio on disk, shared by the batch's worker processes: one file per sentence named
/// by the SHA-256 of its key, holding the engine rate, the samples and a checksum of both (an
/// entry damaged in place is a miss, never a wrong pace or noise). Writes are atomic
/// (temporary file, then rename), reads touch the file, and when the folder grows past its
/// limit the least recently used entries are removed until it is at 80% of it.
public final class FileSentenceCache: SentenceAudioCache, @unchecked Sendable {
    // @unchecked: `estimate` is only touched under `lock`.
    public let directory: String
    public let maxBytes: Int
    private let lock = NSLock()
    private var estimate: Int

    static let magic = Array("NRC2".utf8)
    static let header = 20  // magic, rate, sample count, 8 bytes of SHA-256 over rate, count and samples

    public init(directory: String, maxBytes: Int) throws {
        self.directory = directory
        self.maxBytes = maxBytes
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        estimate = Self.entries(in: directory).reduce(0) { $0 + $1.size }
    }

    public func audio(for key: String) -> CachedSentence? {
        let path = self.path(for: key)
        guard let data = FileManager.default.contents(atPath: path), data.count >= Self.header,
              Array(data.prefix(4)) == Self.magic else { return nil }
        let bytes = [UInt8](data)
        let rate = Int(UInt32(bytes[4]) | UInt32(bytes[5]) << 8 | UInt32(bytes[6]) << 16 | UInt32(bytes[7]) << 24)
        let count = Int(UInt32(bytes[8]) | UInt32(bytes[9]) << 8 | UInt32(bytes[10]) << 16 | UInt32(bytes[11]) << 24)
        guard bytes.count == Self.header + 2 * count,
              Array(bytes[12..<20]) == Self.digest(bytes[4..<12], bytes[Self.header...]) else {
            unlink(path)  // damaged: made again next time
            return nil
        }
        var samples = [Int16](repeating: 0, count: count)
        samples.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes.withUnsafeBytes { $0 }[Self.header...])) }
        utime(path, nil)  // most recently used
        return CachedSentence(rate: rate, samples: samples.map { Int16(littleEndian: $0) })
    }

    public func store(_ sentence: CachedSentence, for key: String) {
        var fields: [UInt8] = []
        withUnsafeBytes(of: UInt32(sentence.rate).littleEndian) { fields.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(sentence.samples.count).littleEndian) { fields.append(contentsOf: $0) }
        let samples = sentence.samples.map(\.littleEndian).withUnsafeBytes { [UInt8]($0) }
        var data = Data(Self.magic)
        data.append(contentsOf: fields)
        data.append(contentsOf: Self.digest(fields[...], samples[...]))
        data.append(contentsOf: samples)
        let path = self.path(for: key)
        let temporary = path + ".\(getpid()).tmp"
        guard OutputFile.writeFile(data, at: temporary), rename(temporary, path) == 0 else {
            unlink(temporary)
            return  // a cache that cannot be written only costs time
        }
        let over = lock.withLock { () -> Bool in
            estimate += data.count
            return estimate > maxBytes
        }
        if over { evict() }
    }

    /// Removes every entry.
    public func clear() {
        for entry in Self.entries(in: directory) { unlink(entry.path) }
        lock.withLock { estimate = 0 }
    }

    public var sizeBytes: Int { Self.entries(in: directory).reduce(0) { $0 + $1.size } }

    private func evict() {
        var entries = Self.entries(in: directory).sorted { $0.used < $1.used }
        var total = entries.reduce(0) { $0 + $1.size }
        let target = maxBytes * 8 / 10
        while total > target, !entries.isEmpty {
            let oldest = entries.removeFirst()
            unlink(oldest.path)
            total -= oldest.size
        }
        lock.withLock { estimate = total }
    }

    /// The first 8 bytes of the SHA-256 of an entry's rate and count and its samples.
    static func digest(_ fields: ArraySlice<UInt8>, _ samples: ArraySlice<UInt8>) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(Array(fields))
        hasher.update(Array(samples))
        return Array(hasher.bytes().prefix(8))
    }

    private func path(for key: String) -> String {
        (directory as NSString).appendingPathComponent(SHA256.hex(of: key) + ".pcm")
    }

    static func entries(in directory: String) -> [(path: String, size: Int, used: Double)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".pcm") }.compactMap { name in
            let path = (directory as NSString).appendingPathComponent(name)
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            return (path, Int(info.st_size), Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
        }
    }
}
