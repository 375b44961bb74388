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

            By Ann Example

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
}
