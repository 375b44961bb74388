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
}
