/// One reading of a page's body: the container found, and its blocks as sections.
struct BodyReading {
    let filter: BoilerplateHints
    let container: PageTree.Index
    var sections: [Section]
    /// Word 4-grams of the paragraphs read.
    var shingles: ShingleSet
    /// Text blocks looked at and dropped (labels, link lists), for error messages.
    let rejectedParagraphs: Int

    /// - Parameters:
    ///   - headlineNode: the page's first `<h1>` in `body`, if any.
    ///   - headline: the headline's text (the `<h1>`'s, else the page's metadata's).
    ///   - classWords: whether class and id words count as boilerplate hints.
    init(tree: PageTree, measures: PageMeasures, body: PageTree.Index, headlineNode: PageTree.Index?,
         headline: String?, title: String?, classWords: Bool) {
        filter = BoilerplateHints(tree: tree, measures: measures, body: body, headline: headlineNode,
                                  classWords: classWords)
        container = BodyLocator.container(in: body, filter: filter, headline: headline)
        var blocks = BlockCollector(filter: filter)
        blocks.collect(container)
        for block in RepeatedBlocks(filter: filter).blocks(around: container, body: body, headline: headlineNode).dropFirst() {
            blocks.block(block)
        }
        var sections = blocks.sections
        // A headline repeated at the top of the body is not body text.
        if let title, let first = sections.first?.paragraphs.first, first == title {
            sections[0] = sections[0].removing([0])
        }
        sections = Self.withoutContents(sections)
        (sections, shingles) = Self.withoutRepeats(sections)
        sections = sections.filter { !$0.paragraphs.isEmpty || $0.heading != nil }
        while let last = sections.last, last.paragraphs.isEmpty { sections.removeLast() }
        self.sections = sections
        rejectedParagraphs = blocks.rejectedParagraphs
    }

    /// The sections without paragraphs the reader has already heard: a passage of 20 or so
    /// words or more whose word 4-grams were nearly all spoken before (a lede repeated in a
    /// summary box, the same text in a page's mobile and desktop layouts), or a line of five
    /// words or more heard word for word before. Returns the word 4-grams heard, headings
    /// included.
    static func withoutRepeats(_ sections: [Section]) -> ([Section], ShingleSet) {
        var spoken = ShingleSet(capacity: sections.reduce(0) { total, section in
            section.paragraphs.reduce(total) { $0 + $1.utf8.count / 6 }
        })
        var heardWhole = ShingleSet()
        let kept = sections.map { section in
            // Headings are heard too: a standfirst repeating one is a repeat.
            if let heading = section.heading { for shingle in Shingles.of(heading) { spoken.insert(shingle) } }
            var repeats = Set<Int>()
            for (offset, paragraph) in section.paragraphs.enumerated() where !spoken.isFull {
                let shingles = Shingles.of(paragraph)
                defer { for shingle in shingles { spoken.insert(shingle) } }
                // The same line again, word for word: a promotion or a pull quote the page shows
                // twice. A question may be put again (to each guest of an interview).
                if shingles.count >= 5, paragraph.utf8.last != 0x3F {  // not a question
                    let whole = Shingles.hash(of: paragraph)
                    if heardWhole.contains(whole) {
                        repeats.insert(offset)
                        continue
                    }
                    heardWhole.insert(whole)
                }
                // Short and formulaic lines (a question put to each guest, entries of a list)
                // may repeat in the article itself; a long passage heard again is a repeat.
                guard shingles.count >= 16 else { continue }
                let heard = shingles.filter { spoken.contains($0) }.count
                if heard * 5 >= shingles.count * 4 { repeats.insert(offset) }
            }
            return section.removing(repeats)
        }
        return (kept, spoken)
    }

    /// The sections without a table of contents: paragraphs (list items, as a rule) that repeat
    /// headings coming later, two or more of them; the headings are heard where they stand.
    static func withoutContents(_ sections: [Section]) -> [Section] {
        // Letters and digits, ASCII lower-cased (other bytes kept as they are).
        func key(_ text: String) -> [UInt8] {
            text.utf8.filter(ByteText.isWordByte).map(ByteText.lower)
        }
        var later = [[UInt8]: Int]()  // heading -> index of the last section it heads
        for (index, section) in sections.enumerated() {
            if let heading = section.heading { later[key(heading)] = index }
        }
        guard later.count >= 2 else { return sections }
        var contents: [(section: Int, offset: Int)] = []
        for (index, section) in sections.enumerated() {
            for (offset, paragraph) in section.paragraphs.enumerated() where paragraph.utf8.count <= 120 {
                if let heading = later[key(paragraph)], heading > index { contents.append((index, offset)) }
            }
        }
        guard contents.count >= 2 else { return sections }
        return sections.enumerated().map { index, section in
            section.removing(Set(contents.filter { $0.section == index }.map(\.offset)))
        }
    }
}
