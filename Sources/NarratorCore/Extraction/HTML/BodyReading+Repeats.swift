/// What a listener would hear twice: the filters `BodyReading` runs over the blocks it read, each
/// leaving what the page says once (a passage heard before, a pull quote beside its paragraph,
/// a run of lines shown twice, a long heading repeated), and keeping what the article itself
/// repeats (a refrain, a question put to each guest, a numbered list heard whole).
extension BodyReading {
    /// The sections without paragraphs the reader has already heard: a passage of 20 or so
    /// words or more whose word 4-grams were nearly all spoken before (a lede repeated in a
    /// summary box, the same text in a page's mobile and desktop layouts), or a line of five
    /// words or more heard word for word before; a numbered list only whole, when all its items
    /// were heard before. A passage whose figures were not all heard (an offer's terms told for
    /// each country in its currency) is a variant and kept. Returns the word 4-grams heard,
    /// headings included.
    static func withoutRepeats(_ sections: [Section]) -> ([Section], ShingleSet) {
        var spoken = ShingleSet(capacity: sections.reduce(0) { total, section in
            section.paragraphs.reduce(total) { $0 + $1.utf8.count / 6 }
        })
        var heardWhole = ShingleSet()
        var sayings = FirstSayings()
        // The word 4-grams each list has said: an item retelling an earlier item of its own list
        // with other figures ("Main set: repeat 8-10 times...") is the list's own.
        var saidInList: [Int: Set<UInt64>] = [:]
        // The figures heard (words holding a digit), and how many figures each passage told first
        // held, by its opening 4-gram.
        var figures = Set<UInt64>()
        var figuresOfOpening: [UInt64: Int] = [:]
        let kept = sections.map { section in
            // Headings are heard too: a standfirst repeating one is a repeat.
            if let heading = section.heading {
                let (shingles, headingFigures) = Shingles.withFigures(of: heading)
                for shingle in shingles { spoken.insert(shingle) }
                figures.formUnion(headingFigures)
            }
            var repeats = Set<Int>()
            // Whether each numbered item was heard before, and its size: a list goes whole or
            // stays whole. A recipe card's steps retell the method above them, and steps heard
            // as 1, 3, 4, 7 have lost their thread; a list that only restates a summary goes.
            var heardItems: [Int: (heard: Bool, shingles: Int)] = [:]
            for (offset, paragraph) in section.paragraphs.enumerated() where !spoken.isFull {
                let (shingles, ownFigures) = Shingles.withFigures(of: paragraph)
                defer { for shingle in shingles { spoken.insert(shingle) } }
                defer { figures.formUnion(ownFigures) }
                let list = section.lists[offset]
                let line = Shingles.hash(of: paragraph)
                let refrain = sayings.note(line, inList: list).refrain
                // What the list says as its own: the items it keeps (an item heard elsewhere is not).
                defer { if let list, !repeats.contains(offset) { saidInList[list, default: []].formUnion(shingles) } }
                if section.listNumbers[offset] != nil {
                    let heard = shingles.filter { spoken.contains($0) }.count
                    heardItems[offset] = (!shingles.isEmpty && heard * 5 >= shingles.count * 4, shingles.count)
                    continue
                }
                if refrain { continue }
                // The same line again, word for word: a promotion or a pull quote the page shows
                // twice. A question may be put again (to each guest of an interview).
                if shingles.count >= 5, paragraph.utf8.last != 0x3F {  // not a question
                    if heardWhole.contains(line) {
                        repeats.insert(offset)
                        continue
                    }
                    heardWhole.insert(line)
                }
                // Short and formulaic lines (a question put to each guest, entries of a list)
                // may repeat in the article itself; a long passage heard again is a repeat.
                guard shingles.count >= 16 else { continue }
                // Looked up in place: a copy of the list's set would be copied again as it grows.
                let heard = shingles.filter { shingle in
                    spoken.contains(shingle) && !(list.flatMap { saidInList[$0]?.contains(shingle) } ?? false)
                }.count
                // A passage told again with other figures in their places (the terms of an offer
                // for each country, in its currency; an event's blurb for each city and year) is
                // the article's own variant, not a repeat. The same passage opening as one told
                // before but holding more figures has had something added (a reply's attachment
                // number, an edit), and is that passage again.
                let otherFigures = !figures.isSuperset(of: ownFigures)
                    && (figuresOfOpening[shingles[0]].map { $0 == ownFigures.count } ?? true)
                if heard * 5 >= shingles.count * 4, !otherFigures {
                    repeats.insert(offset)
                }
                if figuresOfOpening[shingles[0]] == nil { figuresOfOpening[shingles[0]] = ownFigures.count }
            }
            // As with a paragraph, the list must be a passage (16 word 4-grams or more) to count as
            // heard again: a short step may well repeat a phrase of the text.
            for list in Self.numberedRuns(in: section) where list.allSatisfy({ heardItems[$0]?.heard == true }) {
                let size = list.reduce(0) { $0 + (heardItems[$1]?.shingles ?? 0) }
                if size >= 16 { repeats.formUnion(list) }
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
        var sayings = FirstSayings()
        // Offset -1 is the section's heading.
        var lines: [(section: Int, offset: Int, words: Int, repeated: Bool)] = []
        for (index, section) in sections.enumerated() {
            for (offset, line) in ([section.heading] + section.paragraphs.map { $0 }).enumerated() {
                guard let line else { continue }
                let words = ByteText.wordCount(line.utf8)
                let whole = Shingles.hash(of: line)
                let said = sayings.note(whole, inList: offset > 0 ? section.lists[offset - 1] : nil)
                lines.append((index, offset - 1, words, words >= 1 && said.before && !said.refrain))
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
}

extension BodyReading {
    /// How many words a section shown again whole must hold to go: a heading and a line of
    /// fewer ("Friday" over "Rest day") may well be the article's own, week after week.
    static let fewestWordsOfRepeatedSection = 8

    /// The sections without a section shown again whole, its heading and every line word for
    /// word: a call to action boxed between chapters ("Work out anywhere, anytime with Sweat"
    /// over "Ready for your first workout?"), a seller's card, set again further down the page.
    /// The first showing is heard where it stands. A label heading three sections or more
    /// (`EntryLabels`: "Examples" over a version line in each entry of a reference) names a part
    /// of each entry, and entries may say the same there.
    static func withoutRepeatedSections(_ sections: [Section]) -> [Section] {
        // Only a heading met twice can head a section shown again: the paragraphs are compared
        // under such headings alone, not hashed on every page.
        var headed = [String: [Int]]()
        for (index, section) in sections.enumerated() where !section.paragraphs.isEmpty {
            if let heading = section.heading { headed[heading, default: []].append(index) }
        }
        guard headed.values.contains(where: { $0.count >= 2 }) else { return sections }
        let labels = EntryLabels.labels(in: sections)
        var drop = Set<Int>()
        for (heading, places) in headed where places.count >= 2 {
            if let key = EntryLabels.key(heading), labels.contains(key) { continue }
            var shown = Set<[String]>()
            for place in places where !shown.insert(sections[place].paragraphs).inserted {
                let words = sections[place].paragraphs.reduce(ByteText.wordCount(heading.utf8)) { $0 + ByteText.wordCount($1.utf8) }
                if words >= fewestWordsOfRepeatedSection { drop.insert(place) }
            }
        }
        guard !drop.isEmpty else { return sections }
        return sections.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }
}

/// Where each line of a page was first said: as an item of which list, or in none. A list may
/// say its own line again ("Cool down: easy jogging" on every day of a training plan): a
/// refrain, not a repeat; a line first said elsewhere (a summary box, a layout's other copy)
/// is a repeat.
struct FirstSayings {
    /// A line's hash -> the list it was first said in (-1 for none).
    private var lists: [UInt64: Int] = [:]

    /// Notes a line (`Shingles.hash(of:)`) said in `list` (nil for none): whether it was said
    /// before, and whether first in the same list.
    mutating func note(_ line: UInt64, inList list: Int?) -> (before: Bool, refrain: Bool) {
        guard let first = lists[line] else {
            lists[line] = list ?? -1
            return (false, false)
        }
        return (true, list != nil && first == list)
    }
}
