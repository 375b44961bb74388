/// Reads a Markdown article: front matter, `#` headline, `##` sections, paragraphs, lists (an
/// ordered one with its numbers) and pipe tables (row by row).
///
/// Emphasis, inline code and links are reduced to their text; images, code blocks, HTML
/// comments, footnote references and definitions, link reference definitions and task boxes
/// are dropped, and so are furniture lines and sections that point elsewhere ("References"),
/// as on HTML pages. Inline HTML is not interpreted: it stays text.
public struct MarkdownExtractor: Sendable {
    public init() {}

    public func extract(text: String, source: String) throws -> Article {
        var article = Article(source: source)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        readFrontMatter(&lines, into: &article)
        var sections = [Section()]
        var paragraph: [String] = []
        var inFence = false
        var inComment = false
        var sawBodyText = false
        // Under a heading that points elsewhere ("References", "Related posts"), up to the next
        // heading, nothing is read, as on HTML pages.
        var elsewhere = false

        func flush() {
            let text = MarkdownInline.plain(paragraph.joined(separator: " "))
            paragraph = []
            guard !text.isEmpty, !elsewhere else { return }
            if !sawBodyText && sections.count == 1 {
                if article.byline == nil, text.lowercased().hasPrefix("by "), text.count < 100 {
                    article.byline = Byline.cleaned(text); return
                }
            }
            guard !FurnitureLines.isFurniture(text) else { return }
            sawBodyText = true
            sections[sections.count - 1].paragraphs.append(text)
        }

        // A heading opens a section, unless it points elsewhere: then what follows is not read.
        func openSection(_ heading: String) {
            elsewhere = ElsewhereHeadings.contains(heading)
            if !elsewhere { sections.append(Section(heading: heading)) }
        }

        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimming(" \t")
            index += 1
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { flush(); inFence.toggle(); continue }
            if inFence { continue }
            if inComment {
                if trimmed.contains("-->") { inComment = false }
                continue
            }
            if trimmed.isEmpty { flush(); continue }
            // An HTML comment on lines of its own is not shown, nor heard.
            if trimmed.hasPrefix("<!--") {
                flush()
                inComment = !trimmed.dropFirst(4).contains("-->")
                continue
            }
            // A link's reference definition is not shown; a footnote's text is heard no more than
            // an HTML page's footnotes are (its indented continuation lines go with it).
            if Self.isDefinition(trimmed) {
                flush()
                let isFootnote = trimmed.hasPrefix("[^")
                while isFootnote, index < lines.count, lines[index].hasPrefix("    ") || lines[index].hasPrefix("\t") { index += 1 }
                continue
            }
            if let (level, heading) = Self.atxHeading(trimmed) {
                flush()
                let text = MarkdownInline.plain(heading)
                if level == 1 && !sawBodyText && (article.title == nil || article.title == text) {
                    article.title = text
                } else if !text.isEmpty {
                    openSection(text)
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
                    openSection(text)
                }
                continue
            }
            if trimmed == "---" || trimmed == "***" || trimmed == "___" { flush(); continue }
            if index < lines.count, Self.isTableDelimiter(lines[index]), let header = Self.tableCells(trimmed) {
                // A pipe table: its header row and body rows read as rows, the delimiter row not.
                flush()
                var rows = [header]
                index += 1
                while index < lines.count, let cells = Self.tableCells(lines[index].trimming(" \t")) {
                    rows.append(cells)
                    index += 1
                }
                for row in rows {
                    paragraph = [TableRow.text(row.map(MarkdownInline.plain))]
                    flush()
                }
                continue
            }
            if let item = Self.listItem(trimmed) {
                flush()
                let before = sections[sections.count - 1].paragraphs.count
                paragraph = [item.text]
                flush()
                // An ordered list's number is heard ("3. Let it go"), as on HTML pages.
                if let number = item.number, sections[sections.count - 1].paragraphs.count > before {
                    sections[sections.count - 1].listNumbers[before] = number
                }
                continue
            }
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
            case "date", "published": article.published = PublishedDate.normalized(value)
            case "lang", "language": article.language = value
            case "description", "standfirst", "summary": article.standfirst = value
            default: break
            }
        }
        lines.removeSubrange(0...end)
    }
}
