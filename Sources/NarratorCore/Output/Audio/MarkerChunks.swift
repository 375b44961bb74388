/// The WAV `LIST`/`adtl` payload that names cue points, laid out the way readers need it.
///
/// All `labl` sub-chunks (cue id + NUL-terminated UTF-8 title, one zero pad byte after an odd
/// size) come first, then one `ltxt` region per cue (cue id, length in frames, purpose
/// `rgn `): libsndfile and FFmpeg stop reading labels at the first non-`labl` sub-chunk, and
/// FFmpeg reads a label only up to its first NUL, so labels carry no extra padding. Labels are
/// cut to 255 bytes at a character boundary (libsndfile's limit). `sf_set_chunk` needs a
/// payload whose length is a multiple of 4; when it would be 2 short, the last region carries
/// an empty NUL-terminated text, which with its pad byte adds exactly 2 bytes.
public enum MarkerChunks {
    public static let maxLabelBytes = 255

    /// The payload of the LIST chunk (starting with "adtl"); cue ids are 1-based in order.
    public static func adtlPayload(for markers: [ChapterMarker]) -> [UInt8] {
        var out: [UInt8] = Array("adtl".utf8)
        for (offset, marker) in markers.enumerated() {
            let text = Array(label(marker.title).utf8) + [0]
            out += Array("labl".utf8) + le32(UInt32(4 + text.count)) + le32(UInt32(offset + 1)) + text
            if text.count % 2 == 1 { out.append(0) }
        }
        let regionsSize = markers.count * 28
        let needsAlignment = (out.count + regionsSize) % 4 != 0 && !markers.isEmpty
        for (offset, marker) in markers.enumerated() {
            let isLast = offset == markers.count - 1
            let text: [UInt8] = isLast && needsAlignment ? [0] : []
            out += Array("ltxt".utf8) + le32(UInt32(20 + text.count)) + le32(UInt32(offset + 1))
                + le32(UInt32(clamping: marker.lengthFrames)) + Array("rgn ".utf8)
                + [0, 0, 0, 0, 0, 0, 0, 0] + text
            if text.count % 2 == 1 { out.append(0) }
        }
        return out
    }

    /// The `cue ` chunk's payload: the count, then one 24-byte point per marker (id, position,
    /// `data`, chunk start 0, block start 0, sample offset), the frame in both fields.
    public static func cuePayload(for markers: [ChapterMarker]) -> [UInt8] {
        var out = le32(UInt32(markers.count))
        out.reserveCapacity(4 + markers.count * 24)
        for (offset, marker) in markers.enumerated() {
            let frame = le32(UInt32(clamping: marker.startFrame))
            out += le32(UInt32(offset + 1)) + frame + Array("data".utf8) + le32(0) + le32(0) + frame
        }
        return out
    }

    /// The bytes both marker chunks take in a file, headers included.
    public static func chunkBytes(titles: [String]) -> Int {
        guard !titles.isEmpty else { return 0 }
        let placeholders = titles.map { ChapterMarker(title: $0, startFrame: 0, lengthFrames: 0) }
        return 8 + 4 + titles.count * 24 + 8 + adtlPayload(for: placeholders).count
    }

    /// The title as it fits in a label: no NULs, at most 255 UTF-8 bytes, whole characters.
    public static func label(_ title: String) -> String {
        let clean = title.replacingOccurrences(of: "\0", with: "")
        guard clean.utf8.count > maxLabelBytes else { return clean }
        var result = ""
        for character in clean {
            if result.utf8.count + String(character).utf8.count > maxLabelBytes { break }
            result.append(character)
        }
        return result
    }

    public static func le32(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }
}
