import ArgumentParser
import Narrator

/// The flags of one narration (`speak`, `edition`): its settings, its output and preset folders.
struct NarrationFlags: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "The audio file to write.")
    var output: String?

    @Option(name: .customLong("voices"), help: "A further directory of voice presets (repeatable).")
    var voiceDirectories: [String] = []

    @OptionGroup var settings: SettingsFlags

    @OptionGroup var fetch: FetchFlags

    func options() throws -> NarrationOptions {
        var options = NarrationOptions(settings: try settings.settings(), output: output, voiceDirectories: voiceDirectories)
        options.fetch = try fetch.options()
        return options
    }
}
