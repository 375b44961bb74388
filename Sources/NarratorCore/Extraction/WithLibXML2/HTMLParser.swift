import CLibXML2Shim
#if canImport(Glibc)
import Glibc
#endif
import NarratorCore

/// Parses HTML with libxml2's forgiving parser into a `PageTree`.
///
/// libxml2 decodes the page from its BOM or declared charset (meta charset / http-equiv) to
/// UTF-8 (a page read as UTF-8 has its stray bytes read as windows-1252 first, and a page in
/// windows-1252 is decoded here), and never fetches anything the page names. Its events
/// go straight into the compact tree: no libxml2 DOM is built.
public enum HTMLParser {
    /// Parses a page.
    ///
    /// The bytes are handed over: libxml2 takes its own copy and `bytes` is emptied at once, so
    /// a large page is not held twice while its tree is built.
    ///
    /// - Parameters:
    ///   - encoding: force an encoding (e.g. "windows-1252"); nil lets libxml2 decide.
    ///   - transportCharset: the charset an HTTP header named, used only when the page has no
    ///     BOM and declares no charset of its own.
    ///   - stripsScripts: remove script and style content before libxml2 reads the page (see
    ///     `ScriptContentStripper`; the tree is the same either way, only faster to build).
    ///   - repairsAttributes: when stripping, drop attributes libxml2 2.9 misreads (a
    ///     framework's `@click`); off, the stripped tree is exactly the unstripped one.
    public static func parse(_ bytes: inout [UInt8], source: String, encoding: String? = nil,
                             transportCharset: String? = nil, stripsScripts: Bool = true,
                             repairsAttributes: Bool = true) throws -> PageTree {
        // A page declaring windows-1252 or Latin-1 (which browsers read as windows-1252) is
        // decoded here: libxml2's converter stops at the five bytes windows-1252 leaves
        // undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) and drops the rest of the page.
        let declared = encoding == nil ? CharsetPrescan.declaredCharset(bytes) : nil
        if encoding == nil, declared == nil, let transport = transportCharset?.lowercased(),
           !bytes.starts(with: [0xEF, 0xBB, 0xBF]), !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) {
            if CharsetPrescan.isWindows1252(transport) {
                var decoded = Array(TextDecoding.windows1252Text(bytes).utf8)
                bytes = []
                return try parse(&decoded, source: source, encoding: "UTF-8", stripsScripts: stripsScripts, repairsAttributes: repairsAttributes)
            }
            // A label libxml2 does not know leaves the bytes untouched and the page to libxml2.
            if transport != "utf-8" && transport != "utf8",
               let tree = try? parse(&bytes, source: source, encoding: transport, stripsScripts: stripsScripts, repairsAttributes: repairsAttributes) {
                return tree
            }
        }
        if let declared, CharsetPrescan.isWindows1252(declared) {
            var decoded = Array(TextDecoding.windows1252Text(bytes).utf8)
            bytes = []
            return try parse(&decoded, source: source, encoding: "UTF-8", stripsScripts: stripsScripts, repairsAttributes: repairsAttributes)
        }
        // A page read as UTF-8 that is not all UTF-8 has its stray bytes read as windows-1252
        // here, and libxml2 is told it is UTF-8: left to itself, libxml2 2.9 reads on from the
        // first stray byte as Latin-1, and whether it does depends on where its buffer happens
        // to sit in memory (a page could read two ways, stripped of its scripts or not).
        let readsAsUTF8 = ScriptContentStripper.readsAsUTF8(bytes, declaredCharset: encoding ?? declared)
        if readsAsUTF8, var repaired = TextDecoding.repairingStrayBytes(bytes) {
            bytes = []
            return try parse(&repaired, source: source, encoding: "UTF-8", stripsScripts: stripsScripts, repairsAttributes: repairsAttributes)
        }
        if stripsScripts, ScriptContentStripper.followsRunningParser, readsAsUTF8 {
            ScriptContentStripper.strip(&bytes, followsMeta: encoding == nil, repairsAttributes: repairsAttributes)
        }
        let reader = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { narrator_html_reader_new($0.baseAddress, $0.count, encoding) }
        }
        guard let reader else { throw ExtractionError(source: source, problem: .unparsable) }
        defer { narrator_html_reader_free(reader) }
        var state = ParseState(builder: PageTreeBuilder(pageBytes: bytes.count))
        bytes = []
        withUnsafeMutablePointer(to: &state) { context in
            withUnsafePointer(to: ParseState.events) { narrator_html_reader_run(reader, $0, context) }
        }
        state.flushEntity()
        return state.builder.finish()
    }
}

/// The tree being built and the names seen so far, reached from libxml2's callbacks.
private struct ParseState {
    var builder = PageTreeBuilder()
    /// Tag and attribute for each name pointer: libxml2 interns names, so a page's few dozen
    /// distinct names are each looked up once.
    var tags: [UnsafeRawPointer: HTMLTag] = [:]
    var attributes: [UnsafeRawPointer: HTMLAttribute?] = [:]
    /// HTML5's names libxml2 does not know, read back into their characters.
    var entities = HTML5Entities()
    /// The interned names `data-cfemail` and `href`, once seen (`ProtectedEmail`).
    var protectedEmailName: UnsafeRawPointer?
    var hrefName: UnsafeRawPointer?
    /// The address hidden in the element open now or one around it (`ProtectedEmail`), how many
    /// elements deep inside it the parser is (its own included), and whether it was read.
    var hidden: (address: String, depth: Int, read: Bool)?

    static let events = narrator_html_events(
        start_element: { context, name, attributes in
            let state = context!.assumingMemoryBound(to: ParseState.self)
            state.pointee.start(name!, attributes)
        },
        end_element: { context, _ in
            let state = context!.assumingMemoryBound(to: ParseState.self)
            state.pointee.flushEntity()
            state.pointee.builder.end()
            if let hidden = state.pointee.hidden {
                state.pointee.hidden = hidden.depth > 1 ? (hidden.address, hidden.depth - 1, hidden.read) : nil
            }
        },
        text: { context, bytes, length in
            context!.assumingMemoryBound(to: ParseState.self).pointee.text(UnsafeRawBufferPointer(start: bytes, count: Int(length)))
        })

    mutating func text(_ text: UnsafeRawBufferPointer) {
        // The placeholder of a hidden address: the address in its place, as the page's script
        // would put it.
        if let found = hidden, ProtectedEmail.isPlaceholderPiece(text) {
            if !found.read {
                flushEntity()
                builder.text(found.address)
                hidden?.read = true
            }
            return
        }
        var entities = self.entities
        entities.text(text) { builder.text($0) }
        self.entities = entities
    }

    mutating func flushEntity() {
        var entities = self.entities
        entities.flush { builder.text($0) }
        self.entities = entities
    }

    mutating func start(_ name: UnsafePointer<CChar>, _ list: UnsafeMutablePointer<UnsafePointer<CChar>?>?) {
        flushEntity()
        let key = UnsafeRawPointer(name)
        let tag: HTMLTag
        if let known = tags[key] {
            tag = known
        } else {
            tag = HTMLTag(name: UnsafeRawBufferPointer(start: key, count: strlen(name)))
            tags[key] = tag
        }
        builder.start(tag)
        hidden?.depth += 1
        guard var pair = list else { return }
        if tag == .other, strcmp(name, "link") == 0 { readLink(pair) }
        var shownAddress: String?
        var linkedAddress: String?
        while let attributeName = pair[0] {
            let nameKey = UnsafeRawPointer(attributeName)
            let attribute: HTMLAttribute?
            if let known = attributes[nameKey] {
                attribute = known
            } else {
                attribute = HTMLAttribute(name: UnsafeRawBufferPointer(start: nameKey, count: strlen(attributeName)))
                attributes[nameKey] = attribute
                if strcmp(attributeName, ProtectedEmail.attributeName) == 0 { protectedEmailName = nameKey }
                if strcmp(attributeName, "href") == 0 { hrefName = nameKey }
            }
            let value = pair[1]
            if let attribute {
                builder.attribute(attribute, UnsafeRawBufferPointer(start: value, count: value.map { strlen($0) } ?? 0))
            } else if let value, nameKey == protectedEmailName {
                shownAddress = ProtectedEmail.address(fromAttribute: UnsafeRawBufferPointer(start: value, count: strlen(value)))
            } else if let value, nameKey == hrefName, hidden == nil {
                linkedAddress = ProtectedEmail.address(fromLink: UnsafeRawBufferPointer(start: value, count: strlen(value)))
            }
            pair += 2
        }
        // The address the element shows wins over the one its link (or one around it) goes to,
        // as with the page's script; the outermost element holding one bounds it.
        if let shownAddress, !(hidden?.read ?? false) {
            hidden = (shownAddress, hidden?.depth ?? 1, false)
        } else if let linkedAddress {
            hidden = (linkedAddress, 1, false)
        }
    }

    /// `<link rel="canonical" href="...">`: the page's own address (the first one counts).
    mutating func readLink(_ list: UnsafeMutablePointer<UnsafePointer<CChar>?>) {
        guard builder.canonicalURL == nil else { return }
        var pair = list
        var rel: String?
        var href: String?
        while let attributeName = pair[0] {
            if let value = pair[1] {
                if strcasecmp(attributeName, "rel") == 0 { rel = String(cString: value).lowercased() }
                if strcasecmp(attributeName, "href") == 0 { href = String(cString: value) }
            }
            pair += 2
        }
        if let rel, rel.split(separator: " ").contains("canonical"), let href, !href.isEmpty, href.utf8.count < 4096 {
            builder.canonicalURL = href.trimmingCharacters(in: .whitespaces)
        }
    }
}
