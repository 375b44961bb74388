/// A rating drawn in star glyphs, said as a narrator says it: "★★★★☆" "4 out of 5 stars",
/// "★★★★½" "4 and a half stars", a hotel's "★★★★★" "5 stars", "★★★★★ reviews" "5-star
/// reviews" (eSpeak NG says nothing for a star and "a" for the half). Filled stars (★, ⭐), then
/// a half (½) if any, then empty ones (☆): two glyphs at least, since a single star is a bullet
/// or an ornament ("★ Best pick"), left to eSpeak (which says nothing), and so are empty stars
/// alone (a widget to rate with). Said in the voice's language where it has words for it
/// (`wordings`).
enum StarRatings {
    /// A language's words around the figures: "4" + " stars", "4" + " out of " + "5" + " stars",
    /// "4" + " and a half". A rating has two glyphs at least, so the count is never one star.
    struct Wording: Sendable {
        let many: String
        let outOf: String
        let scale: String
        let half: String
        /// Before a noun, where the language makes the count an adjective: "5-star reviews".
        var adjective: String? = nil

        func stars(_ count: String) -> String { count + many }
        func outOf(_ count: String, _ total: Int) -> String { count + outOf + String(total) + scale }
    }

    static let wordings: [String: Wording] = [
        "en": Wording(many: " stars", outOf: " out of ", scale: " stars", half: " and a half", adjective: "-star"),
        "de": Wording(many: " Sterne", outOf: " von ", scale: " Sternen", half: ",5"),
        "fr": Wording(many: " étoiles", outOf: " étoiles sur ", scale: "", half: ",5"),
        "es": Wording(many: " estrellas", outOf: " de ", scale: " estrellas", half: ",5"),
        "it": Wording(many: " stelle", outOf: " stelle su ", scale: "", half: ",5"),
        "pt": Wording(many: " estrelas", outOf: " de ", scale: " estrelas", half: ",5"),
    ]

    /// Words after a rating that are not the noun it describes ("★★★★★ by the sea").
    static let functionWords: Set<String> = ["a", "an", "and", "are", "as", "at", "but", "by", "for", "from", "in", "is",
                                             "of", "on", "or", "out", "than", "the", "to", "via", "was", "were", "with"]

    static func startsFunctionWord(_ chars: ArraySlice<Unicode.Scalar>) -> Bool {
        functionWords.contains(String(String.UnicodeScalarView(chars.prefix { $0.properties.isAlphabetic })))
    }

    static let filled: Set<Unicode.Scalar> = ["\u{2605}", "\u{2B50}"]  // ★ ⭐
    static let empty: Unicode.Scalar = "\u{2606}"  // ☆
    static let half: Unicode.Scalar = "\u{BD}"  // ½

    /// The text with its star ratings in words; unchanged without a star or in a language
    /// without a wording.
    static func rewrite(_ text: String, language: String) -> String {
        guard let wording = wordings[language], text.unicodeScalars.contains(where: { filled.contains($0) || $0 == empty })
        else { return text }
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < chars.count {
            var end = index
            var stars = 0, halves = 0, blanks = 0
            // A star's variation selector ("⭐️") goes with it.
            func skipSelector() { if end < chars.count, chars[end] == "\u{FE0F}" || chars[end] == "\u{FE0E}" { end += 1 } }
            while end < chars.count, filled.contains(chars[end]) { stars += 1; end += 1; skipSelector() }
            if end < chars.count, chars[end] == half, end > index || (end + 1 < chars.count && chars[end + 1] == empty) {
                halves = 1
                end += 1
            }
            while end < chars.count, chars[end] == empty { blanks += 1; end += 1 }
            // Empty stars alone are a widget to rate with, not a rating: left unsaid.
            guard stars + halves + blanks >= 2, stars + halves > 0 else {
                out.append(chars[index])
                index += 1
                continue
            }
            let count = String(stars) + (halves == 1 ? wording.half : "")
            var said = blanks > 0 ? wording.outOf(count, stars + halves + blanks) : wording.stars(count)
            // "★★★★★ reviews": a noun follows (a word in lower case).
            var next = end
            while next < chars.count, chars[next] == " " { next += 1 }
            if blanks == 0, halves == 0, let adjective = wording.adjective, next < chars.count,
               chars[next].properties.isLowercase, !Self.startsFunctionWord(chars[next...]) {
                said = count + adjective
            }
            if let last = out.last, !last.properties.isWhitespace, last != "(" { out.append(" ") }
            out.append(contentsOf: said.unicodeScalars)
            if end < chars.count, chars[end].properties.isAlphabetic || chars[end].properties.numericType != nil || chars[end] == "(" {
                out.append(" ")
            }
            index = end
        }
        return String(out)
    }
}
