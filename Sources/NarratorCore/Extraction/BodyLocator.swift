/// Picks the element that holds the article body.
///
/// Scores every element by the paragraph text directly inside it (readability's idea: each
/// `<p>` of 25+ characters credits its parent fully and its grandparent by half), then prefers
/// an explicit container (itemprop=articleBody, <article>, <main>) holding most of that text.
enum BodyLocator {
    /// - Parameter headline: the page's headline (its first `<h1>`).
    static func container(in body: MarkupNode, filter: BoilerplateHints, headline: String? = nil) -> MarkupNode {
        var best: (node: MarkupNode, score: Double) = (body, 0)
        var explicit: (node: MarkupNode, score: Double)?
        var withHeadline: MarkupNode?
        score(body, filter: filter, headline: headline, into: &best, explicit: &explicit, withHeadline: &withHeadline)
        // The innermost <article>/<main> holding the headline and real text is the article, even
        // on pages that list other posts in <article>s beside it.
        if let withHeadline { return withHeadline }
        if let explicit, explicit.score >= best.score * 0.5 { return explicit.node }
        return best.node
    }

    /// Scores a node in one pass: returns its direct paragraph score and its deep score (every
    /// paragraph below it), and updates the best candidates below it.
    @discardableResult
    private static func score(_ node: MarkupNode, filter: BoilerplateHints, headline: String?,
                              into best: inout (node: MarkupNode, score: Double),
                              explicit: inout (node: MarkupNode, score: Double)?,
                              withHeadline: inout MarkupNode?) -> (direct: Double, deep: Double) {
        guard node.kind == .element, node.name == "body" || !filter.isBoilerplate(node) else { return (0, 0) }
        var direct = 0.0
        var fromGrandchildren = 0.0
        var deep = 0.0
        for child in node.children where child.kind == .element {
            if child.name == "p" || child.name == "blockquote" {
                if filter.isBoilerplate(child) { continue }
                let length = child.textLength
                if length >= 25 { direct += paragraphValue(length) }
            } else {
                let below = score(child, filter: filter, headline: headline, into: &best, explicit: &explicit,
                                  withHeadline: &withHeadline)
                fromGrandchildren += below.direct
                deep += below.deep
            }
        }
        deep += direct
        let total = direct + fromGrandchildren * 0.5
        if total > best.score { best = (node, total) }
        // An explicit container's score counts everything below it, not just its children.
        let isExplicit = node.name == "article" || node.name == "main" || node["itemprop"]?.lowercased() == "articlebody"
        if isExplicit {
            let holdsHeadline = headline.map { title in
                node.descendants { ["h1", "h2"].contains($0.name) }.contains { $0.textContent == title }
            } ?? false
            if holdsHeadline, withHeadline == nil, deep >= 4 { withHeadline = node }
            if deep > (explicit?.score ?? 0) { explicit = (node, deep) }
        }
        return (direct, deep)
    }

    private static func paragraphValue(_ length: Int) -> Double {
        1 + Double(min(length, 600)) / 100
    }
}
