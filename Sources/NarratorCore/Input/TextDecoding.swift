import Foundation

/// Turns the bytes of a plain-text or Markdown input into a String.
///
/// UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; a byte that is not part
/// of valid UTF-8 is read as Windows-1252, the encoding most legacy Western pages use (see
/// `repairingStrayBytes`). Never fails.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(decoding: bytes.dropFirst(3), as: UTF8.self)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                let pair = bigEndian ? (UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                                     : (UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index]))
                units.append(pair)
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        guard let repaired = repairingStrayBytes(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: repaired, as: UTF8.self)
    }

    /// Bytes in the charset a transport named (an HTTP header): a BOM still wins, windows-1252
    /// and its aliases (Latin-1, ASCII) are read as windows-1252; others as `decode` does.
    public static func decode(_ bytes: [UInt8], charset: String?) -> String {
        guard let charset, isWindows1252(charset.lowercased()),
              !bytes.starts(with: [0xEF, 0xBB, 0xBF]), !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF])
        else { return decode(bytes) }
        return windows1252(bytes)
    }

    /// The labels browsers read as windows-1252 (WHATWG Encoding), lower-cased.
    public static func isWindows1252(_ label: String) -> Bool {
        ["windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii",
         "ascii", "ansi_x3.4-1968", "iso-ir-100", "cp819", "ibm819", "csisolatin1"].contains(label)
    }

    /// Bytes in windows-1252, whatever they look like (a page that declares it).
    public static func windows1252Text(_ bytes: [UInt8]) -> String { windows1252(bytes) }

    /// Windows-1252: Latin-1 plus typographic punctuation in 0x80...0x9F.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(windows1252(byte)) }
        return String(scalars)
    }

    /// One byte's windows-1252 character (U+FFFD for the five bytes it leaves undefined).
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
