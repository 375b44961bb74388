/// Every setting that shapes a narration, typed, parsed once at the edge.
///
/// The command line (`narrate`, `narrate batch`), a batch job file's lines and (next) HTTP
/// requests all give settings as text; each value goes through `set(_:to:)`, the one parser, and
/// a bad value is the same one-line error everywhere. Unset fields (nil) fall through: an item's
/// settings over the job file's defaults, over the command line's flags, over `defaults`.
/// Workers and the library receive these typed values, never the text again.
public struct NarrationSettings: Sendable, Equatable {
    /// "auto" (by the article's language), a preset, or an eSpeak NG voice ("en-gb+f3").
    public var voice: String?
    /// nil even when resolved: the voice preset's speed, else 1.0x.
    public var speed: Speed?
    /// nil even when resolved: by the output's extension, else WAV.
    public var format: AudioFormat?
    public var sidecars: [SidecarFormat]?
    public var markers: MarkerDetail?
    /// nil even when resolved: one file.
    public var split: SplitRule?
    /// Lexicon files read after the shipped one; later entries win.
    public var lexicon: [String]?
    public var announce: Set<Announcement>?
    public var sentencePause: Double?
    public var paragraphPause: Double?
    public var chapterPause: Double?
    /// The largest input read, in bytes.
    public var maxInputBytes: Int?
    /// nil even when resolved: no limit but the format's.
    public var maxAudioSeconds: Double?
    /// Metadata that replaces the page's (spoken and tagged).
    public var title: String?
    public var artist: String?
    public var date: String?

    public init() {}

    /// The largest input read unless a limit is given: 64 MiB.
    public static let defaultMaxInputBytes = 64 << 20

    /// The built-in values, the last fallback: the one place each default is set.
    public static let defaults: NarrationSettings = {
        var settings = NarrationSettings()
        settings.voice = "auto"
        settings.sidecars = []
        settings.markers = .chapters
        settings.lexicon = []
        settings.announce = []
        settings.sentencePause = PauseSettings.standard.sentence
        settings.paragraphPause = PauseSettings.standard.paragraph
        settings.chapterPause = PauseSettings.standard.chapter
        settings.maxInputBytes = defaultMaxInputBytes
        return settings
    }()

    /// These settings, with `fallback`'s wherever these are unset.
    public func over(_ fallback: NarrationSettings) -> NarrationSettings {
        var merged = self
        merged.voice = voice ?? fallback.voice
        merged.speed = speed ?? fallback.speed
        merged.format = format ?? fallback.format
        merged.sidecars = sidecars ?? fallback.sidecars
        merged.markers = markers ?? fallback.markers
        merged.split = split ?? fallback.split
        merged.lexicon = lexicon ?? fallback.lexicon
        merged.announce = announce ?? fallback.announce
        merged.sentencePause = sentencePause ?? fallback.sentencePause
        merged.paragraphPause = paragraphPause ?? fallback.paragraphPause
        merged.chapterPause = chapterPause ?? fallback.chapterPause
        merged.maxInputBytes = maxInputBytes ?? fallback.maxInputBytes
        merged.maxAudioSeconds = maxAudioSeconds ?? fallback.maxAudioSeconds
        merged.title = title ?? fallback.title
        merged.artist = artist ?? fallback.artist
        merged.date = date ?? fallback.date
        return merged
    }

    /// Every field filled: these settings over `defaults`.
    public var resolved: NarrationSettings { over(.defaults) }

    /// The pauses (resolved over the standard ones).
    public var pauses: PauseSettings {
        get {
            PauseSettings(sentence: sentencePause ?? PauseSettings.standard.sentence,
                          paragraph: paragraphPause ?? PauseSettings.standard.paragraph,
                          chapter: chapterPause ?? PauseSettings.standard.chapter)
        }
        set {
            sentencePause = newValue.sentence
            paragraphPause = newValue.paragraph
            chapterPause = newValue.chapter
        }
    }

    /// The metadata overrides.
    public var metadata: MetadataOverrides {
        get { MetadataOverrides(title: title, byline: artist, published: date) }
        set { (title, artist, date) = (newValue.title, newValue.byline, newValue.published) }
    }
}
