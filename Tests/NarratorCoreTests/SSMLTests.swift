import Testing
@testable import NarratorCore

@Suite struct SSMLTests {
    @Test(arguments: [
        ("<break time=\"100s\"/>", "<speak>&lt;break time=&quot;100s&quot;/&gt;\n\n</speak>"),
        ("<voice name='x'>hi</voice>", "<speak>&lt;voice name=&apos;x&apos;&gt;hi&lt;/voice&gt;\n\n</speak>"),
        ("AT&T &amp; co", "<speak>AT&amp;T &amp;amp; co\n\n</speak>"),
        ("tab\there\u{1}", "<speak>tab here \n\n</speak>"),
        ("phonemes [[h@'loU]] stay text", "<speak>phonemes [ [h@&apos;loU]] stay text\n\n</speak>"),
    ])
    func articleTextIsNeverMarkup(_ text: String, _ expected: String) {
        #expect(SSML.sentence(text) == expected)
    }

    /// Lexicon words become elements and the text around them stays as written, a sentence's
    /// final period too: the blank line that closes the document is what keeps eSpeak NG from saying
    /// "dot" for it (see `ESpeakEngineTests`).
    @Test(arguments: [
        ("We told the BBC.", "We told the <say-as interpret-as=\"characters\">BBC</say-as>."),
        ("He said “we met Nguyen.” ", "He said “we met <sub alias=\"Win\">Nguyen</sub>.” "),
        ("Was it the BBC?", "Was it the <say-as interpret-as=\"characters\">BBC</say-as>?"),
        ("We told the press.", "We told the press."),
    ])
    func lexiconWordsBecomeElements(_ text: String, _ expected: String) throws {
        var lexicon = Lexicon()
        try lexicon.read("BBC = letters\nNguyen = \"Win\"\n", file: "t.lex")
        #expect(SSML.body(text, lexicon: lexicon) == expected)
        #expect(SSML.document(expected) == "<speak>" + expected + "\n\n</speak>")
    }
}
