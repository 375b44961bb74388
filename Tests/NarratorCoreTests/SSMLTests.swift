import Testing
@testable import NarratorCore

@Suite struct SSMLTests {
    @Test(arguments: [
        ("<break time=\"100s\"/>", "<speak>&lt;break time=&quot;100s&quot;/&gt;</speak>"),
        ("<voice name='x'>hi</voice>", "<speak>&lt;voice name=&apos;x&apos;&gt;hi&lt;/voice&gt;</speak>"),
        ("AT&T &amp; co", "<speak>AT&amp;T &amp;amp; co</speak>"),
        ("tab\there\u{1}", "<speak>tab here </speak>"),
        ("phonemes [[h@'loU]] stay text", "<speak>phonemes [ [h@&apos;loU]] stay text</speak>"),
    ])
    func articleTextIsNeverMarkup(_ text: String, _ expected: String) {
        #expect(SSML.sentence(text) == expected)
    }

    /// eSpeak NG says "dot" for a final period just after an element: the period goes when a
    /// lexicon word ends the sentence, and only then.
    @Test(arguments: [
        ("We told the BBC.", "We told the <say-as interpret-as=\"characters\">BBC</say-as>"),
        ("He said “we met Nguyen.” ", "He said “we met <sub alias=\"Win\">Nguyen</sub>” "),
        ("Was it the BBC?", "Was it the <say-as interpret-as=\"characters\">BBC</say-as>?"),
        ("The BBC. Then the FBI...", "The <say-as interpret-as=\"characters\">BBC</say-as>. Then the FBI..."),
        ("We told the press.", "We told the press."),
    ])
    func aFinalPeriodAfterALexiconWordGoes(_ text: String, _ expected: String) throws {
        var lexicon = Lexicon()
        try lexicon.read("BBC = letters\nNguyen = \"Win\"\n", file: "t.lex")
        #expect(SSML.body(text, lexicon: lexicon) == expected)
    }
}
