import Testing
@testable import Narrator
import NarratorESpeak

/// Real synthesis of short texts through libespeak-ng.
@Suite struct ESpeakEngineTests {
    let engine = ESpeakEngine.shared

    @Test func synthesizesAShortSentence() async throws {
        #expect(try await engine.sampleRate() == 22050)
        let samples = try await engine.synthesize("The tide is high today.", voice: VoiceSettings(espeakName: "en-us"), rate: 200)
        let seconds = Double(samples.count) / 22050
        #expect(seconds > 0.6 && seconds < 3.0, "\(seconds) s")
        let speech = SilenceTrimmer.speechRange(samples)
        #expect(speech.count > samples.count / 2)
        #expect(samples.map { abs(Int($0)) }.max()! > 2000)
    }

    @Test func aFasterRateGivesShorterAudio() async throws {
        let voice = VoiceSettings(espeakName: "en-gb+f3")
        let text = "Engineers have known about the channel for decades."
        let slow = try await engine.synthesize(text, voice: voice, rate: 120).count
        let fast = try await engine.synthesize(text, voice: voice, rate: 300).count
        #expect(Double(fast) < Double(slow) * 0.6)
    }

    @Test(arguments: [("en-us", true), ("en-gb", true), ("en-gb+f3", true), ("en-GB-x-rp+m1", true), ("cmn", true),
                      ("yue", true), ("en-us+nosuchvariant", false), ("xx-yy", false), ("", false)])
    func knowsItsVoices(_ name: String, _ known: Bool) async throws {
        #expect(try await engine.hasVoice(name) == known)
    }

    @Test func markupInTextIsSpokenNotObeyed() async throws {
        let voice = VoiceSettings(espeakName: "en-us")
        let plain = try await engine.synthesize("Say this now.", voice: voice, rate: 200)
        let hostile = try await engine.synthesize("Say <break time=\"100s\"/> this now.", voice: voice, rate: 200)
        // A 100 s break would add 2.2 million samples; spoken as text it adds a few seconds at most.
        #expect(hostile.count < plain.count + 22050 * 8)
        #expect(hostile.count > plain.count)
    }

    @Test func normalisedSentencesAreOneSentenceToESpeak() async throws {
        let voice = VoiceSettings(espeakName: "en-us")
        let text = "Mr. Smith met Dr. J. R. Jones at 5 p.m. near No. 10 Main St. on Friday."
        #expect(try await engine.sentenceCount(text, voice: voice) > 1, "eSpeak splits the raw text")
        #expect(try await engine.sentenceCount(SpeechNormalizer().spoken(text), voice: voice) == 1)
    }

    @Test func theLexiconChangesWhatIsSpoken() async throws {
        let voice = VoiceSettings(espeakName: "en-us")
        var lexicon = Lexicon()
        try lexicon.read("Zorblatt = letters\nQuux = \"Quintessentially\"\nXi = [[S'i:]]", file: "t.lex")
        func length(_ text: String, _ lexicon: Lexicon) async throws -> Int {
            let samples = try await engine.synthesize(ssml: SSML.body(text, lexicon: lexicon), voice: voice, rate: 200)
            return SilenceTrimmer.speechRange(samples).count
        }
        // Spelled out, eight letters take far longer than the word.
        let word = try await length("Zorblatt", Lexicon())
        let spelled = try await length("Zorblatt", lexicon)
        #expect(Double(spelled) > Double(word) * 1.8, "\(spelled) vs \(word)")
        // A phoneme entry replaces the word: "Xi" is not also read as letters or a word.
        let phonemes = try await length("Xi", lexicon)
        let respelled = try await length("Shee", Lexicon())
        #expect(abs(Double(phonemes) - Double(respelled)) < Double(respelled) * 0.35, "\(phonemes) vs \(respelled)")
        // A respelling is said instead of the word.
        let respelling = try await length("Quux", lexicon)
        #expect(Double(respelling) > Double(try await length("Quux", Lexicon())) * 1.8)
    }

    /// A sentence's final period after a closing bracket or quotation mark, a sign, a dotted name
    /// or a lexicon word sounds as it does without the period, as after a plain word: eSpeak NG
    /// 1.51 said "dot" there when the period ended the document's text ("(at noon) dot", "B B C
    /// dot": a fifth to a third of a second more; see `SSML.document`). Speech is measured
    /// without the silence around it, whose length varies from call to call while other tests
    /// use the engine.
    @Test func aSentenceEndingInAMarkOrALexiconWordIsNotFollowedByDot() async throws {
        let voice = VoiceSettings(espeakName: "en-us")
        var lexicon = Lexicon()
        try lexicon.read("BBC = letters\nNguyen = \"Win\"\nXi = [[S'i:]]", file: "t.lex")
        func speech(_ text: String) async throws -> Int {
            SilenceTrimmer.speechRange(try await engine.synthesize(ssml: SSML.body(text, lexicon: lexicon), voice: voice, rate: 200)).count
        }
        for sentence in ["We told the BBC", "We met Nguyen", "We met Xi", "We told the press", "We met (at noon)",
                         "He called it “fine”", "See the notes [4]", "Prices rose 30%", "It runs on Node.js"] {
            let (ended, open) = (try await speech(sentence + "."), try await speech(sentence))
            #expect(abs(ended - open) < 22050 / 10, "\(sentence).: \(ended) samples of speech, \(open) without the period")
        }
    }

    @Test func aLongSentenceInAnotherScriptIsSpoken() async throws {
        // A long Korean sentence read by an English voice (such text crashed eSpeak NG on a
        // small thread stack once; it now runs on ESpeakThread, see there).
        let words = ["사랑하는", "사람의", "추억을", "간직하는", "일이", "어째서", "두", "사람만의", "사진들을", "공개하는"]
        let text = (0..<60).map { words[$0 % words.count] }.joined(separator: " ") + "."
        for rate in [200, 449] {
            let samples = try await engine.synthesize(text, voice: VoiceSettings(espeakName: "en-us"), rate: rate)
            #expect(samples.count > 22050)
        }
    }

    @Test func listsVoicesAndVariants() async throws {
        let voices = try await engine.voices()
        #expect(voices.contains { $0.languages.contains("en-gb") })
        #expect(voices.contains { $0.name == "cmn" })
        let variants = try await engine.voices(variants: true)
        #expect(variants.contains { $0.name == "f3" })
    }
}
