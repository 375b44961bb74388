import Foundation
/// Finds the article in a parsed HTML page: metadata, headline, standfirst and body.
///
/// The body is the element with the most paragraph text (itemprop=articleBody, <article> and
/// <main> are preferred when they hold most of it), read block by block with boilerplate
/// (navigation, ads, captions, widgets, related links, hidden elements) skipped.
public struct HTMLArticleExtractor: Sendable {
    public init() {}

    public func extract(tree: PageTree, source: String) throws -> Article {
        let metadata = PageMetadata(tree: tree)
        let measures = PageMeasures(tree)
        // A page whose markup runs on past its end (a second <html>, text after </html>) has
        // prose outside the first <body>: then the whole document is read.
        let firstBody = tree.first(.body, in: tree.document)
        let body = firstBody.flatMap {
            measures.paragraphCharacters[$0] * 2 >= measures.paragraphCharacters[tree.document] ? $0 : nil
        } ?? tree.document
        let filter = BoilerplateHints(tree: tree, measures: measures, body: body)
        let h1 = tree.first(.h1, in: body).map { tree.text(of: $0) }
        let container = BodyLocator.container(in: body, filter: filter, headline: h1 ?? metadata.headline)
        if getenv("NX_TRACE") != nil {
            var n: Int? = container; var chain: [String] = []
            while let x = n { chain.append("\(tree.tag(x))[\(x) \(filter.measures.paragraphCharacters[x])]." + (tree[x, .class] ?? "").prefix(30) + "#" + (tree[x, .id] ?? "").prefix(20)); n = tree.parent(x) }
            FileHandle.standardError.write((chain.joined(separator: " < ") + "\n").data(using: .utf8)!)
        }
        if let needle = getenv("NX_FIND").map({ String(cString: $0) }) {
            if let hit = (0..<tree.count).first(where: { tree.tag($0) == .text && String(decoding: tree.textBytes($0), as: UTF8.self).contains(needle) }) {
                var n: Int? = hit; var chain: [String] = []
                while let x = n { chain.append("\(tree.tag(x))[\(x) pc=\(filter.measures.paragraphCharacters[x]) tl=\(filter.measures.textLength[x]) bp=\(filter.isBoilerplate(x))]." + (tree[x, .class] ?? "").prefix(30)); n = tree.parent(x) }
                FileHandle.standardError.write(("FIND: " + chain.joined(separator: " < ") + "\n").data(using: .utf8)!)
            } else { FileHandle.standardError.write("FIND: none\n".data(using: .utf8)!) }
        }
        var blocks = BlockCollector(filter: filter)
        blocks.collect(container)
        let title = [h1, metadata.headline, metadata.documentTitle].lazy
            .compactMap { $0 }.first { !$0.isEmpty }
        var sections = blocks.sections
        // A headline repeated at the top of the body is not body text.
        if let title, let first = sections.first?.paragraphs.first, first == title {
            sections[0].paragraphs.removeFirst()
        }
        sections = sections.filter { !$0.paragraphs.isEmpty || $0.heading != nil }
        while let last = sections.last, last.paragraphs.isEmpty { sections.removeLast() }
        let article = Article(
            source: source, title: title, byline: metadata.author ?? Self.byline(in: body, filter: filter),
            published: metadata.published ?? tree.first(.time, in: body).flatMap { tree[$0, .datetime] },
            language: metadata.language,
            standfirst: Self.standfirst(in: body, excluding: container, filter: filter, metadata: metadata,
                                        sections: sections),
            sections: sections)
        guard article.hasBody else {
            throw ExtractionError(source: source, problem: .noArticleText(blocks.rejectedParagraphs))
        }
        return article
    }

    /// A standfirst element outside the body, else the page description unless the body opens with it.
    static func standfirst(in body: PageTree.Index, excluding container: PageTree.Index, filter: BoilerplateHints,
                           metadata: PageMetadata, sections: [Section]) -> String? {
        let firstParagraph = sections.first?.paragraphs.first ?? ""
        let tree = filter.tree
        let inBody = tree.descendants(body)
        for node in filter.standfirstCandidates where inBody.contains(node) && node != container && tree.tag(node) != .body {
            let text = tree.text(of: node)
            if text.count >= 20, text != firstParagraph, !firstParagraph.hasPrefix(text) { return text }
        }
        guard let description = metadata.description, description.count >= 20 else { return nil }
        let prefix = String(description.prefix(40))
        if sections.contains(where: { $0.paragraphs.contains { $0.hasPrefix(prefix) } }) { return nil }
        return description
    }

    /// A visible byline: rel=author, or an element whose class names the author or byline.
    static func byline(in body: PageTree.Index, filter: BoilerplateHints) -> String? {
        let inBody = filter.tree.descendants(body)
        guard let node = filter.bylineCandidates.first(where: { inBody.contains($0) }) else { return nil }
        var text = filter.tree.text(of: node)
        guard !text.isEmpty, text.count < 120 else { return nil }
        if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
        return text
    }
}
