/// What one element says of itself, before the page is weighed: skipped (a script, an image),
/// concealed (hidden), a hint of furniture (its tag, role or class words), a discussion, or
/// nothing; and the class and id text those words are read from.
extension BoilerplateHints {
    /// Elements whose content is never read aloud.
    static func isSkipped(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .script, .style, .template, .select, .input, .textarea, .iframe, .svg,
             .canvas, .video, .audio, .object, .embed, .picture, .img, .map, .head, .title,
             .figcaption:
            return true
        default:
            return false
        }
    }

    /// Layout, control and figure elements that usually hold furniture, treated as hints: the
    /// parser nests a page's article inside one left unclosed (a menu's `<nav>` or `<button>`,
    /// a figure around a table).
    static func isHintTag(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .footer, .aside, .form, .label, .header, .nav, .button, .menu, .dialog, .figure: return true
        default: return false
        }
    }

    static let skippedRoles: Set<String> = [
        "navigation", "complementary", "banner", "contentinfo", "search", "dialog", "alert",
        "menu", "menubar", "toolbar", "button", "figure", "status",
    ]

    /// - Parameter hints: the element's class and id as `hints` gives them, nil when it has neither.
    static func verdict(_ tree: PageTree, _ node: PageTree.Index, hints: [UInt8]?, scratch: inout [UInt8]) -> Verdict {
        let tag = tree.tag(node)
        if isSkipped(tag) { return .skip }
        // A figure holding a table is the table (block editors wrap every table in one); one
        // holding a block quote is the quotation (as HTML's own examples mark up a quote; its
        // caption, like every caption, is not read), unless it embeds a post from elsewhere (a social post's
        // card, with its handle, date and links).
        if tag == .figure {
            if tree.first(.table, in: node) != nil { return .keep }
            if tree.first(.blockquote, in: node) != nil, !(hints.map { ByteText.contains($0, "embed") } ?? false) { return .keep }
        }
        if tag == .sup, isFootnoteReference(tree, node) { return .skip }
        if tag == .a, isFootnoteLink(tree, node) { return .skip }
        // What a page shows without scripts: web apps put their whole content there for crawlers.
        if tag == .noscript { return .concealed }
        guard tree.hasAttributes(node) else { return isHintTag(tag) ? .hint : .keep }
        if tree.attributeBytes(node, .hidden) != nil { return .concealed }
        if let value = tree.attributeBytes(node, .ariaHidden), ByteText.equalsLowercased(value, "true") { return .concealed }
        if let style = tree.attributeBytes(node, .style) {
            scratch.removeAll(keepingCapacity: true)
            for byte in style where byte != 0x20 { scratch.append(ByteText.lower(byte)) }
            if ByteText.contains(scratch, "display:none") || ByteText.contains(scratch, "visibility:hidden") {
                return .concealed
            }
        }
        if let classes = tree.attributeBytes(node, .class), isHiddenByClass(classes) { return .concealed }
        // A tooltip shows on hover (a footnote's text beside its number, a person's card): the
        // sentence it sits in is read without it.
        if let role = tree.attributeBytes(node, .role), ByteText.equalsLowercased(role, "tooltip") { return .concealed }
        if let itemprop = tree.attributeBytes(node, .itemprop), ByteText.equalsLowercased(itemprop, "articlebody") {
            return .keep
        }
        if isHintTag(tag) { return .hint }
        if let role = tree.attributeBytes(node, .role),
           skippedRoles.contains(String(decoding: role, as: UTF8.self).lowercased()) {
            return .hint
        }
        guard let hints else { return .keep }
        switch words(in: hints) {
        case .never: return .skip
        case .discussion: return .discussion
        case .boilerplate: return .hint
        case .weak: return .weak
        case .none: return .keep
        }
    }

    /// A footnote's number set as a superscript after a word ("bitter about it<sup>4</sup>",
    /// "[12]"): a link, or a number in brackets, or a number after a sentence's mark ("deaths.<sup>3</sup>",
    /// eSpeak: "deaths dot three"). Not read: a listener would hear "it four". (A superscript that is
    /// none of these, such as "km<sup>2</sup>" or "mc<sup>2</sup>", is read.)
    static func isFootnoteReference(_ tree: PageTree, _ node: PageTree.Index) -> Bool {
        let end = tree.end(node)
        guard end - node <= 4 else { return false }
        let text = tree.text(of: node)
        guard (1...6).contains(text.utf8.count) else { return false }
        let bracketed = text.hasPrefix("[") && text.hasSuffix("]") && text.count > 2
        let mark = bracketed ? text.dropFirst().dropLast() : Substring(text)
        guard mark.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) || "*†‡".contains($0) }),
              mark.count <= 3 else { return false }
        return bracketed || tree.first(.a, in: node) != nil || mark.allSatisfy(\.isNumber) && followsMark(tree, node)
    }

    /// A footnote's number set as a link of its own straight after a sentence's mark, without a
    /// superscript ("lifecycle.<a>2</a>").
    static func isFootnoteLink(_ tree: PageTree, _ node: PageTree.Index) -> Bool {
        guard tree.end(node) - node == 2, tree.tag(node + 1) == .text else { return false }
        let text = tree.textBytes(node + 1)
        return (1...3).contains(text.count) && text.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && followsMark(tree, node)
    }

    /// Whether the element stands where a footnote's number does: straight after a sentence's
    /// mark, a closing bracket or quotation mark, and before a space or the end of the text. (A
    /// run of numbers, "effortlessly.<sup>27</sup>,<sup>28</sup>", or a list in brackets, "[1,2]",
    /// is left whole.)
    static func followsMark(_ tree: PageTree, _ node: PageTree.Index) -> Bool {
        guard node > 0, tree.tag(node - 1) == .text, let last = tree.textBytes(node - 1).last else { return false }
        let end = tree.end(node)
        if end < tree.count, tree.tag(end) == .text {
            // A space, or a no-break space (C2 A0).
            let next = tree.textBytes(end).prefix(2)
            if let first = next.first, !ByteText.isSpace(first), !next.elementsEqual([0xC2, 0xA0]) { return false }
        }
        // ".", ";", ":", "!", "?", ")", '"', and the last byte of "”" or "’".
        return [0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x22, 0x9D, 0x99].contains(last)
    }

    /// Whether the class list hides the element on every screen: the utility class `hidden`,
    /// with no class that shows it at some width (`md:block`, `d-lg-flex`). (Bootstrap's
    /// `d-none` is not counted: menus use it, and it lost text that pages show.)
    static func isHiddenByClass(_ classes: ArraySlice<UInt8>) -> Bool {
        // Most class lists hold no "hidden": looked for before splitting into tokens.
        guard classes.count >= 6, ByteText.contains(classes, "hidden") || ByteText.contains(classes, "HIDDEN") else { return false }
        var hidden = false
        for token in ByteText.Tokens(classes) {
            if ByteText.equalsLowercased(token, "hidden") {
                hidden = true
            } else if token.contains(0x3A) || (token.starts(with: "d-".utf8) && token.count > 2) {
                return false  // shown at some width, or displayed by another utility
            }
        }
        return hidden
    }

    /// The element's class and id, lower-cased and joined by a space, in `out`; returns the
    /// length of the class part, or nil when the element has neither.
    static func hints(_ tree: PageTree, _ node: PageTree.Index, into out: inout [UInt8]) -> Int? {
        out.removeAll(keepingCapacity: true)
        let classes = tree.attributeBytes(node, .class)
        let id = tree.attributeBytes(node, .id)
        guard classes != nil || id != nil else { return nil }
        for byte in classes ?? [] { out.append(ByteText.lower(byte)) }
        let classLength = out.count
        out.append(0x20)
        for byte in id ?? [] { out.append(ByteText.lower(byte)) }
        return classLength
    }
}
