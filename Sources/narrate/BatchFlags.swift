import ArgumentParser
import Narrator

/// Narration settings for a batch's items that set none themselves (the job file's items and
/// `defaults` line take precedence).
struct BatchFlags: ParsableArguments {
    @Option(help: "Voice for items without one: a preset, an eSpeak NG voice, or auto.")
    var voice: String?

    @Option(help: "Speed for items without one: 1.25x, 250wpm, slow, average or fast.")
    var speed: String?

    @Option(help: "Audio format for items without one: wav, flac, ogg, opus, mp3 or m4b.")
    var format: String?

    @Option(help: "Sidecars for items without them: all, or a list (see narrate speak --help).")
    var sidecars: String?

    @Option(help: "Cue points in WAV files: chapters, paragraphs or sentences.")
    var markers: String?

    @Option(help: "Split each item into numbered files: chapters, or minutes per file.")
    var split: String?

    @Option(help: "A pronunciation lexicon for items without one (repeatable).")
    var lexicon: [String] = []

    @Option(name: .customLong("voices"), help: "A further directory of voice presets (repeatable).")
    var voiceDirectories: [String] = []

    @Option(name: .customLong("pause-sentence"), help: "Silence between sentences, seconds at 1x.")
    var sentencePause = PauseSettings.standard.sentence

    @Option(name: .customLong("pause-paragraph"), help: "Silence between paragraphs, seconds at 1x.")
    var paragraphPause = PauseSettings.standard.paragraph

    @Option(name: .customLong("pause-chapter"), help: "Silence before a chapter, seconds at 1x.")
    var chapterPause = PauseSettings.standard.chapter

    @Option(name: .customLong("max-input-mb"), help: "Refuse inputs larger than this many MB (default 64).")
    var maxInputMB: Double = 64

    @Option(name: .customLong("max-minutes"), help: "Refuse to make more than this many minutes of audio per item.")
    var maxMinutes: Double?

    func limits() throws -> (inputBytes: Int, audioSeconds: Double?) {
        guard maxInputMB.isFinite, maxInputMB > 0, maxInputMB <= 4096 else { throw LimitFlagError(flag: "max-input-mb", value: maxInputMB) }
        if let maxMinutes, !(maxMinutes.isFinite && maxMinutes > 0) { throw LimitFlagError(flag: "max-minutes", value: maxMinutes) }
        return (Int(maxInputMB * 1_048_576), maxMinutes.map { $0 * 60 })
    }

    func settings() throws -> BatchSettings {
        let settings = BatchSettings(voice: voice, speed: speed, lexicon: lexicon.isEmpty ? nil : lexicon, format: format,
                                     sidecars: sidecars, markers: markers, split: split)
        try settings.validate()
        return settings
    }

    func pauses() throws -> PauseSettings {
        try PauseOption.settings(sentence: sentencePause, paragraph: paragraphPause, chapter: chapterPause)
    }
}
