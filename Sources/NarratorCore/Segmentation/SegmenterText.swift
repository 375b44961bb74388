/// The segmenter's view of its text: scalars with their UTF-8 offsets, and sentences copied
/// out of the bytes.
extension SentenceSegmenter {
    /// The scalars of valid UTF-8 `bytes` and where each starts (plus the end), in one pass.
    /// offsets[i] lets a sentence be copied out as one run of bytes.
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, scalars: inout [Unicode.Scalar], offsets: inout [Int32]) {
        scalars.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        scalars.reserveCapacity(buffer.count)
        offsets.reserveCapacity(buffer.count + 1)
        do {
            var position = 0
            let count = buffer.count
            while position < count {
                let lead = UInt32(buffer[position])
                offsets.append(Int32(position))
                // A String's UTF-8 is always valid, so the lead byte gives the length.
                let value: UInt32
                if lead < 0x80 {
                    value = lead
                    position += 1
                } else if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | UInt32(buffer[position + 1] & 0x3F)
                    position += 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(buffer[position + 1] & 0x3F) << 6 | UInt32(buffer[position + 2] & 0x3F)
                    position += 3
                } else {
                    value = (lead & 0x07) << 18 | UInt32(buffer[position + 1] & 0x3F) << 12
                        | UInt32(buffer[position + 2] & 0x3F) << 6 | UInt32(buffer[position + 3] & 0x3F)
                    position += 4
                }
                scalars.append(Unicode.Scalar(value).unsafelyUnwrapped)
            }
            offsets.append(Int32(count))
        }
    }

    /// Copies sentences out of the text's UTF-8 bytes; whitespace is collapsed only where needed.
    struct SentenceBuilder {
        let utf8: UnsafeBufferPointer<UInt8>
        let offsets: [Int32]

        /// The text of scalars `range`, copied from the UTF-8 bytes.
        func string(_ range: Range<Int>) -> String {
            String(decoding: utf8[Int(offsets[range.lowerBound])..<Int(offsets[range.upperBound])], as: UTF8.self)
        }

        func append(_ range: Range<Int>, to result: inout [String]) {
            var lower = Int(offsets[range.lowerBound]), upper = Int(offsets[range.upperBound])
            while lower < upper, utf8[lower] == 0x20 { lower += 1 }
            while upper > lower, utf8[upper - 1] == 0x20 { upper -= 1 }
            let bytes = UnsafeBufferPointer(rebasing: utf8[lower..<upper])
            guard !bytes.isEmpty else { return }
            var clean = true
            do {
                var previousSpace = false
                for byte in bytes {
                    let space = byte == 0x20
                    if (space && previousSpace) || byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xCC || byte == 0xE2
                        || byte == 0xE3 || byte == 0xEF {
                        clean = false  // runs, controls, possibly Unicode spaces or overlaid strokes: collapse properly
                        break
                    }
                    previousSpace = space
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let sentence = clean ? text : TextCleanup.collapse(text)
            if !sentence.isEmpty { result.append(sentence) }
        }
    }
}
