import Foundation

/// A line that is nothing but a template's placeholder, left in the page for a script or a
/// CMS to fill: `{{ DiscussionBoard.errors[11793116].message }}` (an AngularJS alert shown only
/// when there is an error), `{{hire-ai-eng="/case-banners/hire-ai-eng"}}` (a CMS's banner
/// shortcode), a WordPress shortcode a plugin did not render (`[convertkit form=1630175]`,
/// `[CTA_MODULE]`), or a script's data set out as text (`{"painterId":"DossierAsinGridWidget",
/// ...}`). A reader never sees it; a listener would hear "discussion board dot errors...".
/// A page that writes such a line as code (a template language's manual, "`{{ form }}`") is
/// teaching it, and the caller keeps it.
enum UnrenderedTemplates {
    /// Whether the text is one or more `{{ ... }}` placeholders and nothing else.
    static func isPlaceholderLine(_ text: String) -> Bool {
        var rest = Substring(text)
        guard rest.hasPrefix("{{"), rest.hasSuffix("}}") else { return false }
        while !rest.isEmpty {
            guard rest.hasPrefix("{{"), let close = rest.range(of: "}}") else { return false }
            // An expression inside: something between the braces, no brace opening another.
            let inner = rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]
            guard inner.contains(where: { !$0.isWhitespace }), !inner.contains("{") else { return false }
            rest = rest[close.upperBound...].drop(while: \.isWhitespace)
        }
        return true
    }

    /// Whether the text is a shortcode and nothing else: `[name key=value ...]` (a name in lower
    /// case, one setting or more, its values unquoted too: `EscapedMarkup` drops one with quoted
    /// values wherever it stands, and an unquoted "[n=5]" may be a sentence's own) or
    /// `[NAME_OF_MODULE]` (capitals joined by an underscore). A bracketed note ("[MUSIC
    /// PLAYING]", "[New York Times]") or a signature ("[start[, step]]") is not one.
    static func isShortcodeLine(_ text: String) -> Bool {
        guard text.hasPrefix("["), text.hasSuffix("]"), text.utf8.count >= 4 else { return false }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains("["), !inner.contains("]") else { return false }
        let words = inner.split(separator: " ")
        guard let name = words.first else { return false }
        if words.count == 1 {
            return name.contains("_") && name.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }
        }
        guard let first = name.first, first.isASCII, first.isLowercase,
              name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_" || $0 == "-") }) else { return false }
        return words.dropFirst().contains { $0.contains("=") }
    }

    /// Whether the text is a JSON object or array of objects a script reads (an object with a
    /// key and a value at least): data, not prose.
    static func isDataLine(_ text: String) -> Bool {
        guard text.hasPrefix("{\"") && text.hasSuffix("}") || text.hasPrefix("[{\"") && text.hasSuffix("}]"),
              let data = text.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data) else { return false }
        return value is [String: Any] || value is [[String: Any]]
    }
}
