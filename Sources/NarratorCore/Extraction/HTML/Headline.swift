/// The heading that names the article: the page's first `<h1>` outside its footer, unless
/// that names something else (the site, a section, a widget) and another heading names what
/// the page's metadata says its title is.
///
/// Blogs put the site's name in an `<h1>` and each post's title in an `<h2>`; some pages hold
/// a vote count, a search box's label or a menu in their first `<h1>`; a post written in
/// Markdown may have an `<h1>` in its text below the title. A listener hears the headline first,
/// and the standfirst and the body are found beside it, so the right heading matters.
struct Headline {
    private(set) var node: PageTree.Index?
    private(set) var text: String?
    /// The first `<h1>`'s text when another heading was chosen: what it names (the site, a
    /// section) is not the article, and neither is a summary of it.
    private(set) var passedOver: String?

    init(tree: PageTree, body: PageTree.Index, titles: [String], siteName: String? = nil) {
        let first = tree.descendants(body).first {
            tree.tag($0) == .h1 && !Self.isInFooter($0, tree: tree) && !Self.isAllControl($0, tree: tree)
        }
        let firstText = first.map { Self.text(of: $0, in: tree) }
        let site = siteName.map(Self.words) ?? []
        let stated = titles.compactMap { Self.titleProper($0, site: site) }
        func agreement(_ text: String) -> Double {
            let words = Self.words(text)
            return stated.map { Self.dice(words, $0) }.max() ?? 0
        }
        node = first
        text = firstText
        passedOver = nil
        guard let first, let firstText, !stated.isEmpty else { return }
        let firstAgreement = agreement(firstText)
        guard firstAgreement < Self.names else { return }
        // A first <h1> that is one link and does not name the title is the site's name set as
        // its logo (a blog's name linking home): the post's title is a heading after it, and
        // the stated titles are read without the name's words ("davidbau.com Vibe Coding").
        let siteName = Self.isOneLink(first, text: firstText, tree: tree) ? Self.words(firstText) : nil
        let statedWithoutSite = siteName.map { name in stated.map { $0.subtracting(name) } } ?? stated
        var afterFirst = false
        for heading in tree.descendants(body) {
            if heading == first { afterFirst = true; continue }
            let tag = tree.tag(heading)
            guard tag == .h1 || tag == .h2 || tag == .h3 else { continue }
            let candidate = Self.text(of: heading, in: tree)
            guard !candidate.isEmpty else { continue }
            let chosen: Bool
            if siteName != nil, afterFirst {
                let words = Self.words(candidate)
                chosen = (statedWithoutSite.map { Self.dice(words, $0) }.max() ?? 0) >= Self.names
            } else {
                // Another heading names the title and the first <h1> says nothing of it (a
                // section's label); or the page has two <h1>s and the title names the other one.
                chosen = agreement(candidate) >= Self.names && (firstAgreement < Self.disagrees || tag == .h1)
            }
            if chosen {
                node = heading
                text = candidate
                passedOver = firstText
                return
            }
        }
    }

    /// Whether all the heading's text is a button's: a menu's toggle set in an `<h1>` ("Open
    /// Menu Close Menu") names nothing.
    static func isAllControl(_ heading: PageTree.Index, tree: PageTree) -> Bool {
        let whole = tree.text(of: heading)
        return !whole.isEmpty && tree.descendants(heading).contains { tree.tag($0) == .button && tree.text(of: $0) == whole }
    }

    /// Whether the heading's text is all one link's (`<h1><a href="/">Name</a></h1>`).
    static func isOneLink(_ heading: PageTree.Index, text: String, tree: PageTree) -> Bool {
        tree.descendants(heading).contains { tree.tag($0) == .a && Self.text(of: $0, in: tree) == text }
    }

    /// Whether the element sits in the page's footer (`<footer>`, or the role "contentinfo"): a
    /// heading there ("Contact Us", "Follow Us") names a part of the site, never the article.
    /// (Not navigation: a page's own name is set in its `<nav>` as often.)
    static func isInFooter(_ node: PageTree.Index, tree: PageTree) -> Bool {
        var ancestor = tree.parent(node)
        while let current = ancestor, current != tree.document {
            if tree.tag(current) == .footer { return true }
            if let role = tree.attributeBytes(current, .role), ByteText.equalsLowercased(role, "contentinfo") {
                return true
            }
            ancestor = tree.parent(current)
        }
        return false
    }

    /// A heading's text without the controls and hidden elements inside it: the button that
    /// copies its link ("Copy item path"), a bookmark widget's hidden tooltip, the permalink a
    /// documentation generator sets after it ("Logging HOWTO<a class="headerlink">¶</a>",
    /// shown on hover; heard as "pilcrow"). A heading that is all button (an accordion's
    /// question) keeps its text.
    static func text(of node: PageTree.Index, in tree: PageTree) -> String {
        var raw: [UInt8] = []
        var scratch: [UInt8] = []
        tree.appendRawText(of: node, to: &raw) { inner in
            if tree.tag(inner) == .button { return true }
            if tree.tag(inner) == .a, Self.permalinkSigns.contains(tree.text(of: inner)) { return true }
            let verdict = BoilerplateHints.verdict(tree, inner, hints: nil, scratch: &scratch)
            return verdict == .skip || verdict == .concealed
        }
        let text = TextCleanup.collapse(utf8: raw)
        return text.isEmpty ? tree.text(of: node) : text
    }

    /// A heading's link that is only one of these is its permalink, not words: the pilcrow and
    /// section sign, "#", a link or anchor emoji, and the pilcrow read in the wrong encoding
    /// ("Â¶", a UTF-8 page taken for Latin-1).
    static let permalinkSigns: Set<String> = ["¶", "§", "#", "🔗", "⚓", "⚓\u{FE0F}", "Â¶"]

    /// Below this share of words in common with every stated title, the first `<h1>` names
    /// something else.
    static let disagrees = 0.3
    /// From this share of words in common with a stated title, a heading names the article.
    static let names = 0.8

    /// The headline (a stated title, or an `<h1>` that holds the site's name too) without the
    /// site's name after its last separator ("Best exhibitions of the year – Gallery Weekly" read
    /// as "Best exhibitions of the year" when `og:site_name` is "Gallery Weekly"). A title the
    /// site's name opens is left whole: what follows it is the site's tagline more often than the
    /// article's title.
    ///
    /// The page's address names the site too: a tail whose letters and the host's name hold one
    /// another ("... | Bridgestone Tires" on bridgestonetire.com, "... - Raspberry Pi Forums" on
    /// forums.raspberrypi.com) is the site's name, `og:site_name` or not.
    ///
    /// - Parameter host: the name in the page's address (`hostName`), if it has one.
    static func withoutSiteName(_ title: String, siteName: String?, host: String? = nil) -> String {
        let site = siteName.map(words)
        guard site != nil || host != nil else { return title }
        // "Planner | Devonshire Events - Devonshire Perfect Events": a name after a name.
        var title = title
        for _ in 0..<2 {
            let shorter = withoutLastPart(title, site: site, host: host)
            if shorter == title { break }
            title = shorter
        }
        return title
    }

    /// The title without its last part after a separator, when that part names the site.
    private static func withoutLastPart(_ title: String, site: Set<String>?, host: String?) -> String {
        for separator in separators {
            guard let range = title.ranges(of: separator).last else { continue }
            let head = TextCleanup.collapse(String(title[..<range.lowerBound]))
            guard !head.isEmpty else { continue }
            let tail = String(title[range.upperBound...])
            if let site, dice(words(tail), site) >= names { return head }
            if let host, namesHost(tail, host) { return head }
        }
        return title
    }

    /// The name in a web address's host: its longest label before the top-level domain, without
    /// hyphens ("forums.raspberrypi.com" -> "raspberrypi", "www.harbour-gazette.co.uk" ->
    /// "harbourgazette").
    static func hostName(_ address: String) -> String? {
        // The host: after "//", up to a path, a port, a query or a fragment.
        guard let start = address.range(of: "//")?.upperBound else { return nil }
        let host = address[start...].prefix { !"/:?#".contains($0) }.lowercased()
        let labels = host.split(separator: ".").dropLast()
        let names: [String] = labels.map { label in String(label.filter { $0 != "-" }) }
        return names.max { $0.count < $1.count }
    }

    /// Whether a title's tail names the host: its letters and digits, lower-cased, and the
    /// host's name hold one another, four letters or more, the shorter 40% of the longer or more
    /// ("bridgestonetires" and "bridgestonetire", "koia" and "drinkkoia").
    static func namesHost(_ tail: String, _ host: String) -> Bool {
        let key = String(tail.lowercased().filter { $0.isLetter || $0.isNumber })
        let (short, long) = key.count <= host.count ? (key, host) : (host, key)
        return short.count >= 4 && short.count * 10 >= long.count * 4 && long.contains(short)
    }

    /// What joins the article's title and the site's name in a stated title.
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • "]

    /// The words of a stated title without the site's name, or nil when it states only that.
    /// Separators join the article's title and the site's: the parts naming the site
    /// (`og:site_name`) are dropped, and of the rest the longest is the title (a site's name is
    /// mostly the shorter part).
    static func titleProper(_ title: String, site: Set<String>) -> Set<String>? {
        var parts = [title]
        for separator in separators {
            parts = parts.flatMap { $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init) }
        }
        let own = parts.map(words).filter { !$0.isEmpty && dice($0, site) < Self.names }
        return own.max { $0.count < $1.count }
    }

    static func words(_ text: String) -> Set<String> {
        Set(TextCleanup.words(text).map(String.init))
    }

    /// Twice the words in common over the words of both (1 when they hold the same words).
    static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        a.isEmpty || b.isEmpty ? 0 : 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }
}
