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

    @Test func deepNestingEndsCleanlyAndQuickly() throws {
        let depth = 200_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>Deep text that is long enough to be an article paragraph here.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let started = Date()
        do {
            let article = try load(Array(html.utf8))
            #expect(article.hasBody)
        } catch let error as ExtractionError {
            // libxml2 stops building the tree at depth 256; past it there is no text to read.
            #expect(error.description.contains("no article text found"))
        }
        #expect(Date().timeIntervalSince(started) < 5)
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
        let paragraph = "<p>" + String(repeating: "The tide came in over the flats and the boats rose with it. ", count: 20) + "</p>"
        let html = "<html><body><article><h1>Big</h1>" + String(repeating: paragraph, count: 2000) + "</article></body></html>"
        let article = try load(Array(html.utf8))
        #expect(article.paragraphs.count == 2000)
    }
}
