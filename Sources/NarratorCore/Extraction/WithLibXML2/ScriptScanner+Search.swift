#if canImport(Glibc)
import Glibc
#endif

/// Byte searches and character classes for `ScriptScanner`, within the bytes it scans.
extension ScriptScanner {
    /// The first `byte` at or after `start` (before `count`).
    func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < count, let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return UnsafeMutableRawPointer(base).distance(to: found)
    }

    func find(_ text: String, from start: Int) -> Int? {
        let needle = Array(text.utf8)
        var index = start
        while let candidate = find(needle[0], from: index) {
            if matches(needle, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// The first `needle` (lower case, starting "</") at or after `start`, in any case.
    func findLowercased(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while let candidate = find(needle[0], from: index) {
            if candidate + needle.count <= count,
               (0..<needle.count).allSatisfy({ Self.lower(base[candidate + $0]) == needle[$0] }) {
                return candidate
            }
            index = candidate + 1
        }
        return nil
    }

    func matches(_ text: String, at start: Int) -> Bool { matches(Array(text.utf8), at: start) }

    func matches(_ needle: [UInt8], at start: Int) -> Bool {
        start + needle.count <= count && (0..<needle.count).allSatisfy { base[start + $0] == needle[$0] }
    }

    func equalsLowercased(_ start: Int, _ end: Int, _ word: String) -> Bool {
        end <= count && end - start == word.utf8.count
            && zip(start..<end, word.utf8).allSatisfy { Self.lower(base[$0]) == $1 }
    }

    func containsLowercased(_ start: Int, _ end: Int, _ word: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard end - start >= needle.count else { return false }
        var at = start
        while at <= end - needle.count {
            var matched = 0
            while matched < needle.count, Self.lower(base[at + matched]) == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
            at += 1
        }
        return false
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }

    /// A letter, "_", ":" or "." (how libxml2 starts an HTML name).
    @inline(__always) static func isNameStart(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || byte == 0x5F || byte == 0x3A || byte == 0x2E
    }

    /// A letter, digit, "_", ":", "-" or ".".
    @inline(__always) static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }

    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
