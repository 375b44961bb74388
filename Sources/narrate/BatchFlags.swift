import ArgumentParser
import Narrator

/// Narration settings for a batch's items that set none themselves (the job file's items and
/// `defaults` line take precedence).
struct BatchFlags: ParsableArguments {
    @Option(help: "Voice for items without one: a preset, an eSpeak NG voice, or auto.")
    var voice: String?

    @Option(help: "Speed for items without one: 1.25x, 250wpm, slow, average or fast.")
    var speed: String?

    @Option(help: ArgumentHelp("Audio format for items without one: \(AudioFormat.helpList)."))
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

    @OptionGroup var pauses: PauseFlags

    @OptionGroup var limits: LimitFlags

    func settings() throws -> BatchSettings {
        let settings = BatchSettings(voice: voice, speed: speed, lexicon: lexicon.isEmpty ? nil : lexicon, format: format,
                                     sidecars: sidecars, markers: markers, split: split)
        try settings.validate()
        return settings
    }
}
