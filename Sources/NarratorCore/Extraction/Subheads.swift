/// Subheads set as paragraphs: a short line in capitals ("US FALLS BEHIND"), or a short line
/// wholly in bold ("What happens next?"), standing between paragraphs. Pages that have no
/// heading elements mark their sections this way; a listener hears them as chapter headings.
enum Subheads {
    static func isSubhead(_ text: String, whollyBold: Bool) -> Bool {
        // Twelve words fit in far fewer bytes: longer paragraphs are not looked at further.
        guard text.utf8.count <= 160 else { return false }
        let words = ByteText.wordCount(text.utf8)
        guard words >= 1, words <= 12, let last = text.last else { return false }
        // A sentence, or a lead-in to what follows, is not a heading; nor a line wholly in
        // brackets, a note ("[MUSIC PLAYING]") or a CMS's unrendered shortcode ("[CTA_MODULE]").
        if last == "." || last == ":" || last == ";" || last == "," { return false }
        if last == "]", text.first == "[" { return false }
        if whollyBold { return true }
        return words <= 10 && isCapitals(text)
    }

    /// Whether every letter is a capital, with at least four letters.
    static func isCapitals(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            guard !scalar.properties.isLowercase else { return false }
            letters += 1
        }
        return letters >= 4
    }
}
