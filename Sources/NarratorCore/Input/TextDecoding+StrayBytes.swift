/// Bytes meant as UTF-8 that are not all UTF-8: a Latin-1 page that declares nothing, or a
/// UTF-8 page with a stray windows-1252 quote pasted in. Every well-formed UTF-8 sequence is
/// kept; every other byte is read as windows-1252, on its own. "Caf\xE9 \xE2\x80\x94 \x93ok\x94"
/// reads "Café — “ok”": neither the whole page as windows-1252 ("â€”" for the dash) nor, as
/// libxml2 2.9 does, UTF-8 up to the first stray byte and Latin-1 from there on.
extension TextDecoding {
    /// The bytes with each one that is not part of a well-formed UTF-8 sequence replaced by its
    /// windows-1252 character in UTF-8; nil when they are all well-formed (nothing to do).
    public static func repairingStrayBytes(_ bytes: [UInt8]) -> [UInt8]? {
        guard var stray = firstMalformedByte(in: bytes, from: 0) else { return nil }
        var repaired: [UInt8] = []
        repaired.reserveCapacity(bytes.count + bytes.count / 16)
        var copied = 0
        while true {
            repaired += bytes[copied..<stray]
            repaired += String(windows1252(bytes[stray])).utf8
            copied = stray + 1
            guard let next = firstMalformedByte(in: bytes, from: copied) else { break }
            stray = next
        }
        repaired += bytes[copied...]
        return repaired
    }

    /// The first byte at or after `start` that does not begin a well-formed UTF-8 sequence
    /// (as `TextCleanup.decodeScalar` reads them: no stray continuation byte, truncated or
    /// overlong sequence, surrogate, or value above U+10FFFF).
    static func firstMalformedByte(in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            let end = buffer.count
            var index = start
            while index < end {
                // Eight ASCII bytes at a time.
                while index + 8 <= end,
                      UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < end else { break }
                if base[index] < 0x80 { index += 1; continue }
                let (scalar, length) = TextCleanup.decodeScalar(bytes, at: index)
                guard scalar != nil else { return index }
                index += length
            }
            return nil
        }
    }
}
