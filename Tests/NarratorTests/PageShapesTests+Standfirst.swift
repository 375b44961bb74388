import Foundation
import Testing
@testable import Narrator

/// The standfirst read after the headline: the article's own, or none.
extension PageShapesTests {
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

    /// The standfirst of a page with `header` under its headline and, when given, a description
    /// that the page also shows in its header (a line in plain type, as it does) or not.
    func standfirst(under header: String, description: String? = nil, shown: Bool = true) throws -> String? {
        let head = description.map { "<meta name=\"description\" content=\"\($0)\">" } ?? ""
        let line = description.map { shown ? "<div class=\"hero-text\">\($0)</div>" : "" } ?? ""
        let body = "<article><header><h1>Lantern festival returns</h1>\(header)\(line)</header><div class=\"body\">"
            + paragraphs + "</div></article>"
        return try extract(page(body, head: head)).standfirst
    }

    @Test func readsTheArticlesOwnStandfirst() throws {
        let own = "Nine thousand lanterns drifted down the river as the festival came back after four years."
        #expect(try standfirst(under: "<p class=\"dek\">\(own)</p>") == own)
        #expect(try standfirst(under: "<div class=\"v2-subhed\">\(own)</div>") == own)
        #expect(try standfirst(under: "", description: own) == own)
    }

    /// A description the page does not show its reader is written for search results: the
    /// listener hears what the page shows, so it is not read. Shown in a script or a template
    /// only, or above the headline (a site's tagline in its banner), it is not the article's;
    /// shown under the headline cut short or running on, it is.
    @Test func readsADescriptionOnlyWhenThePageShowsIt() throws {
        let own = "Nine thousand lanterns drifted down the river as the festival came back after four years."
        let pitch = "Discover the best lantern festivals of 2026 and plan your trip. Book your river tour today!"
        #expect(try standfirst(under: "", description: own, shown: false) == nil)
        #expect(try standfirst(under: "", description: pitch, shown: false) == nil)
        for hidden in ["<script type=\"application/ld+json\">{\"description\": \"\(own)\"}</script>",
                       "<template><p>\(own)</p></template>"] {
            #expect(try standfirst(under: hidden, description: own, shown: false) == nil)
        }
        // A site's tagline in its banner above the headline is not the article's.
        let tagline = "<header class=\"site\"><p>\(own)</p></header>"
        let body = tagline + "<article><h1>Lantern festival returns</h1><div class=\"body\">" + paragraphs + "</div></article>"
        #expect(try extract(page(body, head: "<meta name=\"description\" content=\"\(own)\">")).standfirst == nil)
        let cut = "Nine thousand lanterns drifted down the river as the festival came"
        #expect(try standfirst(under: "<div class=\"hero-text\">\(cut)&hellip;</div>", description: own, shown: false) == own)
        #expect(try standfirst(under: "<div>Nine <em>thousand</em> lanterns drifted down the river as the festival came back "
                               + "after four long years away.</div>", description: own, shown: false) == own)
    }

    /// A line set in the standfirst's type under the lead image, which the page's JSON-LD gives
    /// as that image's caption, is the caption: the page's description, shown below it, is read
    /// instead. The same
    /// line is read when the JSON-LD does not call it a caption.
    @Test func refusesAStandfirstThePageCallsAnImagesCaption() throws {
        let caption = "Paper lanterns drifting past the east bank at dusk, just in time for the weekend crowds"
        let description = "Nine thousand lanterns drifted down the river as the festival came back after four years."
        func read(captioned: Bool) throws -> String? {
            let image = captioned ? ",\"image\":[{\"@type\":\"ImageObject\",\"url\":\"/l.jpg\",\"caption\":\"\(caption)\"}]" : ""
            let head = "<meta name=\"description\" content=\"\(description)\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Lantern festival returns\"\(image)}</script>"
            let body = "<article><header><h1>Lantern festival returns</h1><img src=\"/l.jpg\" alt=\"\">"
                + "<div><span class=\"subtitle-2\">\(caption)</span><span>Credit: Ana Lyle</span></div>"
                + "<div class=\"hero-text\">\(description)</div></header>"
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

    /// A dek set as a heading in the article's container, far below the headline (a lead image
    /// in between), that the text says again at its close, is heard once, at the close: it is
    /// no chapter's title. A first heading that is no summary is a chapter's title.
    @Test func aDekSetAsTheFirstHeadingThatTheTextRepeatsIsHeardOnce() throws {
        let dek = "ANALYSIS | Lanterns are not a passing fashion. They are a tradition the river towns keep alive every year."
        let closing = "Lanterns are not a passing fashion. They are a tradition the river towns keep alive every year, "
            + "turning paper, candles and the patience of volunteers into a night the whole valley remembers."
        let image = "<figure><picture>" + String(repeating: "<source srcset=\"l.webp\">", count: 150) + "<img src=\"l.jpg\"></picture></figure>"
        func body(_ heading: String) -> String {
            "<article><h1>Lantern festival returns</h1>\(image)\(heading)" + paragraphs
                + "<h2>What comes next</h2><p>\(closing)</p></article>"
        }
        let read = try extract(page(body("<h2 class=\"content-subhed\">\(dek)</h2>")))
        #expect(read.sections.first?.heading == nil)
        #expect(read.sections.compactMap(\.heading) == ["What comes next"])
        #expect(read.paragraphs.last == closing)
        let chapter = try extract(page(body("<h2 class=\"section-title\">\(dek)</h2>")))
        #expect(chapter.sections.first?.heading == dek)
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
    /// for HTML as well is read decoded (here, where the page shows it).
    @Test func takesThePagesOwnDescriptionOverTheSitesAndDecodesJSONLDText() throws {
        let own = "Nine thousand lanterns drifted down the river as the festival came back after four years."
        let site = "Priya&#39;s riverside blog, sharing walks, festivals and honest notes from ten years on the water."
        let ld = "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"name\": \"Riverside Notes\", "
            + "\"description\": \"\(site)\"}</script>"
        let decoded = "Priya's riverside blog, sharing walks, festivals and honest notes from ten years on the water."
        func body(showing shown: String) -> String {
            "<article><header><h1>Lantern festival returns</h1><div class=\"hero-text\">\(shown)</div></header>"
                + paragraphs + "</article>"
        }
        #expect(try extract(page(body(showing: own), head: ld + "<meta name=\"description\" content=\"\(own)\">")).standfirst
                == own)
        #expect(try extract(page(body(showing: decoded), head: ld)).standfirst == decoded)
    }

    /// A description escaped twice ("&amp;#039;") is read as its writer meant it, not as "and hash".
    @Test func decodesADescriptionEscapedTwice() throws {
        let escaped = "The river&amp;#039;s lanterns &amp;amp; boats drifted past the quay as the festival came back after four years."
        let meant = "The river's lanterns & boats drifted past the quay as the festival came back after four years."
        #expect(try standfirst(under: "<div class=\"hero-text\">\(meant)</div>", description: escaped, shown: false) == meant)
    }

    @Test func refusesADescriptionTheBodyRepeats() throws {
        // The description is the opening paragraph cut short: it would be heard twice.
        let description = "The lantern festival returned to the river quarter on Saturday after a four-year pause. Organisers counted more"
        #expect(try standfirst(under: "", description: description) == nil)
    }

    /// A description that opens with the opening paragraph's first words, retelling it in other
    /// words, is not read: the article would be heard beginning twice. One that shares fewer
    /// opening words is.
    @Test func refusesADescriptionThatRestatesTheOpening() throws {
        let restated = "The lantern festival returned to the river with boats, music and a crowd of nine thousand people."
        #expect(try standfirst(under: "", description: restated) == nil)
        let own = "The lantern festival drew nine thousand people to the river, and the council is now counting the cost."
        #expect(try standfirst(under: "", description: own) == own)
    }
}
