import Foundation
import Testing
import NarratorTestSupport
@testable import Narrator

@Suite struct HTMLExtractionTests {
    func sample() throws -> Article {
        try ArticleLoader().load(RepositoryPaths.sample("harbour-tides.html").path)
    }

    @Test func readsMetadataFromTheSample() throws {
        let article = try sample()
        #expect(article.title == "Harbour town bets on tidal turbines as ferry trade ebbs")
        #expect(article.byline == "Morwenna Achterberg")
        #expect(article.published == "2026-10-14T07:30:00Z")
        #expect(article.language == "en-GB")
        #expect(article.standfirst?.hasPrefix("Kelsby's council backs a pilot array") == true)
    }

    @Test func keepsSectionsAndParagraphsInOrder() throws {
        let article = try sample()
        #expect(article.sections.map(\.heading) == [nil, "A channel that never stops moving", "Fishermen want a say",
                                                   "What happens next"])
        #expect(article.sections.map(\.paragraphs.count) == [2, 3, 3, 2])
        #expect(article.paragraphs.first?.hasPrefix("For most of the last century") == true)
        #expect(article.paragraphs.last?.hasSuffix("\"Maybe it can keep them here too.\"") == true)
    }

    @Test(arguments: ["Advertisement", "Select Voice", "Choose your listening speed", "1.25x", "250 WPM", "Photo:",
                      "Harriet Quayle", "Island ferry service", "Trending", "37 comments", "Sign up", "cookies",
                      "Share on", "Subscribe", "Skip to main content", "Reading Time", "Listen to this article",
                      "Storm warning", "All rights reserved", "Related", "Emma", "window.dataLayer", "min-height"])
    func speaksNothingOfThePageFurniture(_ fragment: String) throws {
        let article = try sample()
        let spoken = SpeechPlanner().plan(article).utterances.map(\.text).joined(separator: "\n")
        #expect(!spoken.contains(fragment))
    }

    @Test func readsTheDeclaredLegacyEncoding() throws {
        // "Café owners’ week" in windows-1252, declared by a meta tag.
        var bytes = Array("<html><head><meta charset=\"windows-1252\"><title>t</title></head><body><article><h1>Caf".utf8)
        bytes += [0xE9] + Array(" news</h1><p>Caf".utf8) + [0xE9] + Array(" owners".utf8) + [0x92]
        bytes += Array(" week was long, and the paragraph goes on for a while to count as text.</p></article></body></html>".utf8)
        let article = try ArticleLoader().extract(InputDocument.classify(source: "legacy.html", bytes: bytes))
        #expect(article.title == "Café news")
        #expect(article.paragraphs.first?.hasPrefix("Café owners’ week") == true)
    }

    /// A page that declares nothing and is UTF-8 but for a few windows-1252 bytes: those read
    /// as windows-1252 and the UTF-8 after them still as UTF-8 (libxml2 alone would read on from
    /// the first stray byte as Latin-1: "Â£" for "£"), whether or not its scripts are stripped.
    @Test func readsStrayBytesOfAnUndeclaredPageAsWindows1252() throws {
        var bytes = Array("<html><head><title>t</title><script>var a = '".utf8) + [0xA3] + Array("';</script></head>".utf8)
        bytes += Array("<body><article><h1>Caf".utf8) + [0xE9] + Array(" news</h1><p>Caf".utf8) + [0xE9]
        bytes += Array(" owners".utf8) + [0x92] + Array(" week: tea is \u{A3}2 \u{2014} the paragraph goes on for a while to count as text.</p>".utf8)
        bytes += Array("<p data-x=\"".utf8) + [0xC0, 0xAF] + Array("\">Closing words \u{A9} here, \u{2018}quoted\u{2019}.</p></article></body></html>".utf8)
        let article = try ArticleLoader().extract(InputDocument.classify(source: "stray.html", bytes: bytes))
        #expect(article.title == "Café news")
        #expect(article.paragraphs.first?.hasPrefix("Café owners’ week: tea is £2 — the") == true, "\(article.paragraphs)")
        #expect(article.paragraphs.last == "Closing words © here, ‘quoted’.")
        var stripped = bytes
        var whole = bytes
        #expect(try HTMLParser.parse(&stripped, source: "s") == HTMLParser.parse(&whole, source: "s", stripsScripts: false))
    }

    /// Every way a page says (or does not say) its encoding, read to the same text.
    @Test(arguments: [
        ("", "utf-8"),
        ("<meta charset=\"utf-8\">", "utf-8"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">", "utf-8"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", "windows-1252"),
        ("<meta charset=\"iso-8859-1\">", "iso-8859-1"),
        ("BOM", "utf-8"),
    ])
    func readsEveryEncodingDeclaration(_ declaration: String, _ encoding: String) throws {
        let head = declaration == "BOM" ? "" : declaration
        let text = "<html><head>\(head)<title>t</title></head><body><article><h1>Café news</h1>"
            + "<p>The café opened at nine, its owner said, and stayed open late into the night.</p></article></body></html>"
        var bytes: [UInt8]
        switch encoding {
        case "utf-8": bytes = Array(text.utf8)
        default: bytes = text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }  // Latin-1 range only
        }
        if declaration == "BOM" { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        let article = try ArticleLoader().extract(InputDocument.classify(source: "page.html", bytes: bytes))
        #expect(article.title == "Café news", "\(declaration)")
        #expect(article.paragraphs.first?.hasPrefix("The café opened") == true, "\(declaration)")
    }

    @Test func invalidUTF8IsReplacedNotFatal() throws {
        var bytes = Array("<html><body><article><p>Broken ".utf8) + [0xC3, 0x28, 0xFF]
        bytes += Array(" bytes inside a paragraph that is long enough to be read.</p></article></body></html>".utf8)
        let article = try ArticleLoader().extract(InputDocument.classify(source: "bad.html", bytes: bytes))
        #expect(article.paragraphs.first?.contains("bytes inside a paragraph") == true)
    }

    @Test func aPageWithoutArticleTextIsADataError() throws {
        let bytes = Array("<html><body><nav><a href='/'>Home</a></nav><p>Advertisement</p><footer>© Us</footer></body></html>".utf8)
        let error = #expect(throws: ExtractionError.self) {
            try ArticleLoader().extract(InputDocument.classify(source: "empty.html", bytes: bytes))
        }
        #expect(error?.exitStatus == .dataError)
        #expect(error?.description.hasPrefix("empty.html: no article text found") == true)
    }

    /// Markup escaped into the text is neither obeyed (no 100-second pause, no voice change)
    /// nor read aloud; entities, comparisons and an element the text names stay words; scripts
    /// are not read.
    @Test func pageScriptsAndEntitiesAreText() throws {
        let html = """
            <html><body><article><p>Markup in text: &lt;break time="100s"/&gt; &amp; &lt;voice gender="female"&gt; stay out of this sentence, but 3 &lt; 4 and the &lt;voice&gt; element it names stay.</p>
            <script>document.write("not read")</script></article></body></html>
            """
        let article = try ArticleLoader().extract(InputDocument.classify(source: "e.html", bytes: Array(html.utf8)))
        #expect(article.paragraphs == ["Markup in text: & stay out of this sentence, but 3 < 4 and the <voice> element it names stay."])
    }
}
