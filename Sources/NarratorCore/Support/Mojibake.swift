/// UTF-8 text that was read as Latin-1 or Windows-1252 and encoded again: "doesnâ€™t" for
/// "doesn’t". Each byte of the original character became a character of its own: a lead byte
/// (C2-F4) one of U+00C2-U+00F4, each continuation byte (80-BF) U+0080-U+00BF or, for
/// 80-9F in Windows-1252, a letter or mark such as "€" or "™". Repaired only when the bytes
/// so recovered are valid UTF-8 and one of them is 80-9F, which a Latin-1 or Windows-1252
/// text holds only as those controls and marks: "é©" could be meant, "â€™" cannot; and "Â"
/// before a no-break space or a sign ("Â°"), and "Ã" before a sign inside a word ("HÃ´tel").
enum Mojibake {
    /// At `index`, a character U+00C2-U+00F4 (`lead`, as a byte value): the original
    /// character's UTF-8 bytes and how many bytes of `bytes` they replace.
    static func repair(_ bytes: [UInt8], at index: Int, lead: UInt8) -> (bytes: [UInt8], consumed: Int)? {
        let expected = continuationCount(lead: lead)
        var recovered: [UInt8] = [lead]
        var position = index + 2  // past the lead's own two bytes (C3 xx)
        var sawHighControl = false
        for _ in 0..<expected {
            guard position < bytes.count, bytes[position] >= 0x80 else { return nil }
            let (scalar, length) = TextCleanup.decodeScalar(bytes, at: position)
            guard let value = scalar?.value else { return nil }
            let byte: UInt8
            if (0x80...0xBF).contains(value) {
                byte = UInt8(value)
            } else if let mapped = windows1252[value] {
                byte = mapped
            } else {
                return nil
            }
            if byte <= 0x9F { sawHighControl = true }
            recovered.append(byte)
            position += length
        }
        // "Â" before a no-break space is one written twice over (C2 A0 read as two characters):
        // the commonest trace of the mistake, and no word ends in a capital Â before one.
        let noBreakSpace = recovered == [0xC2, 0xA0]
        // So is "Â" before a sign of U+00A1-U+00BF ("Â°", "Â®", "Â¶"), and "Ã" before one inside a
        // word ("KarakÃ¶y", "dÃ©tente", "fÃ¼r"): no word puts a capital Â or Ã there.
        let before = index > 0 ? bytes[index - 1] : 0
        let after = position < bytes.count ? bytes[position] : 0
        let latinPair = expected == 1 && recovered[1] >= 0xA1
            && (lead == 0xC2 || (lead == 0xC3 && (ByteText.isASCIILetter(before) || ByteText.isASCIILetter(after))))
        guard sawHighControl || noBreakSpace || latinPair, String(validating: recovered, as: UTF8.self) != nil else { return nil }
        return (recovered, position - index)
    }

    /// Whether the character at `index` of `chars` is a byte of a character encoded twice, its
    /// lead one to three characters before it ("Ò•" is the UTF-8 of "ҕ" read as Windows-1252,
    /// "ß" and U+0085 that of "߅" read as Latin-1, "ä••" that of "䕕"): text cleanup puts the
    /// character back, so the segmenter starts no list item at such a bullet and breaks no line
    /// at such a control.
    static func continues(_ chars: [Unicode.Scalar], at index: Int) -> Bool {
        for back in 1...3 where index - back >= 0 {
            let lead = chars[index - back].value
            guard (0xC2...0xF4).contains(lead) else { continue }
            guard back <= continuationCount(lead: UInt8(lead)) else { continue }
            var bytes: [UInt8] = []
            for scalar in chars[(index - back)..<min(chars.count, index - back + 4)] { bytes.append(contentsOf: String(scalar).utf8) }
            if repair(bytes, at: 0, lead: UInt8(lead)) != nil { return true }
        }
        return false
    }

    /// How many continuation bytes follow a UTF-8 lead byte (C2-F4).
    static func continuationCount(lead: UInt8) -> Int { lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1 }

    /// Windows-1252's characters for the bytes 80-9F.
    static let windows1252: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
