import Foundation
import Testing
@testable import Narrator

/// Page shapes the extractor met on sites it had never seen, each on a page written here: the
/// article must be read whole, and the furniture around it not at all.
@Suite struct PageShapesTests {
    func extract(_ html: String) throws -> Article {
        try ArticleLoader().extract(InputDocument.classify(source: "page.html", bytes: Array(html.utf8)))
    }

    func page(_ body: String, head: String = "") -> String {
        "<!DOCTYPE html><html lang=\"en\"><head><title>Lantern festival returns</title>\(head)</head><body>\(body)</body></html>"
    }

    let lines = [
        "The lantern festival returned to the river quarter on Saturday after a four-year pause.",
        "Organisers counted more than nine thousand paper lanterns launched from the east bank.",
        "Volunteers spent the following morning collecting the frames from the shallows downstream.",
        "The council has promised a decision on next year's route before the end of the spring.",
    ]

    /// The four lines, each a `<p>`.
    var paragraphs: String { lines.map { "<p>\($0)</p>" }.joined() }

    func text(of article: Article) -> String { article.paragraphs.joined(separator: "\n") }

    /// A sentence of the body set apart in large type (a pull quote) is heard once, where it
    /// stands in the text.
    @Test func aPullQuoteIsHeardOnceWhereItStands() throws {
        let quoted = "Organisers counted more than nine thousand paper lanterns launched from the east bank."
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0]) \(quoted)</p>"
            + "<blockquote class=\"pull\"><p>“\(quoted)”</p></blockquote>"
            + lines.dropFirst(2).map { "<p>\($0)</p>" }.joined() + "</article>"
        let article = try extract(page(body))
        #expect(text(of: article).components(separatedBy: "nine thousand paper lanterns").count == 2)
        #expect(text(of: article).contains(lines[3]))
    }

    /// A post's excerpt set under the headline, which the opening then tells again in its own
    /// words, is not heard before the opening; an excerpt the text does not retell is heard.
    @Test func anExcerptTheOpeningRetellsIsHeardOnce() throws {
        let opening = lines[0] + " Families lined both banks from early evening."
        let excerpt = lines[0] + " Here is how the night went on the water."
        func post(_ summary: String) -> String {
            "<article><h1>Lantern festival returns</h1><div class=\"post-excerpt\">\(summary)</div>"
                + "<div class=\"post-content\"><p>\(opening)</p>"
                + lines.dropFirst().map { "<p>\($0)</p>" }.joined() + "</div></article>"
        }
        let retold = try extract(page(post(excerpt)))
        #expect(retold.paragraphs.first == opening)
        #expect(!text(of: retold).contains("how the night went"))
        #expect(retold.standfirst == nil)
        let other = "A night of paper and candlelight drew crowds back to the water, and the council is counting."
        let kept = try extract(page(post(other)))
        #expect(kept.standfirst == other || kept.paragraphs.first == other)
        #expect(text(of: kept).contains(opening))
        for line in lines.dropFirst() { #expect(text(of: kept).contains(line)) }
    }

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

    /// A table of specifications the page shows twice (two layouts) is read once; a short line
    /// repeated on its own is kept.
    @Test func aRunOfLinesShownTwiceIsReadOnce() throws {
        let specs = ["Weight: 1.2 kilograms with the battery fitted", "Battery: up to nine hours of light",
                     "Colours: red, blue and a paper white"]
        let box = "<ul>" + specs.map { "<li>\($0)</li>" }.joined() + "</ul>"
        let body = "<article><h1>Lantern festival returns</h1>" + box + paragraphs
            + "<p>Light it.</p><p>The council thanked the volunteers again.</p><p>Light it.</p>"
            + "<p>Next year the route may cross the old bridge.</p>" + box + "</article>"
        let article = try extract(page(body))
        let read = text(of: article)
        for spec in specs { #expect(read.components(separatedBy: spec).count == 2, "\(spec)") }
        #expect(read.components(separatedBy: "Light it.").count == 3)
        for line in lines { #expect(read.contains(line)) }
    }

    /// A card's labels and the heading after them, repeated under every entry with the same
    /// values, are heard under the first entry only; each entry's own text is heard, under
    /// its entry's heading.
    @Test func aCardsLabelsRepeatedUnderAHeadingAreReadOnce() throws {
        func card(_ name: String, _ text: String) -> String {
            "<h2>\(name)</h2><p>Workshops to attend: four evenings in the mill</p><p>Lanterns to take home: two</p>"
                + "<h3>What sets it apart:</h3><p>\(text)</p>"
        }
        let paper = "You fold paper lanterns from sheets made at the old mill, and you keep the best two."
        let silk = "You stretch silk over a frame of split bamboo, and the lantern is yours to keep."
        let body = "<article><h1>Lantern festival returns</h1>\(paragraphs)" + card("Paper course", paper)
            + card("Silk course", silk) + "</article>"
        let article = try extract(page(body))
        #expect(article.sections.map(\.heading) == [nil, "Paper course", "What sets it apart:", "Silk course"])
        #expect(article.sections.last?.paragraphs == [silk])
        #expect(text(of: article).components(separatedBy: "Workshops to attend").count == 2)
        #expect(article.paragraphs.contains(paper))
    }

    /// A rich-text editor's inline wrapper around the paragraphs (`<span>` holding `<p>`s)
    /// leaves them paragraphs, each heard with its pause, not one run-on block.
    @Test func paragraphsInsideAnInlineWrapperStayParagraphs() throws {
        let body = "<article><h1>Lantern festival returns</h1><span class=\"rich-text\">" + paragraphs + "</span></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
    }

    @Test func readsTextSeparatedByLineBreaksWithoutParagraphs() throws {
        let body = "<div class=\"story\"><h1>Lantern festival returns</h1>" + lines.joined(separator: "<br><br>\n")
            + "</div><div class=\"links\"><p>Read our guide to the best riverside walks this year.</p></div>"
        let article = try extract(page(body))
        for line in lines { #expect(text(of: article).contains(line)) }
        #expect(!text(of: article).contains("riverside walks"))
    }

    @Test func readsAnArticleTheParserNestedInsideAnUnclosedMenu() throws {
        // The menu's <nav> is never closed: the parser puts everything after it inside.
        let body = "<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul>"
            + "<main><article><h1>Lantern festival returns</h1>" + paragraphs
            + "</article></main>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
    }

    @Test func readsAnArticleInsideAHeaderWrapper() throws {
        let body = "<header class=\"site\"><a href=\"/\">Riverside Courier</a></header>"
            + "<header class=\"section-post\"><div class=\"wrap\"><h1>Lantern festival returns</h1>"
            + paragraphs + "</div></header>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
    }

    @Test func readsABodySplitIntoPageBuilderSections() throws {
        // Each paragraph in its own section and block, as page builders write them.
        let sections = lines.map {
            "<section class=\"builder-section\"><div class=\"builder-column\"><div class=\"builder-widget\">"
                + "<div class=\"builder-widget-container\"><p>\($0)</p></div></div></div></section>"
        }.joined()
        let body = "<div class=\"builder\"><h1>Lantern festival returns</h1>\(sections)</div>"
            + "<footer><p>The Riverside Courier is published by a cooperative of its readers.</p></footer>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
    }

    /// A template that names the article's sections with a furniture word ("nav": each is an
    /// in-page menu's target) names them all so: the introduction beside the headline, set apart
    /// from the rest by a call to action, is read with the rest. A menu whose class no part of
    /// the article wears, and the call to action, stay unread.
    @Test func sectionsWearingTheArticlesClassAreReadWhateverItsWords() throws {
        let intro = ["Lantern makers on the east bank say the return of the festival saved their trade this year.",
                     "Most of them had stopped taking orders when the council first paused the event."]
        let more = ["Orders for next year opened the morning after, and the largest workshop is already full.",
                    "Two apprentices have joined the trade since the summer, the first in more than a decade.",
                    "The makers' guild will show its oldest frames at the harbour museum in the autumn."]
        let body = "<main><div class=\"page-head\"><h1>Lantern festival returns</h1>"
            + "<div class=\"content-nav-section\">" + intro.map { "<p>\($0)</p>" }.joined() + "</div></div>"
            + "<div class=\"learn-cta\"><p>What does a festival cost a city?</p><a href=\"/cost\">Find out</a></div>"
            + "<div class=\"content-nav-section\">\(paragraphs)"
            + more.map { "<p>\($0)</p>" }.joined() + "</div>"
            + "<div class=\"site-nav-section\"><p>Our other sections cover the markets, the tides and the schools of the quarter.</p></div>"
            + "</main>"
        let article = try extract(page(body))
        #expect(Array(article.paragraphs.prefix(2)) == intro)
        #expect(Array(article.paragraphs.dropFirst(2)) == lines + more)
        #expect(!text(of: article).contains("Find out"))
        #expect(!text(of: article).contains("markets, the tides"))
    }

    /// A builder widget holding more list than paragraph text (a product's prices and pros) is
    /// read when it is not links, and so is one holding a heading or nothing but a list; a
    /// widget of links beside them (other stories) is not.
    @Test func aWidgetOfListsIsReadAndAWidgetOfLinksIsNot() throws {
        let prices = ["Six months: nine dollars ninety-nine a month", "A year: six dollars ninety-nine a month",
                      "For life: two hundred and ninety-nine dollars", "Family plans share one subscription among four"]
        let widget = "<div class=\"builder-widget\"><h3>1. Paper lanterns</h3><p>The cheapest option, and the one most families choose.</p>"
            + "<ul>" + prices.map { "<li>\($0)</li>" }.joined() + "</ul></div>"
        let links = "<div class=\"builder-widget\"><p>Read next: <a href=\"/a\">Silk lanterns and how to fold them for the river parade</a>"
            + " <a href=\"/b\">Night markets of the east bank</a></p></div>"
        let pros = ["Folds flat for the journey home on the ferry", "Burns for half an hour on a single wick"]
        let list = "<div class=\"builder-widget\"><div class=\"builder-widget-container\"><ul>" + pros.map { "<li>\($0)</li>" }.joined() + "</ul></div></div>"
        let body = "<div class=\"builder\"><h1>Lantern festival returns</h1><section><p>\(lines[0])</p><p>\(lines[1])</p></section>"
            + "<section>\(widget)\(list)</section><section><div class=\"builder-widget\"><h2>Downstream</h2></div></section><section><p>\(lines[2])</p><p>\(lines[3])</p></section><section>\(links)</section></div>"
        let article = try extract(page(body))
        #expect(Array(article.paragraphs.prefix(2)) == Array(lines.prefix(2)))
        #expect(Array(article.paragraphs.suffix(2)) == Array(lines.suffix(2)))
        for price in prices + pros { #expect(article.paragraphs.contains(price), "\(price)") }
        #expect(article.sections.contains { $0.heading == "1. Paper lanterns" })
        #expect(article.sections.last?.heading == "Downstream")
        #expect(!text(of: article).contains("Night markets"))
    }

    @Test func readsABodyStreamedIntoHiddenElements() throws {
        // Streamed server rendering: a visible skeleton, the content in hidden elements.
        let body = "<div class=\"skeleton\">Loading…</div><div hidden id=\"S:0\"><main><h1>Lantern festival returns</h1>"
            + paragraphs + "</main></div>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
    }

    @Test func hiddenFurnitureBesideAVisibleArticleStaysUnread() throws {
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs + "</article>"
            + "<div hidden><p>This hidden panel offers a discount on a yearly subscription today.</p></div>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
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

    /// A span a utility class displays as a block is a line of its own: its words are never
    /// glued to the text before it ("LightweightNotion"); a span shown as a block only at
    /// some widths ("md:block") is read inline.
    @Test func aSpanDisplayedAsABlockIsNotGluedToItsNeighbour() throws {
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs
            + "<ul><li><span>Paper lanterns are <strong>Lightweight</strong></span><span class=\"block text-sm\">Glass ones are not, according to the makers</span></li>"
            + "<li><span>Tea lights are cheap</span><span class=\"md:block\">er</span> than candles.</li></ul></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs.suffix(3) == ["Paper lanterns are Lightweight", "Glass ones are not, according to the makers",
                                                 "Tea lights are cheaper than candles."])
    }

    /// An icon between two words inside a line is still a word boundary when it is not read.
    @Test func anIconBetweenWordsKeepsThemApart() throws {
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs
            + "<p>Windproof<svg viewBox=\"0 0 24 24\"><polyline points=\"9 18 15 12\"></polyline></svg>six out of six in the test.</p></article>"
        let read = text(of: try extract(page(body)))
        #expect(read.contains("Windproof six out of six"))
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

    @Test func readsTheCrawlerViewOfAWebApp() throws {
        let body = "<div id=\"app\"></div><noscript><div class=\"crawler\"><h1>Lantern festival returns</h1>"
            + paragraphs + "</div></noscript>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
    }

    @Test func aClassWordAroundTheHeadlineDoesNotPruneTheArticle() throws {
        // "promoted" reads as a furniture word, and the article holds under a third of the
        // page's prose (the rest is in an aside): it is still the article.
        let rail = (1...14).map { "<p>Another story from the river quarter, number \($0), told at length here.</p>" }.joined()
        let body = "<div class=\"layout\"><article class=\"node node--promoted\"><h1>Lantern festival returns</h1>"
            + "<div class=\"field-body\">" + paragraphs + "</div></article>"
            + "<aside class=\"rail\">\(rail)</aside></div>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
    }

    /// An article element that opens with the headline again is the article, whatever its class
    /// says of its state on the site ("promoted" to the front page), even when a box of links
    /// and prose beside it holds more paragraphs.
    @Test func anArticleRepeatingTheHeadlineIsReadWhateverItsClass() throws {
        let box = (1...6).map { "<p>Patients can book visit number \($0) online or by calling the front desk between eight and six on weekdays.</p>" }.joined()
        let body = "<section class=\"util\"><div class=\"box\">\(box)</div></section><main><h1>Lantern festival returns</h1>"
            + "<article class=\"node node--promoted\"><h2>Lantern festival returns</h2>\(paragraphs)</article></main>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
    }

    /// A template that names its content column with a furniture word ("widget"), holding a
    /// service page of one short paragraph and lists: what the strict reading finds is a line of
    /// account furniture; the page read without class words finds the page's text.
    @Test func aWeakReadingGivesWayToTheContentColumn() throws {
        let items = ["Permits authorize construction and the inspections that follow it on site",
                     "Contractors must be licensed, bonded and insured to work in the town",
                     "Plans are reviewed for compliance with state and local requirements",
                     "Carports, decks, detached garages, driveways, porches, roofing and sheds"]
        let body = "<div class=\"account\"><p>Create a website account to manage notification subscriptions and more.</p></div>"
            + "<h1>Building Department</h1><div class=\"widget editor\"><p>Department services</p>"
            + "<p>The department promotes public safety by enforcing building standards in every part of the town.</p>"
            + "<p>Its inspectors visit sites on weekdays, and its counter is open every morning. Its services include:</p>"
            + "<ul>" + items.map { "<li>\($0).</li>" }.joined() + "</ul></div>"
        let article = try extract(page(body))
        #expect(text(of: article).contains("promotes public safety by enforcing building standards"))
        for item in items { #expect(text(of: article).contains(item), "\(item)") }
        #expect(!text(of: article).contains("Create a website account"))
    }

    /// Streaming server rendering: the frame holds empty templates (a boundary followed by its
    /// loading fallback, a placeholder) and the text comes later in hidden segments, out of
    /// order; the article is read in the order the page shows it, without its fallbacks.
    @Test func streamedSegmentsAreReadWhereThePageShowsThem() throws {
        let body = "<article><h1>Lantern festival returns</h1><div class=\"body\">"
            + "<template id=\"B:0\"></template><div>Loading paragraph...</div>"
            + "<h2>Downstream</h2><template id=\"P:2\"></template>"
            + "<template id=\"B:1\"></template><div class=\"skeleton\"></div></div></article>"
            + "<footer><p>Copyright the river quarter newsletter, all rights reserved.</p></footer>"
            + "<div hidden id=\"S:2\"><p>\(lines[2])</p></div>"
            + "<div hidden id=\"S:1\"><p>\(lines[3])</p></div>"
            + "<div hidden id=\"S:0\"><p>\(lines[0])</p><p>\(lines[1])</p></div>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
        #expect(article.sections.map(\.heading) == [nil, "Downstream"])
        // A segment that names itself, or a template with no segment, is read as written.
        let odd = "<article><h1>Lantern festival returns</h1><template id=\"B:7\"></template>"
            + "<div hidden id=\"S:3\"><template id=\"P:3\"></template></div>" + paragraphs + "</article>"
        #expect(try extract(page(odd)).paragraphs == lines)
    }

    /// A manual page: its text is preformatted prose under headings, and the only `<p>`s are the
    /// credits below it. The prose is the article.
    @Test func preformattedProseIsTheArticleOfAManualPage() throws {
        let blocks = lines.map { "<pre>\n       " + $0.replacingOccurrences(of: " the ", with: "\n       the ") + "\n</pre>" }
        let body = "<div class=\"page\"><h1>lantern(1) manual page</h1><h2>NAME</h2>" + blocks[0] + "<h2>DESCRIPTION</h2>"
            + blocks[1...].joined() + "</div><div class=\"colophon\"><p>This rendering was created by a volunteer who maintains the pages.</p>"
            + "<p>Hosting for the manual pages is given by a friendly company.</p></div>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
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

    /// The utility class `hidden` hides an element on every screen (a list of next stories kept
    /// for infinite scroll); with a class that shows it at some width it is shown there.
    @Test func theHiddenUtilityClassHidesUnlessShownAtSomeWidth() throws {
        let queue = "<ul class=\"infinite-scroll-list hidden\"><li>A look back on the year in politics for the lantern makers of the quarter</li>"
            + "<li>The best of the river festival across the whole of the last decade</li></ul>"
        let wide = "<div class=\"hidden md:block\"><p>Frames caught in the weir were cleared by the river trust before noon.</p></div>"
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs + wide + queue + "</article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines + ["Frames caught in the weir were cleared by the river trust before noon."])
    }

    @Test func readsATableWrappedInAFigure() throws {
        let table = "<figure class=\"block-table\"><table><tr><th>Bank</th><th>Lanterns</th></tr>"
            + "<tr><td>East</td><td>6,200</td></tr><tr><td>West</td><td>2,950</td></tr></table>"
            + "<figcaption>Source: festival organisers</figcaption></figure>"
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>\(table)<p>\(lines[1])</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], "Bank Lanterns", "East 6,200", "West 2,950", lines[1]])
    }

    @Test func readsPreformattedProseButNotCode() throws {
        let letter = "<pre>Dear editor,\n\nThe lanterns were beautiful this year, and the\nvolunteers deserve our thanks.</pre>"
        let code = "<pre><code>for lantern in lanterns { launch(lantern) }</code></pre>"
        let symbols = "<pre>if (x &gt; 0) { y = f(x); } else { y = g(x); }</pre>"
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>\(letter)\(code)\(symbols)<p>\(lines[1])</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], "Dear editor,",
                                       "The lanterns were beautiful this year, and the volunteers deserve our thanks.", lines[1]])
    }

    @Test func readsEveryPostOfADiscussion() throws {
        let posts = [
            "Has anyone found where the lantern frames end up after the festival each year?",
            "They drift to the weir below the old mill, where the volunteers pull them out by hand.",
            "I helped last year and we filled eleven sacks before lunch on the Sunday morning.",
        ]
        let body = "<main><h1>Where do the lanterns go?</h1><div class=\"thread\">"
            + posts.map { "<div class=\"comment-item\"><a class=\"user\" href=\"/u/reader\">reader</a><div class=\"comment-body\"><p>\($0)</p></div></div>" }.joined()
            + "</div></main>"
        let article = try extract(page(body))
        #expect(article.paragraphs == posts)
    }

    /// A thread whose messages are each an `<article>` (no headline of their own: the author's
    /// name is an `<h4>`) is read whole; other stories listed as `<article>`s with their
    /// headlines are not.
    @Test func readsEveryMessageOfAThreadMarkedUpAsArticles() throws {
        let replies = ["We went last year and the lanterns were launched from the east bank at dusk, well worth it. "
                           + "We stayed at the inn by the lock and walked down after dinner, which was easy enough.",
                       "Bring a coat, the wind off the weir is cold after dark even in the early autumn weeks. "
                           + "A flask of something hot helps too, since the stalls sell out of tea by nine o'clock.",
                       "The ferry runs late on festival night, so there is no need to leave before the last lantern. "
                           + "Buy the return ticket in the afternoon though, the queue at the kiosk gets very long.",
                       "Stand on the old bridge if you can, the view of the whole river from there is the best one. "
                           + "It fills up an hour before the launch, so bring a folding stool and something to read.",
                       "Volunteers always need more hands the morning after, and they give out breakfast to helpers. "
                           + "You wade in the shallows with a net and a sack, and it is strangely good fun for all.",
                       "Our children loved folding their own lanterns at the workshop tent beside the mill, go early. "
                           + "The paper runs out by noon, and the tent closes for the afternoon when it does.",
                       "Parking near the quay is impossible that evening, so we left the car at the station. "
                           + "The shuttle bus from there was free and ran every ten minutes until well past midnight.",
                       "If it rains they still launch, just later, and the reflections on the wet stones are lovely. "
                           + "Check the council's page on the day, they post any change to the times by lunchtime.",
                       "Eat before you go or book a table, every kitchen in the quarter is full from six onwards. "
                           + "The bakery by the mill stays open late and sells hot pies to the crowd on the bank."]
        // The opening post in a card of its own, each reply an <article> around its body.
        let opening = "<div class=\"card\"><div class=\"user\">river_walker</div><div class=\"content\"><article class=\"body\">"
            + (lines + ["Has anyone been this year, and is it worth the trip from the city for one night?"])
                .map { "<p>\($0)</p>" }.joined() + "</article></div></div>"
        let posts = replies.map {
            "<article class=\"post\"><h4 class=\"user\">quay_reader</h4><div class=\"content\"><article class=\"body\"><p>\($0)</p></article></div></article>"
        }.joined()
        let others = (1...3).map { "<article><h2><a href=\"/t/\($0)\">Another thread \($0)</a></h2><p>A question about the quarter's bridges, number \($0), asked at some length.</p></article>" }.joined()
        let body = "<div class=\"page\"><h1>Lantern festival returns</h1><div class=\"thread\">\(opening)<div class=\"replies\">\(posts)</div></div></div><aside>\(others)</aside>"
        let read = text(of: try extract(page(body)))
        for reply in replies { #expect(read.contains(reply)) }
        #expect(read.contains(lines[0]))
        #expect(!read.contains("bridges"))
    }

    @Test func commentsUnderAnArticleStayUnread() throws {
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs + "</article>"
            + "<section class=\"comments\">" + (1...6).map {
                "<div class=\"comment\"><p>Comment \($0): what a lovely evening it was by the water this year.</p></div>"
            }.joined() + "</section>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
    }

    /// A thread's messages: a question and its answers.
    var threadPosts: [String] {
        [
            "\(lines[0]) Where should somebody launching a lantern for the first time stand?",
            "Launch from the east bank: the current carries lanterns away from the moored boats there.",
            "Arrive before eight, because the stewards close the launch steps once the crowd is large.",
            "Bring a lantern with a paper frame only; wire frames are turned away at the gate now.",
        ]
    }

    @Test func readsAThreadWrittenAsLikeBlocks() throws {
        let posts = threadPosts
        let body = "<div class=\"page\"><h1>Best place to launch a lantern?</h1><div class=\"thread\">"
            + posts.enumerated().map { index, post in
                // The opening post is the longest: not a fragment of the page's prose on its own.
                let text = index == 0 ? "<p>\(lines[1])</p><p>\(post)</p>" : "<p>\(post)</p>"
                return "<article class=\"post\"><div class=\"post-meta\"><a href=\"/u\">reader</a></div>"
                    + "<div class=\"post-text\">\(text)</div></article>"
            }.joined()
            + "</div></div>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[1]] + posts)
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

    /// A forum message's member card (join date, post count) beside each message is not read.
    @Test func aThreadsMemberCardsAreNotRead() throws {
        let posts = threadPosts
        let body = "<div class=\"page\"><h1>Best place to launch a lantern?</h1><div class=\"thread\">"
            + posts.enumerated().map { index, post in
                "<article class=\"post\"><h4><a href=\"/u/\(index)\">Rower\(index)</a></h4><h5>\(index == 0 ? "Original Poster" : "Senior Member")</h5>"
                    + "<div><div>Join Date: Aug 20\(10 + index)</div><div>Posts: \(index + 1),077</div>"
                    + "<div>Reputation: \(index * 40)</div></div><div class=\"post-text\"><p>\(post)</p></div></article>"
            }.joined()
            + "</div></div>"
        let article = try extract(page(body))
        #expect(article.paragraphs == posts)
        // Each post heard under its author's name, not under a rank badge.
        #expect(!article.sections.contains { $0.heading == "Senior Member" || $0.heading == "Original Poster" })
    }

    @Test func fallsBackToTheArticleBodyInJSONLD() throws {
        let ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Lantern festival returns\","
            + "\"articleBody\":\"\(lines.joined(separator: "\\n")) \(lines[0]) \(lines[1])\"}</script>"
        let body = "<div id=\"root\"><h1>Lantern festival returns</h1><p>Enable scripts to read the rest of this story today.</p></div>"
        let article = try extract(page(body, head: ld))
        #expect(article.paragraphs.first == lines[0])
        #expect(article.paragraphs.count == 4)
    }

    @Test func dropsCallsToActionAndDisclaimers() throws {
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>"
            + "<div class=\"inline-cta\"><p>Get the weekend's events in your inbox every Friday morning, free.</p></div>"
            + "<p>\(lines[1])</p>"
            + "<div class=\"affiliate-disclaimer\"><p>We may earn a commission when you buy through links on this page.</p></div>"
            + "</article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], lines[1]])
    }

    @Test func dropsBylineDisclosureAndCopyrightLinesWrittenAsParagraphs() throws {
        let body = "<article><h1>Lantern festival returns</h1><p>By Priya Raman – Updated Nov 3, 2026</p><p>\(lines[0])</p>"
            + "<p>We may earn a commission when you buy through links on this page.</p><p>\(lines[1])</p>"
            + "<p>© 2026 Riverside Courier. All rights reserved.</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], lines[1]])
    }

    func standfirst(under header: String, description: String? = nil) throws -> String? {
        let head = description.map { "<meta name=\"description\" content=\"\($0)\">" } ?? ""
        let body = "<article><header><h1>Lantern festival returns</h1>\(header)</header><div class=\"body\">"
            + paragraphs + "</div></article>"
        return try extract(page(body, head: head)).standfirst
    }

    @Test func readsTheArticlesOwnStandfirst() throws {
        let own = "Nine thousand lanterns drifted down the river as the festival came back after four years."
        #expect(try standfirst(under: "<p class=\"dek\">\(own)</p>") == own)
        #expect(try standfirst(under: "", description: own) == own)
    }

    /// A line set in the standfirst's type under the lead image, which the page's JSON-LD gives
    /// as that image's caption, is the caption: the page's description is read instead. The same
    /// line is read when the JSON-LD does not call it a caption.
    @Test func refusesAStandfirstThePageCallsAnImagesCaption() throws {
        let caption = "Paper lanterns drifting past the east bank at dusk, just in time for the weekend crowds"
        let description = "Nine thousand lanterns drifted down the river as the festival came back after four years."
        func read(captioned: Bool) throws -> String? {
            let image = captioned ? ",\"image\":[{\"@type\":\"ImageObject\",\"url\":\"/l.jpg\",\"caption\":\"\(caption)\"}]" : ""
            let head = "<meta name=\"description\" content=\"\(description)\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Lantern festival returns\"\(image)}</script>"
            let body = "<article><header><h1>Lantern festival returns</h1><img src=\"/l.jpg\" alt=\"\">"
                + "<div><span class=\"subtitle-2\">\(caption)</span><span>Credit: Ana Lyle</span></div></header>"
                + "<div class=\"body\">\(paragraphs)</div></article>"
            return try extract(page(body, head: head)).standfirst
        }
        #expect(try read(captioned: true) == description)
        #expect(try read(captioned: false) == caption)
    }

    @Test(arguments: [
        "<p class=\"dek\">Sign up for our newsletter to get the week's best stories in your inbox.</p>",
        "<p class=\"subtitle\">Culture, rivers and city life</p>",
        "<p class=\"summary\">By Priya Raman – Updated Nov 3, 2026</p>",
        "<p class=\"dek\">Updated 3 Nov 2026Lantern festival returns</p>",
        "<p class=\"summary\">PRIYA RAMANNov. 3, 2026Updated: Nov. 3, 2026 1:35 a.m. and more words here</p>",
        "<p class=\"dek\">The lantern festival returned to the river quarter on Saturday after a four-year pause.</p>",
        // A byline with share buttons, a list of names and credentials, a widget's doubled text.
        "<p class=\"dek\">By Courier Staff on November 3, 2026 Share on Facebook Share on Email Share on Print</p>",
        "<p class=\"subtitle\">Ana Lyle, PhD, FRGS; Tomas Birch, MSc; Hal Ng, BA, MA, Director of River Studies</p>",
        "<p class=\"summary\">Over nine thousand readers. Over nine thousand readers.</p>",
    ])
    func refusesAStandfirstThatIsNotTheArticlesOwn(_ header: String) throws {
        #expect(try standfirst(under: header) == nil)
    }

    /// A description that carries a dozen words of the body in a row would be heard twice:
    /// straight after the headline and in the body. One sharing only a few words is read.
    @Test func refusesAStandfirstThatRepeatsARunOfTheBody() throws {
        let repeating = "A night on the water in photographs and notes from the bank, as volunteers spent the following "
            + "morning collecting the frames from the shallows downstream and the council weighed its options for next year."
        #expect(try standfirst(under: "", description: repeating) == nil)
        let own = "A night on the water in photographs and notes from the bank, and what the council may decide "
            + "about the route, the banks and the frames for next year."
        #expect(try standfirst(under: "", description: own) == own)
    }

    /// A JSON-LD object describing the site is not the page's description; JSON-LD text escaped
    /// for HTML as well is read decoded.
    @Test func takesThePagesOwnDescriptionOverTheSitesAndDecodesJSONLDText() throws {
        let own = "Nine thousand lanterns drifted down the river as the festival came back after four years."
        let site = "Priya&#39;s riverside blog, sharing walks, festivals and honest notes from ten years on the water."
        let ld = "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"name\": \"Riverside Notes\", "
            + "\"description\": \"\(site)\"}</script>"
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs + "</article>"
        #expect(try extract(page(body, head: ld + "<meta name=\"description\" content=\"\(own)\">")).standfirst == own)
        #expect(try extract(page(body, head: ld)).standfirst
            == "Priya's riverside blog, sharing walks, festivals and honest notes from ten years on the water.")
    }

    /// A description escaped twice ("&amp;#039;") is read as its writer meant it, not as "and hash".
    @Test func decodesADescriptionEscapedTwice() throws {
        let escaped = "The river&amp;#039;s lanterns &amp;amp; boats drifted past the quay as the festival came back after four years."
        #expect(try standfirst(under: "", description: escaped)
                == "The river's lanterns & boats drifted past the quay as the festival came back after four years.")
    }

    /// A sentence of the body set as a heading (a pull quote in large type) is heard once; a long
    /// heading repeated down the page (a promotion) is heard once; a short one repeated is kept.
    @Test func aPullQuoteOrPromotionSetAsAHeadingIsHeardOnce() throws {
        let quoted = "Organisers counted more than nine thousand paper lanterns launched from the east bank."
        let promotion = "Join our lantern workshop and learn to fold, light and launch your own paper lantern this spring"
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0]) \(quoted)</p><h2>“\(quoted)”</h2>"
            + "<p>\(lines[2])</p><h2>\(promotion)</h2><p>\(lines[3])</p><h2>Verdict</h2><p>It was a fine night.</p>"
            + "<h2>\(promotion)</h2><p>The ferry ran late.</p><h2>Verdict</h2><p>It was worth the wait.</p></article>"
        let article = try extract(page(body))
        let headings = article.sections.compactMap(\.heading)
        #expect(!headings.contains(where: { $0.contains("nine thousand") }))
        #expect(text(of: article).components(separatedBy: "nine thousand paper lanterns").count == 2)
        #expect(headings.filter { $0 == promotion }.count == 1)
        #expect(headings.filter { $0 == "Verdict" }.count == 2)
        #expect(text(of: article).contains("The ferry ran late."))
    }

    @Test func refusesADescriptionTheBodyRepeats() throws {
        // The description is the opening paragraph cut short: it would be heard twice.
        let description = "The lantern festival returned to the river quarter on Saturday after a four-year pause. Organisers counted more"
        #expect(try standfirst(under: "", description: description) == nil)
    }

    @Test func aPassageHeardTwiceIsReadOnce() throws {
        let lede = "The lantern festival returned to the river quarter on Saturday after a four-year pause, and organisers said "
            + "more than nine thousand paper lanterns were launched from the east bank before midnight."
        let body = "<article><h1>Lantern festival returns</h1><p>\(lede)</p><p>\(lines[2])</p>"
            + "<div class=\"key-points\"><p>\(lede)</p></div><p>\(lines[3])</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lede, lines[2], lines[3]])
    }

    /// A passage pasted twice in one paragraph (a stray quotation mark between the copies) is
    /// heard once, the paragraph's end kept; a short run said twice on purpose (a workout's set
    /// done twice) is read as written.
    @Test func aPassagePastedTwiceInAParagraphIsHeardOnce() throws {
        let passage = "Some further planning or a supply stop on the second day might be necessary if a longer crossing "
            + "of the moor is what you have in mind."
        let pasted = "\(lines[0]) \(passage) ‘ \(passage)"
        let sets = "Main set: 2 miles at race pace, 3 minutes easy jogging, 2 miles at race pace, 3 minutes easy jogging, "
            + "then a mile home at an easy pace."
        let body = "<article><h1>Lantern festival returns</h1><p>\(pasted)</p><p>\(sets)</p><p>\(lines[3])</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == ["\(lines[0]) \(passage)", sets, lines[3]])
    }

    /// A comparison table's row whose every plan holds the same value says it once; a row of
    /// short values (numbers, "Yes") is read column by column.
    @Test func aTableRowWhoseEveryPlanSaysTheSameSaysItOnce() throws {
        let table = "<table><tr><th>Cover</th><th>Basic</th><th>Plus</th><th>Premier</th></tr>"
            + "<tr><td>Trip cancellation</td><td>Up to 100% of trip cost</td><td>Up to 100% of trip cost</td>"
            + "<td>Up to 100% of trip cost</td></tr>"
            + "<tr><td>Baggage</td><td>500</td><td>500</td><td>500</td></tr>"
            + "<tr><td>Medical</td><td>Up to 10,000 per person</td><td>Up to 50,000 per person</td>"
            + "<td>Up to 50,000 per person</td></tr></table>"
        let body = "<article><h1>Lantern festival returns</h1>\(paragraphs)\(table)</article>"
        let article = try extract(page(body))
        #expect(Array(article.paragraphs.suffix(3)) == [
            "Trip cancellation Up to 100% of trip cost", "Baggage 500 500 500",
            "Medical Up to 10,000 per person Up to 50,000 per person Up to 50,000 per person",
        ])
    }

    @Test func aLineShownTwiceIsReadOnceButAQuestionPutAgainIsKept() throws {
        let promotion = "Get the weekend's lantern walks and ferry times in one handy printable guide"
        let question = "What drew you to the river for the festival this year, after so long away?"
        let body = "<article><h1>Lantern festival returns</h1><p>\(question)</p><p>\(lines[0])</p><p>\(promotion)</p>"
            + "<p>\(question)</p><p>\(lines[1])</p><p>\(promotion)</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [question, lines[0], promotion, question, lines[1]])
    }

    @Test func shortLinesTheArticleRepeatsAreKept() throws {
        let question = "What drew you to the river this year?"
        let body = "<article><h1>Lantern festival returns</h1><p>\(question)</p><p>\(lines[0])</p>"
            + "<p>\(question)</p><p>\(lines[1])</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [question, lines[0], question, lines[1]])
    }

    @Test func textOfSeparateBlocksIsNeverGlued() throws {
        // A standfirst of two blocks and a heading of two: each block's text is set apart from
        // the next, as a browser lays it out.
        let body = "<article><header><h1>Lantern festival returns</h1><div class=\"standfirst\"><p>The festival began with the youth choir.</p>"
            + "<p>In 2016 the choir first sang on the bridge over the river.</p></div></header><div class=\"body\"><p>\(lines[0])</p>"
            + "<h2><span class=\"label\">Part two</span><div>The bridge</div></h2><p>\(lines[1])</p></div></article>"
        let article = try extract(page(body))
        #expect(article.standfirst == "The festival began with the youth choir. In 2016 the choir first sang on the bridge over the river.")
        #expect(article.sections.map(\.heading) == [nil, "Part two The bridge"])
    }

    @Test func escapedMarkupInTextIsNotRead() throws {
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])&lt;span data-mce-type=\"bookmark\"&gt;&lt;/span&gt;</p>"
            + "<p>\(lines[1])</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], lines[1]])
    }

    @Test func capitalAndBoldLinesBetweenParagraphsAreHeadings() throws {
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p><p>EAST BANK FILLS EARLY</p><p>\(lines[1])</p>"
            + "<p><strong>What happens to the frames?</strong></p><p>\(lines[2])</p>"
            + "<p><b>Note:</b> the ferry runs late on festival nights, the operator said.</p>"
            + "<p><strong>The council will decide the route in spring.</strong></p><p>\(lines[3])</p></article>"
        let article = try extract(page(body))
        #expect(article.sections.map(\.heading) == [nil, "EAST BANK FILLS EARLY", "What happens to the frames?"])
        #expect(article.sections.last?.paragraphs == [lines[2], "Note: the ferry runs late on festival nights, the operator said.",
                                                      "The council will decide the route in spring.", lines[3]])
    }

    @Test func orderedListsSpeakTheirNumbersAndKeepEveryItem() throws {
        let items = ["A paper lantern with no wire frame.", "Matches kept in a dry tin.",
                     "<a href=\"/coats\">Warm clothes</a> for the night on the east bank.", "A torch for the walk home."]
        let body = "<article><h1>What to bring</h1><p>\(lines[0])</p><ol start=\"7\">"
            + items.map { "<li>\($0)</li>" }.joined() + "</ol><ul><li>Unnumbered items stay unnumbered.</li></ul></article>"
        let article = try extract(page(body))
        // The text holds the items as written; the numbers are spoken.
        #expect(article.paragraphs == [lines[0], "A paper lantern with no wire frame.", "Matches kept in a dry tin.",
                                       "Warm clothes for the night on the east bank.", "A torch for the walk home.",
                                       "Unnumbered items stay unnumbered."])
        let spoken = SpeechPlanner().plan(article).utterances.map(\.text)
        #expect(Array(spoken.suffix(5)) == ["7. A paper lantern with no wire frame.", "8. Matches kept in a dry tin.",
                                            "9. Warm clothes for the night on the east bank.", "10. A torch for the walk home.",
                                            "Unnumbered items stay unnumbered."])
    }

    @Test func aTableOfContentsIsNotRead() throws {
        let headings = ["Where to stand", "What to bring", "Getting home"]
        let body = "<article><h1>Lantern festival guide</h1><p>\(lines[0])</p><div class=\"contents\"><ul>"
            + headings.map { "<li>\($0)</li>" }.joined() + "</ul></div>"
            + zip(headings, lines.dropFirst()).map { "<h2>\($0)</h2><p>\($1)</p>" }.joined() + "</article>"
        let article = try extract(page(body))
        #expect(article.sections.map(\.heading) == [nil] + headings)
        #expect(article.paragraphs == lines)
        // Numbered entries, and a heading with a typographic apostrophe the entry spells plainly.
        let numbered = ["Where to stand", "What to bring", "Getting home from the river\u{2019}s edge"]
        let entries = ["1 Where to stand", "2. What to bring", "2.1 Getting home from the river's edge"]
        let withNumbers = "<article><h1>Lantern festival guide</h1><p>\(lines[0])</p><div class=\"contents\">"
            + entries.map { "<div><span>\($0.prefix { $0 != " " })</span> <span>\($0.drop { $0 != " " }.dropFirst())</span></div>" }.joined() + "</div>"
            + zip(numbered, lines.dropFirst()).map { "<h2>\($0)</h2><p>\($1)</p>" }.joined() + "</article>"
        let guide = try extract(page(withNumbers))
        #expect(guide.paragraphs == lines)
    }

    @Test func postNavigationAndIconNamesAreNotRead() throws {
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p><p>\(lines[1]) chevron_right</p>"
            + "<div class=\"post-nav\"><p>Previous post</p><p>Next post</p></div>"
            + "<p>Follow her on Mastodon for more river stories</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], lines[1]])
    }

    /// A page with no article of its own, a listing whose entries are links around a few lines
    /// each, is read for what its main region shows, entry by entry; its menu and footer are not.
    @Test func aListingWithoutAnArticleIsReadLineByLine() throws {
        let jobs = [("Lantern maker", "Riverside Works", "Full-time"), ("Boat pilot", "Weir Ferries", "Seasonal"),
                    ("Festival steward", "Quarter Council", "Part-time"), ("Paper folder", "Mill Studio", "Remote")]
        let cards = jobs.enumerated().map { index, job in
            "<li><a href=\"/jobs/\(index)\"><h3>\(job.0)</h3><div>\(job.1)</div><div>\(job.2)</div><div>Posted 3 days ago</div></a>"
                + "<div>・</div><div><a href=\"/co/\(index)\">View company profile</a></div></li>"
        }.joined()
        let body = "<header><nav><a href=\"/\">Home</a> <a href=\"/jobs\">Jobs</a> <a href=\"/about\">About us</a></nav></header>"
            + "<main><h1>Jobs on the river</h1><ul class=\"jobs\">\(cards)</ul></main>"
            + "<footer><p>Riverside Courier, 12 Quay Street. All rights reserved.</p></footer>"
        let read = text(of: try extract(page(body))) + " " + (try extract(page(body))).sections.compactMap(\.heading).joined(separator: " ")
        for job in jobs {
            #expect(read.contains(job.0) && read.contains(job.1) && read.contains(job.2), "\(job)")
        }
        #expect(!read.contains("About us"))
        #expect(!read.contains("Quay Street"))
        // A control's label on every entry, and a separator, are not read.
        #expect(!read.contains("View company profile"))
        #expect(!read.contains("・"))
    }

    /// A shop's collection: a blurb of prose above a grid of products showing four times as
    /// much. Unless the page says it is an article, the grid is the page and is read too.
    @Test func aCollectionUnderABlurbIsReadUnlessThePageSaysItIsAnArticle() throws {
        let blurb = lines + ["Every lantern in this shop is folded by hand in the quarter from paper made at the old mill."]
        let products = (1...24).map { n in
            "<li><a href=\"/p/\(n)\"><h3>Paper lantern number \(n)</h3></a><div>Folded by hand, size \(n)</div><div>$\(n + 10).00</div></li>"
        }.joined()
        let body = "<div class=\"top\"><h1>Lanterns</h1></div><div class=\"intro\">" + blurb.map { "<p>\($0)</p>" }.joined()
            + "</div><div class=\"products\"><ul>\(products)</ul></div>"
        let shop = try extract(page(body))
        let read = shop.paragraphs.joined(separator: " ") + " " + shop.sections.compactMap(\.heading).joined(separator: " ")
        #expect(read.contains("Paper lantern number 17") && read.contains("$27.00"))
        #expect(read.contains(lines[0]))
        let article = try extract(page(body, head: "<meta property=\"og:type\" content=\"article\">"))
        #expect(article.paragraphs == blurb)
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

    /// A shop's category page: a blurb in `<main>` (with the headline) above its products, and
    /// the category's long guide in a plain section of its own below the main region. The guide
    /// holds three times the blurb's prose: both are read, the blurb first. A footer holding as
    /// much (a privacy policy) is not read.
    @Test func aLongGuideOutsideTheMainRegionIsReadWithIt() throws {
        let guide = (1...8).map { n in
            "<h3>Question \(n) about lanterns</h3><p>Paper lanterns of size \(n) need a frame of split bamboo and a wick that burns for at least \(n * 10) minutes on the water.</p>"
        }.joined()
        let main = "<main><h1>Lanterns</h1>" + lines.prefix(3).map { "<p>\($0)</p>" }.joined()
            + (1...8).map { "<div class=\"tile\"><a href=\"/p/\($0)\">Lantern \($0)</a></div>" }.joined() + "</main>"
        let shop = try extract(page(main + "<div class=\"bottom\"><div class=\"long-text\">\(guide)</div></div>"))
        let read = text(of: shop)
        #expect(read.hasPrefix(lines[0]))
        #expect(read.contains("a wick that burns for at least 80 minutes"))
        #expect(shop.sections.compactMap(\.heading).contains("Question 3 about lanterns"))
        let footer = try extract(page(main + "<footer><div class=\"long-text\">\(guide)</div></footer>"))
        #expect(footer.paragraphs == Array(lines.prefix(3)))
    }

    /// A blog's index: each post an `<article>` with its title and its text. On a page that
    /// does not say it is an article, every post is read; on one that does, the posts beside
    /// the article are other stories.
    @Test func aBlogIndexIsReadPostByPost() throws {
        let diary = ["On day %d of the festival the lantern makers opened their workshops to visitors from the river quarter.",
                     "Queues formed before dawn, and by noon on day %d the paper for the smallest lanterns had run out.",
                     "The makers showed how a frame of split bamboo is bent, tied and glued before the paper goes on.",
                     "Children were given offcuts to fold into boats, and the best of them sailed on the millpond at dusk."]
        // Each post's class names its number, as blog templates do: no run of like blocks.
        let posts = (1...4).map { n in
            "<article class=\"post-\(n) entry\"><h2><a href=\"/post/\(n)\">Festival diary, day \(n)</a></h2><div class=\"entry-content\">"
                + diary.map { "<p>" + String(format: $0, n) + "</p>" }.joined() + "</div></article>"
        }.joined()
        let body = "<header><h1 class=\"site-title\">River Quarter Diary</h1></header><section class=\"blog-list\">\(posts)</section>"
        let index = try extract(page(body, head: "<meta property=\"og:type\" content=\"website\">"))
        for n in 1...4 { #expect(text(of: index).contains("On day \(n) of the festival")) }
        let article = try extract(page(body, head: "<meta property=\"og:type\" content=\"article\">"))
        #expect(text(of: article).components(separatedBy: "of the festival the lantern makers").count == 2)
    }

    /// A thread whose longest message is in the middle: the messages before it, made from the
    /// same template, are read too, in the page's order.
    @Test func aThreadIsReadFromItsFirstMessage() throws {
        let replies = ["We went last year and the lanterns were launched from the east bank at dusk, well worth the trip.",
                       "Bring a coat, the wind off the weir is cold after dark even in the early autumn weeks of the year.",
                       "The ferry runs late on festival night, so there is no need to leave before the last lantern goes up.",
                       "Stand on the old bridge if you can, the view of the whole river from there is the best one of all."]
        func message(_ name: String, _ paragraphs: [String]) -> String {
            "<article class=\"message\"><h4 class=\"name\">\(name)</h4><div class=\"content\">"
                + paragraphs.map { "<p>\($0)</p>" }.joined() + "</div></article>"
        }
        let thread = message("river_walker", Array(replies[0...1])) + message("quay", [replies[2]])
            + message("mill", lines) + message("bridge", [replies[3]])
        let body = "<div class=\"page\"><h1>Lantern festival returns</h1><div class=\"thread\">\(thread)</div></div>"
        let read = try extract(page(body)).paragraphs
        #expect(read == Array(replies[0...2]) + lines + [replies[3]])
    }

    /// A forum that puts the opening post in one block and the replies in another, each
    /// message an `<article>` (one reply holding a link's card with a title): the whole thread
    /// is read, not the long opening post alone.
    @Test func aThreadSplitIntoTwoBlocksIsReadWhole() throws {
        let replies = ["We went last year and the lanterns were launched from the east bank at dusk, well worth the trip.",
                       "Bring a coat, the wind off the weir is cold after dark even in the early autumn weeks of the year.",
                       "The ferry runs late on festival night, so there is no need to leave before the last lantern goes up."]
        func message(_ name: String, _ content: String) -> String {
            "<article class=\"message\"><h4 class=\"name\">\(name)</h4><div class=\"content\">\(content)</div></article>"
        }
        let opening = message("river_walker", paragraphs + "<p>Is it worth the trip from the city for one night, do you think?</p>")
        let card = "<div class=\"card\"><h3><a href=\"/guide\">Festival guide</a></h3></div>"
        let answers = message("quay", "<p>\(replies[0])</p>") + message("mill", "<p>\(replies[1])</p>\(card)")
            + message("bridge", "<p>\(replies[2])</p>")
        let body = "<div class=\"page\"><h1>Lantern festival returns</h1><div class=\"messages\"><div class=\"opening\">\(opening)</div>"
            + "<div class=\"replies\">\(answers)</div></div></div>"
        let read = text(of: try extract(page(body)))
        #expect(read.hasPrefix(lines[0]))
        for reply in replies { #expect(read.contains(reply)) }
    }

    /// An accordion of questions: each answer hidden until its button, which says whether it
    /// is expanded, opens it. The answers are the page's text and are read; a hidden element no
    /// control opens (a dialog a script shows) is not.
    @Test func theAnswersOfAnAccordionAreRead() throws {
        let answers = ["Lanterns are launched from the east bank at dusk, about half past seven in September.",
                       "Paper lanterns only: the council does not allow sky lanterns or open flames on the bridges.",
                       "The frames are collected from the shallows the next morning by volunteers with nets."]
        // The last button leaves saying whether it is open to a script.
        let faq = answers.enumerated().map { n, answer in
            "<div class=\"item\"><h3><button \(n < 2 ? "aria-expanded=\"false\" " : "")aria-controls=\"answer-\(n)\">Question \(n + 1)</button></h3>"
                + "<div id=\"answer-\(n)\" class=\"panel\" hidden><p>\(answer)</p></div></div>"
        }.joined()
        let dialog = "<div id=\"signup\" hidden><p>Sign up for the festival newsletter and hear about every launch before anyone else.</p></div>"
        let body = "<main><h1>Lantern festival returns</h1>\(paragraphs)<section class=\"faq\">\(faq)</section>\(dialog)</main>"
        let read = text(of: try extract(page(body)))
        #expect(read.hasPrefix(lines[0]))
        for answer in answers { #expect(read.contains(answer)) }
        #expect(!read.contains("newsletter"))
    }

    @Test func truePagesWithoutAnArticleStillSaySo() throws {
        let body = "<nav><a href=\"/\">Home</a> <a href=\"/a\">About</a></nav><div class=\"grid\">"
            + (1...6).map { "<div class=\"card\"><a href=\"/p\($0)\">Product \($0)</a></div>" }.joined() + "</div>"
        #expect(throws: ExtractionError.self) { try extract(page(body)) }
    }
}
