/// File-name slugs from titles: "China’s AI push, explained" -> "chinas-ai-push-explained".
public enum Slug {
    /// - Parameter maxLength: the most UTF-8 bytes (file names are limited in bytes: 80 bytes
    ///   is 80 Latin letters but 26 Chinese characters). The cut falls between characters.
    public static func make(_ title: String, maxLength: Int = 80) -> String {
        var slug = ""
        var bytes = 0
        var dash = false
        for scalar in title.lowercased().unicodeScalars {
            if scalar == "'" || scalar == "’" { continue }
            let category = scalar.properties.generalCategory
            // Combining marks (Thai tone marks and vowel signs, Devanagari signs) belong to the
            // letter before them: they never split a word.
            let isMark = category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || (isMark && !dash && !slug.isEmpty) {
                let separator = dash && !slug.isEmpty && !isMark ? 1 : 0
                let size = UTF8.width(scalar) + separator
                if bytes + size > maxLength { break }
                if separator == 1 { slug += "-" }
                dash = false
                slug.unicodeScalars.append(scalar)
                bytes += size
            } else {
                dash = true
            }
        }
        return slug.isEmpty ? "article" : slug
    }
}
