/// What a block collector drops as links or furniture: teasers of other stories and what is
/// listed after a heading that points elsewhere, lines mostly of links, labels and captions.
extension BlockCollector {
    /// The sections without teasers of other stories: a linked headline (more than a word: a
    /// one-word link over a note is a name, a forum post's author or a listed tool) whose text
    /// below is cut short ("...you will learn how to create an ergonomic workst..."), or anything under a
    /// heading that points elsewhere ("Related products", "The latest from the blog"), with the
    /// linked headlines listed straight after it, each alone or over a teaser. A linked
    /// entry with text of its own (a list of tools, each with a note) stays. Read line by line,
    /// a control's label met on three entries or more goes too.
    var keptSections: [Section] {
        let controls = Set(linkedLabels.filter { $0.value >= 3 }.keys)
        // After a heading that points elsewhere, the linked headlines that follow it with no
        // text of their own, or a teaser's line or two, are its list ("More Like This", then one
        // linked title after another).
        var listsElsewhere = false
        // Headings of a lower rank under it are its entries ("Related articles" in an <h2>, each
        // card's title in an <h3>), up to a heading of its rank or higher.
        var elsewhereRank: Int?
        return sections.indices.compactMap { index in
            var section = sections[index]
            if elsewhere.contains(index) {
                listsElsewhere = true
                elsewhereRank = section.headingRank
                return nil
            }
            if let above = elsewhereRank, let rank = section.headingRank, rank > above, Self.isTeaser(section.paragraphs) {
                return nil
            }
            elsewhereRank = nil
            if listsElsewhere, linkedHeadings.contains(index), Self.isTeaser(section.paragraphs) { return nil }
            listsElsewhere = false
            let isTeaser = linkedHeadings.contains(index) && !section.paragraphs.isEmpty
                && section.paragraphs.allSatisfy(Self.isCutShort)
                && ByteText.wordCount((section.heading ?? "").utf8) >= 2
            if isTeaser { return nil }
            if !controls.isEmpty {
                section = section.removing(Set(section.paragraphs.indices.filter { controls.contains(section.paragraphs[$0]) }))
            }
            return section
        }
    }

    /// The most words of a teaser under a linked headline listed after a heading that points
    /// elsewhere: a line or two ("Explore affordable online master's programs to advance your
    /// career..."), not an entry's text.
    static let teaserWords = 50

    /// Whether an entry's text is a teaser's at most: nothing, or one paragraph of `teaserWords`.
    static func isTeaser(_ paragraphs: [String]) -> Bool {
        paragraphs.count <= 1 && paragraphs.allSatisfy { ByteText.wordCount($0.utf8) <= teaserWords }
    }

    /// Whether a paragraph ends in an ellipsis (after a letter or a comma: cut, not trailing off
    /// after a full stop).
    static func isCutShort(_ text: String) -> Bool {
        let cut: Substring
        if text.hasSuffix("...") {
            cut = text.dropLast(3)
        } else if text.hasSuffix("…") {
            cut = text.dropLast()
        } else {
            return false
        }
        guard let last = cut.unicodeScalars.last else { return false }
        return last.properties.isAlphabetic || last == "," || last == " "
    }

    /// Whether a block's text is furniture: a label, mostly links (unless a sentence), a caption,
    /// a bare address, a date line, or furniture by its wording.
    func isFurniture(_ text: String, linkCharacters: Int) -> Bool {
        (!keepsLinkedLines && Self.isMostlyLinks(text, linkCharacters: linkCharacters)) || isFurnitureByItsWords(text)
    }

    /// Whether a line is furniture whatever its links: a label, a caption, an address, a date, or
    /// a line of furniture by its wording (`FurnitureLines`).
    func isFurnitureByItsWords(_ text: String) -> Bool {
        TextCleanup.isBoilerplateLabel(text) || LineKind.isCaption(text) || TextCleanup.isBareURL(text)
            || TextCleanup.isDateLine(text) || FurnitureLines.isFurniture(text)
    }

    /// Whether over half the text is link text, and it is not a sentence that links its own
    /// words: a sentence of eight words or more, ending as one, with three tenths of its text or
    /// more outside links is prose ("Monday's best deals include [MacBooks from $700], [AirPods
    /// for $150] and [ecobee thermostats from $139]. All that and more is below."), where a list
    /// of related links or a "Read more: [headline]" line is not.
    static func isMostlyLinks(_ text: String, linkCharacters: Int) -> Bool {
        let length = scalarCount(text)
        guard linkCharacters * 2 > length else { return false }
        let isLinkedSentence = linkCharacters * 10 <= length * 7 && TextCleanup.endsLikeSentence(text)
            && ByteText.wordCount(text.utf8) >= 8
        return !isLinkedSentence
    }

    /// Unicode scalars in the text: its UTF-8 bytes that start one.
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
    }
}
