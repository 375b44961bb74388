import Foundation
import Testing
import NarratorTestSupport
@testable import Narrator

/// Pages that try to break the extractor: each ends in a clear error or a best-effort article.
@Suite struct HostileHTMLTests {
    func load(_ bytes: [UInt8], name: String = "page.html") throws -> Article {
        try ArticleLoader().extract(InputDocument.classify(source: name, bytes: bytes))
    }

    @Test func emptyAndBinaryPagesAreDataErrors() {
        #expect(throws: InputError(source: "e.html", problem: .empty)) { try load([], name: "e.html") }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(throws: InputError(source: "b.html", problem: .binary)) { try load(png, name: "b.html") }
    }

    @Test func invalidUTF8IsReadAroundNotFatal() throws {
        let bytes = Array("<html><body><article><p>Bad ".utf8) + [0xC3, 0x28, 0xED, 0xA0, 0x80, 0xFF]
            + Array(" bytes sit inside a sentence that is long enough to count as article text.</p></article></body></html>".utf8)
        let article = try load(bytes)
        #expect(article.paragraphs.count == 1)
        #expect(article.paragraphs[0].hasSuffix("long enough to count as article text."))
    }

    /// 200,000 nested elements: read in full, the paragraphs below the nesting limit kept as
    /// paragraphs (flattened), in time that grows with the page, not with its square. The bound
    /// is loose on purpose: a linear read takes under 4 s in a debug build alone and took
    /// 6 s with the whole suite building and running beside it on a slow day; a read quadratic
    /// in the depth takes minutes.
    @Test func deepNestingGivesABestEffortArticle() throws {
        let depth = 200_000
        let paragraphs = (1...3).map { "<p>Deep paragraph \($0) is long enough to be an article paragraph here.</p>" }
        let html = "<html><body><article><h1>Deep page</h1>" + String(repeating: "<div>", count: depth) + paragraphs.joined()
            + String(repeating: "</div>", count: depth) + "<p>After the nesting, this paragraph is read as well.</p></article></body></html>"
        let started = Date()
        let article = try load(Array(html.utf8))
        #expect(article.title == "Deep page")
        #expect(article.paragraphs == (1...3).map { "Deep paragraph \($0) is long enough to be an article paragraph here." }
                + ["After the nesting, this paragraph is read as well."])
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func navigationOnlyPageIsADataError() {
        let html = "<html><body><header><nav><ul>" + String(repeating: "<li><a href='/x'>Section name</a></li>", count: 50)
            + "</ul></nav></header><footer><a href='/about'>About us</a></footer></body></html>"
        #expect(throws: ExtractionError.self) { try load(Array(html.utf8)) }
    }

    @Test func aTruncatedPageGivesWhatItHas() throws {
        let full = try Data(contentsOf: RepositoryPaths.sample("harbour-tides.html"))
        let cut = [UInt8](full.prefix(full.count * 2 / 3))
        let article = try load(cut, name: "cut.html")
        #expect(article.title == "Harbour town bets on tidal turbines as ferry trade ebbs")
        #expect(article.paragraphs.count >= 3)
    }

    @Test func aLargePageIsReadInFull() throws {
        // Each paragraph its own (a passage the page holds twice is read once).
        let paragraphs = (1...2000).map { number in
            "<p>" + String(repeating: "Tide \(number) came in over flat \(number) and boat \(number) rose with it. ", count: 20) + "</p>"
        }
        let html = "<html><body><article><h1>Big</h1>" + paragraphs.joined() + "</article></body></html>"
        let article = try load(Array(html.utf8))
        #expect(article.paragraphs.count == 2000)
    }
}
