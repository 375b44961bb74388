import ArgumentParser
import Narrator

/// The flags that shape a narration, shared by `speak` and `edition`, checked into options.
struct NarrationFlags: ParsableArguments {
    @Option(name: .long, help: "A preset from Voices/, an eSpeak NG voice (en-us, en-gb+f3), or auto.")
    var voice = "auto"

    @Option(name: .long, help: "Listening speed: 1.25x, 250wpm, slow, average or fast (1x = 200 WPM).")
    var speed: String?

    @Option(name: [.short, .customLong("output")], help: "The audio file to write.")
    var output: String?

    @Option(help: ArgumentHelp("Audio format: \(AudioFormat.helpList); default: by the output's extension, else wav."))
    var format: String?

    @Option(help: "Split into numbered files (name-01.wav...): chapters, or minutes per file; cuts fall between sentences.")
    var split: String?

    @Option(name: .customLong("voices"), help: "A further directory of voice presets (repeatable).")
    var voiceDirectories: [String] = []

    @Option(help: "Cue points in the WAV: chapters (default), paragraphs or sentences (chapters always titled).")
    var markers = MarkerDetail.chapters.rawValue

    @Option(help: "A pronunciation lexicon file (repeatable; see Voices/lexicon.txt for the format).")
    var lexicon: [String] = []

    @Option(help: "Sidecars beside the audio: all, or a list of chapters-json, vtt-chapters, vtt, srt, ffmetadata, audacity, cue.")
    var sidecars: String?

    @Option(help: "Announce after the headline: byline, date, or byline,date (off by default; the timings mark them).")
    var announce: String?

    @OptionGroup var pauses: PauseFlags

    @OptionGroup var limits: LimitFlags

    func options() throws -> NarrationOptions {
        let speed = try self.speed.map(Speed.parse)
        let pauses = try self.pauses.settings()
        let sidecarFormats = try sidecars.map(SidecarFormat.parseList) ?? []
        let format: AudioFormat? = try self.format.map { try ChoiceOption.parse($0, flag: "format") }
        let markers: MarkerDetail = try ChoiceOption.parse(self.markers, flag: "markers")
        let split = try self.split.map(SplitRule.init(parsing:))
        var options = NarrationOptions(voice: voice, speed: speed, output: output, pauses: pauses,
                                       voiceDirectories: voiceDirectories, sidecars: sidecarFormats,
                                       lexiconFiles: lexicon, markers: markers, format: format, split: split)
        (options.maxInputBytes, options.maxAudioSeconds) = try limits.values()
        options.announce = try announce.map(Announcement.parseList) ?? []
        return options
    }
}

/// Silence between sentences, paragraphs and chapters.
struct PauseFlags: ParsableArguments {
    @Option(name: .customLong("pause-sentence"), help: "Silence between sentences, seconds at 1x (scales with speed).")
    var sentencePause = PauseSettings.standard.sentence

    @Option(name: .customLong("pause-paragraph"), help: "Silence between paragraphs, seconds at 1x.")
    var paragraphPause = PauseSettings.standard.paragraph

    @Option(name: .customLong("pause-chapter"), help: "Silence before a chapter, seconds at 1x.")
    var chapterPause = PauseSettings.standard.chapter

    func settings() throws -> PauseSettings {
        try PauseOption.settings(sentence: sentencePause, paragraph: paragraphPause, chapter: chapterPause)
    }
}

/// The largest input read and the longest narration made.
struct LimitFlags: ParsableArguments {
    @Option(name: .customLong("max-input-mb"), help: "Refuse inputs larger than this many MB (default 64).")
    var maxInputMB: Double = 64

    @Option(name: .customLong("max-minutes"), help: "Refuse to make more than this many minutes of audio (per item in a batch).")
    var maxMinutes: Double?

    /// (bytes, seconds), checked.
    func values() throws -> (Int, Double?) {
        guard maxInputMB.isFinite, maxInputMB > 0, maxInputMB <= 4096 else { throw LimitFlagError(flag: "max-input-mb", value: maxInputMB) }
        if let maxMinutes, !(maxMinutes.isFinite && maxMinutes > 0) { throw LimitFlagError(flag: "max-minutes", value: maxMinutes) }
        return (Int(maxInputMB * 1_048_576), maxMinutes.map { $0 * 60 })
    }
}

/// A limit flag out of range.
struct LimitFlagError: NarratorError {
    var flag: String
    var value: Double
    var description: String { "--\(flag) \(value) is out of range: give a positive number" }
    var exitStatus: ExitStatus { .usage }
}

/// The pause flags, checked.
enum PauseOption {
    struct Invalid: NarratorError {
        var flag: String
        var value: Double
        var description: String {
            "--pause-\(flag) \(value) is out of range: give seconds from 0 to \(PauseSettings.maximum)"
        }
        var exitStatus: ExitStatus { .usage }
    }

    static func settings(sentence: Double, paragraph: Double, chapter: Double) throws -> PauseSettings {
        for (flag, value) in [("sentence", sentence), ("paragraph", paragraph), ("chapter", chapter)]
        where !(value.isFinite && (0...PauseSettings.maximum).contains(value)) {
            throw Invalid(flag: flag, value: value)
        }
        return PauseSettings(sentence: sentence, paragraph: paragraph, chapter: chapter)
    }
}


