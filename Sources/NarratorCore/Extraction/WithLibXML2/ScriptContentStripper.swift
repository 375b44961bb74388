import CLibXML2Shim

/// Removes the content of `<script>` (except JSON-LD) and `<style>` elements from a page
/// before libxml2 reads it, and with it the text of comments and the attributes the page tree
/// never reads (`ScriptScanner`): the tree built is the same, in less time.
///
/// Scripts and styles are about half the bytes of a news page, and libxml2 scans their text
/// character by character only for the tree builder to drop it. Their ends are found the way
/// libxml2 2.9's HTML parser finds them (in recovery mode, the first `</script` or `</style`,
/// any case), and only elements libxml2 would also see are touched: comments, DOCTYPEs,
/// processing instructions and end tags are read as libxml2 reads them, and start tags
/// attribute by attribute with quoted values, so a `<script` inside a comment or an attribute
/// value is left alone (see `ScriptScanner`).
/// Whenever the page stops making sense (a comment, a quote or a script that never ends, a NUL
/// byte) the rest is kept as it is: leaving text in costs time, never content.
///
/// One change is not only for speed: an attribute whose name libxml2 2.9 cannot read (a
/// framework's `@click="..."`) is dropped with its value, which libxml2 would otherwise read as
/// text from the first ">" inside it.
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
    ///   - repairsAttributes: whether attributes libxml2 2.9 cannot read are dropped (the one
    ///     change that makes a different tree; off, the tree is exactly libxml2's own).
    static func strip(_ bytes: inout [UInt8], followsMeta: Bool = true, repairsAttributes: Bool = true) {
        let kept = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var scanner = ScriptScanner(base: base, count: buffer.count, followsMeta: followsMeta,
                                        repairsAttributes: repairsAttributes)
            return scanner.run()
        }
        bytes.removeLast(bytes.count - kept)
    }

    /// Whether libxml2 reads the page as UTF-8 (no UTF-16 byte-order mark, no other charset
    /// declared or forced): the pages stripped, as the script ends looked for are ASCII and a
    /// converter may stop at a byte a script holds. Such a page reaches libxml2 all UTF-8
    /// (`HTMLParser` reads stray bytes first), so there is no switch to another encoding to follow.
    static func readsAsUTF8(_ bytes: [UInt8], declaredCharset: String?) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        guard let charset = declaredCharset else { return true }
        return isUTF8(charset)
    }

    static func isUTF8(_ charset: String) -> Bool {
        let lower = charset.lowercased()
        return lower == "utf-8" || lower == "utf8"
    }
}
