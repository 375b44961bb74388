import Logging

/// Speaks a plan into an audio sink: sentence by sentence, pauses as real silence, rate steered
/// towards the target pace, chapter markers at the first sample of each chapter's first sentence.
public struct NarrationPipeline: Sendable {
    public var synthesizer: any SpeechSynthesizer
    public var pauses: PauseSettings
    /// Where the voice's starting speed factor comes from; nil starts from 1 and learns.
    public var calibrator: SpeedCalibrator?
    /// How particular words are said.
    public var lexicon: Lexicon
    /// Which points become cue points in the audio (chapters are always among them).
    public var markerDetail: MarkerDetail = .chapters
    /// Refuse to make more than this many seconds of audio; nil: no limit.
    public var maxAudioSeconds: Double?
    /// Sentence audio from earlier narrations; nil synthesizes every sentence.
    public var cache: (any SentenceAudioCache)?
    public var logger: Logger

    public init(synthesizer: any SpeechSynthesizer, pauses: PauseSettings = .standard,
                calibrator: SpeedCalibrator? = nil, lexicon: Lexicon = Lexicon(),
                logger: Logger = Logger(label: "narrator")) {
        self.synthesizer = synthesizer
        self.pauses = pauses
        self.calibrator = calibrator
        self.lexicon = lexicon
        self.logger = logger
    }

    /// What a narration produced, before it is written out.
    public struct Result: Sendable {
        public var chapters: [ChapterMarker]
        public var timings: Timings
        /// Sentences the engine spoke, and sentences taken from the cache.
        public var synthesized = 0
        public var cached = 0
    }

    /// Synthesizes `plan` into `sink` and finishes it with chapters and tags.
    ///
    /// On any error the sink is discarded, so no partial output remains.
    public func narrate(_ plan: SpeechPlan, voice: VoiceSettings, voiceName: String, speed: Speed,
                        tags: AudioTags, into sink: AudioSink, audioName: String) async throws -> Result {
        do {
            return try await run(plan, voice: voice, voiceName: voiceName, speed: speed, tags: tags,
                                 into: sink, audioName: audioName)
        } catch {
            sink.discard()
            throw error
        }
    }

    private func run(_ plan: SpeechPlan, voice: VoiceSettings, voiceName: String, speed: Speed,
                     tags: AudioTags, into sink: AudioSink, audioName: String) async throws -> Result {
        let rate = sink.sampleRate
        let margin = rate / 200  // 5 ms kept around speech so soft onsets are not clipped
        let fade = rate / 500    // 2 ms fades at the edges: no clicks where speech meets silence
        let startFactor = try await calibrator?.factor(
            for: voice, rate: RateController(targetWPM: speed.targetWPM, limits: synthesizer.rateLimits).rate(forWords: 20, pauseSeconds: 0),
            synthesizer: synthesizer) ?? 1
        var controller = RateController(targetWPM: speed.targetWPM, speedFactor: startFactor, limits: synthesizer.rateLimits)
        var chapterStarts: [Int] = []
        var sentences: [Timings.SentenceTiming] = []
        var totalWords = 0
        var normalizer = SpeechNormalizer(voice: voice.espeakName)
        normalizer.setRegion(ofLanguageTag: plan.languageTag)
        let utterances = plan.utterances(normalizer: normalizer)
        let lexicon = self.lexicon.forVoice(voice.espeakName)
        let points = markerDetail.points(in: plan, utterances: utterances)
        var utteranceStarts: [Int] = []
        var synthesized = 0, cached = 0
        var atTopRate = false
        let engine = cache == nil ? "" : await synthesizer.engineDescription()
        try sink.start(chapterTitles: points.map(\.title), tags: tags)
        for utterance in utterances {
            try Task.checkCancellation()
            var pauseFrames = pauses.frames(before: utterance.pauseBefore, speed: speed, sampleRate: rate)
            // The engine at its fastest and the narration still behind (many short lines at a
            // high speed, each with its pause): pauses give back up to half their length.
            if atTopRate, controller.secondsBehind > 0 {
                pauseFrames -= min(pauseFrames / 2, Int(controller.secondsBehind * Double(rate)))
            }
            let pauseSeconds = Double(pauseFrames) / Double(rate)
            try sink.writeSilence(frames: pauseFrames)
            let words = TextCleanup.wordCount(utterance.text)
            let spokenWords = SpokenLength.words(utterance.spoken)
            // A sentence holding a quotation of several sentences is spoken in parts, a sentence
            // pause of real silence between them (counted as pause, not speech, for the pace).
            let parts = utterance.spokenParts.map { SSML.body($0, lexicon: lexicon) }
            let innerPause = pauses.frames(before: .sentence, speed: speed, sampleRate: rate)
            let innerFrames = innerPause * (parts.count - 1)
            let key = cache.map { type(of: $0).key(engine: engine, sampleRate: rate, voice: voice,
                                                   targetWPM: speed.targetWPM, ssml: parts.joined(separator: "\u{2029}")) }
            let spoken: CachedSentence
            if let key, let hit = cache?.audio(for: key) {
                spoken = hit
                cached += 1
            } else {
                let engineRate = controller.rate(forWords: words, spokenWords: spokenWords,
                                                 pauseSeconds: pauseSeconds + Double(innerFrames) / Double(rate))
                var joined: [Int16] = []
                for (offset, ssml) in parts.enumerated() {
                    var samples = try await synthesizer.synthesize(ssml: ssml, voice: voice, rate: engineRate)
                    let speech = SilenceTrimmer.speechRange(samples, margin: margin)
                    EdgeFade.apply(&samples, in: speech, frames: fade)
                    if offset > 0 { joined += repeatElement(0, count: innerPause) }
                    joined += samples[speech]
                }
                spoken = CachedSentence(rate: engineRate, samples: joined)
                if let key { cache?.store(spoken, for: key) }
                synthesized += 1
            }
            if let limit = maxAudioSeconds, Double(sink.framesWritten + spoken.samples.count) / Double(rate) > limit {
                throw DurationLimitError(limitSeconds: limit, sentence: utteranceStarts.count + 1)
            }
            atTopRate = spoken.rate >= synthesizer.rateLimits.range.upperBound
            let start = sink.framesWritten
            if chapterStarts.count == utterance.chapter { chapterStarts.append(start) }
            utteranceStarts.append(start)
            try sink.write(spoken.samples[...])
            totalWords += words
            controller.record(words: words, spokenWords: spokenWords, rate: spoken.rate,
                              speechSeconds: Double(spoken.samples.count - innerFrames) / Double(rate),
                              pauseSeconds: pauseSeconds + Double(innerFrames) / Double(rate))
            sentences.append(.init(chapter: utterance.chapter, paragraph: utterance.paragraph, text: utterance.text,
                                   start: Double(start) / Double(rate),
                                   end: Double(sink.framesWritten) / Double(rate), role: utterance.role))
            logger.trace("sentence", metadata: ["start": "\(start)", "rate": "\(spoken.rate)"])
        }
        let total = sink.framesWritten
        var markers: [ChapterMarker] = []
        for (index, chapter) in plan.chapters.enumerated() {
            // Every planned chapter has a sentence, so it has a start.
            let start = chapterStarts[index]
            let end = index + 1 < chapterStarts.count ? chapterStarts[index + 1] : total
            markers.append(ChapterMarker(title: chapter.title, startFrame: start, lengthFrames: end - start))
        }
        // The audio's cue points: the chapters, or finer points with their own lengths.
        let cuePoints = points.enumerated().map { offset, point in
            let start = utteranceStarts[point.utterance]
            let end = offset + 1 < points.count ? utteranceStarts[points[offset + 1].utterance] : total
            return ChapterMarker(title: point.title, startFrame: start, lengthFrames: end - start)
        }
        try sink.finish(chapters: cuePoints)
        let seconds = Double(total) / Double(rate)
        let measured = seconds > 0 ? Double(totalWords) / seconds * 60 : 0
        let timings = Timings(
            audio: audioName, sampleRate: rate, frames: total, durationSeconds: seconds.microseconds,
            words: totalWords, voice: voiceName,
            speed: .init(multiplier: speed.multiplier, targetWPM: speed.targetWPM, measuredWPM: measured.rounded(toPlaces: 1)),
            chapters: markers.map {
                .init(title: $0.title, start: (Double($0.startFrame) / Double(rate)).microseconds,
                      end: (Double($0.startFrame + $0.lengthFrames) / Double(rate)).microseconds)
            },
            sentences: sentences.map {
                var s = $0; s.start = s.start.microseconds; s.end = s.end.microseconds; return s
            })
        logger.info("narrated", metadata: [
            "words": "\(totalWords)", "seconds": "\(seconds.rounded(toPlaces: 2))",
            "targetWPM": "\(speed.targetWPM)", "measuredWPM": "\(measured.rounded(toPlaces: 1))",
        ])
        return Result(chapters: markers, timings: timings, synthesized: synthesized, cached: cached)
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
