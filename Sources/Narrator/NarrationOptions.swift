/// Everything that shapes one narration: its settings (typed, see `NarrationSettings`) and
/// where it runs (output, caches, preset directories).
public struct NarrationOptions: Sendable {
    /// The settings, always resolved over `NarrationSettings.defaults`.
    public var settings: NarrationSettings {
        didSet { settings = settings.resolved }
    }
    /// The output file; nil: `<outputDirectory>/<slug of the title>.<format's extension>`.
    public var output: String?
    public var outputDirectory: String
    /// Extra preset directories searched before the standard ones.
    public var voiceDirectories: [String]
    /// Where measured voice speed factors are cached; nil measures without caching.
    public var calibrationCache: String?
    /// Sentence audio kept from earlier narrations; nil synthesizes everything.
    public var sentenceCache: (any SentenceAudioCache)?
    /// How web addresses are fetched (timeouts, headers); the size cap is `maxInputBytes`.
    public var fetch = FetchOptions()

    /// Options from settings given at the edge (flags, a job line, a request).
    public init(settings: NarrationSettings, output: String? = nil, outputDirectory: String = "out",
                voiceDirectories: [String] = [], calibrationCache: String? = SpeedCalibrator.defaultCacheFile()) {
        self.settings = settings.resolved
        self.output = output
        self.outputDirectory = outputDirectory
        self.voiceDirectories = voiceDirectories
        self.calibrationCache = calibrationCache
    }

    /// Options from typed values (library callers); unset ones take the settings' defaults.
    public init(voice: String? = nil, speed: Speed? = nil, output: String? = nil, outputDirectory: String = "out",
                pauses: PauseSettings? = nil, voiceDirectories: [String] = [],
                calibrationCache: String? = SpeedCalibrator.defaultCacheFile(), sidecars: [SidecarFormat]? = nil,
                lexiconFiles: [String]? = nil, markers: MarkerDetail? = nil, format: AudioFormat? = nil,
                split: SplitRule? = nil) {
        var settings = NarrationSettings()
        settings.voice = voice
        settings.speed = speed
        if let pauses { settings.pauses = pauses }
        settings.sidecars = sidecars
        settings.lexicon = lexiconFiles
        settings.markers = markers
        settings.format = format
        settings.split = split
        self.init(settings: settings, output: output, outputDirectory: outputDirectory,
                  voiceDirectories: voiceDirectories, calibrationCache: calibrationCache)
    }

    // The resolved settings, typed (every one set, the optional ones may be nil by design).
    public var voice: String { get { settings.voice ?? "auto" } set { settings.voice = newValue } }
    public var speed: Speed? { get { settings.speed } set { settings.speed = newValue } }
    public var format: AudioFormat? { get { settings.format } set { settings.format = newValue } }
    public var split: SplitRule? { get { settings.split } set { settings.split = newValue } }
    public var sidecars: [SidecarFormat] { get { settings.sidecars ?? [] } set { settings.sidecars = newValue } }
    public var lexiconFiles: [String] { get { settings.lexicon ?? [] } set { settings.lexicon = newValue } }
    public var markers: MarkerDetail { get { settings.markers ?? .chapters } set { settings.markers = newValue } }
    public var announce: Set<Announcement> { get { settings.announce ?? [] } set { settings.announce = newValue } }
    public var pauses: PauseSettings { get { settings.pauses } set { settings.pauses = newValue } }
    public var metadata: MetadataOverrides { get { settings.metadata } set { settings.metadata = newValue } }
    public var maxInputBytes: Int {
        get { settings.maxInputBytes ?? NarrationSettings.defaultMaxInputBytes }
        set { settings.maxInputBytes = newValue }
    }
    public var maxAudioSeconds: Double? { get { settings.maxAudioSeconds } set { settings.maxAudioSeconds = newValue } }
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
