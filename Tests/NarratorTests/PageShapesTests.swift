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
        #expect(article.paragraphs == [lines[0], "Bank, Lanterns", "East, 6,200", "West, 2,950", lines[1]])
    }

    /// A table's rows of bare numbers beside a name are rows, not date lines (a four-digit
    /// score is not a year); a date line between paragraphs is still left out.
    @Test func readsRowsOfNumbersButNotADateLine() throws {
        let row = { (cells: [String]) in "<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>" }
        let table = "<table><tr><th>Rank</th><th>Crew</th><th>Points</th><th>Wins</th><th>Seconds</th><th>Starts</th></tr>"
            + row(["1", "Ada Reyes", "5040", "5", "1", "17"]) + row(["2", "Tom Okafor", "5035", "7", "0", "15"]) + "</table>"
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>\(table)<p>\(lines[1])</p>"
            + "<p>23 Nov 2017</p><p>\(lines[2])</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], "Rank, Crew, Points, Wins, Seconds, Starts", "1, Ada Reyes, 5040, 5, 1, 17",
                                       "2, Tom Okafor, 5035, 7, 0, 15",
                                       lines[1], lines[2]])
    }

    /// A code listing set as a table, its line numbers in a column beside the code (as syntax
    /// highlighters write it), is not read aloud, as no code is: neither its code nor a count of
    /// its lines; a column of numbers beside words is data, and prose set in a table is read, as is
    /// a value set as code beside its label.
    @Test func aCodeListingSetAsATableIsNotRead() throws {
        let gutter = (1...3).map { "<span class=\"lnt\"><a href=\"#l\($0)\">\($0)</a>\n</span>" }.joined()
        let chroma = "<div class=\"highlight\"><table class=\"lntable\"><tr><td class=\"lntd\"><pre><code>\(gutter)</code></pre></td>"
            + "<td class=\"lntd\"><pre><code>let lanterns = 40\nlet boats = 3\nprint(lanterns / boats)</code></pre></td></tr></table></div>"
        let rouge = "<table class=\"rouge-table\"><tr><td class=\"rouge-gutter gl\"><pre class=\"lineno\">14\n15</pre></td>"
            + "<td class=\"rouge-code\"><pre>light(all);\nwait();</pre></td></tr></table>"
        let pygments = "<table class=\"highlighttable\"><tr><td class=\"linenos\"><div class=\"linenodiv\"><pre>1\n2</pre></div></td>"
            + "<td class=\"code\"><div class=\"highlight\"><pre><span>boats = [];</span>\n<span>boats.push(1);</span></pre></div></td></tr></table>"
        let ranks = "<table><tr><td>1 2 3</td><td>East bank boats</td></tr><tr><td>4</td><td>West bank</td></tr></table>"
        let poem = "<table><tr><td><pre>Paper and flame\non the slow water</pre></td><td>from the festival book</td></tr>"
            + "<tr><th>Default:</th><td><pre><code>lanterns off;</code></pre></td></tr></table>"
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>\(chroma)\(rouge)\(pygments)\(ranks)\(poem)<p>\(lines[1])</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], "1 2 3, East bank boats", "4, West bank",
                                       "Paper and flame on the slow water, from the festival book", "Default: lanterns off;", lines[1]])
    }

    @Test func readsATableWithATitleRowAsASectionOfRows() throws {
        let table = "<table><thead><tr><th colspan=\"2\"><h3>Lantern kit specs</h3></th></tr></thead><tbody>"
            + "<tr><td><strong>Height</strong></td><td>900</td></tr><tr><td><strong>Paper</strong></td><td>Rice paper</td></tr>"
            + "<tr><td><strong>Weight</strong></td><td>3.5</td></tr>"
            // A heading with more text in its row is a line of the table, not a section's title.
            + "<tr><th colspan=\"2\"><h4>Note</h4> weighed with the wick</th></tr></tbody></table>"
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>\(table)<p>\(lines[1])</p></article>"
        let article = try extract(page(body))
        #expect(article.sections.map(\.heading) == [nil, "Lantern kit specs"])
        #expect(article.paragraphs == [lines[0], "Height, 900", "Paper, Rice paper", "Weight, 3.5", "Note weighed with the wick",
                                       lines[1]])
    }

    @Test func readsAGridWhoseCellsWrapTheirValuesInBlocksRowByRow() throws {
        let cell = { (text: String) in "<td><div><p>\(text)</p></div></td>" }
        let table = "<table><tr>\(cell("Height"))\(cell("900"))</tr><tr>\(cell("Paper"))\(cell("Rice paper"))</tr></table>"
        // A caption holding blocks is not a cell: that table stays a container, its caption read.
        let captioned = "<table><caption><div><h3>Wicks</h3><p>Cotton, waxed by hand</p></div></caption>"
            + "<tr>\(cell("Length"))\(cell("Short"))</tr><tr>\(cell("Burn"))\(cell("Nine hours"))</tr></table>"
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>\(table)\(captioned)<p>\(lines[1])</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], "Height, 900", "Paper, Rice paper",
                                       "Cotton, waxed by hand", "Length", "Short", "Burn", "Nine hours", lines[1]])
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

    @Test func fallsBackToTheArticleBodyInJSONLD() throws {
        let ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Lantern festival returns\","
            + "\"articleBody\":\"\(lines.joined(separator: "\\n")) \(lines[0]) \(lines[1])\"}</script>"
        let body = "<div id=\"root\"><h1>Lantern festival returns</h1><p>Enable scripts to read the rest of this story today.</p></div>"
        let article = try extract(page(body, head: ld))
        #expect(article.paragraphs.first == lines[0])
        #expect(article.paragraphs.count == 4)
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
