import Foundation
import Testing
@testable import Narrator

/// The headline heard first: the heading that names the article, heard once.
extension PageShapesTests {
    /// A blog puts its name in the `<h1>` and the post's title in an `<h2>`: the page's title
    /// says which names the article. The blog's tagline (its description) is not the post's
    /// standfirst, and the title is not heard again as a chapter.
    @Test func aBlogsNameInItsFirstH1IsNotTheHeadline() throws {
        let head = "<meta name=\"description\" content=\"Riverside Notes: a weekly blog about the river quarter and the people who live along it.\">"
        let body = "<header><h1><a href=\"/\">Riverside Notes</a></h1></header>"
            + "<article><h2>Lantern festival returns</h2>" + paragraphs + "</article>"
        let article = try extract(page(body, head: head))
        #expect(article.title == "Lantern festival returns")
        #expect(article.standfirst == nil)
        #expect(article.paragraphs == lines)
        #expect(!article.sections.contains { $0.heading == "Lantern festival returns" || $0.heading == "Riverside Notes" })
    }

    /// An older blog template: the blog's name in an `<h1>` linking home, the day in an `<h2>`,
    /// the post's title in an `<h3>`, and the page's title the two run together without a
    /// separator. The post's title is the headline, heard once. A first `<h1>` that is not a
    /// link (a product's name, its kind in an `<h2>` below) stays the headline though the
    /// title runs them together too.
    @Test func aBlogsNameLinkingHomeIsNotTheHeadlineWithoutASeparator() throws {
        let body = "<div id=\"banner\"><h1><a href=\"https://riverside.example/\">riverside.example</a></h1></div>"
            + "<div class=\"post\"><h2>November 3, 2026</h2><h3>Lantern festival returns</h3>" + paragraphs + "</div>"
        let article = try extract(titled(body, "riverside.example Lantern festival returns"))
        #expect(article.title == "Lantern festival returns")
        #expect(article.paragraphs == lines)
        #expect(!article.sections.contains { $0.heading == "Lantern festival returns" || $0.heading == "riverside.example" })
        let product = "<article><h1>Harbour Lantern 41</h1><h2>Folding Brass Lantern</h2>" + paragraphs + "</article>"
        let named = try extract(titled(product, "Harbour Lantern 41 Folding Brass Lantern"))
        #expect(named.title == "Harbour Lantern 41")
    }

    /// A page with two `<h1>`s, the first a trail of links to the collection it belongs to
    /// ("Ana Lyle's Folding Notes:") and the second the page's own: the title names the second,
    /// and it is the headline.
    @Test func ofTwoH1sTheOneTheTitleNamesIsTheHeadline() throws {
        let body = "<h1><a href=\"../\">Ana Lyle</a>'s <a href=\"../folding/\">Folding Notes</a>:</h1>"
            + "<h1>The Lantern Fold and Its Variations</h1><h2>Problem</h2>" + paragraphs
        let article = try extract(titled(body, "The Lantern Fold and Its Variations (Ana Lyle)"))
        #expect(article.title == "The Lantern Fold and Its Variations")
        #expect(article.paragraphs == lines)
        #expect(!article.sections.contains { $0.heading == "The Lantern Fold and Its Variations" })
    }

    /// A page whose only title is `title`.
    func titled(_ body: String, _ title: String) -> String {
        "<!DOCTYPE html><html lang=\"en\"><head><title>\(title)</title></head><body>\(body)</body></html>"
    }

    /// A site's menu toggle set in an `<h1>` ("Open Menu Close Menu", all of it a button) names
    /// nothing; a section's label in the first `<h1>` ("Market Updates") names no article when
    /// the title names a later heading, an `<h3>` as well.
    @Test func aMenuToggleOrASectionsLabelInTheFirstH1IsNotTheHeadline() throws {
        let toggle = "<nav><h1><button type=\"button\"><span>Open Menu</span> <span>Close Menu</span></button></h1></nav>"
            + "<main><h1>Lantern Cameras</h1>" + paragraphs + "</main>"
        let menu = try extract(titled(toggle, "Lantern Cameras - Riverside Park (Riverside Parks Service)"))
        #expect(menu.title == "Lantern Cameras")
        #expect(menu.paragraphs == lines)
        let label = "<h1>Market Updates</h1><div class=\"post\"><h3>Lantern Sector Update, Autumn 2026</h3>" + paragraphs + "</div>"
        let labelled = try extract(titled(label, "Lantern Sector Update, Autumn 2026"))
        #expect(labelled.title == "Lantern Sector Update, Autumn 2026")
        #expect(labelled.paragraphs == lines)
    }

    /// A page builder may set its footer's labels in `<h1>`s ("Contact Us", "Follow Us"), and
    /// place the footer first in the markup: a heading in the footer names a part of the site,
    /// never the article. The title the page states is the headline when no other `<h1>` is
    /// found, and an `<h1>` after the footer is the headline when there is one.
    @Test func aHeadingInThePagesFooterIsNotTheHeadline() throws {
        let footer = "<footer><div><h1>Contact Us</h1><p>Call the newsroom any weekday.</p></div>"
            + "<div><h1>Follow Us</h1></div></footer>"
        let head = "<title>Lantern festival returns &#8211; Riverside Courier</title>"
        let untitled = try extract(page(footer + "<article>" + paragraphs + "</article>", head: head))
        #expect(untitled.title == "Lantern festival returns")
        #expect(untitled.paragraphs == lines)
        let titled = try extract(page(footer + "<article><h1>Lanterns on the river</h1>" + paragraphs + "</article>", head: head))
        #expect(titled.title == "Lanterns on the river")
        let roled = try extract(page("<div role=\"contentinfo\"><h1>Contact Us</h1></div><article>" + paragraphs + "</article>",
                                     head: head))
        #expect(roled.title == "Lantern festival returns")
    }

    /// The byline announced is the names: a CMS's default account in the page's metadata
    /// ("admin") names nobody, so the byline the page shows is taken, without its label and
    /// the date set beside it.
    @Test func theBylineIsTheNamesThePageShows() throws {
        let body = "<article><h1>Lantern festival returns</h1>"
            + "<p class=\"byline\">Posted by Ana Lyle | November 3, 2026 9:15 AM</p>" + paragraphs + "</article>"
        let article = try extract(page(body, head: "<meta name=\"author\" content=\"admin\">"))
        #expect(article.byline == "Ana Lyle")
        #expect(article.paragraphs == lines)
        let stated = try extract(page(body, head: "<meta name=\"author\" content=\"Tomas Birch\">"))
        #expect(stated.byline == "Tomas Birch")
    }

    /// The date announced is the day the page gives, written with a month's name or as ISO
    /// 8601, in its metadata or its first `<time>`; a CMS's empty date ("0001-01-01") is no
    /// date, and nothing is announced for it.
    @Test func theDateAnnouncedIsTheDayThePageGives() throws {
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs + "</article>"
        func published(_ date: String) throws -> Article {
            try extract(page(body, head: "<meta name=\"date\" content=\"\(date)\">"))
        }
        let named = try published("Tue, 3 Nov 2026 16:07:38 -0600")
        #expect(named.published == "2026-11-03")
        #expect(Announcement.date.sentence(for: named) == "Published 3 November 2026.")
        let empty = try published("0001-01-01T00:00:00Z")
        #expect(empty.published == nil)
        #expect(Announcement.date.sentence(for: empty) == nil)
        // Without metadata, a <time> element's text names the day when it has no datetime.
        func shown(_ time: String) throws -> String? {
            try extract(page("<article><h1>Lantern festival returns</h1><p class=\"meta\">\(time)</p>" + paragraphs
                             + "</article>")).published
        }
        #expect(try shown("<time>November 3rd, 2026</time>") == "2026-11-03")
        #expect(try shown("<time datetime=\"2026-11-03T09:15:00Z\">Tuesday</time>") == "2026-11-03T09:15:00Z")
        #expect(try shown("<time>Sat 7 Nov – Mon 9 Nov</time>") == nil)
    }

    /// A documentation generator sets a permalink after each heading, shown on hover ("¶",
    /// "#", "§" before it, or "Â¶" when the page's encoding is misread): it is not heard in the
    /// headline or a chapter's title. A "#" that is part of the heading's words stays.
    @Test func aHeadingsPermalinkSignIsNotHeard() throws {
        let body = "<div class=\"body\"><h1>Lantern festival returns<a class=\"headerlink\" href=\"#top\">¶</a></h1>"
            + "<p>\(lines[0])</p><h2>Getting there<a class=\"headerlink\" href=\"#there\">Â¶</a></h2><p>\(lines[1])</p>"
            + "<h2><a class=\"anchor\" href=\"#boats\">§</a>Boats</h2><p>\(lines[2])</p>"
            + "<h2>Lanterns in C#<a href=\"#c\">#</a></h2><p>\(lines[3])</p></div>"
        let article = try extract(page(body))
        #expect(article.title == "Lantern festival returns")
        #expect(article.sections.compactMap(\.heading) == ["Getting there", "Boats", "Lanterns in C#"])
    }

    /// A headline the page escaped twice ("Boats &amp;#x26; lanterns" shows "&#x26;") is heard
    /// as its writer meant it.
    @Test func aHeadlineEscapedTwiceIsReadAsMeant() throws {
        let article = try extract(page("<article><h1>Boats &amp;#x26; lanterns return</h1>" + paragraphs + "</article>"))
        #expect(article.title == "Boats & lanterns return")
        #expect(article.paragraphs == lines)
    }

    /// A page whose every title is only the site's name (`og:site_name`) names no article: its
    /// first `<h1>` stays the headline, whatever other heading carries the site's name.
    @Test func aTitleThatIsOnlyTheSitesNameKeepsTheFirstH1() throws {
        let html = "<!DOCTYPE html><html lang=\"en\"><head><title>Riverside Notes</title>"
            + "<meta property=\"og:site_name\" content=\"Riverside Notes\"></head><body>"
            + "<main><h1>Lantern festival returns</h1>" + paragraphs + "</main>"
            + "<aside><h2>Riverside Notes</h2><p>A weekly blog about the river quarter.</p></aside></body></html>"
        let article = try extract(html)
        #expect(article.title == "Lantern festival returns")
        #expect(article.paragraphs == lines)
    }

    /// A post written in Markdown has `<h1>`s in its text, below the title set in an `<h2>`:
    /// they are its chapters. An `<h1>` above the headline names the site or its section and
    /// is not heard.
    @Test func anH1BelowTheHeadlineIsAChapter() throws {
        let later = ["The river police counted the lanterns again at the weir the next morning.",
                     "Most of them had sunk before the weir, and the rest were gathered by hand."]
        let body = "<div class=\"masthead\"><h1>Journal</h1></div>"
            + "<article><h2>Lantern festival returns</h2>" + paragraphs
            + "<h1>After the night</h1>" + later.map { "<p>\($0)</p>" }.joined() + "</article>"
        let head = "<meta property=\"og:title\" content=\"Lantern festival returns\">"
        let article = try extract(page(body, head: head))
        #expect(article.title == "Lantern festival returns")
        #expect(article.sections.map(\.heading) == [nil, "After the night"])
        #expect(article.paragraphs == lines + later)
    }

    /// A heading's button ("Copy link") and its hidden permalink sign are not read; a heading
    /// that is all button (an accordion's question) is.
    @Test func controlsAndHiddenSignsInHeadingsAreNotRead() throws {
        let body = "<article><h1>Lantern festival returns<button class=\"copy\">Copy link</button></h1>"
            + "<p>\(lines[0])</p><p>\(lines[1])</p>"
            + "<h2 id=\"who\">Who came <a class=\"anchor\" href=\"#who\" aria-hidden=\"true\">#</a></h2><p>\(lines[2])</p>"
            + "<h3><button aria-expanded=\"true\">Where did the lanterns go?</button></h3><p>\(lines[3])</p></article>"
        let article = try extract(page(body))
        #expect(article.title == "Lantern festival returns")
        #expect(article.sections.map(\.heading) == [nil, "Who came", "Where did the lanterns go?"])
    }

    /// An article element that opens by repeating the headline as its first heading: the
    /// listener hears the headline once, not again as the first chapter's title.
    @Test func theHeadlineRepeatedAsTheFirstHeadingIsHeardOnce() throws {
        let body = "<div class=\"top\"><h1>Lantern festival returns</h1></div>"
            + "<div class=\"content\"><h2>Lantern festival returns</h2>" + paragraphs
            + "<h2>What comes next</h2><p>The council meets in March to choose next year's route.</p></div>"
        let article = try extract(page(body))
        #expect(article.title == "Lantern festival returns")
        #expect(article.sections.map(\.heading) == [nil, "What comes next"])
        #expect(article.paragraphs.prefix(4) == lines[...])
    }

    /// A template that sets the title twice (one `<h1>` for wide screens, one for small): the
    /// second copy is the headline again, not a chapter, wherever it stands.
    @Test func aSecondCopyOfTheHeadlineInAnH1IsNotAChapter() throws {
        let body = "<main><div class=\"wide\"><h1>Lantern festival returns</h1></div><p>\(lines[0])</p>"
            + "<div class=\"narrow\"><h1>Lantern festival returns</h1></div>"
            + lines.dropFirst().map { "<p>\($0)</p>" }.joined() + "</main>"
        let article = try extract(page(body))
        #expect(article.title == "Lantern festival returns")
        #expect(!article.sections.contains { $0.heading == "Lantern festival returns" })
        #expect(article.paragraphs == lines)
    }

    /// A page without a heading for its title is headed by the title it states, without the
    /// site's name after it; a title the site's name opens is read whole.
    @Test func aStatedTitleIsReadWithoutTheSitesName() throws {
        func title(_ stated: String) throws -> String? {
            let head = "<meta property=\"og:site_name\" content=\"Riverside Courier\">"
                + "<meta property=\"og:title\" content=\"\(stated)\">"
            return try extract(page("<article>" + paragraphs + "</article>", head: head)).title
        }
        #expect(try title("Lantern festival returns | Riverside Courier") == "Lantern festival returns")
        #expect(try title("Lantern festival returns – Riverside Courier") == "Lantern festival returns")
        #expect(try title("Riverside Courier | News from the river") == "Riverside Courier | News from the river")
    }

    /// Without `og:site_name`, the page's address names the site: a title's tail whose letters
    /// the host's name holds (or holds it) is not heard, in a stated title or in an `<h1>` that
    /// holds it too, twice over if the site names itself twice; a subtitle is heard.
    @Test func aSiteNamedByThePagesAddressIsNotHeardInTheTitle() throws {
        func title(_ stated: String, h1: Bool = false, address: String = "https://www.riversidecourier.example/news/1") throws -> String? {
            let head = "<link rel=\"canonical\" href=\"\(address)\"><meta property=\"og:title\" content=\"\(stated)\">"
            return try extract(page("<article>" + (h1 ? "<h1>\(stated)</h1>" : "") + paragraphs + "</article>", head: head)).title
        }
        #expect(try title("Lantern festival returns | Riverside Courier") == "Lantern festival returns")
        #expect(try title("Lantern festival returns - Courier", address: "https://forum.courier.example/t/9") == "Lantern festival returns")
        #expect(try title("Lantern festival returns | Riverside Courier", h1: true) == "Lantern festival returns")
        #expect(try title("Lantern festival returns | Courier - Riverside Courier") == "Lantern festival returns")
        #expect(try title("Lantern festival returns – a night on the river") == "Lantern festival returns – a night on the river")
        #expect(try title("Lantern festival returns | News", address: "/news/1") == "Lantern festival returns | News")
        // A page fetched from the web without a canonical link: the address it was fetched from.
        let fetched = page("<article><h1>Lantern festival returns | Riverside Courier</h1>" + paragraphs + "</article>")
        let article = try ArticleLoader().extract(InputDocument.classify(source: "https://riversidecourier.example/a/1",
                                                                        bytes: Array(fetched.utf8)))
        #expect(article.title == "Lantern festival returns")
    }
}
