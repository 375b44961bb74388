import Foundation
import Logging
import NarratorAudio
import NarratorHTML
import NarratorESpeak
import NarratorFetch
import NarratorTextCat

/// The whole pipeline with the real components: input -> article -> speech plan -> audio with
/// chapter markers -> timings sidecar. Everything `narrate` does is reachable from here.
public struct ArticleNarrator: Sendable {
    public var synthesizer: any SpeechSynthesizer
    public var loader: ArticleLoader
    public var planner: SpeechPlanner
    public var logger: Logger
    /// Identifies the language of an article's text (nil: the page's declaration alone decides).
    public var languageIdentifier: (any LanguageIdentifier)?

    public init(synthesizer: any SpeechSynthesizer = ESpeakEngine.shared, loader: ArticleLoader = ArticleLoader(),
                planner: SpeechPlanner = SpeechPlanner(), logger: Logger = Logger(label: "narrator"),
                languageIdentifier: (any LanguageIdentifier)? = ArticleNarrator.sharedIdentifier) {
        self.synthesizer = synthesizer
        self.loader = loader
        self.planner = planner
        self.logger = logger
        self.languageIdentifier = languageIdentifier
    }

    /// libexttextcat's identifier, loaded once a process (nil when its fingerprints are missing).
    public static let sharedIdentifier: (any LanguageIdentifier)? = TextCatIdentifier()

    /// The language to read an article in: its text decides, its page's declaration is a hint.
    public func language(of article: Article) -> LanguageDecision {
        let sample = LanguageDecision.sample(of: article)
        let candidates = TextCleanup.wordCount(sample) < LanguageDecision.minimumWords
            ? [] : languageIdentifier?.identify(sample) ?? []
        return LanguageDecision.decide(declared: article.language, candidates: candidates)
    }

    /// Reads the voice presets from the standard directories plus `extra`.
    public func catalog(extra: [String] = []) throws -> VoiceCatalog {
        try VoiceCatalog.load(directories: VoiceDirectories.search(extra: extra))
    }

    /// The shipped lexicon (`lexicon.txt` in the preset directories, the first found) and then
    /// each of `files`, later entries overriding earlier ones.
    public func lexicon(files: [String], voiceDirectories: [String] = []) throws -> Lexicon {
        var lexicon = Lexicon()
        let shipped = VoiceDirectories.search(extra: voiceDirectories)
            .map { ($0 as NSString).appendingPathComponent("lexicon.txt") }
            .first { FileManager.default.fileExists(atPath: $0) }
        for file in (shipped.map { [$0] } ?? []) + files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw LexiconError(file: file, line: nil, message: "cannot read the lexicon file")
            }
            try lexicon.read(TextDecoding.decode([UInt8](data)), file: file)
        }
        return lexicon
    }

    /// Narrates one input: a file, "-" for standard input, or an http(s) address, into a WAV
    /// and its timings sidecar.
    public func narrate(_ source: String, options: NarrationOptions = NarrationOptions()) async throws -> NarrationOutput {
        try await narrate(options: options) { try await load(source, options: options) }
    }

    /// Narrates a page already fetched (a batch's stored copy).
    public func narrate(fetched page: FetchedPage, options: NarrationOptions) async throws -> NarrationOutput {
        try await narrate(options: options) { try WebArticle.extract(page, loader: loader(for: options)) }
    }

    /// Loads an article while the engine starts on another thread, then narrates it.
    private func narrate(options: NarrationOptions,
                         load: () async throws -> (article: Article, name: String?)) async throws -> NarrationOutput {
        async let engineReady: Void = synthesizer.prepare()
        let catalog = try catalog(extra: options.voiceDirectories)
        let loaded = try await load()
        try await engineReady
        return try await narrate(options.metadata.apply(to: loaded.article), options: options, catalog: catalog,
                                 name: loaded.name)
    }

    /// Reads one input into an article, with the output name it suggests (a URL's last path
    /// segment; nil: the headline names the output).
    public func load(_ source: String, options: NarrationOptions) async throws -> (article: Article, name: String?) {
        guard WebAddress.looksLikeURL(source) else { return (try loader(for: options).load(source), nil) }
        let page = try await WebArticle.fetch(source, options: fetchOptions(for: options), logger: logger)
        return try WebArticle.extract(page, loader: loader(for: options))
    }

    /// The fetch options with the input size limit `options` set.
    func fetchOptions(for options: NarrationOptions) -> FetchOptions {
        var fetch = options.fetch
        fetch.maxBytes = options.maxInputBytes
        return fetch
    }

    /// Narrates an article already extracted.
    public func narrate(_ article: Article, options: NarrationOptions, catalog: VoiceCatalog,
                        name: String? = nil) async throws -> NarrationOutput {
        let tags = AudioTags(title: article.title, artist: article.byline, date: article.published,
                             source: article.source == "-" ? nil : article.source)
        var output = try await narrate({ $0.plan(article) }, addsWords: !options.announce.isEmpty,
                                       language: language(of: article), tags: tags,
                                       name: name ?? Slug.make(article.title ?? SpeechPlanner.fallbackTitle(article)),
                                       options: options, catalog: catalog)
        output.title = article.title
        output.published = article.published
        return output
    }

    /// Narrates several input files as one edition: each article a chapter, a short spoken
    /// transition between them, one audio file (or one split set) and one set of sidecars. The
    /// voice is chosen for the first article's language unless `options.voice` names one.
    /// Without an output path the file is `<outputDirectory>/<slug of title>.<format>`.
    public func narrateEdition(_ sources: [String], title: String = "Edition",
                               options: NarrationOptions = NarrationOptions()) async throws -> NarrationOutput {
        async let engineReady: Void = synthesizer.prepare()
        let catalog = try catalog(extra: options.voiceDirectories)
        var articles: [Article] = []
        for source in sources { articles.append(try await load(source, options: options).article) }
        try await engineReady
        let bylines = Array(Set(articles.compactMap(\.byline))).sorted()
        let tags = AudioTags(title: title, artist: bylines.isEmpty ? nil : bylines.joined(separator: ", "))
        let language = articles.first.map(language(of:)) ?? LanguageDecision.decide(declared: nil, candidates: [])
        return try await narrate({ EditionPlanner(planner: $0).plan(articles) }, addsWords: articles.count > 1,
                                 language: language, tags: tags, name: Slug.make(title),
                                 options: options, catalog: catalog)
    }

    /// The loader with the input size limit `options` set.
    private func loader(for options: NarrationOptions) -> ArticleLoader {
        var loader = self.loader
        loader.maxInputBytes = options.maxInputBytes
        return loader
    }

    /// An output name that says one thing and would hold another is refused before any work:
    /// "-" (audio does not go to standard output), an extension no format has (`.aiff` would get
    /// WAV data), or an extension another format than `--format` has (`-o b.wav --format mp3`).
    static func checkOutputName(_ output: String?, format: AudioFormat?) throws {
        guard let output else { return }
        if output == "-" { throw FlagError("-o -: audio is not written to standard output; give a file name") }
        let written = (output as NSString).pathExtension.lowercased()
        guard !written.isEmpty else { return }
        let known = AudioFormat.all.flatMap(\.extensions).map { $0.lowercased() }
        guard let named = AudioFormat(extensionOf: output) else {
            throw FlagError("-o \(output): '.\(written)' is not an extension of a format narrate writes (\(known.map { "." + $0 }.joined(separator: ", ")))")
        }
        if let format, format != named {
            throw FlagError("-o \(output) names a \(named.name) file but --format is \(format.name)")
        }
    }

    /// Narrates a plan into the files `options` ask for; `name` is the default file name. The
    /// plan is made once the voice is known, by a planner whose added words (announcements,
    /// transitions; `addsWords` when the plan has any) are in the voice's language.
    func narrate(_ makePlan: (SpeechPlanner) -> SpeechPlan, addsWords: Bool, language: LanguageDecision, tags: AudioTags,
                 name: String, options: NarrationOptions, catalog: VoiceCatalog) async throws -> NarrationOutput {
        logger.info("language", metadata: ["language": "\(language.tag ?? "unknown")",
                                           "declared": "\(language.declared ?? "none")",
                                           "detected": "\(language.detected ?? "none")", "why": "\(language.reason)"])
        let voice = try await VoiceResolver(catalog: catalog, synthesizer: synthesizer)
            .resolve(options.voice, language: language.tag)
        if let note = catalog.noPresetsNote { logger.warning("\(note); reading with eSpeak NG's \(voice.name)") }
        var planner = self.planner
        planner.announce = options.announce
        planner.wording = AnnouncementWording(voice: voice.settings.espeakName)
        if addsWords, planner.wording == nil {
            logger.warning("no announcement wording in the language of \(voice.settings.espeakName); byline, date and story numbers are not said")
        }
        let plan = makePlan(planner)
        let speed = options.speed ?? voice.preset?.defaultSpeed ?? .normal
        logger.info("voice", metadata: ["voice": "\(voice.name)", "espeak": "\(voice.settings.espeakName)",
                                        "speed": "\(speed)"])
        try Self.checkOutputName(options.output, format: options.format)
        let format = options.format ?? options.output.flatMap(AudioFormat.init(extensionOf:)) ?? .wav
        let output = options.output
            ?? (options.outputDirectory as NSString).appendingPathComponent(name + "." + format.fileExtension)
        try OutputFile.checkNameLength(output, split: options.split != nil)
        if options.split == nil, let limit = format.maximumChapters, plan.chapters.count > limit {
            logger.warning("\(format.name) holds the first \(limit) of \(plan.chapters.count) chapters; the sidecars hold them all")
        }
        try OutputFile.prepare(output)
        var tags = tags
        tags.software = "Narrator \(NarratorVersion.string) with \(await synthesizer.engineDescription())"
        let writer = OutputWriter(format: format, sidecars: options.sidecars, markers: options.markers,
                                  split: options.split, tags: tags)
        let wavPath = writer.narrationPath(for: output)
        let sink = try WAVFileSink(path: wavPath, sampleRate: try await synthesizer.sampleRate(), reportAs: output)
        let staging = OutputStaging()
        if wavPath == output { sink.staging = staging }
        let lexicon = try self.lexicon(files: options.lexiconFiles, voiceDirectories: options.voiceDirectories)
        var pipeline = NarrationPipeline(synthesizer: synthesizer, pauses: options.pauses,
                                         calibrator: SpeedCalibrator(cacheFile: options.calibrationCache),
                                         lexicon: lexicon, logger: logger)
        pipeline.markerDetail = options.markers
        pipeline.cache = options.sentenceCache
        pipeline.maxAudioSeconds = options.maxAudioSeconds
        let audioName = URL(fileURLWithPath: output).lastPathComponent
        let result = try await pipeline.narrate(plan, voice: voice.settings, voiceName: voice.name, speed: speed,
                                                tags: tags, into: sink, audioName: audioName)
        var narrated = result.timings
        narrated.language = language
        narrated.source = tags.source
        let pieces = try writer.write(narration: wavPath, output: output, timings: narrated, staging: staging)
        // The whole narration's timings, describing the stored audio like each piece's do.
        var timings = narrated
        timings.describeStorage(sampleRate: format.storedRate(engineRate: timings.sampleRate))
        if options.split == nil { timings = pieces[0].timings }
        return NarrationOutput(pieces: pieces, title: tags.title, published: tags.date, synthesized: result.synthesized,
                               cached: result.cached, timings: timings, voice: voice)
    }
}
