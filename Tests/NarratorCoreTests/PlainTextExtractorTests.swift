import Foundation
import Testing
import NarratorTestSupport
@testable import NarratorCore

@Suite struct PlainTextExtractorTests {
    func sample() throws -> Article {
        let url = RepositoryPaths.sample("night-market-rents.txt")
        let text = TextDecoding.decode([UInt8](try Data(contentsOf: url)))
        return try PlainTextExtractor().extract(text: text, source: url.path)
    }

    @Test func findsHeadlineStandfirstBylineAndBodyOnly() throws {
        let article = try sample()
        #expect(article.title == "Night market traders face rent rise as city courts chain stores")
        #expect(article.standfirst?.hasPrefix("Vendors at the riverside market say") == true)
        #expect(article.byline == "Priya Osei-Lindqvistin Portharbour")
        #expect(article.sections.count == 1)
        let paragraphs = article.paragraphs
        #expect(paragraphs.count == 6)
        #expect(paragraphs.first?.hasPrefix("Traders at Portharbour") == true)
        #expect(paragraphs.last?.hasPrefix("A public meeting on the fees") == true)
    }

    @Test(arguments: ["Advertisement", "Select Voice", "Choose your listening speed", "1.25x", "250 WPM",
                      "Reading Time", "Why you can trust", "Photo: Tomasz Hallik", "Slow", "Share", "Comments", "14"])
    func dropsBoilerplate(_ fragment: String) throws {
        let article = try sample()
        let everything = ([article.title, article.standfirst].compactMap { $0 } + article.paragraphs).joined(separator: "\n")
        let lines = everything.split(separator: "\n").map(String.init)
        #expect(!lines.contains(fragment))
        if fragment.count > 6 { #expect(!everything.contains(fragment)) }
    }

    @Test func aShortLineBetweenParagraphsIsAHeading() throws {
        let text = """
            A headline for a test page here

            First paragraph of the story runs on for a good few words here.

            What comes next

            Second paragraph of the story also runs on for a good few words.
            """
        let article = try PlainTextExtractor().extract(text: text, source: "t.txt")
        #expect(article.sections.map(\.heading) == [nil, "What comes next"])
        #expect(article.paragraphs.count == 2)
    }

    @Test func furnitureLinesAndWhatFollowsAHeadingThatPointsElsewhereAreNotRead() throws {
        let text = """
            A headline for a test page here

            This post contains affiliate links, and we may earn a commission when you buy through them.

            First paragraph of the story runs on for a good few words here.

            Follow the Harbour Gazette on Instagram, Facebook and YouTube for more stories like this one.

            Second paragraph of the story also runs on for a good few words.

            More from the Harbour Gazette

            How to fold a paper lantern in ten minutes, with a kit from our shop.

            What comes next

            Third paragraph of the story, under its own heading, runs on for a while.
            """
        let article = try PlainTextExtractor().extract(text: text, source: "t.txt")
        #expect(article.paragraphs == ["First paragraph of the story runs on for a good few words here.",
                                       "Second paragraph of the story also runs on for a good few words.",
                                       "Third paragraph of the story, under its own heading, runs on for a while."])
        #expect(article.sections.map(\.heading) == [nil, "What comes next"])
    }

    @Test func aTableCopiedWithTabsIsReadRowByRowBetweenParagraphs() throws {
        let text = "Home\tNews\tSport\n"
            + "The festival returned to the river quarter on Saturday after a long pause.\n"
            + "Bank\tLanterns\tLamps\nEast\t6,200\t300\nWest\t2,950\t120\n"
            + "Organisers counted more than nine thousand lanterns on the night itself.\n"
            + "Share\tPrint\nTerms\tPrivacy\n"
        let article = try PlainTextExtractor().extract(text: text, source: "t.txt")
        // The menus above and below the article are rows too, but not between its paragraphs.
        #expect(article.paragraphs == ["The festival returned to the river quarter on Saturday after a long pause.",
                                       "Bank, Lanterns, Lamps", "East, 6,200, 300", "West, 2,950, 120",
                                       "Organisers counted more than nine thousand lanterns on the night itself."])
    }

    @Test func noBodyIsAnError() {
        #expect(throws: ExtractionError.self) {
            try PlainTextExtractor().extract(text: "Advertisement\nShare\n12\nMenu", source: "x.txt")
        }
        // Body lines that are all furniture leave nothing to read either.
        #expect(throws: ExtractionError.self) {
            try PlainTextExtractor().extract(
                text: "A headline for a test page here\n\nFollow the Harbour Gazette on Instagram, Facebook and YouTube for more.",
                source: "x.txt")
        }
    }
}

/// Text cleanup shared by the extractors.
@Suite struct TextCleanupTests {
    /// The spelled-out White_Space set is Unicode's, scalar for scalar.
    @Test func whitespaceIsUnicodesWhiteSpace() {
        let disagreeing = (0x80...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }
            .filter { $0.properties.isWhitespace != TextCleanup.isWhitespace($0.value) }
        #expect(disagreeing.isEmpty)
    }

    @Test func collapseJoinsWhitespaceAndDropsControls() {
        #expect(TextCleanup.collapse("  a\u{A0}\u{2003}b\u{200B}c\u{7}\u{FEFF}d\t\n ") == "a b cd")
        #expect(TextCleanup.collapse(utf8: [0x61, 0xC3, 0x28, 0x20, 0xE2, 0x80, 0xA8, 0x62]) == "a( b")
        #expect(TextCleanup.collapse("\u{200D}Sources: the community.\u{200D} \u{200D}A family 👨\u{200D}👩\u{200D}👧, क\u{94D}\u{200D}ष")
                == "Sources: the community. A family 👨\u{200D}👩\u{200D}👧, क\u{94D}\u{200D}ष")
        #expect(TextCleanup.collapse("Was G\u{336}B\u{336}P\u{336} \u{336}9\u{336}5\u{336}0\u{336}, now caf\u{301}e") == "Was GBP 950, now caf\u{301}e")
    }
}
