import Foundation
import Testing
@testable import Narrator

/// Page shapes of numbered lists and question-and-answer pages: the entries are read, the
/// counters and prompts around them are not.
extension PageShapesTests {
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
}
