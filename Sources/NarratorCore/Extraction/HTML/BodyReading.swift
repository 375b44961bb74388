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
        sections = Self.withoutContents(sections)
        sections = Self.withoutPullQuotes(sections, named: blocks.pullQuoteParagraphs)
        sections = Self.withoutRepeatedRuns(sections)
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
            // Numbered items heard before, each, and their size: a list goes whole or stays whole. A recipe
            // card's steps retell the method above them, and steps heard as 1, 3, 4, 7 have lost
            // their thread; a list that only restates a summary above it goes.
            var heardItems: [Int: (heard: Bool, shingles: Int)] = [:]
            for (offset, paragraph) in section.paragraphs.enumerated() where !spoken.isFull {
                let shingles = Shingles.of(paragraph)
                defer { for shingle in shingles { spoken.insert(shingle) } }
                if section.listNumbers[offset] != nil {
                    let heard = shingles.filter { spoken.contains($0) }.count
                    heardItems[offset] = (!shingles.isEmpty && heard * 5 >= shingles.count * 4, shingles.count)
                    continue
                }
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
            // As with a paragraph, the list must be a passage (16 word 4-grams or more) to count as
            // heard again: a short step may well repeat a phrase of the text.
            for list in Self.numberedRuns(in: section)
            where list.allSatisfy({ heardItems[$0]?.heard == true }) && list.reduce(0, { $0 + (heardItems[$1]?.shingles ?? 0) }) >= 16 {
                repeats.formUnion(list)
            }
            return section.removing(repeats)
        }
        return (kept, spoken)
    }

    /// The section's numbered lists: runs of paragraphs numbered one after another.
    static func numberedRuns(in section: Section) -> [[Int]] {
        var runs: [[Int]] = []
        for offset in section.paragraphs.indices {
            guard let number = section.listNumbers[offset] else { continue }
            if let last = runs.last?.last, last == offset - 1, section.listNumbers[last] == number - 1 {
                runs[runs.count - 1].append(offset)
            } else {
                runs.append([offset])
            }
        }
        return runs
    }

    /// The sections without a long heading (a dozen words or more) heard before as a heading,
    /// word for word: a promotion set in large type and repeated down the page. A short heading
    /// may repeat in the article's own structure ("Verdict", a question put to each guest).
    static func withoutRepeatedLongHeadings(_ sections: [Section]) -> [Section] {
        var heard = Set<String>()
        return sections.map { section in
            guard let heading = section.heading, ByteText.wordCount(heading.utf8) >= 12 else { return section }
            var kept = section
            if !heard.insert(heading).inserted { kept.heading = nil }
            return kept
        }
    }

    /// The sections without pull quotes: a short passage (a sentence or two, 11 to 45 words)
    /// whose every word 4-gram is in one longer paragraph within six paragraphs of it. A page
    /// sets a sentence of the body apart in large type (in quotation marks, as a rule) beside
    /// the text it comes from; the listener hears it where it stands in the text. Only nearby
    /// paragraphs are compared, so a page of thousands of paragraphs costs no more per paragraph,
    /// except for a passage the page names as a pull quote (`named`, from its class), which a
    /// template may set anywhere: it is looked for in the whole body.
    static func withoutPullQuotes(_ sections: [Section], named: Set<String> = []) -> [Section] {
        var places: [(section: Int, offset: Int)] = []
        var texts: [String] = []
        for (index, section) in sections.enumerated() {
            // A heading is a place too (offset -1): a pull quote can be set as one.
            if let heading = section.heading {
                places.append((index, -1))
                texts.append(heading)
            }
            for (offset, paragraph) in section.paragraphs.enumerated() {
                places.append((index, offset))
                texts.append(paragraph)
            }
        }
        guard texts.count > 1 else { return sections }
        var cache: [Int: [UInt64]] = [:]
        func shingles(_ index: Int) -> [UInt64] {
            if let known = cache[index] { return known }
            // The quotation marks a pull quote is set in are not words of it (nor of any text).
            let found = Shingles.of(texts[index])
            if cache.count >= 32, let oldest = cache.keys.min() { cache.removeValue(forKey: oldest) }
            cache[index] = found
            return found
        }
        var quotes = Set<Int>()
        for index in texts.indices {
            // A numbered step is not set apart from the text: it is a list's own.
            guard (11...45).contains(ByteText.wordCount(texts[index].utf8)),
                  sections[places[index].section].listNumbers[places[index].offset] == nil else { continue }
            let own = shingles(index)
            guard (8...42).contains(own.count) else { continue }
            let reach = named.contains(texts[index]) ? texts.count : 6
            for other in max(0, index - reach)...min(texts.count - 1, index + reach)
            where other != index && places[other].offset >= 0 && !quotes.contains(other)
                && texts[other].utf8.count > texts[index].utf8.count {
                let longer = shingles(other)
                // Its first and last 4-grams there before any set is built: rarely both.
                guard longer.count > own.count, longer.contains(own[0]), longer.contains(own[own.count - 1]) else { continue }
                if Set(longer).isSuperset(of: own) { quotes.insert(index); break }
            }
        }
        guard !quotes.isEmpty else { return sections }
        var drop: [Int: Set<Int>] = [:]
        for quote in quotes { drop[places[quote].section, default: []].insert(places[quote].offset) }
        return sections.enumerated().map { index, section in
            var kept = section.removing(drop[index] ?? [])
            if drop[index]?.contains(-1) ?? false { kept.heading = nil }
            return kept
        }
    }

    /// The sections without runs of short lines heard before, line for line: a table, a list of
    /// specifications or pros and cons, a menu, that the page shows twice (a desktop and a
    /// mobile layout, a summary box above the review), or a card's labels and a call to action
    /// under a heading, repeated after every entry. Two or more consecutive lines (headings
    /// among them), each the same as an earlier line, together 12 words or more; a single
    /// short line may repeat in the article itself (a refrain, a question to each guest) and is
    /// kept.
    static func withoutRepeatedRuns(_ sections: [Section]) -> [Section] {
        var heard = Set<UInt64>()
        // Offset -1 is the section's heading.
        var lines: [(section: Int, offset: Int, words: Int, repeated: Bool)] = []
        for (index, section) in sections.enumerated() {
            for (offset, line) in ([section.heading] + section.paragraphs.map { $0 }).enumerated() {
                guard let line else { continue }
                let words = ByteText.wordCount(line.utf8)
                let whole = Shingles.hash(of: line)
                lines.append((index, offset - 1, words, words >= 1 && heard.contains(whole)))
                heard.insert(whole)
            }
        }
        var drop: [Int: Set<Int>] = [:]
        var start = 0
        while start < lines.count {
            guard lines[start].repeated else { start += 1; continue }
            var end = start
            while end < lines.count, lines[end].repeated { end += 1 }
            if end - start >= 2, lines[start..<end].reduce(0, { $0 + $1.words }) >= 12 {
                for line in lines[start..<end] { drop[line.section, default: []].insert(line.offset) }
            }
            start = end
        }
        guard !drop.isEmpty else { return sections }
        // A section whose heading is dropped goes on the section before it.
        var kept: [Section] = []
        for (index, section) in sections.enumerated() {
            let rest = section.removing(drop[index] ?? [])
            if drop[index]?.contains(-1) ?? false, !kept.isEmpty {
                kept[kept.count - 1].append(paragraphsOf: rest)
            } else {
                kept.append(rest)
            }
        }
        return kept
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
        for (index, section) in sections.enumerated() {
            if let heading = section.heading { later[key(Array(heading.utf8))] = index }
        }
        guard later.count >= 2 else { return sections }
        var contents: [(section: Int, offset: Int)] = []
        for (index, section) in sections.enumerated() {
            for (offset, paragraph) in section.paragraphs.enumerated() where paragraph.utf8.count <= 120 {
                let bytes = Array(paragraph.utf8)
                if let heading = later[key(bytes)] ?? later[entryKey(bytes)], heading > index {
                    contents.append((index, offset))
                }
            }
        }
        guard contents.count >= 2 else { return sections }
        return sections.enumerated().map { index, section in
            section.removing(Set(contents.filter { $0.section == index }.map(\.offset)))
        }
    }
}
