import Foundation

/// Chapter readers for compressed formats, written from the format specifications and
/// independent of the code that writes them: Vorbis comments in FLAC and Ogg, ID3v2 CHAP
/// frames in MP3, and the Nero `chpl` atom in MP4/M4B.
public enum ChapterReaders {
    public struct Chapter: Equatable, Sendable {
        public var start: Double
        public var title: String
        public init(start: Double, title: String) { self.start = start; self.title = title }
    }

    public struct Malformed: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    // MARK: Vorbis comments

    /// The comments of a FLAC file's VORBIS_COMMENT block.
    public static func flacComments(_ bytes: [UInt8]) throws -> [String] {
        guard bytes.starts(with: Array("fLaC".utf8)) else { throw Malformed("no fLaC marker") }
        var offset = 4
        while offset + 4 <= bytes.count {
            let last = bytes[offset] & 0x80 != 0
            let type = bytes[offset] & 0x7F
            let length = Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            let body = Array(bytes[(offset + 4)..<min(bytes.count, offset + 4 + length)])
            if type == 4 { return try commentList(body[...]) }
            if last { break }
            offset += 4 + length
        }
        throw Malformed("no VORBIS_COMMENT block")
    }

    /// The comments of an Ogg Vorbis or Ogg Opus file (its second packet).
    public static func oggComments(_ bytes: [UInt8]) throws -> [String] {
        var packets: [[UInt8]] = []
        var partial: [UInt8] = []
        var offset = 0
        while packets.count < 2, offset + 27 <= bytes.count {
            guard bytes[offset..<(offset + 4)].elementsEqual("OggS".utf8) else { throw Malformed("lost Ogg sync") }
            let segments = Int(bytes[offset + 26])
            var body = offset + 27 + segments
            for lace in bytes[(offset + 27)..<(offset + 27 + segments)] {
                partial += bytes[body..<(body + Int(lace))]
                body += Int(lace)
                if lace < 255 { packets.append(partial); partial = [] }
            }
            offset = body
        }
        guard packets.count >= 2 else { throw Malformed("no comment packet") }
        let packet = packets[1]
        if packet.starts(with: [0x03] + Array("vorbis".utf8)) { return try commentList(packet[7...]) }
        if packet.starts(with: Array("OpusTags".utf8)) { return try commentList(packet[8...]) }
        throw Malformed("the second packet is not a comment header")
    }

    static func commentList(_ bytes: ArraySlice<UInt8>) throws -> [String] {
        var offset = bytes.startIndex
        func u32() throws -> Int {
            guard offset + 4 <= bytes.endIndex else { throw Malformed("truncated comment list") }
            defer { offset += 4 }
            return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
        }
        func string() throws -> String {
            let length = try u32()
            guard offset + length <= bytes.endIndex else { throw Malformed("truncated comment") }
            defer { offset += length }
            return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
        }
        _ = try string()  // vendor
        return try (0..<u32()).map { _ in try string() }
    }

    /// Chapters from `CHAPTERnnn=HH:MM:SS.mmm` and `CHAPTERnnnNAME=` comments, in number order.
    public static func chapters(fromComments comments: [String]) throws -> [Chapter] {
        var starts: [Int: Double] = [:], names: [Int: String] = [:]
        for comment in comments where comment.uppercased().hasPrefix("CHAPTER") {
            let parts = comment.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let number = Int(parts[0].dropFirst(7).prefix(3)) else { continue }
            if parts[0].uppercased().hasSuffix("NAME") {
                names[number] = parts[1]
            } else {
                let clock = parts[1].split(separator: ":").compactMap { Double($0) }
                guard clock.count == 3 else { throw Malformed("bad chapter time \(parts[1])") }
                starts[number] = clock[0] * 3600 + clock[1] * 60 + clock[2]
            }
        }
        return starts.keys.sorted().map { Chapter(start: starts[$0]!, title: names[$0] ?? "") }
    }

    // MARK: ID3v2

    /// CHAP frames of the ID3v2.3/2.4 tag at the start of an MP3, in file order.
    public static func id3Chapters(_ bytes: [UInt8]) throws -> [Chapter] {
        guard bytes.starts(with: Array("ID3".utf8)), bytes.count >= 10 else { throw Malformed("no ID3v2 tag") }
        let version = bytes[3]
        let size = synchsafe(bytes[6..<10])
        var offset = 10
        var chapters: [Chapter] = []
        while offset + 10 <= min(bytes.count, 10 + size), bytes[offset] != 0 {
            let id = String(decoding: bytes[offset..<(offset + 4)], as: UTF8.self)
            let length = version == 4 ? synchsafe(bytes[(offset + 4)..<(offset + 8)]) : bigEndian(bytes[(offset + 4)..<(offset + 8)])
            let body = Array(bytes[(offset + 10)..<(offset + 10 + length)])
            if id == "CHAP" {
                let idEnd = body.firstIndex(of: 0)! + 1
                let start = bigEndian(body[idEnd..<(idEnd + 4)])
                var sub = idEnd + 16
                var title = ""
                while sub + 10 <= body.count {
                    let subID = String(decoding: body[sub..<(sub + 4)], as: UTF8.self)
                    let subLength = version == 4 ? synchsafe(body[(sub + 4)..<(sub + 8)]) : bigEndian(body[(sub + 4)..<(sub + 8)])
                    if subID == "TIT2" { title = String(decoding: body[(sub + 11)..<(sub + 10 + subLength)], as: UTF8.self) }
                    sub += 10 + subLength
                }
                chapters.append(Chapter(start: Double(start) / 1000, title: title))
            }
            offset += 10 + length
        }
        return chapters
    }

    static func synchsafe(_ bytes: ArraySlice<UInt8>) -> Int { bytes.reduce(0) { $0 << 7 | Int($1 & 0x7F) } }
    static func bigEndian(_ bytes: ArraySlice<UInt8>) -> Int { bytes.reduce(0) { $0 << 8 | Int($1) } }

    // MARK: MP4

    /// The Nero `chpl` chapter list of an MP4/M4B (start times in 100 ns units).
    public static func neroChapters(_ bytes: [UInt8]) throws -> [Chapter] {
        let marker = Array("chpl".utf8)
        guard let at = (0..<(bytes.count - 4)).first(where: { bytes[$0..<($0 + 4)].elementsEqual(marker) }) else {
            throw Malformed("no chpl atom")
        }
        var offset = at + 4 + 4 + 4  // type, version and flags, reserved
        let count = Int(bytes[offset])
        offset += 1
        return (0..<count).map { _ in
            let start = Double(bigEndian(bytes[offset..<(offset + 8)])) / 10_000_000
            let length = Int(bytes[offset + 8])
            let title = String(decoding: bytes[(offset + 9)..<(offset + 9 + length)], as: UTF8.self)
            offset += 9 + length
            return Chapter(start: start, title: title)
        }
    }
}
