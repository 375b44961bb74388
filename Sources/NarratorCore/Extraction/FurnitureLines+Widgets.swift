/// What a widget shows in place of the article's text: a placeholder until a script fills it,
/// a hint to scroll or swipe it. Lines of its own, recognised by their wording.
extension FurnitureLines {
    /// What a page shows until a script fills the place: "Loading…", "Loading prices for your
    /// region...". A line of six words at most that starts with "loading" and trails off (or
    /// says nothing more).
    static func isLoadingPlaceholder(_ text: String, words: Int) -> Bool {
        guard words <= 6, text.utf8.count >= 7, text.utf8.first.map(ByteText.lower) == 0x6C else { return false }  // "l"
        let bytes = Array(text.utf8)
        guard bytes.prefix(7).map(ByteText.lower).elementsEqual("loading".utf8) else { return false }
        return words == 1 || bytes.suffix(3).elementsEqual("...".utf8) || bytes.suffix(3).elementsEqual([0xE2, 0x80, 0xA6])
    }

    /// A widget's hint to move it, for eyes and fingers: "Scroll for more", "SWIPE TO SEE
    /// MORE", "Please scroll to the right for more info.", "Swipe left for the next trending
    /// thread", "Click and drag to scroll". Ten words at most: the gesture, where to, and more of
    /// the page (or the next item) as all it brings; a how-to's step asks for something else
    /// ("Swipe up from the bottom of the screen", "Scroll down and tap Settings to see more").
    static func isScrollHint(_ text: String, words: Int) -> Bool {
        guard words <= 10, let first = text.utf8.first(where: ByteText.isWordByte).map(ByteText.lower),
              first == 0x73 || first == 0x70 || first == 0x63 || first == 0x64 else { return false }  // s p c d
        var said = TextCleanup.lowercased(text).split { !("a"..."z").contains($0) }.map(String.init)
        if said.first == "please" { said.removeFirst() }
        if said.starts(with: ["click", "and"]) { said.removeFirst(2) }
        guard let gesture = said.first, scrollGestures.contains(gesture) else { return false }
        for word in said.dropFirst() {
            if word == "next" { return true }  // "... for the next trending thread"
            guard scrollHintWords.contains(word) else { return false }
        }
        return ["more", "info", "information", "scroll"].contains(said.last ?? "")
    }

    static let scrollGestures: Set = ["scroll", "swipe", "drag"]
    static let scrollHintWords: Set = ["down", "up", "left", "right", "to", "the", "for", "see", "view", "read", "more",
                                       "info", "information", "scroll"]
}
