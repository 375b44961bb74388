import Foundation

/// Replaces the VORBIS_COMMENT block of a FLAC file, streaming: "fLaC", STREAMINFO and the
/// other metadata blocks are kept (old comments and padding dropped), the new comment block
/// goes last, and the audio frames are copied unchanged.
public enum FLACComments {
    public static func rewrite(_ source: String, to destination: String, comments: VorbisComments) throws {
        guard let input = FileHandle(forReadingAtPath: source) else { throw ContainerError(message: "cannot read \(source)") }
        defer { try? input.close() }
        func read(_ count: Int) throws -> [UInt8] {
            let data = try input.read(upToCount: count) ?? Data()
            guard data.count == count else { throw ContainerError(message: "a truncated FLAC header") }
            return [UInt8](data)
        }
        guard try read(4) == Array("fLaC".utf8) else { throw ContainerError(message: "not a FLAC file") }
        var blocks: [(type: UInt8, body: [UInt8])] = []
        var last = false
        while !last {
            let header = try read(4)
            last = header[0] & 0x80 != 0
            let type = header[0] & 0x7F
            let length = Int(header[1]) << 16 | Int(header[2]) << 8 | Int(header[3])
            let body = try read(length)
            if type != 4 && type != 1 { blocks.append((type, body)) }  // drop VORBIS_COMMENT, PADDING
        }
        guard blocks.first?.type == 0 else { throw ContainerError(message: "a FLAC file without STREAMINFO") }
        let commentBody = comments.body
        guard commentBody.count < 1 << 24 else { throw ContainerError(message: "the tags are too long for a FLAC block") }
        blocks.append((4, commentBody))

        guard FileManager.default.createFile(atPath: destination, contents: nil),
              let output = FileHandle(forWritingAtPath: destination) else {
            throw ContainerError(message: "cannot write \(destination)")
        }
        defer { try? output.close() }
        var head = Array("fLaC".utf8)
        for (index, block) in blocks.enumerated() {
            let length = block.body.count
            head += [block.type | (index == blocks.count - 1 ? 0x80 : 0), UInt8(length >> 16 & 0xFF),
                     UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
            head += block.body
        }
        try output.write(contentsOf: head)
        while let data = try input.read(upToCount: 1 << 20), !data.isEmpty {
            try output.write(contentsOf: data)
        }
    }
}
