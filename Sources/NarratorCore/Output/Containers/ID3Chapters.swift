/// An ID3v2.4 tag with the narration's tags and chapters, for the front of an MP3.
///
/// Chapters are `CHAP` frames (start and end in milliseconds, byte offsets unused, a `TIT2`
/// title inside), written in chronological order and listed by one top-level ordered `CTOC`
/// (the ID3v2 Chapter Frame Addendum). A CTOC holds at most 255 entries, so later chapters
/// beyond that are listed by a second-level CTOC.
public enum ID3Chapters {
    public static func tag(tags: AudioTags, chapters: [Timings.ChapterTiming]) -> [UInt8] {
        var frames: [UInt8] = []
        for (id, value) in [("TIT2", tags.title), ("TPE1", tags.artist), ("TDRC", tags.date),
                            ("TSSE", tags.software), ("COMM", tags.source.map { "Source: \($0)" })] {
            guard let value, !value.isEmpty else { continue }
            frames += id == "COMM" ? frame("COMM", [0x03] + Array("eng".utf8) + [0] + Array(value.utf8))
                                   : textFrame(id, value)
        }
        let ids = chapters.indices.map { "chp\($0 + 1)" }
        frames += tableOfContents(ids)
        for (index, chapter) in chapters.enumerated() {
            var body = Array(ids[index].utf8) + [0]
            body += UInt32(clamping: Int((chapter.start * 1000).rounded())).bigEndianBytes
            body += UInt32(clamping: Int((chapter.end * 1000).rounded())).bigEndianBytes
            body += UInt32.max.bigEndianBytes + UInt32.max.bigEndianBytes  // byte offsets: not used
            body += textFrame("TIT2", Clock.oneLine(chapter.title))
            frames += frame("CHAP", body)
        }
        return Array("ID3".utf8) + [4, 0, 0] + synchsafe(frames.count) + frames
    }

    /// The top-level CTOC ("toc") listing the chapters in order, nesting when there are over 255.
    static func tableOfContents(_ ids: [String]) -> [UInt8] {
        guard !ids.isEmpty else { return [] }
        if ids.count <= 255 { return ctoc("toc", topLevel: true, children: ids) }
        let groups = stride(from: 0, to: ids.count, by: 255).map { Array(ids[$0..<min($0 + 255, ids.count)]) }
        var out = ctoc("toc", topLevel: true, children: groups.indices.map { "toc\($0 + 1)" })
        for (index, group) in groups.enumerated() { out += ctoc("toc\(index + 1)", topLevel: false, children: group) }
        return out
    }

    static func ctoc(_ id: String, topLevel: Bool, children: [String]) -> [UInt8] {
        var body = Array(id.utf8) + [0, (topLevel ? 0x02 : 0) | 0x01, UInt8(children.count)]
        for child in children { body += Array(child.utf8) + [0] }
        return frame("CTOC", body)
    }

    static func textFrame(_ id: String, _ text: String) -> [UInt8] {
        frame(id, [0x03] + Array(text.utf8))  // UTF-8
    }

    static func frame(_ id: String, _ body: [UInt8]) -> [UInt8] {
        Array(id.utf8) + synchsafe(body.count) + [0, 0] + body
    }

    /// ID3v2.4 sizes: four bytes of seven bits each.
    static func synchsafe(_ value: Int) -> [UInt8] {
        [UInt8(value >> 21 & 0x7F), UInt8(value >> 14 & 0x7F), UInt8(value >> 7 & 0x7F), UInt8(value & 0x7F)]
    }
}
