import Foundation
import Testing
@testable import Narrator

/// The words as heard: blocks never glued, icons keeping words apart, headings set as capital or
/// bold lines, ordered lists with their numbers.
extension PageShapesTests {
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

    /// Paragraphs set apart by two line breaks (`<br><br>`, a no-break space between them or
    /// not) rather than in elements of their own are read as paragraphs, in a `<p>`, in loose
    /// text, and in a list item, which keeps its number on its first; one line break is a space.
    @Test func twoLineBreaksEndAParagraph() throws {
        let poem = "The quay at dusk,<br>the lanterns low"
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])<br><br>\(lines[1])<br>\n&nbsp;<br>\(poem)</p>"
            + "<div>\(lines[2])<br/> <br/>\(lines[3])</div><ol><li>Fold the frame.<br><br>Glue the paper.</li></ol></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], lines[1], "The quay at dusk, the lanterns low", lines[2], lines[3],
                                       "Fold the frame.", "Glue the paper."])
        #expect(article.sections[0].listNumbers == [5: 1])
    }

    /// An icon between two words inside a line is still a word boundary when it is not read.
    @Test func anIconBetweenWordsKeepsThemApart() throws {
        let body = "<article><h1>Lantern festival returns</h1>" + paragraphs
            + "<p>Windproof<svg viewBox=\"0 0 24 24\"><polyline points=\"9 18 15 12\"></polyline></svg>six out of six in the test.</p></article>"
        let read = text(of: try extract(page(body)))
        #expect(read.contains("Windproof six out of six"))
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

    @Test func inlineElementsLaidOutApartAreNotGlued() throws {
        // Inline elements a page's styles set apart: a capitalised word right after a
        // lower-case letter, a digit or a sentence's mark is a new word; a drop capital and
        // code are left as written.
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>"
            + "<p>Rated<span>4</span><span>Rated 4 stars</span> by <a href=\"/v\">visitors</a><span>Most</span> said so.</p>"
            + "<p>The frames were reused.<span>Nobody</span> asked why; see the <a href=\"/l\">lantern</a>s. <span class=\"dropcap\">M</span>cKenna came.</p>"
            + "<p>Call <code>set<span>State</span></code> with <code>T: ?<span>Sized</span></code>.</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs.dropFirst() == ["Rated4 Rated 4 stars by visitors Most said so.",
                                                   "The frames were reused. Nobody asked why; see the lanterns. McKenna came.",
                                                   "Call setState with T: ?Sized."])
    }

    /// A reference HTML5 named ("&mldr;", "&colon;") is its character, as a browser shows it,
    /// though libxml2 2.9 knows only HTML 4's names; a reference the text spells out ("&amp;colon;")
    /// and a name HTML does not have stay as written.
    @Test func html5NamedReferencesAreReadAsTheirCharacters() throws {
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>"
            + "<p>Oh&mldr; and the frames came back&mldr;</p><p>Rule&colon; no open flames&excl; Bring&NewLine;water.</p>"
            + "<p>Type &amp;colon; for a colon; AT&amp;T&semi; &madeupname; &amp;&mldr;<b>done</b>&COPY;</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs.dropFirst() == ["Oh… and the frames came back…", "Rule: no open flames! Bring water.",
                                                   "Type &colon; for a colon; AT&T; &madeupname; &…done©"])
    }

    /// An address a page hides from harvesters ("[email protected]" in the page, the address in
    /// `data-cfemail` or in the link around it for a script to put in its place) is read as the
    /// reader sees it (the element's own address before its link's); a value that holds no
    /// address leaves the page's text as written, and so does a link's own wording.
    @Test func hiddenEmailAddressesAreReadAsTheReaderSeesThem() throws {
        func hidden(_ address: String, key: UInt8) -> String {
            ([key] + address.utf8.map { $0 ^ key }).map { String(format: "%02x", $0) }.joined()
        }
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>"
            + "<p>Write to <a href=\"/cdn-cgi/l/email-protection#\(hidden("info@lanterns.example", key: 0x21))\">"
            + "<span class=\"__cf_email__\" data-cfemail=\"\(hidden("press@lanterns.example", key: 0x5a))\">[email&#160;protected]</span></a> for tickets.</p>"
            + "<p>Stall holders can write to <span data-cfemail=\"\(hidden("stalls@lanterns.example", key: 0xC3).uppercased())\"><b>[email</b> protected]</span>, or ask at the desk.</p>"
            + "<p>Volunteers: <span data-cfemail=\"\(hidden("no address here", key: 0x5a))\">[email&#160;protected]</span>"
            + " and <span data-cfemail=\"zz12\">[email&#160;protected]</span>.</p>"
            + "<p>Anything left on the bank goes to the lost property office, <a href=\"https://lanterns.example/cdn-cgi/l/email-protection#"
            + "\(hidden("found@lanterns.example", key: 0x7e))\"><span class=\"__cf_email__\">[email&#160;protected]</span></a>, until spring.</p>"
            + "<p>Questions about the route? <a href=\"/cdn-cgi/l/email-protection#\(hidden("route@lanterns.example", key: 0x11))\">Email the"
            + " organisers</a> before the night.</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs.dropFirst() == ["Write to press@lanterns.example for tickets.",
                                                   "Stall holders can write to stalls@lanterns.example, or ask at the desk.",
                                                   "Volunteers: [email protected] and [email protected].",
                                                   "Anything left on the bank goes to the lost property office, found@lanterns.example, until spring.",
                                                   "Questions about the route? Email the organisers before the night."])
    }

    /// A line that is nothing but a template's placeholder (a script's alert, a CMS's banner
    /// code) is not read; the same line set as code, or a placeholder inside a sentence, is.
    @Test func aTemplatesUnfilledPlaceholderIsNotRead() throws {
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>"
            + "<p>{{festival-banner=\"/banners/lanterns\"}}</p>"
            + "<div class=\"alert\" ng-show=\"board.errors[12]\" ng-cloak> <strong>{{ board.errors[12].message }}</strong> </div>"
            + "<p>\(lines[1])</p><dl><dt><code>{{ lantern.colour }}</code></dt><dd>The colour the maker chose.</dd></dl>"
            + "<div><code>{{ lantern.maker }}</code> {{ lantern.size }}</div>"
            + "<p>Write {{ name }} on the paper before it is lit.</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], lines[1], "{{ lantern.colour }}", "The colour the maker chose.",
                                       "{{ lantern.maker }} {{ lantern.size }}", "Write {{ name }} on the paper before it is lit."])
    }

    /// A shortcode a plugin did not render (as a line or in a heading's type) and a script's data
    /// set out as text are not read; a bracketed name, a signature and a shortcode inside a sentence are.
    @Test func unrenderedShortcodesAndScriptDataAreNotRead() throws {
        let data = "{\"widgetId\":\"LanternGrid\",\"items\":[{\"id\":\"L1\",\"price\":4.5}]}"
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>"
            + "<p>[signup form=1630175]</p><p>[CTA_MODULE]</p><div class=\"state\">\(data)</div>"
            + "<p>[River Trust]</p><p>[start[, step]]</p><p>\(lines[1])</p><pre><code>\(data)</code></pre>"
            + "<h2>[CTA_MODULE]</h2><p>The survey [n=12] was small, the trust said.</p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], "[River Trust]", "[start[, step]]", lines[1],
                                       "The survey [n=12] was small, the trust said."])
        #expect(article.sections.allSatisfy { $0.heading == nil })
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

    /// Items numbered the ways pages number them: an `<ol>` item holding blocks (a step's text in
    /// a `<p>`), a `<ul>` whose items a style numbers (a recipe card's steps); an item that writes
    /// its own number first is not numbered twice.
    @Test func listItemsHoldingBlocksOrNumberedByStyleSpeakTheirNumbers() throws {
        let body = "<article><h1>What to bring</h1><p>\(lines[0])</p>"
            + "<ol><li><p>Fold the paper along the long edge.</p></li><li><div><span>Glue the frame to the base.</span></div></li></ol>"
            + "<h2>Steps</h2><ul><li style=\"list-style-type: decimal;\"><div>Cut the wire to length.</div></li>"
            + "<li style=\"list-style-type: decimal;\"><div>Bend the wire into a ring.</div></li></ul>"
            + "<h2>Ranked</h2><ol><li>#1 Silk lantern with a bamboo frame</li><li>41. Paper lantern, plain</li><li>2.5 metres of wire</li></ol>"
            + "<h2>Kept</h2><ul><li style=\"list-style-type: disc\">A torch for the walk home.</li></ul></article>"
        let spoken = SpeechPlanner().plan(try extract(page(body))).utterances.map(\.text)
        #expect(Array(spoken.suffix(11)) == ["1. Fold the paper along the long edge.", "2. Glue the frame to the base.", "Steps",
                                             "1. Cut the wire to length.", "2. Bend the wire into a ring.", "Ranked",
                                             "#1 Silk lantern with a bamboo frame", "41. Paper lantern, plain", "3. 2.5 metres of wire",
                                             "Kept", "A torch for the walk home."])
    }

    /// A numbered list is heard whole or not at all: a recipe card's steps that retell the method
    /// above them are all read, in order, with their numbers (none dropped as heard before);
    /// a list that only restates a summary above it is left out whole.
    @Test func aNumberedListIsHeardWholeOrNotAtAll() throws {
        let method = ["Whisk the water and the starter together in a large bowl and leave it covered for forty-five minutes on the counter.",
                      "The next morning, turn the dough out onto a floured board with a scraper and let it rest for five minutes before shaping."]
        let steps = ["Whisk the water and the starter together.", "Add the flour and the salt and mix until just combined.",
                     "The next morning, turn the dough out onto a floured board with a scraper and let it rest for five minutes before shaping.",
                     "Bake for twenty minutes with the lid on."]
        let recipe = "<article><h1>One loaf</h1>" + method.map { "<p>\($0)</p>" }.joined()
            + "<h2>Instructions</h2><ol>" + steps.map { "<li><div>\($0)</div></li>" }.joined() + "</ol></article>"
        let heard = SpeechPlanner().plan(try extract(page(recipe))).utterances.map(\.text)
        #expect(Array(heard.suffix(4)) == steps.enumerated().map { "\($0 + 1). \($1)" })
        let summary = "In short: we are postponing the billing change for self-hosted runners while we listen to customers, "
            + "and we are still cutting hosted-runner prices by up to a third on the first of January."
        let restated = "<article><h1>Pricing changes</h1><p>\(summary)</p><p>\(lines[0])</p><ol>"
            + "<li>We are postponing the billing change for self-hosted runners while we listen to customers.</li>"
            + "<li>We are still cutting hosted-runner prices by up to a third on the first of January.</li></ol><p>\(lines[1])</p></article>"
        #expect(try extract(page(restated)).paragraphs == [summary, lines[0], lines[1]])
    }

    /// A sentence that links most of its own words (a roundup's opening, three deals linked) is
    /// read; a line of links, or a sentence that is nothing but a link, is not.
    @Test func aSentenceThatLinksMostOfItsWordsIsRead() throws {
        let opening = "Friday's best finds include <a href=\"/a\">paper lanterns from $4 at the market</a>, "
            + "<a href=\"/b\">silk lanterns with bamboo frames for $30</a> and <a href=\"/c\">tea lights in tins of fifty from $6</a>. "
            + "All of them are listed below."
        let more = ["Prices were checked on Thursday evening at three shops and two market stalls near the east bank of the river.",
                    "Most sellers expect to run out of the larger silk lanterns before the festival weekend, so buy those early."]
        let body = "<article><h1>Lantern deals this week</h1><p>\(opening)</p>" + paragraphs + more.map { "<p>\($0)</p>" }.joined()
            + "<p><a href=\"/d\">Lantern festival returns to the river</a> · <a href=\"/e\">The bridge choir at twenty</a> · "
            + "<a href=\"/f\">Ferry times</a></p>"
            + "<p><a href=\"/g\">Read our full guide to folding a paper lantern without glue at home.</a></p></article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == ["Friday's best finds include paper lanterns from $4 at the market, silk lanterns with bamboo "
                                       + "frames for $30 and tea lights in tins of fifty from $6. All of them are listed below."]
                + lines + more)
    }
}
