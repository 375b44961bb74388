/// Picks the element that holds the article body.
///
/// Scores every element by the paragraph text directly inside it (readability's idea: each
/// `<p>` of 25+ characters credits its parent fully and its grandparent by half), then prefers
/// an explicit container (itemprop=articleBody, <article>, <main>) holding most of that text.
enum BodyLocator {
    static func container(in body: MarkupNode, filter: BoilerplateHints) -> MarkupNode {
        var best: (node: MarkupNode, score: Double) = (body, 0)
        var explicit: (node: MarkupNode, score: Double)?
        score(body, filter: filter, into: &best, explicit: &explicit)
        if let explicit, explicit.score >= best.score * 0.5 { return explicit.node }
        return best.node
    }

    /// Returns this node's own paragraph score and updates the best candidates below it.
    @discardableResult
    private static func score(_ node: MarkupNode, filter: BoilerplateHints,
                              into best: inout (node: MarkupNode, score: Double),
                              explicit: inout (node: MarkupNode, score: Double)?) -> Double {
        guard node.kind == .element, node.name == "body" || !filter.isBoilerplate(node) else { return 0 }
        var direct = 0.0
        var fromGrandchildren = 0.0
        for child in node.children where child.kind == .element {
            if child.name == "p" || child.name == "blockquote" {
                if filter.isBoilerplate(child) { continue }
                let text = child.textContent
                if text.count >= 25 { direct += paragraphValue(text) }
            } else {
                fromGrandchildren += score(child, filter: filter, into: &best, explicit: &explicit)
            }
        }
        let total = direct + fromGrandchildren * 0.5
        let isExplicit = node["itemprop"]?.lowercased() == "articlebody" || node.name == "article"
            || node.name == "main"
        if total > best.score { best = (node, total) }
        // An explicit container's score counts everything below it, not just its children.
        if isExplicit {
            let deep = deepScore(node, filter: filter)
            if deep > (explicit?.score ?? 0) { explicit = (node, deep) }
        }
        return direct
    }

    private static func paragraphValue(_ text: String) -> Double {
        1 + Double(min(text.count, 600)) / 100
    }

    /// Paragraph score of everything under a node, boilerplate excluded.
    private static func deepScore(_ node: MarkupNode, filter: BoilerplateHints) -> Double {
        var sum = 0.0
        var stack = [node]
        while let current = stack.popLast() {
            for child in current.children where child.kind == .element && !filter.isBoilerplate(child) {
                if child.name == "p" {
                    let text = child.textContent
                    if text.count >= 25 { sum += paragraphValue(text) }
                } else {
                    stack.append(child)
                }
            }
        }
        return sum
    }
}
