import Foundation

/// Vorbis comments (the tag format of FLAC, Ogg Vorbis and Ogg Opus) with chapters in the
/// form FFmpeg and most players read: `CHAPTER001=00:00:00.000`, `CHAPTER001NAME=Title`.
public struct VorbisComments: Sendable, Equatable {
    /// The most chapters Vorbis comments can number; later ones are left to the sidecars.
    public static let maximumChapters = 999
    public var vendor: String
    public var comments: [String]

    public init(vendor: String, tags: AudioTags, chapters: [Timings.ChapterTiming]) {
        self.vendor = vendor
        var comments: [String] = []
        for (key, value) in [("TITLE", tags.title), ("ARTIST", tags.artist), ("DATE", tags.date),
                             ("COMMENT", tags.source.map { "Source: \($0)" }), ("ENCODER", tags.software)] {
            if let value, !value.isEmpty { comments.append("\(key)=\(value)") }
        }
        // Chapter numbers have three digits (FFmpeg reads CHAPTER000 to CHAPTER999).
        for (index, chapter) in chapters.prefix(Self.maximumChapters).enumerated() {
            let number = Clock.pad(index + 1, 3)
            comments.append("CHAPTER\(number)=\(Clock.hms(chapter.start))")
            comments.append("CHAPTER\(number)NAME=\(Clock.oneLine(chapter.title))")
        }
        self.comments = comments
    }

    /// The comment list as FLAC's VORBIS_COMMENT block body holds it (little-endian lengths).
    public var body: [UInt8] {
        var out: [UInt8] = []
        func append(_ text: String) {
            let bytes = Array(text.utf8)
            out += UInt32(bytes.count).littleEndianBytes
            out += bytes
        }
        append(vendor)
        out += UInt32(comments.count).littleEndianBytes
        comments.forEach(append)
        return out
    }

    /// Vorbis's comment header packet: type 3, "vorbis", the list, a framing bit.
    public var vorbisPacket: [UInt8] { [0x03] + Array("vorbis".utf8) + body + [0x01] }

    /// Opus's comment header packet: "OpusTags" and the list.
    public var opusPacket: [UInt8] { Array("OpusTags".utf8) + body }
}

extension FixedWidthInteger {
    var littleEndianBytes: [UInt8] { withUnsafeBytes(of: littleEndian, Array.init) }
    var bigEndianBytes: [UInt8] { withUnsafeBytes(of: bigEndian, Array.init) }
}
