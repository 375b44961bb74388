/// A rating drawn in star glyphs, said as a narrator says it: "★★★★☆" "4 out of 5 stars",
/// "★★★★½" "4 and a half stars", a hotel's "★★★★★" "5 stars", "★★★★★ reviews" "5-star
/// reviews" (eSpeak NG says nothing for a star and "a" for the half). Filled stars (★, ⭐), then
/// a half (½) if any, then empty ones (☆): two glyphs at least, since a single star is a bullet
/// or an ornament ("★ Best pick"), left to eSpeak (which says nothing), and so are empty stars
/// alone (a widget to rate with). One star stuck to a figure after it is the rating's unit: "4.5★"
/// "4.5 stars", "1★" "1 star", "a 5★ hotel" "a 5-star hotel", "3/5★" "3 out of 5 stars". Said in the voice's language where it has words for it
/// (`wordings`).
enum StarRatings {
    /// A language's words around the figures: "4" + " stars", "4" + " out of " + "5" + " stars",
    /// "4" + " and a half". A rating has two glyphs at least, so the count is never one star.
    struct Wording: Sendable {
        let many: String
        let outOf: String
        let scale: String
        let half: String
        /// After the figure 1: "1" + " star".
        let one: String
        /// Before a noun, where the language makes the count an adjective: "5-star reviews".
        var adjective: String? = nil

        func stars(_ count: String) -> String { count + many }
        func outOf(_ count: String, _ total: Int) -> String { count + outOf + String(total) + scale }
    }

    static let wordings: [String: Wording] = [
        "en": Wording(many: " stars", outOf: " out of ", scale: " stars", half: " and a half", one: " star", adjective: "-star"),
        "de": Wording(many: " Sterne", outOf: " von ", scale: " Sternen", half: ",5", one: " Stern"),
        "fr": Wording(many: " étoiles", outOf: " étoiles sur ", scale: "", half: ",5", one: " étoile"),
        "es": Wording(many: " estrellas", outOf: " de ", scale: " estrellas", half: ",5", one: " estrella"),
        "it": Wording(many: " stelle", outOf: " stelle su ", scale: "", half: ",5", one: " stella"),
        "pt": Wording(many: " estrelas", outOf: " de ", scale: " estrelas", half: ",5", one: " estrela"),
    ]

    /// Words after a rating that are not the noun it describes ("★★★★★ by the sea", "5★ last
    /// year"): prepositions, conjunctions, determiners and adverbs of time.
    static let functionWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "but", "by", "for", "from", "in", "is", "of", "on", "or", "out", "than",
        "the", "to", "via", "was", "were", "with", "about", "across", "after", "again", "against", "all", "among",
        "before", "between", "during", "each", "every", "here", "if", "into", "last", "next", "now", "over",
        "overall", "since", "so", "that", "there", "these", "this", "those", "through", "today", "too", "under",
        "until", "when", "while", "within", "without", "yet",
    ]

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
            var next = end
            while next < chars.count, chars[next] == " " { next += 1 }
            let nounFollows = next < chars.count && chars[next].properties.isLowercase && !Self.startsFunctionWord(chars[next...])
            // "4.5★", "1★", "a 5★ hotel": one star stuck to the figure it follows.
            if stars == 1, halves == 0, blanks == 0, index > 0, chars[index - 1].isASCIIDigit {
                let figure = chars[..<index].reversed().prefix { $0.isASCIIDigit || $0 == "." || $0 == "," }
                // Before a noun after an article the rating describes it ("a 5★ hotel"); elsewhere
                // a word in lower case may be anything ("1★ only").
                let start = index - figure.count
                let article = chars[..<max(start - 1, 0)].reversed().prefix { $0.properties.isAlphabetic }
                let afterArticle = start >= 2 && chars[start - 1] == " "
                    && ["a", "an", "the"].contains(String(String.UnicodeScalarView(article.reversed())).lowercased())
                var said = nounFollows && afterArticle && wording.adjective != nil ? wording.adjective!
                    : figure.count == 1 && figure.first == "1" ? wording.one : wording.many
                // "3/5★": a rating out of the figure after the slash ("3 out of 5 stars"; the
                // slash read as a fraction said "3 fifths stars").
                let slash = index - figure.count - 1
                if slash > 0, chars[slash] == "/", chars[slash - 1].isASCIIDigit, out.count > figure.count {
                    out.removeLast(figure.count + 1)
                    said = wording.outOf + String(String.UnicodeScalarView(figure.reversed())) + wording.scale
                }
                out.append(contentsOf: said.unicodeScalars)
                if end < chars.count, chars[end].properties.isAlphabetic { out.append(" ") }
                index = end
                continue
            }
            // Empty stars alone are a widget to rate with, not a rating: left unsaid.
            guard stars + halves + blanks >= 2, stars + halves > 0 else {
                out.append(chars[index])
                index += 1
                continue
            }
            let count = String(stars) + (halves == 1 ? wording.half : "")
            var said = blanks > 0 ? wording.outOf(count, stars + halves + blanks) : wording.stars(count)
            // "★★★★★ reviews": a noun follows (a word in lower case).
            if blanks == 0, halves == 0, let adjective = wording.adjective, nounFollows {
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
