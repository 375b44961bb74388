/// Everything that shapes one narration, as the CLI or a library caller gives it.
public struct NarrationOptions: Sendable {
    /// "auto" (by the article's language), a preset name, or an eSpeak NG voice ("en-gb+f3").
    public var voice: String
    /// nil: the preset's default speed, else 1.0x.
    public var speed: Speed?
    /// The output file; nil: `<outputDirectory>/<slug of the title>.<format's extension>`.
    public var output: String?
    /// The audio format; nil: by the output's extension, else WAV.
    public var format: AudioFormat?
    /// Split into numbered files at chapters or every so many minutes; nil: one file.
    public var split: SplitRule?
    /// Replaces the article's headline, byline or date (spoken and tagged).
    public var metadata = MetadataOverrides()
    /// The largest input read (bytes); larger inputs are refused.
    public var maxInputBytes = 64 << 20
    /// The longest narration made (seconds of audio); nil: no limit but the format's.
    public var maxAudioSeconds: Double?
    /// Sentence audio kept from earlier narrations; nil synthesizes everything.
    public var sentenceCache: (any SentenceAudioCache)?
    public var outputDirectory: String
    public var pauses: PauseSettings
    /// Extra preset directories searched before the standard ones.
    public var voiceDirectories: [String]
    /// Where measured voice speed factors are cached; nil measures without caching.
    public var calibrationCache: String?
    /// Chapter and caption files written beside the audio.
    public var sidecars: [SidecarFormat]
    /// Lexicon files read after the shipped `lexicon.txt`; later entries win.
    public var lexiconFiles: [String]
    /// Which points become cue points in the WAV.
    public var markers: MarkerDetail
    /// Announced after the headline (`--announce byline,date`); nothing by default.
    public var announce: Set<Announcement> = []

    public init(voice: String = "auto", speed: Speed? = nil, output: String? = nil, outputDirectory: String = "out",
                pauses: PauseSettings = .standard, voiceDirectories: [String] = [],
                calibrationCache: String? = SpeedCalibrator.defaultCacheFile(), sidecars: [SidecarFormat] = [],
                lexiconFiles: [String] = [], markers: MarkerDetail = .chapters, format: AudioFormat? = nil,
                split: SplitRule? = nil) {
        self.format = format
        self.split = split
        self.voice = voice
        self.speed = speed
        self.output = output
        self.outputDirectory = outputDirectory
        self.pauses = pauses
        self.voiceDirectories = voiceDirectories
        self.calibrationCache = calibrationCache
        self.sidecars = sidecars
        self.lexiconFiles = lexiconFiles
        self.markers = markers
    }
}

/// What a narration wrote.
public struct NarrationOutput: Sendable {
    /// The files, one piece unless the narration was split.
    public var pieces: [NarrationPiece]
    /// The article as narrated (after any metadata overrides).
    public var title: String?
    public var published: String?
    /// Sentences synthesized, and taken from the sentence cache.
    public var synthesized = 0
    public var cached = 0
    /// The whole narration's timings (a split narration's pieces each have their own).
    public var timings: Timings
    public var voice: VoiceResolver.Choice

    /// The audio file (the first piece's, when split).
    public var audioPath: String { pieces[0].audioPath }
    public var timingsPath: String { pieces[0].timingsPath }
    public var sidecarPaths: [String] { pieces[0].sidecarPaths }
}
