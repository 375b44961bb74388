import Foundation
import Testing
import NarratorTestSupport
@testable import NarratorCore

@Suite struct MarkdownExtractorTests {
    @Test func readsTheSample() throws {
        let url = RepositoryPaths.sample("library-after-dark.md")
        let article = try MarkdownExtractor().extract(text: String(decoding: try Data(contentsOf: url), as: UTF8.self),
                                                      source: url.path)
        #expect(article.title == "The library that stays open after dark")
        #expect(article.byline == "Tobias Reinholt")
        #expect(article.published == "2026-09-02")
        #expect(article.language == "en")
        #expect(article.standfirst?.hasPrefix("A small-town library tried") == true)
        #expect(article.sections.map(\.heading) == [nil, "Who came", "What it cost", "What happens now"])
        #expect(article.sections[2].paragraphs.contains("Staff overtime made up roughly two thirds of the bill."))
        #expect(!article.paragraphs.joined().contains("**"))
        #expect(!article.paragraphs.joined().contains("*community"))
    }

    @Test func reducesInlineSyntaxToText() throws {
        let text = """
            # Title

            By Ann Example | November 3, 2026

            A [linked phrase](https://example.com) with `code`, ![an image](x.png)**bold** and _emphasis_ in snake_case_name.

            ```
            let hidden = true
            ```

            Setext heading
            --------------

            > Quoted words that are read.
            """
        let article = try MarkdownExtractor().extract(text: text, source: "t.md")
        #expect(article.byline == "Ann Example")
        #expect(article.paragraphs.first == "A linked phrase with code, bold and emphasis in snake_case_name.")
        #expect(article.sections.last?.heading == "Setext heading")
        #expect(article.sections.last?.paragraphs == ["Quoted words that are read."])
        #expect(!article.paragraphs.joined().contains("hidden"))
    }

    @Test func inlineHTMLStaysText() throws {
        let article = try MarkdownExtractor().extract(text: "Say <break time=\"100s\"/> now.", source: "t.md")
        #expect(article.paragraphs == ["Say <break time=\"100s\"/> now."])
    }

    @Test func orderedListsSpeakTheirNumbers() throws {
        let text = "# What to bring\n\nPack light for the night on the east bank.\n\n7. A paper lantern.\n8. Matches in a tin.\n\n- A coat.\n"
        let article = try MarkdownExtractor().extract(text: text, source: "t.md")
        #expect(article.paragraphs == ["Pack light for the night on the east bank.", "A paper lantern.", "Matches in a tin.", "A coat."])
        let spoken = SpeechPlanner().plan(article).utterances.map(\.text)
        #expect(Array(spoken.suffix(3)) == ["7. A paper lantern.", "8. Matches in a tin.", "A coat."])
    }

    @Test func readsAPipeTableRowByRowWithoutItsDelimiterRow() throws {
        let text = """
            # Lanterns by bank

            The count came in on Sunday morning.

            | Bank | Lanterns | Note |
            |:-----|---------:|------|
            | East | 6,200 | **record** |
            | West | 2,950 | a\\|b |

            Both banks were full by nine.
            """
        let article = try MarkdownExtractor().extract(text: text, source: "t.md")
        #expect(article.paragraphs == ["The count came in on Sunday morning.", "Bank, Lanterns, Note", "East, 6,200, record",
                                       "West, 2,950, a|b", "Both banks were full by nine."])
    }

    @Test func footnotesDefinitionsTaskBoxesAndCommentsAreNotRead() throws {
        let text = """
            # Harbour notes

            The tide came in early on Saturday[^gauge] and the [harbour master][hm] said so.<!-- check -->

            - [ ] Check the moorings
            - [x] Light the lamps

            [hm]: https://example.com/harbour "Harbour master"
            [chart]: charts/east-pier.html

            [^gauge]: Measured at the east pier gauge.
                A second line of the same footnote.

            <!-- a note to the editor,
            over two lines -->

            [Update]: The ferry ran late as well.
            """
        let article = try MarkdownExtractor().extract(text: text, source: "t.md")
        #expect(article.paragraphs == ["The tide came in early on Saturday and the harbour master said so.",
                                       "Check the moorings", "Light the lamps", "[Update]: The ferry ran late as well."])
    }

    @Test func furnitureLinesAndSectionsThatPointElsewhereAreNotRead() throws {
        let text = """
            # Harbour notes

            This post contains affiliate links.

            The tide came in early on Saturday and the harbour master said so.

            ## References

            1. Lind M. Tides of the lower river. River Quarter Review. 2024.

            Follow the Harbour Gazette on Instagram, Facebook and YouTube.

            The pier
            --------

            The east pier reopened on Monday after a week of repairs.
            """
        let article = try MarkdownExtractor().extract(text: text, source: "t.md")
        #expect(article.paragraphs == ["The tide came in early on Saturday and the harbour master said so.",
                                       "The east pier reopened on Monday after a week of repairs."])
        #expect(article.sections.map(\.heading) == [nil, "The pier"])
    }
}
