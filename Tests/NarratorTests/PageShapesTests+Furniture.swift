import Foundation
import Testing
@testable import Narrator

/// Furniture around an article, by its markup or its wording: labels, prompts, status lines,
/// tooltips, embedded posts, teasers, sections that point elsewhere, tables of contents, consent
/// dialogs. None of it is read.
extension PageShapesTests {
    /// An advertisement's label and a shop's buttons between paragraphs are not read; the
    /// paragraphs around them are, each whole.
    @Test func advertisementLabelsAndShopButtonsAreNotRead() throws {
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>"
            + "<div><span>Advertisement - Page continues below</span></div><p>\(lines[1])</p>"
            + "<h3>Where to buy</h3><p>\(lines[2])</p><div><a href=\"/x\">Check Price</a></div><p>\(lines[3])</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
        #expect(article.sections.allSatisfy { $0.heading == nil })
    }

    /// A prompt to sign in before taking part or to sign up for a newsletter, set as a paragraph
    /// or in a heading's type, is not read, and heads no chapter.
    @Test func promptsToSignInOrSignUpAreNotRead() throws {
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs
            + "<h3>Join our Lantern Weekly newsletter</h3><p>Get the latest festival news delivered straight to your inbox.</p>"
            + "<h2>You must <a href=\"/login\">log in</a> to answer this question.</h2>"
            + "<p>You need to be a member in order to leave a comment</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
        #expect(article.sections.allSatisfy { $0.heading == nil })
    }

    /// A status region (`role="status"`: what a screen reader announces as it changes, "Loaded
    /// 24 results", "Added to cart") is not read; one holding the article's prose is.
    @Test func statusAnnouncementsAreNotRead() throws {
        let body = "<main><div role=\"status\">Loaded 24 results</div><article><h1>Lantern festival returns</h1>"
            + paragraphs + "<p role=\"status\">Added to your reading list</p></article></main>"
        #expect(try extract(page(body)).paragraphs == lines)
        let announced = "<main><h1>Lantern festival returns</h1><div role=\"status\">\(paragraphs)</div></main>"
        #expect(try extract(page(announced)).paragraphs == lines)
    }

    /// A block a class marks as metadata (a site builder's settings for the section around it,
    /// set out as rows of name and value for its scripts: "Style", "two-column") is not read.
    @Test func metadataBlocksAreNotRead() throws {
        let settings = "<div class=\"section-metadata\"><div><div>Style</div><div>wide-band, text-center</div></div></div>"
        let body = "<main><h1>Lantern festival returns</h1><div>" + paragraphs + settings
            + "</div><div class=\"metadata\"><div><div>aggregator</div><div>true</div></div></div></main>"
        #expect(try extract(page(body)).paragraphs == lines)
    }

    /// What a form says when it fails, wants an address or has worked, kept in the page until a
    /// script shows it, is not read, as a line or in a heading's type.
    @Test func aFormsMessagesAreNotRead() throws {
        let form = "<form><input type=\"email\"><p>Please enter a valid email</p><h4>Oops! Something went wrong. "
            + "Please try again.</h4><p>Thanks for signing up!</p></form>"
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs + form
            + "<p>There was a problem calculating your delivery. Please try again.</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
        #expect(article.sections.allSatisfy { $0.heading == nil })
    }

    /// A footnote shown on hover beside its number is read once, in the list of notes, and
    /// the number itself is not read ("about it four"); an exponent is.
    @Test func footnoteTooltipsAndNumbersAreNotReadInTheSentence() throws {
        let note = "Nobody on the committee remembers who first suggested paper lanterns."
        let body = "<article><h1>Lantern festival returns</h1>"
            + "<p>The festival began in the quarter long ago<sup><a href=\"#fn1\" role=\"button\">1</a></sup>"
            + "<span role=\"tooltip\" class=\"note\">\(note)</span> and returned this year.</p>"
            + "<p>Lanterns covered nearly two km<sup>2</sup> of the river by midnight[2].</p>"
            + "<p>The shallows were cleared by noon<sup>[3]</sup>, the trust said.</p>"
            + paragraphs + "<ol class=\"footnotes\"><li id=\"fn1\">\(note)</li></ol></article>"
        let read = text(of: try extract(page(body)))
        #expect(read.contains("The festival began in the quarter long ago and returned this year."))
        #expect(read.components(separatedBy: note).count == 2)
        #expect(read.contains("two km2 of the river"))
        #expect(read.contains("The shallows were cleared by noon, the trust said."))
    }

    /// A footnote's number after a sentence's mark, set as a bare superscript or as a link of
    /// its own, is not read ("deaths dot three"); a run of numbers, a list in brackets and an
    /// exponent after a word are left as written.
    @Test func footnoteNumbersAfterASentenceAreNotRead() throws {
        let body = "<article><h1>Lantern festival returns</h1>"
            + "<p>The trust counted nine thousand lanterns.<sup>3</sup> Most were paper.</p>"
            + "<p>Tickets sold out by noon.<a href=\"#note-4\">4</a>&nbsp;The river stayed calm.<sup>5</sup></p>"
            + "<p>The boats were counted twice.<sup>6</sup>,<sup>7</sup> Nobody minded.</p>"
            + "<p>Two studies agree [<a href=\"#r1\">1</a>,<a href=\"#r2\">2</a>] and so does mc<sup>2</sup>.</p>"
            + paragraphs + "</article>"
        let read = text(of: try extract(page(body)))
        #expect(read.contains("The trust counted nine thousand lanterns. Most were paper."))
        #expect(read.contains("Tickets sold out by noon. The river stayed calm."))
        #expect(read.contains("The boats were counted twice.6,7 Nobody minded."))
        #expect(read.contains("Two studies agree [1,2] and so does mc2."))
    }

    /// A quotation marked up as HTML's examples do (`<figure>` around `<blockquote>`, the
    /// attribution in its caption) is read; a post embedded from a social site is not.
    @Test func aQuotationInAFigureIsReadButAnEmbeddedPostIsNot() throws {
        let quote = "The lanterns looked like a second river of light running above the first one."
        let post = "Watching the lanterns go past the old mill tonight, what a sight this is for all of us"
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs
            + "<figure class=\"quote-block\"><blockquote><p>\(quote)</p></blockquote><figcaption>A visitor</figcaption></figure>"
            + "<figure class=\"wp-block-embed is-provider-social\"><blockquote class=\"post\"><p>\(post)</p>"
            + "— River Fan (@riverfan) <a href=\"https://example.com/p/1\">November 3, 2026</a></blockquote></figure></article>"
        let read = text(of: try extract(page(body)))
        #expect(read.contains(quote))
        #expect(!read.contains("what a sight"))
        #expect(!read.contains("A visitor"))
        for line in lines { #expect(read.contains(line)) }
    }

    /// Teasers of other posts below the article (a linked headline over an excerpt cut short)
    /// are not read; a list of linked entries each with a note of its own is.
    @Test func teasersCutShortAreNotReadButLinkedEntriesAre() throws {
        let teasers = ["Neck pain at the lantern desk", "Paper or silk: choosing a lantern", "A year on the river"].map {
            "<div class=\"card\"><h3><a href=\"/blog/x\">\($0)</a></h3><div>Do you ever feel stiffness after a long evening of folding paper? This post is for anyone who spends the wint...</div></div>"
        }.joined()
        // An entry under a one-word linked heading (a name) trailing off in an ellipsis is its own
        // note, not a story's teaser: a story's headline is more than a word.
        let tools = "<h2>Three tools we used</h2><h3><a href=\"/t/1\">Frame bender</a></h3><p>A small jig that bends willow into a ring without splitting it.</p>"
            + "<h3><a href=\"/t/2\">Glue brush</a></h3><p>Wide and soft, so the tissue paper does not tear while it is still wet.</p>"
            + "<h3><a href=\"/t/3\">Willow</a></h3><p>Cut in the spring, soaked for a week, and then we shall see…</p>"
        let body = "<div class=\"sections\"><section><h1>Lantern festival returns</h1>" + paragraphs + tools + "</section>"
            + "<section class=\"more\"><h2>Blog.</h2>" + teasers + "</section></div>"
        let article = try extract(page(body))
        #expect(!text(of: article).contains("stiffness"))
        #expect(!article.sections.contains { $0.heading == "A year on the river" })
        #expect(text(of: article).contains("without splitting it"))
        #expect(article.sections.contains { $0.heading == "Glue brush" })
        #expect(text(of: article).contains("then we shall see…"))
        #expect(Array(article.paragraphs.prefix(4)) == lines)
    }

    /// What follows a heading that points elsewhere ("Related products", "The latest from the
    /// blog", "About the Author", "References") is not read, up to the next heading; a section of
    /// the article about related work is.
    @Test func sectionsThatPointElsewhereAreNotRead() throws {
        let work = "<h2>Related work</h2><p>Earlier festivals on other rivers used oil lamps rather than candles in the frames.</p>"
        let products = "<h2>Related products</h2><p>A folding lantern kit with twelve frames, glue and tissue in four colours.</p>"
            + "<p>A long-handled lighter for launching lanterns from a jetty or a low bank.</p>"
        let blog = "<h3>The Latest From the Blog</h3><p>Five goals for a brighter festival next year, from our volunteers.</p>"
        let bio = "<h2>About the Author</h2><p>Mara Lind has written about the river quarter for twenty years and keeps bees.</p>"
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs + work + products + "<h2>Downstream</h2><p>Frames caught in the weir were cleared by the river trust before noon.</p>"
            + blog + bio + "<h2>References</h2><p>1. Lind M. Lanterns of the lower river. River Quarter Review. 2024;3:12-19.</p></article>"
        let article = try extract(page(body))
        #expect(text(of: article).contains("used oil lamps"))
        #expect(!text(of: article).contains("folding lantern kit"))
        #expect(!text(of: article).contains("long-handled lighter"))
        #expect(!text(of: article).contains("Five goals"))
        #expect(!text(of: article).contains("keeps bees"))
        #expect(!text(of: article).contains("River Quarter Review"))
        #expect(article.sections.map(\.heading) == [nil, "Related work", "Downstream"])
    }

    /// Such a heading set as a bold line ("<p><strong>Citations</strong></p>") is one too, and
    /// so is such a label standing as a plain line of its own (a toggle's text, "Article
    /// Sources:", "About the author"); a line that only begins with the word, or a list's item
    /// of "more", is the article's.
    @Test(arguments: ["<p><strong>Citations</strong></p>", "<div class=\"toggle\">Article Sources:</div>", "<p>Citations</p>",
                      "<p>About the author</p>", "<div>Related content:</div>"])
    func aLineThatPointsElsewhereIsLikeSuchAHeading(_ label: String) throws {
        let citations = label + "<p>Lind M. Lanterns of the lower river. River Quarter Review. 2024;3:12-19.</p>"
        let own = "<p>Sources close to the council say the route will not change.</p><p>The festival needs:</p>"
            + "<ul><li>More volunteers</li><li>More blog posts</li><li>More paper</li></ul>"
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs + own + citations + "</article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines + ["Sources close to the council say the route will not change.", "The festival needs:",
                                               "More volunteers", "More blog posts", "More paper"])
        #expect(article.sections.map(\.heading) == [nil])
    }

    /// Other wordings of such headings: what the reader "might like", "popular articles", "topics
    /// you may be interested in", "related topics", "more articles...", "other posts", the list of
    /// sources (as "References" is). A heading that merely starts alike ("Popular
    /// demand") heads the article's own text.
    @Test(arguments: ["You might like", "Popular articles", "You may be interested in the following topics as well:",
                      "Related topics", "More Articles You Might Enjoy", "Other posts:", "Article Sources", "Sources",
                      "Also in Science", "Related publications", "Related articles that may interest you",
                      "Explore more articles.", "Explore more related content", "All Reads on This Topic"])
    func moreHeadingsThatPointElsewhere(_ heading: String) throws {
        let teasers = "<h2>\(heading)</h2><p>How to fold a paper lantern in ten minutes, with a kit from our shop.</p>"
        let own = "<h2>Popular demand</h2><p>The council says the crowds alone made the case for another festival.</p>"
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs + teasers + own + "</article>"
        let article = try extract(page(body))
        #expect(!text(of: article).contains("fold a paper lantern"))
        #expect(text(of: article).contains("made the case for another festival"))
        #expect(article.sections.map(\.heading) == [nil, "Popular demand"])
    }

    /// The linked headlines listed straight after such a heading ("More Like This") go with it;
    /// a heading of the article after them, and its text, is read.
    @Test func linkedHeadlinesListedAfterAHeadingThatPointsElsewhereAreNotRead() throws {
        let more = "<h2>More Like This</h2><h3><a href=\"/a\">How to fold a paper lantern in ten minutes</a></h3>"
            + "<h3><a href=\"/b\">Candles, oil or batteries: what lights a lantern best</a></h3>"
        let after = "<h2>Downstream</h2><p>Frames caught in the weir were cleared by the river trust before noon.</p>"
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs + more + after + "</article>"
        let article = try extract(page(body))
        #expect(!text(of: article).contains("fold a paper lantern"))
        #expect(!text(of: article).contains("lights a lantern best"))
        #expect(text(of: article).contains("cleared by the river trust"))
        #expect(article.sections.map(\.heading) == [nil, "Downstream"])
    }

    /// So do linked headlines listed after it each over a teaser's line or two; an entry with
    /// text of its own after them is read, and so is a heading that ends "on this topic" but
    /// opens with the article's own words.
    @Test func teasersListedAfterAHeadingThatPointsElsewhereAreNotRead() throws {
        let more = "<h2>Related articles that may interest you</h2>" + teasers { "<h3><a href=\"/a\">\($0)</a></h3><p>\($1)</p>" }
        let entry = "<h3><a href=\"/c\">The weir</a></h3>" + paragraphs
        let own = "<h2>Our research on this topic</h2><p>Frames caught in the weir were cleared by the river trust before noon.</p>"
        let article = try extract(page("<article><h1>Lantern festival returns</h1><p>\(darkOpening)</p>" + more + entry + own
                                       + "</article>"))
        expectNoTeasers(article)
        #expect(article.paragraphs == [darkOpening] + lines + ["Frames caught in the weir were cleared by the river trust before noon."])
        #expect(article.sections.map(\.heading) == [nil, "The weir", "Our research on this topic"])
    }

    /// Under such a heading, its cards' titles set as headings of a lower rank (each over a
    /// teaser, not linked: the card is) are its entries; a heading of a lower rank over the
    /// article's text going on (a widget set inside the article) and a heading of its rank after
    /// them are read.
    @Test func cardsUnderAHeadingThatPointsElsewhereAreNotRead() throws {
        let cards = "<section><h2>Related articles</h2>"
            + teasers { "<div class=\"card\"><h3>\($0)</h3><p>\($1)</p></div>" } + "</section>"
        let widget = "<h2>Recommended reading</h2><h3><a href=\"/d\">Ask the keeper: my lantern sank</a></h3>" + paragraphs
        let after = "<h2>Downstream</h2><p>Frames caught in the weir were cleared by the river trust before noon.</p>"
        let article = try extract(page("<article><h1>Lantern festival returns</h1><p>\(darkOpening)</p>" + cards + widget + after
                                       + "</article>"))
        expectNoTeasers(article)
        #expect(text(of: article).contains(lines.joined(separator: "\n")))
        #expect(article.sections.map(\.heading) == [nil, "Ask the keeper: my lantern sank", "Downstream"])
    }

    /// An opening paragraph for pages with other posts' teasers after it.
    var darkOpening: String { "The river quarter was dark by nine, and the first lanterns rose from the east bank." }

    /// Two teasers of other posts, each a title and a line, set out by `entry`.
    func teasers(_ entry: (String, String) -> String) -> String {
        [("How to fold a paper lantern", "All you need is a kit and a quiet table."),
         ("Candles, oil or batteries", "We lit all three on the quay and timed them.")].map(entry).joined()
    }

    /// Neither teaser's line is read.
    func expectNoTeasers(_ article: Article) {
        #expect(!text(of: article).contains("quiet table"))
        #expect(!text(of: article).contains("timed them"))
    }

    /// A table of contents goes, its label too: set as a heading, the label would name the
    /// article's opening a chapter.
    @Test func aTableOfContentsLabelIsNotAChapter() throws {
        let body = "<article><h1>Lantern festival returns</h1><h2>Table of Contents <span>[Hide]</span></h2>"
            + "<ul><li><a href=\"#a\">Getting there</a></li><li><a href=\"#b\">Where to stand</a></li></ul>"
            + "<p>\(lines[0])</p><p>\(lines[1])</p><h2 id=\"a\">Getting there</h2><p>\(lines[2])</p>"
            + "<h2 id=\"b\">Where to stand</h2><p>\(lines[3])</p></article>"
        let article = try extract(page(body))
        #expect(article.sections.map(\.heading) == [nil, "Getting there", "Where to stand"])
        #expect(article.paragraphs == lines)
    }

    @Test func dropsCallsToActionAndDisclaimers() throws {
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>"
            + "<div class=\"inline-cta\"><p>Get the weekend's events in your inbox every Friday morning, free.</p></div>"
            + "<p>\(lines[1])</p>"
            + "<div class=\"affiliate-disclaimer\"><p>We may earn a commission when you buy through links on this page.</p></div>"
            + "</article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], lines[1]])
        // An element a page about HTML names, set as code, is a word of its sentence.
        let named = "<article><h1>Old pages</h1><p>\(lines[0])</p><p>Our first site was held together with "
            + "<code>&lt;br&gt;</code> tags, and every list sat in a <code>&lt;table&gt;</code> of its own.</p></article>"
        #expect(try extract(page(named)).paragraphs == [lines[0],
            "Our first site was held together with <br> tags, and every list sat in a <table> of its own."])
    }

    @Test func dropsBylineDisclosureAndCopyrightLinesWrittenAsParagraphs() throws {
        let body = "<article><h1>Lantern festival returns</h1><p>By Priya Raman – Updated Nov 3, 2026</p><p>\(lines[0])</p>"
            + "<p>We may earn a commission when you buy through links on this page.</p><p>\(lines[1])</p>"
            + "<p>© 2026 Riverside Courier. All rights reserved.</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], lines[1]])
    }

    /// "By" left alone, its name set apart from it: at the opening, with the name on the next
    /// line, the two are the byline (not read); with no name after it, it credits nothing. In a
    /// listing, "By:" before each entry's names labels them and stays.
    @Test func aBareCreditIsNotReadUnlessItLabelsNames() throws {
        let opening = "<article><h1>Lantern festival returns</h1><p>By</p><p>Priya Raman</p>" + paragraphs + "</article>"
        #expect(try extract(page(opening)).paragraphs == lines)
        let ferry = "The ferry will run late on each night of the festival."
        let nameless = "<article><h1>Lantern festival returns</h1>" + paragraphs + "<p>By</p><p>\(ferry)</p></article>"
        #expect(try extract(page(nameless)).paragraphs == lines + [ferry])
        let entries = [("Paper lanterns at home", "Rose Varga, Tom Eklund"), ("Frames from the river", "Ada Lind & Jon Berg"),
                       ("A route for spring", "Marta Kowal")]
        let listing = "<article><h1>Lantern festival returns</h1>" + paragraphs + entries.enumerated().map { index, entry in
            "<h3>\(entry.0)</h3><p>By:</p><p>\(entry.1)</p><p>\(lines[index]) It is a guide.</p>"
        }.joined() + "</article>"
        let read = try extract(page(listing))
        #expect(read.sections.dropFirst().map(\.paragraphs) == entries.enumerated().map { index, entry in
            ["By:", entry.1, lines[index] + " It is a guide."]
        })
    }

    @Test func escapedMarkupInTextIsNotRead() throws {
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])&lt;span data-mce-type=\"bookmark\"&gt;&lt;/span&gt;</p>"
            + "<p>\(lines[1])</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], lines[1]])
    }

    @Test func aTableOfContentsIsNotRead() throws {
        // A guide: its first paragraph, the contents, then each heading over a paragraph.
        func guide(contents: String, headings: [String]) -> String {
            "<article><h1>Lantern festival guide</h1><p>\(lines[0])</p>" + contents
                + zip(headings, lines.dropFirst()).map { "<h2>\($0)</h2><p>\($1)</p>" }.joined() + "</article>"
        }
        let headings = ["Where to stand", "What to bring", "Getting home"]
        let listed = "<div class=\"contents\"><ul>" + headings.map { "<li>\($0)</li>" }.joined() + "</ul></div>"
        let article = try extract(page(guide(contents: listed, headings: headings)))
        #expect(article.sections.map(\.heading) == [nil] + headings)
        #expect(article.paragraphs == lines)
        // Numbered entries, and a heading with a typographic apostrophe the entry spells plainly.
        let numbered = ["Where to stand", "What to bring", "Getting home from the river\u{2019}s edge"]
        let entries = ["1 Where to stand", "2. What to bring", "2.1 Getting home from the river's edge"]
        let withNumbers = "<div class=\"contents\">" + entries.map {
            "<div><span>\($0.prefix { $0 != " " })</span> <span>\($0.drop { $0 != " " }.dropFirst())</span></div>"
        }.joined() + "</div>"
        #expect(try extract(page(guide(contents: withNumbers, headings: numbered))).paragraphs == lines)
        // A contents box a plugin set inside an <h2>: its label and entries are not a chapter.
        let inHeading = "<h2><div id=\"toc\"><p>In this article:</p><ul>"
            + headings.map { "<li><a href=\"#x\">\($0)</a></li>" }.joined() + "</ul></div></h2>"
        let boxed = try extract(page(guide(contents: inHeading, headings: headings)))
        #expect(boxed.sections.map(\.heading) == [nil] + headings)
        #expect(boxed.paragraphs == lines)
    }

    /// Headings numbered in their text ("1. Harbour Ferry - Best for Families") listed above by
    /// an ordered list, whose numbers are not its items' text, one item worded otherwise than its
    /// heading: the list is the contents, not read; a comparison table's row naming a ferry as a
    /// heading does is read.
    @Test func anOrderedListOfNumberedHeadingsIsTheContents() throws {
        let names = ["Harbour Ferry - Best for Families", "Night Boat - Best for Views", "River Taxi - Best Value"]
        let items = [names[0], "Night Boat - Best for Lanterns", names[2]]
        let table = "<table><tr><th>Boat</th><th>Seats</th></tr><tr><td>Harbour Ferry - Best for Families</td><td>120</td></tr></table>"
        let body = "<article><h1>Lantern festival boats</h1><p>\(lines[0])</p><ol>" + items.map { "<li>\($0)</li>" }.joined() + "</ol>"
            + table + zip(names.indices, lines.dropFirst()).map { "<h2>\($0 + 1). \(names[$0])</h2><p>\($1)</p>" }.joined() + "</article>"
        let article = try extract(page(body))
        #expect(article.sections.compactMap(\.heading) == names.indices.map { "\($0 + 1). \(names[$0])" })
        #expect(article.paragraphs == [lines[0], "Boat, Seats", "Harbour Ferry - Best for Families, 120"] + Array(lines.dropFirst().prefix(3)))
    }

    /// A breadcrumb trail set as text, ending in the headline the listener has just heard, is
    /// not read; a menu path in a how-to, which ends elsewhere, is.
    @Test func aBreadcrumbTrailEndingInTheHeadlineIsNotRead() throws {
        let headline = "Seven lantern boats to book this autumn"
        let path = "Home > Settings > Notifications"
        let body = "<article><h1>\(headline)</h1><p>Home >Guides >\(headline)</p><p>\(lines[0])</p>"
            + "<p>Festival » Boats » \(headline)</p><p>\(path)</p><p>\(lines[1])</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], path, lines[1]])
    }

    @Test func postNavigationAndIconNamesAreNotRead() throws {
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p><p>\(lines[1]) chevron_right</p>"
            + "<div class=\"post-nav\"><p>Previous post</p><p>Next post</p></div>"
            + "<p>Follow her on Mastodon for more river stories</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], lines[1]])
    }

    /// The site's appeal for support after the article ("If you've enjoyed this interview, please
    /// support us by donating") and a request to follow it on a social network inside a longer
    /// line are not read, nor a newsroom's appeal for donations (its heading then heads nothing);
    /// a sentence telling readers to give to a cause is.
    @Test func appealsForSupportAndRequestsToFollowAreNotRead() throws {
        let cause = "If you enjoy the river path, consider donating an afternoon to the trust that keeps it clear."
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs + "<p>\(cause)</p>"
            + "<p>Lantern Notes is made by two volunteers. If you\u{2019}ve enjoyed this interview, please support us by "
            + "donating a small amount.</p><p>Catch up on our coverage of the waterfront, and <a href=\"/f\">follow us on "
            + "Facebook</a> and TikTok to stay up to date.</p><h2>This story is funded by readers like you</h2>"
            + "<p>Our non-profit newsroom keeps the harbour's news free to read. Your one-off or monthly donations keep "
            + "it going.</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines + [cause])
        #expect(article.sections.allSatisfy { $0.heading == nil })
    }

    /// A writer's card after the article (the name, "Contributing Writer", a bio that opens
    /// with the name) is not read.
    @Test func aWritersCardAfterTheArticleIsNotRead() throws {
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs + "<div class=\"card\"><p>Ada Lind</p>"
            + "<p>Contributing Writer</p><p>Ada Lind is a writer and editor who has covered the river quarter for the "
            + "Gazette since 2019.</p></div></article>"
        #expect(try extract(page(body)).paragraphs == lines)
    }

    /// A consent manager's dialog is never read, even when its legal prose outweighs a short
    /// article beside it.
    @Test func aConsentDialogIsNotReadHoweverLong() throws {
        let legal = (1...6).map { "<p>When you visit a website it may store or retrieve information in your browser, mostly as cookies, purpose number \($0) of those listed here.</p>" }.joined()
        let body = "<div id=\"site-consent-sdk\"><div class=\"panel\"><h2>Privacy Preference Center</h2>\(legal)</div></div>"
            + "<div class=\"page\"><h1>Lantern festival returns</h1><div class=\"post\">" + paragraphs + "</div></div>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
    }
}
