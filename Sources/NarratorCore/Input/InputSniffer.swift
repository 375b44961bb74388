/// Decides what kind of document a run of bytes is, and whether it is text at all.
enum InputSniffer {
    /// Binary when the start holds NUL bytes (outside UTF-16) or mostly control bytes.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }
        var control = 0
        for byte in head {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
                control += 1
            }
        }
        return control * 10 > head.count
    }

    /// HTML when the content starts like markup or holds structural tags; otherwise by extension.
    static func kind(of bytes: [UInt8], source: String) -> InputDocument.Kind {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // UTF-16: the tests below are made on the decoded text.
            return kind(ofUTF8: Array(TextDecoding.decode(Array(bytes.prefix(4096))).utf8), source: source)
        }
        return kind(ofUTF8: Array(bytes.prefix(4096)), source: source)
    }

    private static func kind(ofUTF8 prefix: [UInt8], source: String) -> InputDocument.Kind {
        let head = prefix.map(ByteText.lower)
        var start = 0
        while start < head.count {
            if head[start] == 0x20 || (0x09...0x0D).contains(head[start]) {
                start += 1
            } else if head[start...].starts(with: [0xEF, 0xBB, 0xBF]) {
                start += 3
            } else {
                break
            }
        }
        let trimmed = head[start...]
        if ["<!doctype html", "<html", "<?xml", "<head", "<meta"].contains(where: { trimmed.starts(with: $0.utf8) }) {
            return .html
        }
        // A leading comment says nothing on its own (Markdown writes them too): a page that opens
        // with one still shows its doctype or structural tags soon after.
        for tag in ["<!doctype html", "<html", "<body", "<article", "<p>", "<div", "<h1", "<title"]
        where ByteText.contains(head, tag) {
            return .html
        }
        let lower = source.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        if lower.hasSuffix(".txt") { return .text }
        return looksLikeMarkdown(String(decoding: head, as: UTF8.self)) ? .markdown : .text
    }

    /// Markdown from standard input or an unknown extension: ATX headings at line starts.
    private static func looksLikeMarkdown(_ text: String) -> Bool {
        text.split(separator: "\n").contains { line in
            line.hasPrefix("# ") || line.hasPrefix("## ") || line.hasPrefix("### ")
        }
    }
}
