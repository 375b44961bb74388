/// Picks the element that holds the article body.
///
/// Scores every element by the paragraph text directly inside it (readability's idea: each
/// `<p>` of 25+ characters credits its parent fully and its grandparent by half), then prefers
/// an explicit container (itemprop=articleBody, <article>, <main>) holding most of that text.
struct BodyLocator {
    let filter: BoilerplateHints
    /// The headline's text (see `Headline`).
    let headline: String?
    /// Whether `<article>`s with headlines beside the candidate are other stories (on a page
    /// that says it is an article) rather than the entries of a listing (a blog's index).
    let asideStories: Bool
    private var best: (node: PageTree.Index, score: Double)
    private var explicit: (node: PageTree.Index, score: Double)?
    private var withHeadline: PageTree.Index?

    /// The element holding the article body, and in document order beside it the element
    /// holding the rest of it when the page sets that apart (see `proseHolder`).
    static func containers(in body: PageTree.Index, filter: BoilerplateHints, headline: String? = nil,
                           asideStories: Bool = true) -> [PageTree.Index] {
        var locator = BodyLocator(filter: filter, headline: headline, asideStories: asideStories, best: (body, 0))
        locator.score(body, isBody: true)
        // The innermost <article>/<main> holding the headline and real text is the article, even
        // on pages that list other posts in <article>s beside it.
        // An article element (the one holding the headline, or the largest) is a fragment only
        // when it holds far less of the prose than the best-scoring element would need to.
        let found: [PageTree.Index]
        if let withHeadline = locator.withHeadline {
            found = locator.proseHolder(body, candidate: withHeadline, fragment: Self.articleFragment)
        } else if let explicit = locator.explicit, explicit.score >= locator.best.score * 0.5 {
            found = locator.proseHolder(body, candidate: explicit.node, fragment: Self.articleFragment)
        } else {
            found = locator.proseHolder(body, candidate: locator.best.node, fragment: Self.fragment)
        }
        if found.count == 1, let thread = locator.thread(around: found[0], in: body) { return [thread] }
        return found
    }

    /// The element holding a whole thread, when the container is one of its messages, itself
    /// without a headline. The messages are the outermost `<article>`s holding prose:
    /// `threadMessages` or more of them without a headline (see `holdsHeading`), at most a third
    /// with one. A forum may put the opening post in one block and the replies in another; the
    /// nearest element holding them all is read, unless only the body does.
    private func thread(around container: PageTree.Index, in body: PageTree.Index) -> PageTree.Index? {
        let measures = filter.measures
        var messages: [PageTree.Index] = []
        var headed = 0
        var node = body + 1
        while node < tree.end(body) {
            if filter.isBoilerplate(node) {
                node = tree.end(node)
            } else if tree.tag(node) == .article, measures.paragraphCharacters[node] > 0 {
                if holdsHeading(node) { headed += 1 }
                messages.append(node)
                node = tree.end(node)
            } else {
                node += 1
            }
        }
        // Stories listed in <article>s have headlines; a message may hold one (a link's card).
        guard messages.count - headed >= Self.threadMessages, messages.count >= 3 * headed,
              let own = messages.first(where: { $0 <= container && container < tree.end($0) }), !holdsHeading(own)
        else { return nil }
        let first = messages[0], lastEnd = tree.end(messages[messages.count - 1])
        var common = container
        while common != body, common > first || tree.end(common) < lastEnd {
            common = tree.parent(common) ?? body
        }
        return common == body ? nil : common
    }

    static let threadMessages = 3

    /// The candidate, unless the page's prose lies mostly outside it: articles written as many
    /// small blocks (page builders put each paragraph in its own section), or an article
    /// element holding only the introduction of a longer text beside it, leave the candidate a
    /// fragment. Then the element holding most of the page's prose is found (from the body
    /// down, into the child holding `descent` of its parent's prose, as long as one does) and
    /// the nearest element holding both is read. When only the whole page holds both, the
    /// candidate is read, and with it the other element when that holds `apart` times its prose
    /// and nothing about it or around it hints at furniture (a shop's guide below the main
    /// region that holds the headline and the products).
    private func proseHolder(_ body: PageTree.Index, candidate: PageTree.Index, fragment: Double) -> [PageTree.Index] {
        let prose = contentProse(body, candidate: candidate)
        var holder = body
        descending: while true {
            let total = prose[holder - body]
            guard total > 0 else { break }
            for child in tree.children(holder) where tree.tag(child) != .text && tree.tag(child) != .p {
                if Double(prose[child - body]) >= Self.descent * Double(total) {
                    holder = child
                    continue descending
                }
            }
            break
        }
        guard prose[holder - body] > 0,
              Double(prose[candidate - body]) < fragment * Double(prose[holder - body]) else { return [candidate] }
        var common = holder
        while common != body, !(common...tree.end(common) - 1).contains(candidate) {
            common = tree.parent(common) ?? body
        }
        // Prose only the whole page holds together is the page's many parts, not one article.
        if common == body {
            let apart = Double(prose[holder - body]) >= Self.apart * Double(prose[candidate - body])
                && filter.isPlainContent(holder, below: body)
            return apart ? [candidate, holder].sorted() : [candidate]
        }
        return [common]
    }

    static let descent = 0.7
    static let fragment = 0.6
    static let articleFragment = 0.3
    static let apart = 3.0

    /// Characters of prose (paragraphs as `PageMeasures` counts them) in each element below
    /// `body` that is not boilerplate, indexed from `body`. On a page that says it is an
    /// article, other `<article>`s than the one holding the candidate, each with a headline
    /// (`isOtherStory`), are other stories (a list of posts below this one) and add none;
    /// `<article>`s without one are a thread's messages or parts of the page, and count.
    private func contentProse(_ body: PageTree.Index, candidate: PageTree.Index) -> [Int32] {
        let end = tree.end(body)
        var prose = [Int32](repeating: 0, count: end - body)
        let measures = filter.measures
        for node in stride(from: end - 1, through: body, by: -1) where tree.isElement(node) {
            if node != body && filter.isBoilerplate(node) { continue }
            if asideStories, tree.tag(node) == .article, !(node...tree.end(node) - 1).contains(candidate),
               !(candidate...tree.end(candidate) - 1).contains(node), isOtherStory(node) { continue }
            var total = Int32(0)
            for child in tree.children(node) {
                let tag = tree.tag(child)
                if tag == .text { continue }
                if tag == .p || measures.prosePreformatted.contains(child) {
                    let characters = measures.textLength[child]
                    if characters >= 40, measures.linkCharacters[child] * 2 < characters, !filter.isBoilerplate(child) {
                        total += characters
                    }
                } else {
                    total += prose[child - body]
                }
            }
            prose[node - body] = total + measures.looseCharacters[node]
        }
        return prose
    }

    private var tree: PageTree { filter.tree }

    /// Scores a node in one pass: returns its direct paragraph score and its deep score (every
    /// paragraph below it), and updates the best candidates below it. Recursion is bounded by
    /// the tree's depth limit.
    @discardableResult
    private mutating func score(_ node: PageTree.Index, isBody: Bool = false) -> (direct: Double, deep: Double) {
        guard isBody || !filter.isBoilerplate(node) else { return (0, 0) }
        var direct = Double(filter.measures.looseScore[node])
        var fromGrandchildren = 0.0
        var deep = 0.0
        for child in tree.children(node) {
            let tag = tree.tag(child)
            if tag == .text { continue }
            if tag == .p || tag == .blockquote || filter.measures.prosePreformatted.contains(child) {
                if filter.isBoilerplate(child) { continue }
                let length = Int(filter.measures.textLength[child])
                if length >= 25 { direct += Self.paragraphValue(length) }
            } else {
                let below = score(child)
                fromGrandchildren += below.direct
                deep += below.deep
            }
        }
        deep += direct
        let total = direct + fromGrandchildren * 0.5
        if total > best.score { best = (node, total) }
        // An explicit container's score counts everything below it, not just its children.
        let tag = tree.tag(node)
        let isExplicit = tag == .article || tag == .main
            || tree.attributeBytes(node, .itemprop).map { ByteText.equalsLowercased($0, "articlebody") } == true
        if isExplicit {
            if withHeadline == nil, deep >= 4, let headline, holdsHeadline(node, headline) { withHeadline = node }
            if deep > (explicit?.score ?? 0) { explicit = (node, deep) }
        }
        return (direct, deep)
    }

    /// Whether an element holds a headline-level heading (`<h1>` to `<h3>`). Other stories
    /// listed beside an article have their headlines; an `<article>` without one is a post of a
    /// thread (a reply, a message), whose author's name is at most an `<h4>`.
    private func holdsHeading(_ node: PageTree.Index) -> Bool {
        tree.descendants(node).contains { index in
            switch tree.tag(index) {
            case .h1, .h2, .h3: return true
            default: return false
            }
        }
    }

    /// Whether an `<article>` beside the one read is another story, or stories: it has a
    /// headline of its own (an `<h1>`, or an `<h2>`/`<h3>` that links to it: a teaser), or a
    /// heading over `<article>`s of its own (a list of posts, "You may like..."). One whose
    /// headings only name its part ("Instructions" over a recipe's steps, set in an element of
    /// their own beside the introduction) is more of this page.
    private func isOtherStory(_ node: PageTree.Index) -> Bool {
        let measures = filter.measures
        var headed = false
        var holdsArticles = false
        for index in tree.descendants(node) {
            switch tree.tag(index) {
            case .h1: return true
            case .h2, .h3:
                if measures.linkCharacters[index] * 2 > measures.textLength[index] { return true }
                headed = true
            case .article: holdsArticles = true
            default: break
            }
            if headed && holdsArticles { return true }
        }
        return false
    }

    private func holdsHeadline(_ node: PageTree.Index, _ headline: String) -> Bool {
        tree.descendants(node).contains { index in
            let tag = tree.tag(index)
            return (tag == .h1 || tag == .h2) && Headline.text(of: index, in: tree) == headline
        }
    }

    private static func paragraphValue(_ length: Int) -> Double {
        1 + Double(min(length, 600)) / 100
    }
}
