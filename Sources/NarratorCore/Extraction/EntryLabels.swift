/// Labels inside the entries of a list article: a short heading that heads three sections or
/// more ("Pros", "Key Specs", "Plant Care Tips", "Why We Chose This School") names a part of each
/// entry, not a chapter of its own. A listener's chapters name the entries; the label is still
/// heard, as the line it is, in its entry's chapter. A heading met twice may be an entry named
/// twice (in a summary and in its review), and stays a chapter.
enum EntryLabels {
    /// How many sections a heading must head to be taken for a label.
    static let fewestRepeats = 3

    /// Headings of this many words or fewer may be labels; a longer one is a title.
    static let maximumWords = 6

    /// The sections, each one headed by a label joined to the section before it with the label
    /// as its first line. The first section keeps its heading whatever it is (there is no entry
    /// before it), and so does a heading over nothing (a prompt's title over its button is not
    /// read as a line), unless a label follows it: then it names a group of the entry's parts
    /// ("Comparing local and national movers" over a card under "Local" and one under
    /// "Nationwide"). The headings an entry's labels stand among are its parts too (`inEntries`).
    static func joined(_ sections: [Section]) -> [Section] {
        let keys = sections.map { $0.heading.flatMap(key) }
        let labels = labels(among: keys)
        guard !labels.isEmpty else { return sections }
        let isLabel = keys.map { $0.map(labels.contains) ?? false }
        let parts = inEntries(sections, keys: keys, isLabel: isLabel)
        // Whether each section's heading is heard as a line of the section before: from the
        // end, as a label over nothing goes as the label after it does.
        var asLine = [Bool](repeating: false, count: sections.count)
        for index in sections.indices.reversed() where isLabel[index] || parts.contains(index) {
            asLine[index] = !sections[index].paragraphs.isEmpty || (index + 1 < sections.count && asLine[index + 1])
        }
        var joined = [Section]()
        joined.reserveCapacity(sections.count)
        for (index, section) in sections.enumerated() {
            guard let heading = section.heading, asLine[index], !joined.isEmpty else {
                joined.append(section)
                continue
            }
            joined[joined.count - 1].paragraphs.append(heading)
            joined[joined.count - 1].append(paragraphsOf: section)
        }
        return joined
    }

    /// The sections, by index, whose heading stands among an entry's labels: within an entry
    /// that holds labels (from a heading ranked above the labels' element to the next such
    /// heading), every heading of the labels' rank or below. A review's entry under an `<h3>`
    /// with "Independently Audited" and "Mobile Clients" in `<h4>`s on every entry has its other
    /// `<h4>`s ("Accepts Cash", "127 Countries") beside them: parts of that entry, not chapters
    /// between entries. A stretch holding one label twice holds several entries, each named in
    /// a heading of the labels' own rank ("1. SimpliSafe" over "Product Specs", both `<h3>`):
    /// those names stay chapters. So do the headings of a stretch where labels are fewer than
    /// the other headings: a label met now and then ("Key quote") in an article with chapters of
    /// its own. A heading that carries no rank (a line set in bold) is not weighed. `keys` and
    /// `isLabel` are each section's heading's `key` and whether it is a label.
    static func inEntries(_ sections: [Section], keys: [String?], isLabel: [Bool]) -> Set<Int> {
        let ranks = Set(sections.indices.filter { isLabel[$0] }.compactMap { sections[$0].headingRank })
        var parts = Set<Int>()
        for rank in ranks {
            var entry: [Int] = []
            var labels = Set<String>()
            var labelCount = 0
            var isOneEntry = true
            var inEntry = false
            func close() {
                if !labels.isEmpty, isOneEntry, labelCount >= entry.count { parts.formUnion(entry) }
                (entry, labels, labelCount, isOneEntry) = ([], [], 0, true)
            }
            for (index, section) in sections.enumerated() {
                guard section.heading != nil, let own = section.headingRank else { continue }
                if own < rank {
                    close()
                    inEntry = true
                } else if inEntry {
                    guard isLabel[index] else { entry.append(index); continue }
                    labelCount += 1
                    if own == rank, let key = keys[index], !labels.insert(key).inserted { isOneEntry = false }
                }
            }
            close()
        }
        return parts
    }

    /// The labels among the sections' headings: the keys (`key`) of the short headings that head
    /// `fewestRepeats` sections or more.
    static func labels(in sections: [Section]) -> Set<String> {
        labels(among: sections.map { $0.heading.flatMap(key) })
    }

    /// The labels among headings' keys (nil for a section without a heading or with a long one).
    static func labels(among keys: [String?]) -> Set<String> {
        var headed = [String: Int]()
        for case let key? in keys { headed[key, default: 0] += 1 }
        return Set(headed.filter { $0.value >= fewestRepeats }.keys)
    }

    /// A short heading's words, lower-cased; nil for a heading too long to be a label.
    static func key(_ heading: String) -> String? {
        guard heading.utf8.count <= 80 else { return nil }
        let words = TextCleanup.words(heading)
        guard !words.isEmpty, words.count <= maximumWords else { return nil }
        return words.joined(separator: " ")
    }
}
