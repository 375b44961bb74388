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
    /// read as a line).
    static func joined(_ sections: [Section]) -> [Section] {
        let labels = labels(in: sections)
        guard !labels.isEmpty else { return sections }
        var joined = [Section]()
        joined.reserveCapacity(sections.count)
        for section in sections {
            guard let heading = section.heading, !section.paragraphs.isEmpty, let key = key(heading),
                  labels.contains(key), !joined.isEmpty else {
                joined.append(section)
                continue
            }
            joined[joined.count - 1].paragraphs.append(heading)
            joined[joined.count - 1].append(paragraphsOf: section)
        }
        return joined
    }

    /// The labels among the sections' headings: the keys (`key`) of the short headings that head
    /// `fewestRepeats` sections or more.
    static func labels(in sections: [Section]) -> Set<String> {
        var headed = [String: Int]()
        for section in sections {
            if let heading = section.heading, let key = key(heading) { headed[key, default: 0] += 1 }
        }
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
