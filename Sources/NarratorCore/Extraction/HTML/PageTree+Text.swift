/// Reading a page tree's text: what a listener would hear of a node, whitespace collapsed.
extension PageTree {
    /// All text below `node` (or the node's own, for a text node), whitespace collapsed;
    /// `<br>` counts as a space; scripts, styles and templates are not read.
    public func text(of node: Index) -> String {
        var raw: [UInt8] = []
        appendRawText(of: node, to: &raw)
        return TextCleanup.collapse(utf8: raw)
    }

    /// Appends the text below `node` as written (not collapsed) to `out`. Block elements inside
    /// it are word boundaries: their text is set apart by spaces, never glued to the text
    /// around it ("youth." and "In 2016" in two blocks are not "youth.In 2016"). Elements below
    /// `node` for which `skipping` is true are not read.
    public func appendRawText(of node: Index, to out: inout [UInt8], skipping: ((Index) -> Bool)? = nil) {
        var index = node
        let end = self.end(node)
        var blockEnds: [Index] = []
        var codeEnd = -1
        while index < end {
            while let blockEnd = blockEnds.last, index >= blockEnd {
                out.append(0x20)
                blockEnds.removeLast()
            }
            let entry = nodes[index]
            if entry.tag.holdsCode { codeEnd = max(codeEnd, Int(entry.end)) }
            switch entry.tag {
            case .text:
                let text = bytes[Int(entry.start)..<Int(entry.start + entry.length)]
                if index >= codeEnd, Self.gluedWord(after: out.suffix(2), text) { out.append(0x20) }
                out.append(contentsOf: text)
                index += 1
            case .br:
                out.append(0x20)
                index = Int(entry.end)
            case let tag where tag.hidesText:
                index = Int(entry.end)
            case let tag where index != node && skipping?(index) == true:
                if !tag.isInline { out.append(0x20) }  // still a word boundary
                index = Int(entry.end)
            case let tag:
                if index != node, !tag.isInline {
                    out.append(0x20)
                    blockEnds.append(Int(entry.end))
                }
                index += 1
            }
        }
    }
}

extension PageTree {
    /// Whether a `<br>` is followed by another below the same parent, with only whitespace
    /// between them: the paragraph break of a page that sets its paragraphs apart with two line
    /// breaks rather than in elements of their own (as Readability takes them too).
    func isParagraphBreak(_ lineBreak: Index, in parent: Index) -> Bool {
        var next = end(lineBreak)
        let stop = end(parent)
        while next < stop {
            switch tag(next) {
            case .br:
                return true
            case .text where Self.isBlank(textBytes(next)):
                next = end(next)
            default:
                return false
            }
        }
        return false
    }

    /// Whether an element's own children hold a paragraph break (`isParagraphBreak`).
    func holdsParagraphBreak(_ node: Index) -> Bool {
        children(node).contains { tag($0) == .br && isParagraphBreak($0, in: node) }
    }

    /// Spaces, tabs, line breaks and no-break spaces (C2 A0) only.
    static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0xC2, index + 1 < bytes.endIndex, bytes[index + 1] == 0xA0 {
                index += 2
                continue
            }
            guard byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D else { return false }
            index += 1
        }
        return true
    }

    /// Whether a text node starts a new word that the element boundary before it glued to the
    /// text before: a capitalised word right after a lower-case letter, a digit or a mark that
    /// ends a sentence or a clause ("4<span>Rated 4 stars", "visit<a>Harbour News</a>",
    /// "created.<span>Nancy"), which the page sets apart with its styles. Not within code, where
    /// "set" and "State" may be one name, nor after a mark that ends no word ("T: ?Sized",
    /// "Result::Error").
    static func gluedWord(after before: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        guard let last = before.last, text.count >= 2 else { return false }
        if Self.clauseEnds.contains(last) {
            guard before.count == 2, let mark = before.first, mark > 0x20, mark != 0x3A else { return false }
        } else if !ByteText.isDigit(last) && !(0x61...0x7A).contains(last) {
            return false
        }
        let first = text[text.startIndex], second = text[text.startIndex + 1]
        return (0x41...0x5A).contains(first) && (0x61...0x7A).contains(second)
    }

    /// ". , ! ? : ; )"
    private static let clauseEnds: Set<UInt8> = [0x2E, 0x2C, 0x21, 0x3F, 0x3A, 0x3B, 0x29]
}

/// The length of some text once whitespace is collapsed, kept in a form that adds up: the
/// length of two pieces of text side by side is computed from theirs, so a whole page is
/// measured in one pass from its text nodes up.
struct CollapsedLength {
    /// Characters, counting each gap between words as one.
    var count: Int32 = 0
    var hasText = false
    /// Whitespace before the first character (or anywhere, when there is no text).
    var leadingSpace = false
    var trailingSpace = false

    /// Measures one text node: spaces, tabs and line breaks are whitespace; characters are
    /// Unicode scalars.
    init(utf8 bytes: ArraySlice<UInt8>) {
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                if !hasText { leadingSpace = true }
                pendingSpace = true
            } else if byte & 0xC0 != 0x80 {
                if pendingSpace && hasText { count += 1 }
                pendingSpace = false
                hasText = true
                count += 1
            }
        }
        trailingSpace = pendingSpace
    }

    init() {}

    static let space: CollapsedLength = {
        var space = CollapsedLength()
        space.leadingSpace = true
        space.trailingSpace = true
        return space
    }()

    /// This text followed by `next`.
    mutating func append(_ next: CollapsedLength) {
        if !next.hasText {
            if next.leadingSpace { trailingSpace = true; if !hasText { leadingSpace = true } }
            return
        }
        if !hasText {
            let lead = leadingSpace
            self = next
            leadingSpace = leadingSpace || lead
            return
        }
        count += next.count + (trailingSpace || next.leadingSpace ? 1 : 0)
        trailingSpace = next.trailingSpace
    }
}
