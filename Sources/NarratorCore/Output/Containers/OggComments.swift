import Foundation

/// Replaces the comment header of an Ogg Vorbis or Ogg Opus file, streaming.
///
/// libsndfile writes only a few fixed tags, so chapters are added afterwards: the header
/// packets (identification, comments and, for Vorbis, setup) are read from the first pages,
/// the comment packet is replaced and the headers laid out on fresh pages; every later page is
/// copied with its sequence number shifted and its CRC recomputed. Audio is never re-encoded.
public enum OggComments {
    public enum Codec: Sendable { case vorbis, opus }

    /// Reads the Ogg file at `source` and writes it to `destination` with `comments`.
    public static func rewrite(_ source: String, to destination: String, codec: Codec, comments: VorbisComments) throws {
        guard let input = FileHandle(forReadingAtPath: source) else { throw ContainerError(message: "cannot read \(source)") }
        defer { try? input.close() }
        var reader = OggPageReader(input)
        let headerCount = codec == .vorbis ? 3 : 2
        // Gather the header packets; they end on a page boundary by both codecs' rules.
        var packets: [[UInt8]] = []
        var partial: [UInt8] = []
        var headerPages = 0
        var serial: UInt32 = 0
        while packets.count < headerCount || !partial.isEmpty {
            guard let page = try reader.next() else { throw ContainerError(message: "the Ogg stream ends inside its headers") }
            if headerPages == 0 { serial = page.serial }
            headerPages += 1
            var offset = 0
            for lace in page.lacing {
                partial += page.body[offset..<(offset + Int(lace))]
                offset += Int(lace)
                if lace < 255 { packets.append(partial); partial = [] }
            }
        }
        guard packets.count == headerCount else { throw ContainerError(message: "audio shares a page with the Ogg headers") }
        packets[1] = codec == .vorbis ? comments.vorbisPacket : comments.opusPacket

        guard FileManager.default.createFile(atPath: destination, contents: nil),
              let output = FileHandle(forWritingAtPath: destination) else {
            throw ContainerError(message: "cannot write \(destination)")
        }
        defer { try? output.close() }
        // The identification header has a page of its own (flagged as the stream's start).
        var pages = [OggPage.make(packets: [packets[0]], serial: serial, sequence: 0, beginning: true)]
        pages += OggPage.pages(for: Array(packets[1...]), serial: serial, firstSequence: 1)
        var buffer = Data()
        for page in pages { buffer.append(contentsOf: page) }
        let shift = Int64(pages.count) - Int64(headerPages)
        while let page = try reader.next() {
            buffer.append(contentsOf: page.renumbered(by: shift))
            if buffer.count >= 1 << 20 { try output.write(contentsOf: buffer); buffer.removeAll(keepingCapacity: true) }
        }
        try output.write(contentsOf: buffer)
    }
}

/// One Ogg page as read: its header fields, lacing values and body.
struct OggPage {
    var header: [UInt8]  // the 27 fixed bytes
    var lacing: [UInt8]
    var body: [UInt8]

    var serial: UInt32 { UInt32(header[14]) | UInt32(header[15]) << 8 | UInt32(header[16]) << 16 | UInt32(header[17]) << 24 }
    var sequence: UInt32 { UInt32(header[18]) | UInt32(header[19]) << 8 | UInt32(header[20]) << 16 | UInt32(header[21]) << 24 }

    /// The page's bytes with its sequence number moved by `shift` and a fresh CRC.
    func renumbered(by shift: Int64) -> [UInt8] {
        var bytes = header + lacing + body
        bytes.replaceSubrange(18..<22, with: UInt32(truncatingIfNeeded: Int64(sequence) + shift).littleEndianBytes)
        Self.seal(&bytes)
        return bytes
    }

    /// Header pages (granule position 0) holding `packets`, split at 255 lacing values a page.
    static func pages(for packets: [[UInt8]], serial: UInt32, firstSequence: UInt32) -> [[UInt8]] {
        var segments: [(lace: UInt8, bytes: ArraySlice<UInt8>, ends: Bool)] = []
        for packet in packets {
            var offset = 0
            repeat {
                let length = min(255, packet.count - offset)
                offset += length
                segments.append((UInt8(length), packet[(offset - length)..<offset], length < 255))
            } while segments.last!.lace == 255 || offset < packet.count
        }
        var pages: [[UInt8]] = []
        var continued = false
        var start = 0
        while start < segments.count {
            let chunk = segments[start..<min(start + 255, segments.count)]
            pages.append(page(lacing: chunk.map(\.lace), body: chunk.flatMap(\.bytes), serial: serial,
                              sequence: firstSequence + UInt32(pages.count), continued: continued, beginning: false))
            continued = !chunk.last!.ends
            start += chunk.count
        }
        return pages
    }

    static func make(packets: [[UInt8]], serial: UInt32, sequence: UInt32, beginning: Bool) -> [UInt8] {
        let packet = packets[0]
        var lacing = [UInt8](repeating: 255, count: packet.count / 255)
        lacing.append(UInt8(packet.count % 255))
        return page(lacing: lacing, body: packet, serial: serial, sequence: sequence, continued: false, beginning: beginning)
    }

    static func page(lacing: [UInt8], body: [UInt8], serial: UInt32, sequence: UInt32, continued: Bool,
                     beginning: Bool) -> [UInt8] {
        var bytes = Array("OggS".utf8) + [0, (continued ? 1 : 0) | (beginning ? 2 : 0)]
        bytes += [UInt8](repeating: 0, count: 8)  // granule position 0: header pages
        bytes += serial.littleEndianBytes + sequence.littleEndianBytes + [0, 0, 0, 0]
        bytes += [UInt8(lacing.count)] + lacing + body
        seal(&bytes)
        return bytes
    }

    /// Writes the page's CRC-32 (polynomial 0x04C11DB7, no reflection) into bytes 22..<26.
    static func seal(_ bytes: inout [UInt8]) {
        bytes.replaceSubrange(22..<26, with: [0, 0, 0, 0])
        var crc: UInt32 = 0
        for byte in bytes { crc = (crc << 8) ^ crcTable[Int((crc >> 24) ^ UInt32(byte))] }
        bytes.replaceSubrange(22..<26, with: crc.littleEndianBytes)
    }

    static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index) << 24
        for _ in 0..<8 { value = value & 0x8000_0000 != 0 ? (value << 1) ^ 0x04C1_1DB7 : value << 1 }
        return value
    }
}

/// Reads Ogg pages one at a time from a file.
struct OggPageReader {
    let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0

    init(_ handle: FileHandle) { self.handle = handle }

    mutating func next() throws -> OggPage? {
        guard try fill(27) else { return nil }
        guard Array(buffer[position..<(position + 4)]) == Array("OggS".utf8) else {
            throw ContainerError(message: "not an Ogg page")
        }
        let count = Int(buffer[position + 26])
        guard try fill(27 + count) else { throw ContainerError(message: "a truncated Ogg page") }
        let lacing = Array(buffer[(position + 27)..<(position + 27 + count)])
        let bodyLength = lacing.reduce(0) { $0 + Int($1) }
        guard try fill(27 + count + bodyLength) else { throw ContainerError(message: "a truncated Ogg page") }
        let header = Array(buffer[position..<(position + 27)])
        let bodyStart = position + 27 + count
        let page = OggPage(header: header, lacing: lacing, body: Array(buffer[bodyStart..<(bodyStart + bodyLength)]))
        position = bodyStart + bodyLength
        return page
    }

    /// Makes `count` bytes available from `position`; false at a clean end of file.
    private mutating func fill(_ count: Int) throws -> Bool {
        while buffer.count - position < count {
            if position > 0 { buffer.removeFirst(position); position = 0 }
            guard let data = try handle.read(upToCount: 1 << 16), !data.isEmpty else {
                if buffer.count == position { return false }  // the end, between pages
                throw ContainerError(message: "a truncated Ogg page")
            }
            buffer += data
        }
        return true
    }
}
