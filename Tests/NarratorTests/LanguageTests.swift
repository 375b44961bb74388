import Foundation
import Testing
import NarratorTestSupport
@testable import NarratorTextCat
@testable import Narrator

/// The voice follows the language of the text; a page's `lang` is only a hint.
@Suite struct LanguageTests {
    static let texts: [(String, String)] = [
        ("en", "The island ferry will run later on festival nights, the operator said on Monday, and fares will not rise this year."),
        ("de", "Die Inselfähre fährt an Festabenden länger, sagte der Betreiber am Montag, und die Preise steigen in diesem Jahr nicht."),
        ("fr", "Le traversier de l'île circulera plus tard les soirs de fête, a indiqué l'exploitant lundi, et les tarifs n'augmenteront pas."),
        ("es", "El transbordador de la isla funcionará hasta más tarde en las noches de fiesta, dijo el operador el lunes."),
        ("it", "Il traghetto dell'isola partirà più tardi nelle sere di festa, ha detto lunedì il gestore, e le tariffe non aumenteranno."),
    ]

    @Test(arguments: texts)
    func identifiesTheLanguageOfAText(_ language: String, _ text: String) throws {
        let identifier = try #require(TextCatIdentifier())
        #expect(identifier.identify(text).first.map(LanguageDecision.primary) == language)
    }

    @Test func aFewWordsAreTooFewToOverruleThePage() {
        // The library would call "Ferry" Frisian: so few words are not identified at all.
        let article = Article(source: "a", title: "Ferry", language: "en-GB", sections: [Section(paragraphs: ["Late boat."])])
        let decision = ArticleNarrator().language(of: article)
        #expect(decision.tag == "en-GB")
        #expect(decision.detected == nil)
    }

    @Test func readsLibrariesAnswers() {
        #expect(TextCatIdentifier.tags(in: "[en--utf8][de--utf8]") == ["en", "de"])
        #expect(TextCatIdentifier.tags(in: "[zh-CN-utf8]") == ["zh-CN"])
        #expect(TextCatIdentifier.tags(in: "SHORT").isEmpty)
        #expect(TextCatIdentifier.tags(in: "UNKNOWN").isEmpty)
    }

    func narrate(lang: String, headline: String, paragraphs: [String]) async throws -> NarrationOutput {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        let html = "<html lang=\"\(lang)\"><head><title>t</title></head><body><article><h1>\(headline)</h1>"
            + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
        try html.write(to: page, atomically: true, encoding: .utf8)
        var options = NarrationOptions()
        options.output = folder.appendingPathComponent("out.wav").path
        return try await ArticleNarrator().narrate(page.path, options: options)
    }

    @Test func anEnglishPageMarkedGermanIsReadInEnglish() async throws {
        let output = try await narrate(lang: "de", headline: "Ferry runs late", paragraphs: [Self.texts[0].1])
        #expect(output.voice.settings.espeakName.hasPrefix("en"))
        #expect(output.timings.language?.tag == "en")
        #expect(output.timings.language?.declared == "de")
        #expect(output.timings.language?.reason == "the page declares de but its text is en")
    }

    @Test func aGermanPageMarkedEnglishIsReadInGerman() async throws {
        let output = try await narrate(lang: "en", headline: "Die Fähre fährt länger", paragraphs: [Self.texts[1].1])
        #expect(output.voice.settings.espeakName == "de")
        #expect(output.timings.language?.tag == "de")
        #expect(output.timings.language?.detected == "de")
    }
}
