import NarratorCore
#if canImport(Glibc)
import Glibc
#endif

/// The byte scanner behind `ScriptContentStripper`: reads a page the way libxml2 2.9's HTML
/// tokenizer does, as far as finding real `<script>` and `<style>` elements needs, and moves
/// the bytes that stay towards the start of the buffer.
struct ScriptScanner {
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
    /// Whether attributes libxml2 cannot read are dropped (see `ScriptContentStripper`).
    let repairsAttributes: Bool

    init(base: UnsafeMutablePointer<UInt8>, count: Int, followsMeta: Bool, repairsAttributes: Bool = true) {
        self.base = base
        self.followsMeta = followsMeta
        self.repairsAttributes = repairsAttributes
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
                    guard let (terminator, end) = commentEnd(from: position + 3) else { break }
                    // Its text is never read: dropped.
                    if terminator > position + 3 {
                        move(upTo: position + 3)
                        copied = terminator
                    }
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
        // Attributes the extractor never reads go too (class lists stay; data-* but a hidden
        // address's, srcset, href, inline handlers go): libxml2 reads every value character by
        // character. Elements whose other attributes matter (script, style, meta, link) keep
        // them all.
        let dropsAttributes = raw == nil && !equalsLowercased(nameStart, position, "meta")
            && !equalsLowercased(nameStart, position, "link")
        var switchesEncoding = false
        // libxml2 2.9 reads a meta's content for a charset only beside http-equiv="Content-Type"
        // (htmlCheckMeta); a description holding "&amp;" is no switch.
        var contentSwitches = false
        var declaresContentType = false
        var sawLink = false
        // Attributes, up to ">" or "/>".
        while true {
            while position < count, Self.isBlank(base[position]) { position += 1 }
            guard position < count else { return false }
            let byte = base[position]
            if byte == 0x3E { position += 1; break }
            if byte == 0x2F, position + 1 < count, base[position + 1] == 0x3E { return true }  // empty element
            guard Self.isNameStart(byte) else {
                // A framework's attribute whose name libxml2 2.9 cannot read (`@click`, `#slot`,
                // `[value]`, `(change)`; HTML itself allows them): libxml2 would skip to the
                // next blank and end the tag at a ">" inside its quoted value, reading the rest
                // of the value as text. The page tree never reads it: it goes, value and all.
                if dropsAttributes, repairsAttributes, let end = frameworkAttributeEnd(from: position) {
                    move(upTo: position)
                    copied = end
                    position = end
                    continue
                }
                // Not an attribute name: skipped up to a blank or the tag's end, as libxml2 does.
                while position < count, !Self.isBlank(base[position]), base[position] != 0x3E,
                      !(base[position] == 0x2F && position + 1 < count && base[position + 1] == 0x3E) {
                    position += 1
                }
                continue
            }
            let attributeStart = position
            while position < count, Self.isNameByte(base[position]) { position += 1 }
            let nameEnd = position
            let isType = equalsLowercased(attributeStart, position, "type")
            let isCharset = isMeta && equalsLowercased(attributeStart, position, "charset")
            let isContent = isMeta && equalsLowercased(attributeStart, position, "content")
            let isHTTPEquiv = isMeta && equalsLowercased(attributeStart, position, "http-equiv")
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
            // A link to a hidden address keeps its address (`ProtectedEmail`); only the tag's
            // first href can, as libxml2 keeps an attribute's first value and drops the others
            // ("<a href=a href=/cdn-cgi/l/email-protection#...>" links no hidden address).
            let isLink = equalsLowercased(attributeStart, nameEnd, "href")
            let linksHiddenAddress = isLink && !sawLink && containsLowercased(valueStart, valueEnd, ProtectedEmail.linkMarker)
            if isLink { sawLink = true }
            if dropsAttributes, !Self.isReadAttribute(base, attributeStart, nameEnd), !linksHiddenAddress {
                move(upTo: attributeStart)
                copied = position
                continue
            }
            if isCharset, namesOtherEncoding(valueStart, valueEnd, inContent: false) {
                switchesEncoding = true
            }
            if isContent, namesOtherEncoding(valueStart, valueEnd, inContent: true) { contentSwitches = true }
            // Its value compared as libxml2 does, case aside; one with an entity may decode to it.
            if isHTTPEquiv, equalsLowercased(valueStart, valueEnd, "content-type") || containsLowercased(valueStart, valueEnd, "&") {
                declaresContentType = true
            }
            // A value with an entity ("ld&#43;json") may decode to JSON-LD: kept to be safe.
            if isType, containsLowercased(valueStart, valueEnd, "ld+json") || containsLowercased(valueStart, valueEnd, "&") {
                isJSONLD = true
            }
        }
        if switchesEncoding || (contentSwitches && declaresContentType) { return false }
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
            copied = end
        }
        // The end tag is read like any other ("</style?..." runs to the next ">").
        position = end
        return true
    }

    /// The end of an attribute at `start` whose name HTML allows but libxml2 2.9 does not
    /// (a run of bytes other than blanks, quotes, "<", "=", "/" and ">"), with a quoted value;
    /// nil when there is no such attribute there (no name, no "=", no closing quote).
    private func frameworkAttributeEnd(from start: Int) -> Int? {
        var index = start
        while index < count {
            let byte = base[index]
            if Self.isBlank(byte) || byte == 0x3D || byte == 0x3E || byte == 0x2F || byte == 0x22 || byte == 0x27
                || byte == 0x3C { break }
            index += 1
        }
        guard index > start, index < count, base[index] == 0x3D else { return nil }
        index += 1
        guard index < count, base[index] == 0x22 || base[index] == 0x27,
              let close = find(base[index], from: index + 1) else { return nil }
        return close + 1
    }

    /// The attribute names the page tree keeps (`HTMLAttribute`) and the one the parser reads
    /// a hidden address from (`ProtectedEmail`), lower-case.
    static let readAttributes: [[UInt8]] = (HTMLAttribute.allCases.map(\.rawValue) + [ProtectedEmail.attributeName]).map { Array($0.utf8) }

    /// Whether the name in [start, end) is one the page tree keeps, in any case.
    static func isReadAttribute(_ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        readAttributes.contains { name in
            name.count == end - start && name.indices.allSatisfy { lower(base[start + $0]) == name[$0] }
        }
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
        if value.utf8.contains(0x26) { return true }  // "&"
        var charset = value[...]
        if inContent {
            guard let range = value.range(of: "charset") else { return false }
            charset = value[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        }
        let name = charset.drop { $0 == " " }.prefix { !" ;\"'".contains($0) }
        return !name.isEmpty && !ScriptContentStripper.isUTF8(String(name))
    }

    /// Where a comment whose text starts at `start` ends: its terminator "-->" or "--!>" and
    /// the byte after it, or at once for "<!-->" and "<!--->" (no text). Nil when it never ends.
    private func commentEnd(from start: Int) -> (terminator: Int, end: Int)? {
        if matches(">", at: start) { return (start, start + 1) }
        if matches("->", at: start) { return (start, start + 2) }
        var index = start
        while let dashes = find("--", from: index) {
            if matches("-->", at: dashes) { return (dashes, dashes + 3) }
            if matches("--!>", at: dashes) { return (dashes, dashes + 4) }
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
}
