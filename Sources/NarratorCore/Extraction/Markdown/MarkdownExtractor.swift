/// Reads a Markdown article: front matter, `#` headline, `##` sections, paragraphs and lists.
///
/// Emphasis, inline code and links are reduced to their text; images, code blocks and HTML
/// comments are dropped. Inline HTML is not interpreted: it stays text.
public struct MarkdownExtractor: Sendable {
    public init() {}

    public func extract(text: String, source: String) throws -> Article {
        var article = Article(source: source)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        readFrontMatter(&lines, into: &article)
        var sections = [Section()]
        var paragraph: [String] = []
        var inFence = false
        var sawBodyText = false

        func flush() {
            let text = MarkdownInline.plain(paragraph.joined(separator: " "))
            paragraph = []
            guard !text.isEmpty else { return }
            if !sawBodyText && sections.count == 1 {
                if article.byline == nil, text.lowercased().hasPrefix("by "), text.count < 100 {
                    article.byline = String(text.dropFirst(3)); return
                }
            }
            sawBodyText = true
            sections[sections.count - 1].paragraphs.append(text)
        }

        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimming(" \t")
            index += 1
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { flush(); inFence.toggle(); continue }
            if inFence { continue }
            if trimmed.isEmpty { flush(); continue }
            if let (level, heading) = Self.atxHeading(trimmed) {
                flush()
                let text = MarkdownInline.plain(heading)
                if level == 1 && !sawBodyText && (article.title == nil || article.title == text) {
                    article.title = text
                } else if !text.isEmpty {
                    sections.append(Section(heading: text))
                }
                continue
            }
            if index < lines.count, let level = Self.setextLevel(lines[index]),
               Self.listItem(trimmed) == nil, !trimmed.hasPrefix(">") {
                flush()
                let text = MarkdownInline.plain(trimmed)
                index += 1
                if level == 1 && !sawBodyText && (article.title == nil || article.title == text) {
                    article.title = text
                } else {
                    sections.append(Section(heading: text))
                }
                continue
            }
            if trimmed == "---" || trimmed == "***" || trimmed == "___" { flush(); continue }
            if let item = Self.listItem(trimmed) { flush(); paragraph = [item]; flush(); continue }
            if trimmed.hasPrefix(">") {
                paragraph.append(String(trimmed.drop { $0 == ">" || $0 == " " }))
                continue
            }
            if Self.isItalicStandfirst(trimmed), article.standfirst == nil, !sawBodyText,
               sections.count == 1, paragraph.isEmpty {
                article.standfirst = MarkdownInline.plain(trimmed)
                continue
            }
            paragraph.append(trimmed)
        }
        flush()
        article.sections = sections.filter { !$0.paragraphs.isEmpty || $0.heading != nil }
        while let last = article.sections.last, last.paragraphs.isEmpty { article.sections.removeLast() }
        guard article.hasBody else { throw ExtractionError(source: source, problem: .noArticleText(0)) }
        return article
    }

    /// `title:`, `author:`, `date:`, `lang:` from a leading `---` YAML-style block.
    private func readFrontMatter(_ lines: inout [String], into article: inout Article) {
        guard lines.first?.trimming(" ") == "---",
              let end = lines.dropFirst().firstIndex(where: { $0.trimming(" ") == "---" })
        else { return }
        for line in lines[1..<end] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimming(" ").lowercased()
            var value = line[line.index(after: colon)...].trimming(" ")
            if value.count >= 2, value.first == "\"" || value.first == "'", value.last == value.first {
                value = String(value.dropFirst().dropLast())
            }
            guard !value.isEmpty else { continue }
            switch key {
            case "title": article.title = value
            case "author", "byline": article.byline = value
            case "date", "published": article.published = value
            case "lang", "language": article.language = value
            case "description", "standfirst", "summary": article.standfirst = value
            default: break
            }
        }
        lines.removeSubrange(0...end)
    }

    static func atxHeading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        let text = rest.trimming(" #")
        return (hashes, text)
    }

    static func setextLevel(_ line: String) -> Int? {
        let trimmed = line.trimming(" ")
        guard trimmed.count >= 2 else { return nil }
        if trimmed.allSatisfy({ $0 == "=" }) { return 1 }
        if trimmed.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    static func listItem(_ line: String) -> String? {
        for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) { return String(line.dropFirst(2)) }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return String(rest.dropFirst(2)) }
        }
        return nil
    }

    static func isItalicStandfirst(_ line: String) -> Bool {
        guard line.count > 20, let first = line.first, first == "*" || first == "_" else { return false }
        return line.last == first && !line.hasPrefix("**") && !line.hasPrefix("* ")
    }
}
