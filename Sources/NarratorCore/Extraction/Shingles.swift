/// Texts compared the way a listener hears a repeat: by runs of four words ("shingles").
enum Shingles {
    /// Every 4-gram of words in the text, lower-cased, each as a 64-bit hash (a shorter text:
    /// its words as one). Words are runs of ASCII letters and digits and of non-ASCII bytes,
    /// hashed with FNV-1a as they are read; typographic quotation marks and apostrophes
    /// (“ ” „ « » ‘ ’) part words as ASCII's do, so "it’s" matches "it's" and a quoted passage
    /// matches itself unquoted.
    static func of(_ text: String) -> [UInt64] {
        var text = text
        return text.withUTF8 { of(bytes: $0) }
    }

    /// The text's word 4-grams (as `of`) and its figures, read in the same pass: the hashes of
    /// its words that hold a digit ("2025", "$40", "15ml").
    static func withFigures(of text: String) -> (shingles: [UInt64], figures: [UInt64]) {
        var text = text
        return text.withUTF8 { bytes in
            var figures: [UInt64] = []
            let shingles = of(bytes: bytes) { range, hash in
                if bytes[range].contains(where: ByteText.isDigit) { figures.append(hash) }
            }
            return (shingles, figures)
        }
    }

    /// `eachWord`, if given, is told each word as `forEachWord` reads it.
    private static func of(bytes: UnsafeBufferPointer<UInt8>, eachWord: ((Range<Int>, UInt64) -> Void)? = nil) -> [UInt64] {
        var shingles: [UInt64] = []
        var window: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var words = 0
        forEachWord(in: bytes) { range, hash in
            eachWord?(range, hash)
            words += 1
            if words >= 4 { shingles.append(((window.0 &* 31 &+ window.1) &* 31 &+ window.2) &* 31 &+ hash) }
            window = (window.1, window.2, hash)
        }
        if words > 0 && words < 4 { shingles.append((window.0 &* 31 &+ window.1) &* 31 &+ window.2) }
        return shingles
    }

    /// Each word of the text, in order: its byte range and an FNV-1a hash of its bytes, ASCII
    /// lower-cased. Words are runs of ASCII letters and digits and of non-ASCII bytes;
    /// typographic quotation marks and apostrophes part words as ASCII's do.
    @inline(__always)
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, UInt64) -> Void) {
        var start = -1
        var hash: UInt64 = offset
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if let skip = quoteMarkLength(bytes, at: index) {
                if start >= 0 { body(start..<index, hash); start = -1; hash = offset }
                index += skip
                continue
            }
            if ByteText.isWordByte(byte) {
                if start < 0 { start = index }
                hash = (hash ^ UInt64(ByteText.lower(byte))) &* prime
            } else if start >= 0 {
                body(start..<index, hash)
                start = -1
                hash = offset
            }
            index += 1
        }
        if start >= 0 { body(start..<bytes.count, hash) }
    }

    /// The length in bytes of a typographic quotation mark or apostrophe at `index` (‘ ’ ‚ ‛
    /// “ ” „ as E2 80 98-9E, « » as C2 AB/BB), or nil: like ASCII's ' and ", they part words.
    @inline(__always)
    private static func quoteMarkLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch bytes[index] {
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0x98...0x9E).contains(bytes[index + 2]):
            return 3
        case 0xC2 where index + 1 < bytes.count && (bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB):
            return 2
        default:
            return nil
        }
    }

    /// The hashes of the text's first `count` words (fewer when it is shorter), as `of` reads
    /// words.
    static func openingWords(of text: String, count: Int) -> [UInt64] {
        var text = text
        var hashes: [UInt64] = []
        text.withUTF8 { bytes in
            forEachWord(in: bytes) { _, hash in if hashes.count < count { hashes.append(hash) } }
        }
        return hashes
    }

    /// The whole text's bytes as one FNV-1a hash (a paragraph compared word for word).
    static func hash(of text: String) -> UInt64 {
        var hash = offset
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3
}

extension ShingleSet {
    /// The shingles of every text given.
    init(shinglesOf texts: [String]) {
        self.init(capacity: texts.reduce(0) { $0 + $1.utf8.count / 6 })
        for text in texts {
            for shingle in Shingles.of(text) { insert(shingle) }
        }
    }
}

/// A set of shingles. They are hashes already, so a slot is picked by their low bits without
/// hashing them again (a general `Set` hashes each with SipHash: a third of reading a page's
/// repeats went there). Slots keep 32 bits of each (a false match is one in millions), and the
/// set stops growing at `limit` shingles (about 250,000 words, far more than any article; 2 MB),
/// so a huge page's time and memory stay flat: repeats are looked for in its first 250,000 words.
struct ShingleSet {
    private var slots: [UInt32]
    private var hasZero = false
    private(set) var count = 0
    static let limit = 1 << 18

    /// Whether the set holds all it will.
    var isFull: Bool { count >= Self.limit }

    init(capacity: Int = 64) {
        var size = 16
        while size < min(capacity, Self.limit) * 2 { size <<= 1 }
        slots = [UInt32](repeating: 0, count: size)
    }

    private static func key(_ shingle: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: shingle ^ (shingle >> 32)) }

    func contains(_ shingle: UInt64) -> Bool {
        let key = Self.key(shingle)
        if key == 0 { return hasZero }
        let mask = slots.count - 1
        var index = Int(key) & mask
        while true {
            let slot = slots[index]
            if slot == key { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }

    mutating func insert(_ shingle: UInt64) {
        guard count < Self.limit else { return }
        let key = Self.key(shingle)
        if key == 0 {
            if !hasZero { hasZero = true; count += 1 }
            return
        }
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var index = Int(key) & mask
        while slots[index] != 0 {
            if slots[index] == key { return }
            index = (index + 1) & mask
        }
        slots[index] = key
        count += 1
    }

    /// Doubles the table; entries move to their new slots (a slot is found from the key alone).
    private mutating func grow() {
        let old = slots
        slots = [UInt32](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for key in old where key != 0 {
            var index = Int(key) & mask
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = key
        }
    }
}
