/// A line that is nothing but a template's placeholder, left in the page for a script or a
/// CMS to fill: `{{ DiscussionBoard.errors[11793116].message }}` (an AngularJS alert shown only
/// when there is an error), `{{hire-ai-eng="/case-banners/hire-ai-eng"}}` (a CMS's banner
/// shortcode). A reader never sees it; a listener would hear "discussion board dot errors...".
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
}
