/// An e-mail address a page hides from address harvesters, read as its reader sees it.
///
/// A common way of hiding addresses (Cloudflare's "email address obfuscation", on a great many
/// sites) writes "[email protected]" in the page and the address, encoded, in the element's
/// `data-cfemail` attribute or in the link around it ("/cdn-cgi/l/email-protection#..."), for a
/// script to put in its place: the reader sees "Send us an email at press@example.org", a
/// listener would hear "email at email protected". The encoding is hexadecimal bytes: the
/// first a key, each of the others the key XOR'd with a byte of the address (UTF-8).
///
/// Only the placeholder's own text is replaced, once, inside the element that holds the
/// address: a link reading "Email us" stays "Email us".
enum ProtectedEmail {
    /// The attribute holding an address.
    static let attributeName = "data-cfemail"
    /// What a link's address holds before its encoded address.
    static let linkMarker: StaticString = "/cdn-cgi/l/email-protection#"

    /// The address an attribute's value holds, or nil.
    static func address(fromAttribute value: UnsafeRawBufferPointer) -> String? {
        decoded(value[...])
    }

    /// The address a link's `href` holds after `linkMarker`, or nil.
    static func address(fromLink href: UnsafeRawBufferPointer) -> String? {
        let marker = UnsafeRawBufferPointer(start: linkMarker.utf8Start, count: linkMarker.utf8CodeUnitCount)
        guard href.count > marker.count else { return nil }
        for start in 0...(href.count - marker.count) where href[start] == marker[0] {
            guard href[start..<(start + marker.count)].elementsEqual(marker) else { continue }
            let rest = href[(start + marker.count)...]
            return decoded(rest.prefix { hexValue($0) != nil })
        }
        return nil
    }

    /// Whether a text of the page is the placeholder or a piece of it as the parser reports it
    /// ("[email", a no-break space, "protected]"): spaces alone count too.
    static func isPlaceholderPiece(_ text: UnsafeRawBufferPointer) -> Bool {
        var bytes = Array(text)
        // A no-break space (C2 A0) as a space.
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0xC2, bytes[index + 1] == 0xA0 { bytes.replaceSubrange(index...(index + 1), with: [0x20]) }
            index += 1
        }
        let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        let trimmed = bytes.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
        return trimmed.isEmpty || placeholderPieces.contains { $0.elementsEqual(trimmed) }
    }

    static let placeholderPieces = ["[email protected]", "[email", "protected]"].map { Array($0.utf8) }

    /// The address hexadecimal bytes encode, or nil when they do not encode one: an odd count,
    /// a byte not hexadecimal, or bytes that do not read as an address (UTF-8 without spaces or
    /// controls, one "@" with text on both sides, 254 bytes at most).
    private static func decoded(_ hex: Slice<UnsafeRawBufferPointer>) -> String? {
        guard hex.count >= 8, hex.count % 2 == 0, hex.count <= 2 + 254 * 2 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hex.count / 2)
        var index = hex.startIndex
        while index < hex.endIndex {
            guard let high = hexValue(hex[index]), let low = hexValue(hex[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        let key = bytes.removeFirst()
        for offset in bytes.indices { bytes[offset] ^= key }
        guard let at = bytes.firstIndex(of: 0x40), at > 0, at < bytes.count - 1, bytes.lastIndex(of: 0x40) == at,
              bytes.allSatisfy({ $0 > 0x20 && $0 != 0x7F }),
              let address = String(validating: bytes, as: UTF8.self) else { return nil }
        return address
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
