#if canImport(Glibc)
import Glibc
#endif

/// Byte-level text tests for markup values (class names, styles, types): ASCII case folding
/// and substring search without making strings.
enum ByteText {
    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Whether `bytes`, ASCII lower-cased, equal the lower-case `word`.
    static func equalsLowercased(_ bytes: some Collection<UInt8>, _ word: String) -> Bool {
        bytes.count == word.utf8.count && zip(bytes, word.utf8).allSatisfy { lower($0) == $1 }
    }

    /// Space, tab, line feed, carriage return or form feed: HTML's whitespace.
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// The whitespace-separated tokens of a markup value (a class list), in order, as slices
    /// of it: nothing is copied.
    struct Tokens<Base: Collection>: Sequence, IteratorProtocol where Base.Element == UInt8 {
        private let base: Base
        private var index: Base.Index

        init(_ base: Base) {
            self.base = base
            index = base.startIndex
        }

        mutating func next() -> Base.SubSequence? {
            while index < base.endIndex, isSpace(base[index]) { base.formIndex(after: &index) }
            guard index < base.endIndex else { return nil }
            let start = index
            while index < base.endIndex, !isSpace(base[index]) { base.formIndex(after: &index) }
            return base[start..<index]
        }
    }

    /// Whether a UTF-8 byte is an ASCII digit.
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether a UTF-8 byte is an ASCII letter.
    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
        let folded = lower(byte)
        return folded >= 0x61 && folded <= 0x7A
    }

    /// Whether a UTF-8 byte belongs to a word: an ASCII letter or digit, or any byte of a
    /// non-ASCII character.
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        let folded = lower(byte)
        return byte >= 0x80 || isDigit(byte) || (folded >= 0x61 && folded <= 0x7A)
    }

    /// Words in UTF-8 text: runs of ASCII letters and digits and of non-ASCII characters.
    static func wordCount(_ bytes: some Sequence<UInt8>) -> Int {
        // A string's bytes in one buffer are counted far faster than through its view.
        bytes.withContiguousStorageIfAvailable { countWords($0) } ?? countWords(bytes)
    }

    @inline(__always) private static func countWords(_ bytes: some Sequence<UInt8>) -> Int {
        var count = 0
        var inWord = false
        for byte in bytes {
            let isWord = isWordByte(byte)
            if isWord && !inWord { count += 1 }
            inWord = isWord
        }
        return count
    }

    /// Whether the text holds the byte (memchr over its UTF-8 when it is contiguous).
    static func contains(_ text: String, byte: UInt8) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { buffer in
            buffer.baseAddress.map { memchr($0, Int32(byte), buffer.count) != nil } ?? false
        } ?? text.utf8.contains(byte)
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        contains(haystack[...], needle)
    }

    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pin in
            guard let first = pin.first else { return true }
            guard haystack.count >= pin.count else { return false }
            var index = haystack.startIndex
            let last = haystack.endIndex - pin.count
            while index <= last {
                if haystack[index] == first {
                    var matched = 1
                    while matched < pin.count && haystack[index + matched] == pin[matched] { matched += 1 }
                    if matched == pin.count { return true }
                }
                index += 1
            }
            return false
        }
    }
}

/// A set of words to find in bytes, grouped by first byte so each position of the text is
/// compared with only the words that could start there.
struct ByteNeedles {
    private var byFirstByte = [[[UInt8]]](repeating: [], count: 256)
    /// Whether any word starts with the pair of bytes (a one-byte word: with any second byte):
    /// most pairs in a text start none, so few positions are compared at all.
    private var starts = [Bool](repeating: false, count: 65_536)

    init(_ words: [String]) {
        for word in words where !word.isEmpty {
            let bytes = Array(word.utf8)
            byFirstByte[Int(bytes[0])].append(bytes)
            if bytes.count == 1 {
                for second in 0..<256 { starts[Int(bytes[0]) << 8 | second] = true }
            } else {
                starts[Int(bytes[0]) << 8 | Int(bytes[1])] = true
            }
        }
    }

    /// Whether any of the words occurs in `haystack`.
    func occur(in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { occur(in: $0) }
    }

    /// Whether any of the words occurs in `text`.
    func occur(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        starts.withUnsafeBufferPointer { starts in
            let count = text.count
            guard count > 0 else { return false }
            for index in 0..<count where starts[Int(text[index]) << 8 | (index + 1 < count ? Int(text[index + 1]) : 0)] {
                for word in byFirstByte[Int(text[index])] where word.count <= count - index {
                    var matched = 1
                    while matched < word.count && text[index + matched] == word[matched] { matched += 1 }
                    if matched == word.count { return true }
                }
            }
            return false
        }
    }
}
