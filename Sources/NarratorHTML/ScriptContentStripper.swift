import CLibXML2Shim
#if canImport(Glibc)
import Glibc
#endif

/// Removes the content of `<script>` (except JSON-LD) and `<style>` elements from a page
/// before libxml2 reads it.
///
/// Scripts and styles are about half the bytes of a news page, and libxml2 scans their text
/// character by character only for the tree builder to drop it. Their ends are found the way
/// libxml2 2.9's HTML parser finds them (in recovery mode, the first `</script` or `</style`,
/// any case), and only elements libxml2 would also see are touched: comments, `<!...>`,
/// `<?...>` and end tags are skipped, and start tags are read attribute by attribute with
/// quoted values, so a `<script` inside a comment or an attribute value is left alone.
/// Whenever the page stops making sense (a comment, a quote or a script that never ends, a NUL
/// byte) the rest is kept as it is: leaving text in costs time, never content.
enum ScriptContentStripper {
    /// The libxml2 releases whose tokenizer these rules follow (checked by the tests and the
    /// HTML fuzz target); with any other, pages go to libxml2 whole.
    static let parserVersions = 20900..<21000

    static let followsRunningParser = parserVersions.contains(Int(narrator_html_parser_version()))

    /// Strips in place (the bytes only move towards the start).
    ///
    /// - Parameter followsMeta: whether libxml2 will honour a `<meta>` charset in the page
    ///   (it does unless an encoding is forced). From a meta naming any encoding but UTF-8 on,
    ///   libxml2 converts what it reads, and the rest of the page is left as it is.
    static func strip(_ bytes: inout [UInt8], followsMeta: Bool = true) {
        let kept = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var scanner = Scanner(base: base, count: buffer.count, followsMeta: followsMeta)
            return scanner.run()
        }
        bytes.removeLast(bytes.count - kept)
    }

    /// Whether stripping is safe for a page read in this charset: libxml2 must read the page as
    /// UTF-8 (the script ends it looks for are ASCII, and only its UTF-8 reader's fall-back to
    /// Latin-1 on a malformed byte is followed here; a converter may stop at a byte a script
    /// holds).
    static func applies(to bytes: [UInt8], declaredCharset: String?) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        guard let charset = declaredCharset else { return true }
        return isUTF8(charset)
    }

    static func isUTF8(_ charset: String) -> Bool {
        let lower = charset.lowercased()
        return lower == "utf-8" || lower == "utf8"
    }

    private struct Scanner {
        let base: UnsafeMutablePointer<UInt8>
        /// The bytes in the buffer.
        let total: Int
        /// Where scanning stops: the page's first NUL byte (libxml2 2.9 reads on after a NUL in
        /// some places and ends the page at one in others), else its end.
        let count: Int
        /// Bytes before `kept` are final; bytes from `copied` on are still in their old place.
        var kept = 0
        var copied = 0
        var position = 0

        /// Whether a `<meta>` charset can still switch libxml2's encoding.
        let followsMeta: Bool

        init(base: UnsafeMutablePointer<UInt8>, count: Int, followsMeta: Bool) {
            self.base = base
            self.followsMeta = followsMeta
            total = count
            self.count = memchr(base, 0, count).map { UnsafeMutableRawPointer(base).distance(to: $0) } ?? count
        }

        mutating func run() -> Int {
            while let open = find(0x3C, from: position) {  // "<"
                position = open + 1
                guard position < count else { break }
                let next = base[position]
                if next == 0x21 {  // "<!": a comment, a DOCTYPE, or else a plain "<"
                    if matches("!--", at: position) {
                        guard let end = commentEnd(from: position + 3) else { break }
                        position = end
                    } else if equalsLowercased(position + 1, position + 8, "doctype") {
                        guard doctype() else { break }
                    }
                } else if next == 0x3F {  // "<?": a processing instruction up to ">", if it has a name
                    if position + 1 < count, Self.isNameStart(base[position + 1]) {
                        guard let end = find(0x3E, from: position),
                              !containsLowercased(position, end, "encoding")  // an XML declaration's encoding
                        else { break }
                        position = end + 1
                    } else {
                        position += 1
                    }
                } else if next == 0x2F {  // "</": a name and up to ">"; without a name only "</" is read
                    if position + 1 < count, Self.isNameStart(base[position + 1]) {
                        guard let end = find(0x3E, from: position) else { break }
                        position = end + 1
                    } else {
                        position += 1
                    }
                } else if Self.isLetter(next) {
                    guard startTag() else { break }
                }
            }
            // Everything not yet moved stays.
            move(upTo: total)
            return kept
        }

        /// Reads a DOCTYPE from just after "<!DOCTYPE" to its ">", as libxml2 does: a name, then
        /// SYSTEM "literal" or PUBLIC "literal" ["literal"], whose quotes may hold ">". False when
        /// the page ends inside it.
        private mutating func doctype() -> Bool {
            position += 8
            skipBlanks()
            while position < count, Self.isNameByte(base[position]) || base[position] >= 0x80 { position += 1 }
            skipBlanks()
            var literals = 0
            if equalsLowercased(position, position + 6, "system") {
                literals = 1
            } else if equalsLowercased(position, position + 6, "public") {
                literals = 2
            }
            if literals > 0 {
                position += 6
                for _ in 0..<literals {
                    skipBlanks()
                    guard position < count else { return false }
                    let quote = base[position]
                    guard quote == 0x22 || quote == 0x27 else { break }
                    guard let end = find(quote, from: position + 1) else { return false }
                    position = end + 1
                }
            }
            guard let end = find(0x3E, from: position) else { return false }
            position = end + 1
            return true
        }

        private mutating func skipBlanks() {
            while position < count, Self.isBlank(base[position]) { position += 1 }
        }

        /// Reads a start tag whose name begins at `position`; strips a script's or style's
        /// content. False when the page ends inside it.
        private mutating func startTag() -> Bool {
            let nameStart = position
            while position < count, Self.isNameByte(base[position]) { position += 1 }
            let raw: [UInt8]?
            if equalsLowercased(nameStart, position, "script") {
                raw = Array("</script".utf8)
            } else if equalsLowercased(nameStart, position, "style") {
                raw = Array("</style".utf8)
            } else {
                raw = nil
            }
            var isJSONLD = false
            let isMeta = followsMeta && equalsLowercased(nameStart, position, "meta")
            var switchesEncoding = false
            // Attributes, up to ">" or "/>".
            while true {
                while position < count, Self.isBlank(base[position]) { position += 1 }
                guard position < count else { return false }
                let byte = base[position]
                if byte == 0x3E { position += 1; break }
                if byte == 0x2F, position + 1 < count, base[position + 1] == 0x3E { return true }  // empty element
                guard Self.isNameStart(byte) else {
                    // Not an attribute name: skipped up to a blank or the tag's end, as libxml2 does.
                    while position < count, !Self.isBlank(base[position]), base[position] != 0x3E,
                          !(base[position] == 0x2F && position + 1 < count && base[position + 1] == 0x3E) {
                        position += 1
                    }
                    continue
                }
                let attributeStart = position
                while position < count, Self.isNameByte(base[position]) { position += 1 }
                let isType = equalsLowercased(attributeStart, position, "type")
                let isCharset = isMeta && equalsLowercased(attributeStart, position, "charset")
                let isContent = isMeta && equalsLowercased(attributeStart, position, "content")
                while position < count, Self.isBlank(base[position]) { position += 1 }
                guard position < count, base[position] == 0x3D else { continue }  // "="
                position += 1
                while position < count, Self.isBlank(base[position]) { position += 1 }
                guard position < count else { return false }
                let valueStart: Int
                let valueEnd: Int
                let quote = base[position]
                if quote == 0x22 || quote == 0x27 {
                    guard let end = find(quote, from: position + 1) else { return false }
                    valueStart = position + 1
                    valueEnd = end
                    position = end + 1
                } else {
                    valueStart = position
                    while position < count, !Self.isBlank(base[position]), base[position] != 0x3E { position += 1 }
                    valueEnd = position
                }
                if isCharset || isContent, namesOtherEncoding(valueStart, valueEnd, inContent: isContent) {
                    switchesEncoding = true
                }
                // A value with an entity ("ld&#43;json") may decode to JSON-LD: kept to be safe.
                if isType, containsLowercased(valueStart, valueEnd, "ld+json") || containsLowercased(valueStart, valueEnd, "&") {
                    isJSONLD = true
                }
            }
            if switchesEncoding { return false }
            guard let raw else { return true }
            // libxml2 reads "</..." at the very start of the content as an end tag: the element's
            // own ends it at once (an empty element); any other name makes the rest of the page
            // too odd to follow.
            if matches("</", at: position) {
                let nameStart = position + 2
                var nameEnd = nameStart
                while nameEnd < count, Self.isNameByte(base[nameEnd]) { nameEnd += 1 }
                return equalsLowercased(nameStart, nameEnd, String(decoding: raw.dropFirst(2), as: UTF8.self))
            }
            // Raw text up to the end tag: never scanned for tags, JSON-LD kept, the rest dropped.
            // An end tag whose name runs on ("</scripts>") does not end the element in libxml2:
            // not followed.
            guard let end = findLowercased(raw, from: position),
                  end + raw.count < count, !Self.isNameByte(base[end + raw.count])
            else { return false }
            if !isJSONLD {
                move(upTo: position)
                if let invalid = firstInvalidUTF8(from: position, to: end) {
                    // libxml2 reads a page with no encoder as UTF-8 until its first malformed
                    // byte, then as Latin-1 to the end: that byte stays, so the switch happens
                    // where it would have.
                    copied = invalid
                    move(upTo: invalid + 1)
                }
                copied = end
            }
            // The end tag is read like any other ("</style?..." runs to the next ">").
            position = end
            return true
        }

        /// The first byte in [start, end) that libxml2 2.9's UTF-8 reader rejects (a stray
        /// continuation byte, a truncated or overlong sequence, a lead byte of F8 or more).
        private func firstInvalidUTF8(from start: Int, to end: Int) -> Int? {
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
                func continuation(_ offset: Int) -> UInt32? {
                    guard index + offset < end, base[index + offset] & 0xC0 == 0x80 else { return nil }
                    return UInt32(base[index + offset] & 0x3F)
                }
                guard lead & 0x40 != 0, let second = continuation(1) else { return index }
                if lead & 0xE0 != 0xE0 {
                    guard (UInt32(lead & 0x1F) << 6 | second) >= 0x80 else { return index }
                    index += 2
                    continue
                }
                guard let third = continuation(2) else { return index }
                if lead & 0xF0 != 0xF0 {
                    guard (UInt32(lead & 0x0F) << 12 | second << 6 | third) >= 0x800 else { return index }
                    index += 3
                    continue
                }
                guard lead & 0xF8 == 0xF0, let fourth = continuation(3),
                      (UInt32(lead & 0x07) << 18 | second << 12 | third << 6 | fourth) >= 0x10000
                else { return index }
                index += 4
            }
            return nil
        }

        /// Whether a meta's charset value, or the "charset=" in its content value, names an
        /// encoding other than UTF-8 (or one hidden behind an entity).
        private func namesOtherEncoding(_ start: Int, _ end: Int, inContent: Bool) -> Bool {
            // Most content values (descriptions, titles) say nothing of a charset.
            if inContent, !containsLowercased(start, end, "charset"), !containsLowercased(start, end, "&") {
                return false
            }
            let value = String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
                .lowercased()
            if value.contains("&") { return true }
            var charset = value[...]
            if inContent {
                guard let range = value.range(of: "charset") else { return false }
                charset = value[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
            }
            let name = charset.drop { $0 == " " }.prefix { !" ;\"'".contains($0) }
            return !name.isEmpty && !ScriptContentStripper.isUTF8(String(name))
        }

        /// Where a comment whose text starts at `start` ends: after "-->" or "--!>", or at once
        /// for "<!-->" and "<!--->". Nil when it never ends.
        private func commentEnd(from start: Int) -> Int? {
            if matches(">", at: start) { return start + 1 }
            if matches("->", at: start) { return start + 2 }
            var index = start
            while let dashes = find("--", from: index) {
                if matches("-->", at: dashes) { return dashes + 3 }
                if matches("--!>", at: dashes) { return dashes + 4 }
                index = dashes + 1
            }
            return nil
        }

        /// Moves the bytes from `copied` up to `end` down to `kept`.
        private mutating func move(upTo end: Int) {
            guard end > copied else { return }
            if kept != copied { memmove(base + kept, base + copied, end - copied) }
            kept += end - copied
            copied = end
        }

        /// The first `byte` at or after `start` (before `count`).
        private func find(_ byte: UInt8, from start: Int) -> Int? {
            guard start < count, let found = memchr(base + start, Int32(byte), count - start) else { return nil }
            return UnsafeMutableRawPointer(base).distance(to: found)
        }

        private func find(_ text: String, from start: Int) -> Int? {
            let needle = Array(text.utf8)
            var index = start
            while let candidate = find(needle[0], from: index) {
                if matches(needle, at: candidate) { return candidate }
                index = candidate + 1
            }
            return nil
        }

        /// The first `needle` (lower case, starting "</") at or after `start`, in any case.
        private func findLowercased(_ needle: [UInt8], from start: Int) -> Int? {
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

        private func matches(_ text: String, at start: Int) -> Bool { matches(Array(text.utf8), at: start) }

        private func matches(_ needle: [UInt8], at start: Int) -> Bool {
            start + needle.count <= count && (0..<needle.count).allSatisfy { base[start + $0] == needle[$0] }
        }

        private func equalsLowercased(_ start: Int, _ end: Int, _ word: String) -> Bool {
            end <= count && end - start == word.utf8.count
                && zip(start..<end, word.utf8).allSatisfy { Self.lower(base[$0]) == $1 }
        }

        private func containsLowercased(_ start: Int, _ end: Int, _ word: StaticString) -> Bool {
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
}
