/// Finds the article in a parsed HTML page: metadata, headline, standfirst and body.
///
/// The body is the element with the most paragraph text (itemprop=articleBody, <article> and
/// <main> are preferred when they hold most of it), read block by block with boilerplate
/// (navigation, ads, captions, widgets, related links, hidden elements) skipped; weaker
/// readings stand in when that one is weak (`ReadingChoice`).
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
        let headline = Headline(tree: tree, body: body, titles: metadata.titles, siteName: metadata.siteName)
        let headlineNode = headline.node
        let stated = [metadata.headline, metadata.documentTitle].lazy.compactMap { $0 }.first { !$0.isEmpty }
        // A site's name after the title is not heard, in a stated title or an <h1> that holds it.
        // The page's address names the site: its canonical link, else where it was fetched from.
        let host = metadata.canonicalURL.flatMap(Headline.hostName) ?? Headline.hostName(source)
        let title = (headline.text.flatMap { $0.isEmpty ? nil : $0 } ?? stated)
            .map { Headline.withoutSiteName($0, siteName: metadata.siteName, host: host) }
        let reading = ReadingChoice(tree: tree, measures: measures, body: body, headlineNode: headlineNode,
                                    headline: headline.text ?? metadata.headline, title: title, metadata: metadata).best()
        let filter = reading.filter
        var opening = Standfirst(filter: filter, sections: reading.sections, bodyShingles: reading.shingles, headline: title,
                                 passedOver: headline.passedOver)
        opening.leaveOutRestatedSummary(in: body, headlineNode: headlineNode)
        let standfirst = opening.choose(in: body, headlineNode: headlineNode, metadata: metadata)
        let byline = metadata.author.flatMap(Byline.cleaned) ?? Self.byline(in: body, filter: filter)
        let published = metadata.published.flatMap(PublishedDate.normalized) ?? Self.published(in: body, tree: tree)
        var article = Article(
            // A headline escaped twice ("SQL &amp;#x26; AI" in the page) is heard as its writer meant it.
            source: source, title: title.map(CharacterReferences.decoded), byline: byline, published: published,
            language: metadata.language,
            standfirst: standfirst,
            sections: EntryLabels.joined(opening.sections))
        article.canonicalURL = metadata.canonicalURL
        guard article.hasBody else {
            throw ExtractionError(source: source, problem: .noArticleText(reading.rejectedParagraphs))
        }
        return article
    }

    /// The date of the body's first `<time>`: its `datetime`, or else its text when that names
    /// a day ("<time>July 27, 2025</time>").
    static func published(in body: PageTree.Index, tree: PageTree) -> String? {
        guard let time = tree.first(.time, in: body) else { return nil }
        if let stated = tree[time, .datetime] { return PublishedDate.normalized(stated) }
        return PublishedDate.day(tree.text(of: time))
    }

    /// A visible byline: rel=author, or an element whose class names the author or byline,
    /// as `Byline` cleans it.
    static func byline(in body: PageTree.Index, filter: BoilerplateHints) -> String? {
        let inBody = filter.tree.descendants(body)
        guard let node = filter.bylineCandidates.first(where: { inBody.contains($0) }) else { return nil }
        let text = filter.tree.text(of: node)
        guard !text.isEmpty, text.count < 120 else { return nil }
        return Byline.cleaned(text)
    }
}
