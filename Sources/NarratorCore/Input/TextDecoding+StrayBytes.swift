/// Bytes meant as UTF-8 that are not all UTF-8: a Latin-1 page that declares nothing, or a
/// UTF-8 page with a stray windows-1252 quote pasted in. Every well-formed UTF-8 sequence is
/// kept; every other byte is read as windows-1252, on its own. "Caf\xE9 \xE2\x80\x94 \x93ok\x94"
/// reads "Café — “ok”": neither the whole page as windows-1252 ("â€”" for the dash) nor, as
/// libxml2 2.9 does, UTF-8 up to the first stray byte and Latin-1 from there on.
extension TextDecoding {
    /// The bytes with each one that is not part of a well-formed UTF-8 sequence replaced by its
    /// windows-1252 character in UTF-8; nil when they are all well-formed (nothing to do).
    public static func repairingStrayBytes(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { buffer -> [UInt8]? in
            guard var stray = firstMalformedByte(in: buffer, from: 0) else { return nil }
            var repaired: [UInt8] = []
            repaired.reserveCapacity(buffer.count + buffer.count / 16)
            var copied = 0
            while true {
                repaired += buffer[copied..<stray]
                repaired += String(windows1252(buffer[stray])).utf8
                copied = stray + 1
                guard let next = firstMalformedByte(in: buffer, from: copied) else { break }
                stray = next
            }
            repaired += buffer[copied...]
            return repaired
        }
    }

    /// The first byte at or after `start` that does not begin a well-formed UTF-8 sequence
    /// (Unicode's definition: no stray continuation byte, truncated or overlong sequence,
    /// surrogate, or value above U+10FFFF).
    static func firstMalformedByte(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let end = bytes.count
        var index = start
        while index < end {
            // Eight ASCII bytes at a time.
            while index + 8 <= end,
                  UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < end else { break }
            let lead = base[index]
            if lead < 0x80 { index += 1; continue }
            // The range the second byte must fall in (Unicode's table of well-formed sequences).
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= end, (low...high).contains(base[index + 1]) else { return index }
            for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
