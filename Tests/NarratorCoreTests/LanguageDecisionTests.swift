import Testing
@testable import NarratorCore

@Suite struct LanguageDecisionTests {
    @Test(arguments: [
        // declared, identified candidates, chosen tag, reason starts with
        ("en-GB", ["en"], "en-GB", "declared, and the text agrees"),
        ("de", ["en"], "en", "the page declares de but its text is en"),
        ("en", ["de", "nl"], "de", "the page declares en but its text is de"),
        ("nl", ["af", "nl"], "nl", "declared; the text may be either"),
        (nil, ["fr"], "fr", "identified from the text"),
        ("it", [], "it", "declared; the text is too short"),
    ] as [(String?, [String], String?, String)])
    func decides(_ declared: String?, _ candidates: [String], _ tag: String?, _ reason: String) {
        let decision = LanguageDecision.decide(declared: declared, candidates: candidates)
        #expect(decision.tag == tag)
        #expect(decision.reason.hasPrefix(reason))
        #expect(decision.declared == declared)
        #expect(decision.detected == candidates.first)
    }

    @Test func neitherDeclaredNorIdentifiedIsUnknown() {
        let decision = LanguageDecision.decide(declared: "", candidates: [])
        #expect(decision.tag == nil)
        #expect(decision.declared == nil)
    }

    @Test func samplesTheHeadlineStandfirstAndOpening() {
        let article = Article(source: "a", title: "Ferry fares rise", standfirst: "From January.",
                              sections: [Section(paragraphs: [String(repeating: "word ", count: 500), "Later paragraph."])])
        let sample = LanguageDecision.sample(of: article)
        #expect(sample.hasPrefix("Ferry fares rise From January. word"))
        #expect(!sample.contains("Later paragraph."))
    }
}
