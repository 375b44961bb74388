import Foundation

/// A strict WAV reader written for the tests, independent of libsndfile: chunk layout,
/// format, samples, cue points, labels and regions.
public struct RIFFReader {
    public struct Chunk: Equatable { public var id: String; public var offset: Int; public var size: Int }
    public struct Cue: Equatable { public var id: UInt32; public var position: UInt32; public var sampleOffset: UInt32 }
    public struct ReadError: Error, CustomStringConvertible { public var description: String }

    public let bytes: [UInt8]
    public private(set) var chunks: [Chunk] = []
    /// Sub-chunk ids of LIST/adtl in order.
    public private(set) var adtlOrder: [String] = []
    public private(set) var cues: [Cue] = []
    public private(set) var labels: [UInt32: String] = [:]
    public private(set) var regionLengths: [UInt32: UInt32] = [:]
    public private(set) var info: [String: String] = [:]
    public private(set) var sampleRate = 0
    public private(set) var channels = 0
    public private(set) var bitsPerSample = 0
    private var dataOffset = 0
    private var dataSize = 0

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw ReadError(description: "cannot read \(path)") }
        bytes = [UInt8](data)
        guard bytes.count >= 12, tag(0) == "RIFF", tag(8) == "WAVE" else { throw ReadError(description: "not RIFF/WAVE") }
        guard Int(u32(4)) + 8 == bytes.count else {
            throw ReadError(description: "RIFF size \(u32(4)) + 8 != file size \(bytes.count)")
        }
        var offset = 12
        while offset < bytes.count {
            guard offset + 8 <= bytes.count else { throw ReadError(description: "stray bytes at \(offset)") }
            let id = tag(offset)
            let size = Int(u32(offset + 4))
            let body = offset + 8
            guard body + size <= bytes.count else { throw ReadError(description: "chunk \(id) overruns the file") }
            var name = id
            if id == "LIST" { name = "LIST/" + tag(body) }
            chunks.append(Chunk(id: name, offset: offset, size: size))
            switch name {
            case "fmt ":
                channels = Int(u16(body + 2)); sampleRate = Int(u32(body + 4)); bitsPerSample = Int(u16(body + 14))
            case "data":
                dataOffset = body; dataSize = size
            case "cue ":
                for index in 0..<Int(u32(body)) {
                    let point = body + 4 + index * 24
                    guard tag(point + 8) == "data" else { throw ReadError(description: "cue fccChunk is not data") }
                    cues.append(Cue(id: u32(point), position: u32(point + 4), sampleOffset: u32(point + 20)))
                }
            case "LIST/adtl":
                for (sub, subBody, subSize) in try subchunks(from: body + 4, to: body + size) {
                    adtlOrder.append(sub)
                    if sub == "labl" { labels[u32(subBody)] = zstring(subBody + 4, subSize - 4) }
                    if sub == "ltxt" { regionLengths[u32(subBody)] = u32(subBody + 4) }
                }
            case "LIST/INFO":
                for (sub, subBody, subSize) in try subchunks(from: body + 4, to: body + size) {
                    info[sub] = zstring(subBody, subSize)
                }
            default: break
            }
            offset = body + size + (size & 1)
        }
    }

    public var frames: Int { channels > 0 && bitsPerSample > 0 ? dataSize / (channels * bitsPerSample / 8) : 0 }

    /// The 16-bit samples in `range` of frames (mono).
    public func samples(_ range: Range<Int>) -> [Int16] {
        range.map { frame in
            let at = dataOffset + frame * 2
            return Int16(bitPattern: UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8)
        }
    }

    private func subchunks(from start: Int, to end: Int) throws -> [(String, Int, Int)] {
        var found: [(String, Int, Int)] = []
        var offset = start
        while offset < end {
            guard offset + 8 <= end else { throw ReadError(description: "stray bytes in LIST at \(offset)") }
            let id = tag(offset)
            let size = Int(u32(offset + 4))
            guard offset + 8 + size <= end else { throw ReadError(description: "sub-chunk \(id) overruns its LIST") }
            found.append((id, offset + 8, size))
            offset += 8 + size + (size & 1)
        }
        return found
    }

    private func tag(_ at: Int) -> String { String(decoding: bytes[at..<at + 4], as: UTF8.self) }
    private func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
    private func u32(_ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
    private func zstring(_ at: Int, _ count: Int) -> String {
        let raw = bytes[at..<at + count]
        return String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
}
