import NarratorTesting
import Testing
@testable import NarratorCore

@Suite struct NarrationPipelineTests {
    let article = Article(
        source: "a.md", title: "A title for the test",
        sections: [
            Section(paragraphs: ["The first paragraph has two sentences. Here is the second one.",
                                 "A second paragraph follows with a few more words in it."]),
            Section(heading: "Middle part", paragraphs: ["Words in the middle part of the story go here."]),
            Section(heading: "Last part", paragraphs: ["And the story ends with this sentence. The end."]),
        ])
    let voice = VoiceSettings(espeakName: "en-us")

    func narrate(speed: Speed = .normal, synthesizer: any SpeechSynthesizer = ToneSynthesizer())
        async throws -> (NarrationPipeline.Result, InMemoryAudioSink) {
        let sink = InMemoryAudioSink(sampleRate: 22050)
        let result = try await NarrationPipeline(synthesizer: synthesizer).narrate(
            SpeechPlanner().plan(article), voice: voice, voiceName: "test", speed: speed,
            tags: AudioTags(title: "A title for the test"), into: sink, audioName: "a.wav")
        return (result, sink)
    }

    @Test func chapterMarkersSitOnTheFirstSampleOfEachChapter() async throws {
        let (result, sink) = try await narrate()
        #expect(sink.chapterTitles == ["A title for the test", "Middle part", "Last part"])
        #expect(result.chapters.map(\.title) == sink.chapterTitles)
        let timings = result.timings
        for (index, chapter) in timings.chapters.enumerated() {
            let first = try #require(timings.sentences.first { $0.chapter == index })
            #expect(abs(first.start - chapter.start) < 1e-6)
            let frame = result.chapters[index].startFrame
            #expect(sink.samples[frame...].prefix(200).contains { $0 != 0 }, "speech starts at the marker")
            if index > 0 {
                let silence = sink.samples[(frame - 882)..<frame]  // 40 ms before the marker
                #expect(silence.allSatisfy { $0 == 0 })
            }
        }
        // Chapters tile the audio.
        #expect(result.chapters.first?.startFrame == 0)
        #expect(result.chapters.reduce(0) { $0 + $1.lengthFrames } == sink.samples.count)
        #expect(timings.frames == sink.samples.count)
    }

    /// The engine is given each sentence's spoken form for the voice's language: English words
    /// for numbers to an English voice ("to", "dollars"), German ones to a German voice ("bis").
    @Test func theEngineHearsTheSpokenFormForItsVoicesLanguage() async throws {
        let text = "Von 2019-2021 um $5-10."
        let plan = SpeechPlanner().plan(Article(source: "a", sections: [Section(paragraphs: [text])]))
        let english = SpeechNormalizer().spoken(text)
        #expect(english.hasSuffix("um 5 to 10 dollars."))
        for (voice, expected) in [("de", "Von 2019 bis 2021 um $5 bis 10."), ("en-gb+f3", english)] {
            let heard = HeardText()
            let synthesizer = RecordingSynthesizer(heard: heard)
            _ = try await NarrationPipeline(synthesizer: synthesizer).narrate(
                plan, voice: VoiceSettings(espeakName: voice), voiceName: voice, speed: .normal,
                tags: AudioTags(title: "t"), into: InMemoryAudioSink(sampleRate: 22050), audioName: "a.wav")
            #expect(await heard.texts == [expected], "\(voice)")
        }
    }

    /// French, Spanish, Italian and Portuguese voices hear their language's titles and times in
    /// words; an English voice hears the text's own.
    @Test func romanceVoicesHearTheirLanguagesWords() async throws {
        for (voice, text, expected) in [
            ("fr", "M. Roux part à 8h.", "Monsieur Roux part à 8 heures."),
            ("es", "La Sra. Gil llega a las 9 h.", "La señora Gil llega a las 9 horas."),
            ("it", "Il sig. Sala parte alle 8.30.", "Il signor Sala parte alle 8 e 30."),
            ("pt-br", "O Sr. Reis sai às 8h.", "O senhor Reis sai às 8 horas."),
            ("en-us", "M. Roux left at 8h.", "M Roux left at 8h."),
        ] {
            let plan = SpeechPlanner().plan(Article(source: "a", sections: [Section(paragraphs: [text])]))
            let heard = HeardText()
            _ = try await NarrationPipeline(synthesizer: RecordingSynthesizer(heard: heard)).narrate(
                plan, voice: VoiceSettings(espeakName: voice), voiceName: voice, speed: .normal,
                tags: AudioTags(title: "t"), into: InMemoryAudioSink(sampleRate: 22050), audioName: "a.wav")
            #expect(await heard.texts == [expected], "\(voice)")
        }
    }

    /// A date written with slashes is read as the page's region writes it when the page states
    /// one ("en-GB": day first), else as the voice's region does (an American voice: month first).
    @Test func slashedDatesFollowThePagesRegionThenTheVoices() async throws {
        for (tag, voice, expected) in [
            ("en-GB", "en-us", "Due the 4th of June 20 26."),
            ("en-US", "en-gb", "Due April 6th, 20 26."),
            (nil, "en-us", "Due April 6th, 20 26."),
            ("en", "en-gb", "Due the 4th of June 20 26."),
        ] as [(String?, String, String)] {
            let plan = SpeechPlanner().plan(Article(source: "a", language: tag, sections: [Section(paragraphs: ["Due 4/6/2026."])]))
            #expect(plan.languageTag == tag)
            let heard = HeardText()
            _ = try await NarrationPipeline(synthesizer: RecordingSynthesizer(heard: heard)).narrate(
                plan, voice: VoiceSettings(espeakName: voice), voiceName: voice, speed: .normal,
                tags: AudioTags(title: "t"), into: InMemoryAudioSink(sampleRate: 22050), audioName: "a.wav")
            #expect(await heard.texts == [expected], "\(String(describing: tag)) \(voice)")
        }
    }

    /// A lexicon's section for English voices is not given to a German one: "Win" read by
    /// German rules is "Vin". Entries for every language reach both.
    @Test func theEngineGetsTheLexiconOfItsVoicesLanguage() async throws {
        var lexicon = Lexicon()
        try lexicon.read("BBC = letters\n[en]\nNguyen = \"Win\"\n[de]\nQatar = \"Katar\"\n", file: "test.lex")
        let plan = SpeechPlanner().plan(Article(source: "a", sections: [Section(paragraphs: ["Nguyen sah Qatar in der BBC."])]))
        var bodies: [String: String] = [:]
        for voice in ["de", "en-us"] {
            let heard = HeardText()
            _ = try await NarrationPipeline(synthesizer: RecordingSynthesizer(heard: heard), lexicon: lexicon).narrate(
                plan, voice: VoiceSettings(espeakName: voice), voiceName: voice, speed: .normal,
                tags: AudioTags(title: "t"), into: InMemoryAudioSink(sampleRate: 22050), audioName: "a.wav")
            bodies[voice] = await heard.bodies.joined()
        }
        #expect(bodies["de"] == "Nguyen sah <sub alias=\"Katar\">Qatar</sub> in der <say-as interpret-as=\"characters\">BBC</say-as>.")
        #expect(bodies["en-us"] == "<sub alias=\"Win\">Nguyen</sub> sah Qatar in der <say-as interpret-as=\"characters\">BBC</say-as>.")
    }

    @Test func timingsDescribeEverySentenceInOrder() async throws {
        let (result, _) = try await narrate()
        let sentences = result.timings.sentences
        #expect(sentences.count == SpeechPlanner().plan(article).utterances.count)
        for (previous, next) in zip(sentences, sentences.dropFirst()) {
            #expect(previous.end <= next.start)
            #expect(previous.start < previous.end)
        }
        #expect(result.timings.words == SpeechPlanner().plan(article).wordCount)
        #expect(result.timings.voice == "test")
        #expect(abs(result.timings.durationSeconds - Double(result.timings.frames) / 22050) < 1e-5)
    }

    @Test(arguments: [0.75, 1.0, 2.0])
    func rateFeedbackBringsThePaceTowardsTheTarget(_ multiplier: Double) async throws {
        let (result, _) = try await narrate(speed: try Speed(multiplier: multiplier))
        let speed = result.timings.speed
        #expect(speed.targetWPM == multiplier * 200)
        // The tone engine's nominal rate ignores pauses; feedback must make up for them.
        #expect(abs(speed.measuredWPM - speed.targetWPM) / speed.targetWPM < 0.10, "\(speed)")
    }

    struct FailingSynthesizer: SpeechSynthesizer {
        nonisolated var rateLimits: RateLimits { .permissive }
        func prepare() async throws {}
        func sampleRate() async throws -> Int { 22050 }
        func hasVoice(_ name: String) async throws -> Bool { true }
        func synthesize(_ text: String, voice: VoiceSettings, rate: Int) async throws -> [Int16] {
            if text.contains("middle") { throw SynthesisError("engine broke") }
            return [Int16](repeating: 1000, count: 100)
        }
        func engineDescription() async -> String { "failing" }
        func synthesize(ssml body: String, voice: VoiceSettings, rate: Int) async throws -> [Int16] {
            try await synthesize(SSML.plainText(body), voice: voice, rate: rate)
        }
    }

    @Test func aFailureDiscardsTheOutput() async throws {
        let sink = InMemoryAudioSink(sampleRate: 22050)
        await #expect(throws: SynthesisError("engine broke")) {
            _ = try await NarrationPipeline(synthesizer: FailingSynthesizer()).narrate(
                SpeechPlanner().plan(article), voice: voice, voiceName: "x", speed: .normal,
                tags: AudioTags(), into: sink, audioName: "a.wav")
        }
        #expect(sink.discarded)
        #expect(sink.chapters == nil)
    }
}

extension NarrationPipelineTests {
    /// At the engine's top rate (700 here, as eSpeak has one) and still behind, pauses give back
    /// up to half their length:
    /// the pace comes closer to the target, and no pause is cut by more than half.
    @Test func pausesGiveBackTimeOnlyWhenTheEngineIsAtItsTopRate() async throws {
        let items = (1...40).map { "Item \($0) is a short line." }
        let list = Article(source: "a.md", title: "A list", sections: [Section(paragraphs: items)])
        let sink = InMemoryAudioSink(sampleRate: 22050)
        let speed = try Speed(multiplier: 3)
        let result = try await NarrationPipeline(synthesizer: ToneSynthesizer(topRate: 700)).narrate(
            SpeechPlanner().plan(list), voice: voice, voiceName: "test", speed: speed, tags: AudioTags(),
            into: sink, audioName: "a.wav")
        let sentences = result.timings.sentences
        let gaps = zip(sentences, sentences.dropFirst()).map { $1.start - $0.end }
        let fullPause = 0.65 / 3
        #expect(gaps.contains { $0 < fullPause * 0.9 }, "some pauses were shortened")
        #expect(gaps.allSatisfy { $0 >= fullPause / 2 - 0.002 }, "none by more than half")
        // The same speech with every pause whole would have been slower than what was made.
        let speech = sentences.reduce(0.0) { $0 + $1.end - $1.start }
        let wholePaced = Double(result.timings.words) / (speech + fullPause * Double(gaps.count)) * 60
        let measured = result.timings.speed.measuredWPM
        #expect(measured < speed.targetWPM && measured > wholePaced + 10, "\(measured) \(wholePaced)")
        // At 1x the engine is never at its top rate: every pause is whole.
        let calm = try await NarrationPipeline(synthesizer: ToneSynthesizer(topRate: 700)).narrate(
            SpeechPlanner().plan(list), voice: voice, voiceName: "test", speed: .normal, tags: AudioTags(),
            into: InMemoryAudioSink(sampleRate: 22050), audioName: "a.wav")
        let calmGaps = zip(calm.timings.sentences, calm.timings.sentences.dropFirst()).map { $1.start - $0.end }
        #expect(calmGaps.allSatisfy { abs($0 - 0.65) < 0.002 })
    }
}

/// What an engine was asked to say.
actor HeardText {
    var texts: [String] = []
    /// The SSML bodies given, markup and all.
    var bodies: [String] = []
    func add(_ text: String) { texts.append(text) }
    func add(body: String) { bodies.append(body) }
}

/// The tone engine, noting each sentence's text (the SSML body's) as it is given.
struct RecordingSynthesizer: SpeechSynthesizer {
    let heard: HeardText
    var tone = ToneSynthesizer(knownVoices: ["en-gb", "de"])
    func prepare() async throws {}
    func sampleRate() async throws -> Int { try await tone.sampleRate() }
    func hasVoice(_ name: String) async throws -> Bool { try await tone.hasVoice(name) }
    func synthesize(_ text: String, voice: VoiceSettings, rate: Int) async throws -> [Int16] {
        await heard.add(text)
        return try await tone.synthesize(text, voice: voice, rate: rate)
    }
    func synthesize(ssml body: String, voice: VoiceSettings, rate: Int) async throws -> [Int16] {
        await heard.add(SSML.plainText(body))
        await heard.add(body: body)
        return try await tone.synthesize(ssml: body, voice: voice, rate: rate)
    }
    var rateLimits: RateLimits { tone.rateLimits }
    func engineDescription() async -> String { "recording" }
}
