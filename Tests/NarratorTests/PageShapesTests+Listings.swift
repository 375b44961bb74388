import Foundation
import Testing
@testable import Narrator

/// Pages of entries: listings without an article, blog indexes, numbered lists, question-and-
/// answer pages. The entries are read; the counters, prompts and repeated labels around them
/// are not, or not as chapters.
extension PageShapesTests {
    /// A roundup whose entries are linked lines over the paragraphs telling of them ("Harbour
    /// Trust acquires Mill Studio", linked to the full story): each entry is heard before its
    /// paragraph. A link between paragraphs that names something else (a related story), and a
    /// button's call ("Try Weir Ferries"), are not read.
    @Test func linkedLinesNamingTheParagraphAfterThemAreRead() throws {
        let deals = [("Harbour Trust acquires Mill Studio",
                      "The Harbour Trust has bought Mill Studio, the paper workshop on the east bank, for an undisclosed sum."),
                     ("Weir Ferries to merge with Quay Boats",
                      "Weir Ferries and Quay Boats will merge in the spring, joining the two oldest ferry companies on the river.")]
        let entries = deals.map { "<p><a href=\"/story\">\($0.0)</a></p><div class=\"ad\"><span>Advertisement</span></div><p>\($0.1)</p>" }
        let related = "<p><a href=\"/other\">Ten lantern designs to fold this winter</a></p>"
        let button = "<p><a class=\"button\" href=\"/go\">Try Weir Ferries</a></p>"
        let body = "<article><h1>The week in river business</h1><p>\(lines[0])</p>" + entries[0] + related + "<p>\(lines[1])</p>"
            + button + entries[1] + "</article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == [lines[0], deals[0].0, deals[0].1, lines[1], deals[1].0, deals[1].1])
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

    /// A numbered list's place marker set in two elements ("3" and "of 15") says nothing
    /// without its number, which a lone figure's rule already leaves out: neither is read.
    @Test func aNumberedListsPlaceMarkersAreNotRead() throws {
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>"
            + lines.dropFirst().enumerated().map { index, line in
                "<div class=\"list-marker\"><div class=\"item-number\">\(index + 1)</div><div class=\"total\">of 3</div></div>"
                    + "<h2>Stop \(index + 1)</h2><p>\(line)</p>"
            }.joined() + "</article>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
        #expect(article.sections.map(\.heading) == [nil, "Stop 1", "Stop 2", "Stop 3"])
    }

    /// A question-and-answer page: the question and its answers are read; the prompt to ask
    /// one's own and the lists of other questions under them are not.
    @Test func aQuestionPagesPromptsAreNotRead() throws {
        let body = "<div class=\"question-page\"><h1>Where is the best place to launch a lantern?</h1>"
            + "<div class=\"question\"><p>\(lines[0])</p></div><h2>3 Answers</h2>"
            + lines.dropFirst().map { "<div class=\"answer\"><p>\($0)</p></div>" }.joined()
            + "<div class=\"ask\"><h2>Start asking to get answers</h2><p>Find the answer to your question by asking.</p>"
            + "<a class=\"button\" href=\"/ask\">Ask question</a></div>"
            + "<div class=\"more\"><h2>Explore related questions</h2><p>See similar questions with these tags.</p></div></div>"
        let article = try extract(page(body))
        #expect(article.paragraphs == lines)
        let headings = article.sections.compactMap(\.heading)
        #expect(!headings.contains { $0.contains("asking") || $0.contains("related questions") })
    }

    /// A label heading repeated in every entry of a list ("Pros", "Cons") is heard as a line of
    /// its entry, and the chapters name the entries; a heading met only twice stays a chapter.
    @Test func labelsRepeatedInEveryEntryAreNotChapters() throws {
        let entries = [("North Quay", "The quay faces west, so the lanterns rise against the last of the light.", "Wide views", "Crowded"),
                       ("Mill Bridge", "From the bridge the lanterns drift over the weir and out across the pool.", "Close to the water", "Narrow"),
                       ("Old Ferry Steps", "The steps are quiet, and the lanterns pass close enough to read their notes.", "Quiet", "Far from the buses")]
        let body = "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>"
            + entries.map { name, text, pro, con in
                "<h2>\(name)</h2><p>\(text)</p><h3>Pros</h3><ul><li>\(pro)</li></ul><h3>Cons</h3><ul><li>\(con)</li></ul>"
            }.joined()
            + "<h2>Getting home</h2><p>\(lines[2])</p><h2>Where to eat</h2><p>\(lines[3])</p>"
            + "<h2>Getting home</h2><p>Night buses leave from the station every twenty minutes until two.</p></article>"
        let article = try extract(page(body))
        #expect(article.sections.map(\.heading) == [nil] + entries.map(\.0) + ["Getting home", "Where to eat", "Getting home"])
        let entry = try #require(article.sections.first { $0.heading == "Mill Bridge" })
        #expect(entry.paragraphs == [entries[1].1, "Pros", "Close to the water", "Cons", "Narrow"])
    }

    /// The entries of a review, each with labels in `<h4>`s ("Tested", "Cash accepted") and
    /// headings of its own among them ("Open all night"): the chapters name the entries, and
    /// every heading inside one is heard as a line where it stands.
    var spots: [(String, String, String)] {
        [("North Quay", "Open all night", "The quay stays open after the last lantern is launched."),
         ("Mill Bridge", "Step-free", "A ramp leads down from the bridge to the launching stage."),
         ("Old Ferry Steps", "Free parking", "The car park behind the steps is free after six.")]
    }

    func entries(under heading: String = "", _ shape: (_ name: String, _ own: String, _ text: String) -> String) -> String {
        "<article><h1>Lantern festival returns</h1><p>\(lines[0])</p>\(heading)"
            + spots.map(shape).joined()
            + "<h2>Getting home</h2><p>\(lines[2])</p></article>"
    }

    @Test func headingsAmongAnEntrysLabelsAreLinesOfTheEntry() throws {
        let body = entries { name, own, text in
            "<h3>\(name)</h3><h4>Tested</h4><p>We watched from \(name) on the opening night.</p>"
                + "<h4>\(own)</h4><p>\(text)</p><h4>Cash accepted</h4><p>Stalls at \(name) take cash and cards.</p>"
        }
        let article = try extract(page(body))
        #expect(article.sections.map(\.heading) == [nil] + spots.map(\.0) + ["Getting home"])
        let entry = try #require(article.sections.first { $0.heading == "Mill Bridge" })
        #expect(entry.paragraphs == ["Tested", "We watched from Mill Bridge on the opening night.", "Step-free", spots[1].2,
                                     "Cash accepted", "Stalls at Mill Bridge take cash and cards."])
    }

    /// A label over nothing but the labels of a card ("Compared with last year" over "This year"
    /// and "Last year") is a line of its entry too, not a chapter repeated on every entry.
    @Test func aLabelOverTheLabelsOfACardIsALine() throws {
        let body = entries { name, own, text in
            "<h3>\(name)</h3><p>\(text)</p><h4>Compared with last year</h4>"
                + "<h5>This year</h5><p>\(own.count * 100) lanterns</p><h5>Last year</h5><p>1,200 lanterns</p>"
        }
        let article = try extract(page(body))
        #expect(article.sections.map(\.heading) == [nil] + spots.map(\.0) + ["Getting home"])
        let entry = try #require(article.sections.first { $0.heading == "Old Ferry Steps" })
        #expect(entry.paragraphs == [spots[2].2, "Compared with last year", "This year", "1200 lanterns", "Last year", "1,200 lanterns"])
    }

    /// Entries named in headings of their labels' own rank ("Mill Bridge" and "Tested", both
    /// `<h3>`) stay chapters; so do the chapters of an article where a label turns up now and
    /// then among more headings of its own.
    @Test func entryNamesBesideTheirLabelsAndChaptersAmongRareLabelsStay() throws {
        let flat = entries(under: "<h2>Where to watch</h2><p>\(lines[1])</p>") { name, _, text in
            "<h3>\(name)</h3><p>\(text)</p><h3>Tested</h3><p>We watched from \(name) on the opening night.</p>"
        }
        let chapters = try extract(page(flat)).sections.map(\.heading)
        #expect(chapters == [nil, "Where to watch"] + spots.map(\.0) + ["Getting home"])
        let rare = entries { name, own, text in
            "<h3>\(name)</h3><h4>\(own)</h4><p>\(text)</p><h4>Arriving by \(name.count > 10 ? "bus" : "bike")</h4>"
                + "<p>Leave time for the crowds at the gates of \(name).</p><h4>Organiser's view</h4><p>\(name) is a quiet corner of the festival.</p>"
        }
        let headings = try extract(page(rare)).sections.compactMap(\.heading)
        #expect(headings.contains("Open all night") && headings.contains("Arriving by bike") && !headings.contains("Organiser's view"))
    }
}
