import ArgumentParser
import Narrator

/// The flags that are narration settings, shared by `speak`, `edition` and `batch`.
///
/// Each is read as text and handed to `NarrationSettings.set`, the parser job files and requests
/// use too, so a bad value is the same one-line error whichever way it arrives. Unset flags
/// stay unset: the built-in defaults (or, in a batch, a job file's) apply.
struct SettingsFlags: ParsableArguments {
    @Option(name: .long, help: "A preset from Voices/, an eSpeak NG voice (en-us, en-gb+f3), or auto (the default).")
    var voice: String?

    @Option(name: .long, help: "Listening speed: 1.25x, 250wpm, slow, average or fast (1x = 200 WPM).")
    var speed: String?

    @Option(help: ArgumentHelp("Audio format: \(AudioFormat.helpList); default: by the output's extension, else wav."))
    var format: String?

    @Option(help: "Split into numbered files (name-01.wav...): chapters, or minutes per file; cuts fall between sentences.")
    var split: String?

    @Option(help: "Cue points in the WAV: chapters (default), paragraphs or sentences (chapters always titled).")
    var markers: String?

    @Option(help: "A pronunciation lexicon file (repeatable; see Voices/lexicon.txt for the format).")
    var lexicon: [String] = []

    @Option(help: "Sidecars beside the audio: all, or a list of chapters-json, vtt-chapters, vtt, srt, ffmetadata, audacity, cue.")
    var sidecars: String?

    @Option(help: "Announce after the headline: byline, date, or byline,date (off by default; the timings mark them).")
    var announce: String?

    @Option(name: .customLong("pause-sentence"), help: "Silence between sentences, seconds at 1x (scales with speed; default 0.3).")
    var sentencePause: Double?

    @Option(name: .customLong("pause-paragraph"), help: "Silence between paragraphs, seconds at 1x (default 0.65).")
    var paragraphPause: Double?

    @Option(name: .customLong("pause-chapter"), help: "Silence before a chapter, seconds at 1x (default 1.2).")
    var chapterPause: Double?

    @Option(name: .customLong("max-input-mb"), help: "Refuse inputs larger than this many MB (default 64).")
    var maxInputMB: Double?

    @Option(name: .customLong("max-minutes"), help: "Refuse to make more than this many minutes of audio (per item in a batch).")
    var maxMinutes: Double?

    /// The flags given, checked and typed (unset ones nil).
    func settings() throws -> NarrationSettings {
        var settings = NarrationSettings()
        let given: [(SettingField, String?)] = [
            (.voice, voice), (.speed, speed), (.format, format), (.split, split), (.markers, markers),
            (.sidecars, sidecars), (.announce, announce),
            (.sentencePause, sentencePause.map { String($0) }), (.paragraphPause, paragraphPause.map { String($0) }),
            (.chapterPause, chapterPause.map { String($0) }), (.maxInputMB, maxInputMB.map { String($0) }),
            (.maxMinutes, maxMinutes.map { String($0) }),
        ]
        for case let (field, text?) in given { try settings.set(field, to: text) }
        for path in lexicon { try settings.set(.lexicon, to: path) }
        return settings
    }
}
