/// Finds the article in a plain-text copy of a web page, line by line.
///
/// Each non-empty line is classified: boilerplate (labels, counts, speed buttons, "Reading
/// Time" lines), caption (ends in a photo credit), body paragraph (a sentence-like line of
/// eight or more words), a table's row (cells a tab apart, read between paragraphs), or short
/// line (headline, standfirst, byline, heading or UI text, told apart by position). Body lines
/// of furniture by their wording (a disclosure, a copyright line, a prompt to follow or sign
/// up), and what follows a heading that points elsewhere, are not read, as on HTML pages.
public struct PlainTextExtractor: Sendable {
    public init() {}

    public func extract(text: String, source: String) throws -> Article {
        // A table copied from a page keeps its cells apart with tabs: such a line is a row.
        let read = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { raw in
            let cells = raw.split(separator: "\t").map { TextCleanup.collapse(String($0)) }.filter { !$0.isEmpty }
            return cells.count >= 2 ? (TableRow.text(cells), true) : (TextCleanup.collapse(String(raw)), false)
        }.filter { !$0.0.isEmpty }
        let lines = read.map(\.0)
        let kinds = read.map { $0.1 ? LineKind.row : LineKind($0.0) }
        guard let firstBody = kinds.firstIndex(of: .body) else {
            throw ExtractionError(source: source, problem: .noArticleText(lines.count))
        }
        // Headline: the first plausible title line before the body; standfirst: the next
        // longer line; a short run of capitalised words before the body is the byline.
        var title: String?
        var standfirst: String?
        var byline: String?
        for index in 0..<firstBody where kinds[index] == .short {
            let line = lines[index]
            if title == nil {
                if TextCleanup.wordCount(line) >= 3 { title = line }
            } else if standfirst == nil, TextCleanup.wordCount(line) >= 8 {
                standfirst = line
            } else if byline == nil, Self.looksLikeByline(line) {
                byline = Byline.cleaned(line)
            }
        }
        var sections = [Section()]
        let lastBody = kinds.lastIndex(of: .body) ?? firstBody
        // Under a heading that points elsewhere ("Related stories", "About the author"), up to
        // the next heading, nothing is read, as on HTML pages.
        var elsewhere = false
        for index in firstBody..<lines.count {
            switch kinds[index] {
            case .body where !elsewhere && !FurnitureLines.isFurniture(lines[index]):
                sections[sections.count - 1].paragraphs.append(lines[index])
            case .row where !elsewhere && index < lastBody && Self.isInTable(at: index, kinds: kinds):
                // A table between the article's paragraphs is read row by row, as on HTML pages.
                sections[sections.count - 1].paragraphs.append(lines[index])
            case .short where Self.isHeading(at: index, lines: lines, kinds: kinds):
                elsewhere = ElsewhereHeadings.contains(lines[index])
                if !elsewhere { sections.append(Section(heading: lines[index])) }
            default:
                continue
            }
        }
        // A page whose only body lines are furniture, or lie under headings that point
        // elsewhere, has no article to read, as on HTML pages.
        guard sections.contains(where: { !$0.paragraphs.isEmpty }) else {
            throw ExtractionError(source: source, problem: .noArticleText(lines.count))
        }
        return Article(source: source, title: title, byline: byline, standfirst: standfirst,
                       sections: sections.filter { !$0.paragraphs.isEmpty })
    }

    /// Whether a row has another next to it: a table is two rows or more (a single line with a
    /// tab in it is a line of a menu or a form).
    static func isInTable(at index: Int, kinds: [LineKind]) -> Bool {
        (index > 0 && kinds[index - 1] == .row) || (index + 1 < kinds.count && kinds[index + 1] == .row)
    }

    /// A short line between body paragraphs, followed directly by body text, is a heading.
    static func isHeading(at index: Int, lines: [String], kinds: [LineKind]) -> Bool {
        let line = lines[index]
        guard TextCleanup.wordCount(line) <= 12, !TextCleanup.endsLikeSentence(line),
              let first = line.first, first.isUppercase || first.isNumber else { return false }
        let next = kinds[(index + 1)...].first { $0 != .boilerplate }
        return next == .body
    }

    /// Two to six capitalised words ("Jane Doe in Paris", "By Jane Doe"), no sentence end.
    static func looksLikeByline(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard (2...7).contains(words.count), !TextCleanup.endsLikeSentence(line) else { return false }
        let joiners: Set<String> = ["in", "and", "by", "By", "de", "van", "von", "der", "la", "and,"]
        return words.allSatisfy { joiners.contains(String($0)) || ($0.first?.isUppercase ?? false) }
    }
}

/// What one line of a plain-text page copy is.
enum LineKind: Equatable {
    /// `row`: cells a tab apart, a table's row (told by the reader, not by `init`).
    case boilerplate, caption, body, short, row

    init(_ line: String) {
        if TextCleanup.isBoilerplateLabel(line) {
            self = .boilerplate
        } else if Self.isCaption(line) {
            self = .caption
        } else if TextCleanup.wordCount(line) >= 8 && TextCleanup.endsLikeSentence(line) {
            self = .body
        } else if TextCleanup.wordCount(line) >= 40 && Self.sentenceEnds(in: line) >= 2 {
            self = .body  // long prose cut off mid-sentence (a truncated copy) is still prose
        } else {
            self = .short
        }
    }

    /// How many ". ", "! " or "? " the line holds (stopping at 2).
    static func sentenceEnds(in line: String) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in line.utf8 {
            if byte == 0x20, previous == 0x2E || previous == 0x21 || previous == 0x3F {
                count += 1
                if count == 2 { break }
            }
            previous = byte
        }
        return count
    }

    /// Captions end in a credit: "… Photo: AFP", "(Photo: Reuters)", "Image: Getty Images".
    static func isCaption(_ line: String) -> Bool {
        guard line.utf8.count < 400 else { return false }
        // The last 60 characters (scalars), ASCII lower-cased: the markers are ASCII.
        let bytes = Array(line.utf8)
        var start = bytes.count
        var scalars = 0
        while start > 0, scalars < 60 {
            start -= 1
            if bytes[start] & 0xC0 != 0x80 { scalars += 1 }
        }
        let tail = bytes[start...].map(ByteText.lower)
        for marker in captionMarkers {
            guard let start = lastOccurrence(of: marker, in: tail) else { continue }
            let rest = tail[(start + marker.count)...]
            if !rest.contains(0x2E), TextCleanup.wordCount(String(decoding: rest, as: UTF8.self)) <= 6 { return true }
        }
        return false
    }

    private static let captionMarkers: [[UInt8]] = [
        "photo:", "photograph:", "image:", "picture:", "credit:", "photo by", "illustration:", "(image", "(photo",
        "(picture", "getty images", "/getty", "/reuters", "/afp", "/ap photo",
    ].map { Array($0.utf8) }

    /// The byte offset of the last occurrence of `needle` in `text`.
    private static func lastOccurrence(of pin: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= pin.count else { return nil }
        var index = hay.count - pin.count
        while index >= 0 {
            if hay[index] == pin[0], hay[index..<(index + pin.count)].elementsEqual(pin) { return index }
            index -= 1
        }
        return nil
    }
}
