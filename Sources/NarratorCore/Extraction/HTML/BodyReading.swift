/// One reading of a page's body: the container found, and its blocks as sections.
struct BodyReading {
    let filter: BoilerplateHints
    let container: PageTree.Index
    var sections: [Section]
    /// Word 4-grams of the paragraphs read.
    var shingles: ShingleSet
    /// Text blocks looked at and dropped (labels, link lists), for error messages.
    let rejectedParagraphs: Int

    /// The prose reading: the element holding the page's prose, and the like blocks beside it.
    ///
    /// - Parameters:
    ///   - headlineNode: the heading that names the article, if any (`Headline`).
    ///   - headline: the headline's text (that heading's, else the page's metadata's).
    ///   - classWords: whether class and id words count as boilerplate hints.
    init(tree: PageTree, measures: PageMeasures, body: PageTree.Index, headlineNode: PageTree.Index?,
         headline: String?, title: String?, classWords: Bool, asideStories: Bool = true) {
        let filter = BoilerplateHints(tree: tree, measures: measures, body: body, headline: headlineNode,
                                      classWords: classWords)
        let containers = BodyLocator.containers(in: body, filter: filter, headline: headline,
                                                 asideStories: asideStories)
        let container = containers[0]
        var blocks = BlockCollector(filter: filter)
        if containers.count == 1 {
            // The container and the like blocks around it, in document order.
            for block in RepeatedBlocks(filter: filter).blocks(around: container, body: body, headline: headlineNode) {
                if block == container { blocks.collect(container) } else { blocks.block(block) }
            }
        } else {
            for part in containers { blocks.collect(part) }
        }
        self.init(filter: filter, container: container, blocks: blocks, title: title)
    }

    /// A page's main region (see `mainRegion`) read line by line, linked lines too: a page
    /// without an article (a listing of jobs or products) read for what it shows. `filter`
    /// holds verdicts already judged, with strict hints.
    init(linesOf region: PageTree.Index, filter: BoilerplateHints, title: String?) {
        var blocks = BlockCollector(filter: filter, keepsLinkedLines: true)
        blocks.collect(region)
        self.init(filter: filter, container: region, blocks: blocks, title: title)
    }

    /// The blocks read, without what a listener would hear twice or should not hear.
    private init(filter: BoilerplateHints, container: PageTree.Index, blocks: BlockCollector, title: String?) {
        self.filter = filter
        self.container = container
        var sections = blocks.keptSections
        // A headline repeated at the top of the body is not body text, nor a chapter's title.
        if let title, let first = sections.first?.paragraphs.first, first == title {
            sections[0] = sections[0].removing([0])
        }
        if let title, let top = sections.firstIndex(where: { $0.heading != nil || !$0.paragraphs.isEmpty }),
           sections[top].heading == title {
            sections[top].heading = nil
        }
        for index in sections.indices { sections[index].paragraphs = sections[index].paragraphs.map(Echoes.removed(from:)) }
        sections = CreditLines.withoutOpeningCredits(sections)
        sections = CreditLines.withoutBareCredits(sections)
        sections = AuthorCards.withoutAuthorCards(sections)
        sections = Self.withoutContents(sections)
        sections = Self.withoutPullQuotes(sections, named: blocks.pullQuoteParagraphs)
        sections = Self.withoutRepeatedRuns(sections)
        sections = Self.withoutRepeatedSections(sections)
        sections = Self.withoutRepeatedLongHeadings(sections)
        (sections, shingles) = Self.withoutRepeats(sections)
        sections = sections.filter { !$0.paragraphs.isEmpty || $0.heading != nil }
        while let last = sections.last, last.paragraphs.isEmpty { sections.removeLast() }
        self.sections = sections
        rejectedParagraphs = blocks.rejectedParagraphs
    }

    /// The page's main region: its first `<main>` (or `role="main"`) that is not furniture and
    /// holds text, else the body.
    static func mainRegion(in body: PageTree.Index, filter: BoilerplateHints) -> PageTree.Index {
        let tree = filter.tree
        return tree.descendants(body).first { node in
            guard tree.tag(node) == .main
                    || tree.attributeBytes(node, .role).map({ ByteText.equalsLowercased($0, "main") }) == true
            else { return false }
            return filter.measures.textLength[node] > 0 && !filter.isBoilerplate(node)
        } ?? body
    }

    /// The sections without a table of contents: paragraphs (list items, as a rule) that repeat
    /// headings coming later, two or more of them, numbered or not ("2.1 Name your company");
    /// the headings are heard where they stand.
    static func withoutContents(_ sections: [Section]) -> [Section] {
        // Letters and digits, ASCII lower-cased (other bytes kept as they are), without
        // apostrophes of either kind.
        func key<Bytes: Collection<UInt8>>(_ text: Bytes) -> [UInt8] where Bytes.Index == Int {
            var out: [UInt8] = []
            var index = text.startIndex
            while index < text.endIndex {
                let byte = text[index]
                // U+2019, the typographic apostrophe: E2 80 99.
                if byte == 0xE2, index + 2 < text.endIndex, text[index + 1] == 0x80, text[index + 2] == 0x99 {
                    index += 3
                    continue
                }
                if ByteText.isWordByte(byte) { out.append(ByteText.lower(byte)) }
                index += 1
            }
            return out
        }
        // A contents entry's key without its number: "2.1 " or "3) " before the title.
        func entryKey(_ bytes: [UInt8]) -> [UInt8] {
            var end = 0
            while end < bytes.count, ByteText.isDigit(bytes[end]) || bytes[end] == 0x2E || bytes[end] == 0x29 { end += 1 }
            guard end > 0, end < bytes.count, bytes[end] == 0x20, ByteText.isDigit(bytes[0]) else { return key(bytes) }
            return key(bytes[(end + 1)...])
        }
        var later = [[UInt8]: Int]()  // heading -> index of the last section it heads
        // Headings numbered in their text ("1. NordVPN", not "2 personal sessions"), without the
        // number: an ordered list's items name them so, its numbers not being their text. Only
        // list items are looked up here (a comparison table's row naming the product is no entry).
        var numbered = [[UInt8]: Int]()
        for (index, section) in sections.enumerated() {
            if let heading = section.heading {
                let bytes = Array(heading.utf8)
                later[key(bytes)] = index
                if let mark = bytes.firstIndex(where: { !ByteText.isDigit($0) }), mark > 0,
                   bytes[mark] == 0x2E || bytes[mark] == 0x29 {
                    numbered[entryKey(bytes)] = index
                }
            }
        }
        guard later.count >= 2 else { return sections }
        var contents: [(section: Int, offset: Int)] = []
        for (index, section) in sections.enumerated() {
            for (offset, paragraph) in section.paragraphs.enumerated() where paragraph.utf8.count <= 120 {
                let bytes = Array(paragraph.utf8)
                let isItem = section.listNumbers[offset] != nil || section.lists[offset] != nil
                if let heading = later[key(bytes)] ?? later[entryKey(bytes)] ?? (isItem ? numbered[key(bytes)] : nil),
                   heading > index {
                    contents.append((index, offset))
                }
            }
        }
        guard contents.count >= 2 else { return sections }
        return sections.enumerated().map { index, section in
            var entries = Set(contents.filter { $0.section == index }.map(\.offset))
            // A list most of whose items name headings below is the contents, whole: its other
            // items name headings the page words otherwise ("Proton VPN - Best VPN for Speed"
            // over "3. Proton VPN - Best Bundled VPN"), and a list heard as 3, 4 has lost its thread.
            for list in numberedRuns(in: section) where list.count >= 3 {
                if list.filter(entries.contains).count * 2 > list.count { entries.formUnion(list) }
            }
            return section.removing(entries)
        }
    }
}
