import Foundation
import Testing
@testable import Narrator

/// What a page shows twice is heard once: pull quotes, runs of lines, passages, table rows; what
/// the article itself repeats is kept.
extension PageShapesTests {
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

    /// A passage the page names as a pull quote (its class) is heard once even when the template
    /// sets it far from the paragraph it comes from; one named so whose words the article does
    /// not say elsewhere is the page's own quotation, and is heard.
    @Test func aNamedPullQuoteFarFromItsParagraphIsHeardOnce() throws {
        let quoted = "The lanterns are the one night a year when the whole river belongs to everyone who lives on it."
        let ownQuote = "Nobody who has seen the river lit from end to end forgets the silence on the bridge."
        let filler = (1...8).map { "<p>Paragraph \($0) tells of the route, the weather and the boats that kept watch.</p>" }
        let body = "<article><h1>Lantern festival returns</h1>"
            + "<div class=\"article-pull-quote\"><q>\(quoted)</q></div>" + filler.joined()
            + "<p>\(lines[0]) The mayor said it plainly: \(quoted) Then she lit the first one.</p>"
            + "<figure class=\"wp-block-pullquote\"><blockquote><p>\(ownQuote)</p></blockquote></figure>" + paragraphs + "</article>"
        let read = text(of: try extract(page(body)))
        #expect(read.components(separatedBy: "belongs to everyone who lives on it").count == 2)
        #expect(read.contains("The mayor said it plainly"))
        #expect(read.contains(ownQuote))
        for line in lines { #expect(read.contains(line)) }
    }

    /// A page builder's testimonial box used to set a sentence of the article apart (far from
    /// the paragraph it comes from) is heard once; a customer's testimonial that the article does
    /// not say elsewhere is heard.
    @Test func aTestimonialBoxQuotingTheArticleIsHeardOnce() throws {
        let quoted = "The most important thing when choosing a ferry pass is how often you cross the river."
        let customer = "I bought the yearly pass in March and it has paid for itself twice over since then."
        let filler = (1...8).map { "<p>Paragraph \($0) compares the timetables, the fares and the boats on each route.</p>" }
        let body = "<article><h1>Ferry passes compared</h1>"
            + "<div class=\"widget-testimonial\"><div class=\"testimonial-content\">\(quoted)</div></div>" + filler.joined()
            + "<p>\(lines[0]) Even so, the most important thing when choosing a ferry pass is how often you cross the river. Prices come second.</p>"
            + "<div class=\"testimonial-content\">\(customer)</div>" + paragraphs + "</article>"
        let read = text(of: try extract(page(body)))
        #expect(read.components(separatedBy: "how often you cross the river").count == 2)
        #expect(read.contains("Prices come second."))
        #expect(read.contains(customer))
        for line in lines { #expect(read.contains(line)) }
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

    @Test func aPassageHeardTwiceIsReadOnce() throws {
        let lede = "The lantern festival returned to the river quarter on Saturday after a four-year pause, and organisers said "
            + "more than nine thousand paper lanterns were launched from the east bank before midnight."
        let body = "<article><h1>Lantern festival returns</h1><p>\(lede)</p><p>\(lines[2])</p>"
            + "<div class=\"key-points\"><p>\(lede)</p></div><p>\(lines[3])</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lede, lines[2], lines[3]])
    }

    /// A passage told again with other figures (an offer's terms for each country, in its
    /// currency) is the article's own and heard each time; the same passage with the same
    /// figures, in a box below, is heard once, and so is the passage with a figure added (a
    /// forum reply quoting it with an attachment's number).
    @Test func aPassageToldAgainWithOtherFiguresIsHeard() throws {
        func terms(_ price: String) -> String {
            "Receive a free lantern kit with your purchase of \(price) or more, valid from March 3 to March 9 at the "
                + "festival shop and online, while stocks last; the kit cannot be exchanged for cash or combined with other offers."
        }
        let body = "<article><h1>Lantern festival returns</h1>\(paragraphs)<p><strong>US</strong></p><p>\(terms("$40"))</p>"
            + "<p><strong>UK</strong></p><p>\(terms("£35"))</p><p><strong>Canada</strong></p><p>\(terms("$55 CAD"))</p>"
            + "<div><p>\(terms("£35"))</p></div><p>\(lines[3])</p><div><p>\(terms("$40")) View attachment 2028258</p></div></article>"
        let read = try extract(page(body)).paragraphs
        #expect(read.filter { $0.hasPrefix("Receive a free lantern kit") } == [terms("$40"), terms("£35"), terms("$55 CAD")])
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
            "Trip cancellation, Up to 100% of trip cost", "Baggage, 500, 500, 500",
            "Medical, Up to 10,000 per person, Up to 50,000 per person, Up to 50,000 per person",
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

    /// A list may say its own lines again: a training plan's "Warm up" and "Friday: rest day" on
    /// every week, and a session retold with other figures, are all heard. The same lines first
    /// said in another list (a summary box above it) are a repeat there, not here.
    @Test func aListsOwnLinesSaidAgainAreHeard() throws {
        let warmUp = "Warm up: ten minutes of easy jogging, then five short strides at a quick but relaxed pace"
        let coolDown = "Cool down: ten minutes of easy jogging"
        let days = ["Week 1: finding your feet", "Tuesday: intervals", warmUp,
                    "Main set: repeat 6 to 8 times, ending when the next interval would be your last at the same pace: 400 metres at race pace, 2 minutes easy",
                    coolDown, "Friday: rest day", "Saturday: rest day", "Sunday: long run of 40 minutes",
                    "Week 2: building up", "Tuesday: intervals", warmUp,
                    "Main set: repeat 8 to 10 times, ending when the next interval would be your last at the same pace: 400 metres at race pace, 90 seconds easy",
                    coolDown, "Friday: rest day", "Saturday: rest day", "Sunday: long run of 50 minutes"]
        let plan = "<ul>" + days.map { "<li>\($0)</li>" }.joined() + "</ul>"
        let body = "<article><h1>A ten-week plan for your first half marathon</h1>\(paragraphs)\(plan)</article>"
        let read = try extract(page(body)).paragraphs
        #expect(Array(read.suffix(days.count)) == days)
        // The plan's sessions listed again in a box below it, as another list, are heard once.
        let box = "<ul><li>\(warmUp)</li><li>\(coolDown)</li><li>Friday: rest day</li><li>Saturday: rest day</li></ul>"
        let twice = try extract(page("<article><h1>A ten-week plan for your first half marathon</h1>\(paragraphs)\(plan)\(box)</article>")).paragraphs
        #expect(Array(twice.suffix(days.count)) == days)
    }

    /// A box set again whole further down the page (a call to action between chapters: a
    /// heading, a line, a button; fewer words than a run of lines must hold) is heard once,
    /// where it first stands; a short section repeated week after week ("Friday" over "Rest
    /// day") and a label heading each of three entries or more ("Examples of use" over the
    /// same line) are the article's own and heard each time.
    @Test func aBoxShownAgainWholeIsHeardOnce() throws {
        let box = "<div class=\"rounded-box\"><h2>Fold lanterns anywhere with the app</h2>"
            + "<p>Ready for your first lantern?</p><a class=\"button\" href=\"/app\">Start now</a></div>"
        func week(_ number: Int) -> String {
            "<h2>Week \(number)</h2><p>Fold \(number) lanterns and light one of them on the bank.</p>"
                + "<h3>Friday</h3><p>Rest day</p><h3>Sunday</h3><p>A walk of \(number + 2) miles by the river</p>"
        }
        func entry(_ name: String) -> String {
            "<h2>\(name)</h2><p>The \(name.lowercased()) kit holds paper, glue and a wire frame.</p>"
                + "<h3>Examples of use</h3><p>Since the first festival, as shown</p>"
        }
        let body = "<article><h1>Lantern festival returns</h1>" + lines.prefix(3).map { "<p>\($0)</p>" }.joined()
            + box + week(1) + week(2) + box + entry("Paper") + entry("Silk") + entry("Bamboo") + "<p>\(lines[3])</p></article>"
        let article = try extract(page(body))
        let read = text(of: article)
        #expect(article.sections.filter { $0.heading == "Fold lanterns anywhere with the app" }.count == 1)
        #expect(read.components(separatedBy: "Ready for your first lantern?").count == 2)
        #expect(read.components(separatedBy: "Rest day").count == 3)
        #expect(read.components(separatedBy: "Since the first festival, as shown").count == 4)
        for line in lines { #expect(read.contains(line)) }
    }
}
