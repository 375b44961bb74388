/// File-name slugs from titles: "China’s AI push, explained" -> "chinas-ai-push-explained".
public enum Slug {
    public static func make(_ title: String, maxLength: Int = 80) -> String {
        var slug = ""
        var dash = false
        for scalar in title.lowercased().unicodeScalars {
            if scalar == "'" || scalar == "’" { continue }
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if dash && !slug.isEmpty { slug += "-" }
                dash = false
                slug.unicodeScalars.append(scalar)
            } else {
                dash = true
            }
            if slug.unicodeScalars.count >= maxLength { break }
        }
        return slug.isEmpty ? "article" : slug
    }
}
