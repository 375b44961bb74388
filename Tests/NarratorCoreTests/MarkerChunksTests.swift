import Testing
@testable import NarratorCore

@Suite struct MarkerChunksTests {
    /// Walks the payload as a reader would: (id, size, body) for each sub-chunk.
    func subchunks(_ payload: [UInt8]) -> [(String, Int, ArraySlice<UInt8>)] {
        var out: [(String, Int, ArraySlice<UInt8>)] = []
        var offset = 4
        while offset + 8 <= payload.count {
            let id = String(decoding: payload[offset..<offset + 4], as: UTF8.self)
            let size = Int(payload[offset + 4]) | Int(payload[offset + 5]) << 8 | Int(payload[offset + 6]) << 16
            out.append((id, size, payload[(offset + 8)..<(offset + 8 + size)]))
            offset += 8 + size + (size & 1)
        }
        #expect(offset == payload.count, "sub-chunks must fill the payload exactly")
        return out
    }

    @Test(arguments: [["A"], ["Ab"], ["Abc", "Abcd"], ["Harbour", "Two", "Three chapters here", "é"], []])
    func labelsComeFirstAndThePayloadIsFourByteAligned(_ titles: [String]) {
        let markers = titles.enumerated().map { ChapterMarker(title: $0.element, startFrame: $0.offset * 100, lengthFrames: 100) }
        let payload = MarkerChunks.adtlPayload(for: markers)
        #expect(Array(payload.prefix(4)) == Array("adtl".utf8))
        #expect(payload.count % 4 == 0)
        let subs = subchunks(payload)
        #expect(subs.map(\.0) == Array(repeating: "labl", count: titles.count) + Array(repeating: "ltxt", count: titles.count))
        for (index, title) in titles.enumerated() {
            let body = Array(subs[index].2)
            #expect(body[0] == UInt8(index + 1))
            // The text is NUL-terminated and followed by nothing else inside the chunk.
            #expect(Array(body[4...]) == Array(title.utf8) + [0])
            let region = Array(subs[titles.count + index].2)
            #expect(region[4] == 100 && Array(region[8..<12]) == Array("rgn ".utf8))
        }
    }

    @Test func longTitlesAreCutAtACharacterBoundary() {
        let title = String(repeating: "é", count: 200)  // 400 bytes
        let label = MarkerChunks.label(title)
        #expect(label.utf8.count <= 255)
        #expect(label.utf8.count == 254)
        #expect(MarkerChunks.label("a\0b") == "ab")
    }
}
