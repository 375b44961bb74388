import Testing
@testable import NarratorCore

@Suite struct SpeechNormalizerTests {
    @Test(arguments: [
        ("Mr. Smith met Dr. Jones.", "Mr Smith met Dr Jones."),
        ("He met J. R. Smith at 5 p.m. today.", "He met J R Smith at 5 p.m today."),
        ("See No. 5 on p. 55 now.", "See number 5 on page 55 now."),
        ("He said \"Stop. Now!\" and left.", "He said \"Stop, Now,\" and left."),
        ("It was... fine, I think.", "It was, fine, I think."),
        ("It grew 3.5% in the U.S. last year.", "It grew 3.5% in the U.S last year."),
        ("Write to a.b@example.org today.", "Write to a.b@example.org today."),
        ("A plain sentence.", "A plain sentence."),
        ("Is it \"over?\"", "Is it \"over?\""),
    ])
    func keepsWordsAndDropsInnerSentenceMarks(_ text: String, _ spoken: String) {
        #expect(SpeechNormalizer().spoken(text) == spoken)
    }

    @Test func theSpokenFormGoesToTheEngineAndTheTextToTheTimings() {
        let plan = SpeechPlanner().plan(Article(source: "a", sections: [Section(paragraphs: ["Mr. Lee spoke at 9 a.m. on Friday."])]))
        let utterance = plan.utterances.last!
        #expect(utterance.text == "Mr. Lee spoke at 9 a.m. on Friday.")
        #expect(utterance.spoken == "Mr Lee spoke at 9 a.m on Friday.")
    }
}
