import ArgumentParser
import Foundation
import Narrator
import NarratorESpeak

/// `narrate voices`: the presets and every eSpeak NG voice and variant.
struct Voices: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voices",
        abstract: "List voice presets, eSpeak NG voices and variants.",
        discussion: "Presets come from Voices/ (and --voices DIR, $NARRATOR_VOICES); any eSpeak NG voice, with an optional +variant, works with --voice too."
    )

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Option(help: "Only voices for this language (e.g. en, en-gb, cmn).")
    var language: String?

    @Option(name: .customLong("voices"), help: "A further directory of voice presets (repeatable).")
    var voiceDirectories: [String] = []

    @Option(help: "Write a short spoken sample of this voice (a preset or eSpeak NG voice) and print its path.")
    var preview: String?

    @Option(name: [.short, .customLong("output")], help: "Where --preview writes (default out/preview-<voice>.wav).")
    var output: String?

    @Option(help: "Listening speed for --preview (default: the preset's, else 1x).")
    var speed: String?

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        _ = global.bootstrapLogging()
        let wanted = language?.lowercased()
        let asJSON = json
        let directories = voiceDirectories
        if let preview {
            let options = NarrationOptions(voice: preview, speed: nil, output: output, voiceDirectories: directories)
            let speedText = speed
            do {
                var withSpeed = options
                withSpeed.speed = try speedText.map(Speed.parse)
                StandardOutput.line(try await VoicePreview.write(voice: preview, options: withSpeed).audioPath)
            } catch {
                throw Failure.exit(error)
            }
            return
        }
        do {
            let catalog = try ArticleNarrator().catalog(extra: directories)
            let engine = try await ESpeakEngine.shared.voices()
            let variants = try await ESpeakEngine.shared.voices(variants: true)
            let presets = catalog.presets.filter { Self.matches([$0.language], wanted) }
            let voices = engine.filter { Self.matches($0.languages, wanted) }
            if let note = catalog.noPresetsNote { Failure.report("warning: \(note)") }
            StandardOutput.line(asJSON ? VoiceListing.json(presets: presets, voices: voices, variants: variants)
                         : VoiceListing.table(presets: presets, voices: voices, variants: variants))
        } catch {
            throw Failure.exit(error)
        }
    }

    /// Whether any of `languages` is `wanted` or a sub-tag of it ("en" matches "en-gb").
    static func matches(_ languages: [String], _ wanted: String?) -> Bool {
        guard let wanted else { return true }
        return languages.contains { $0.lowercased() == wanted || $0.lowercased().hasPrefix(wanted + "-") }
    }
}

/// Renders the voice listing.
enum VoiceListing {
    static func table(presets: [VoicePreset], voices: [EngineVoice], variants: [EngineVoice]) -> String {
        var lines = ["Presets (--voice NAME):"]
        for preset in presets {
            lines.append("  " + pad(preset.name, 16) + pad(preset.language, 8) + pad(preset.espeakName, 14)
                         + preset.displayName)
        }
        lines.append("")
        lines.append("eSpeak NG voices (--voice NAME, optionally NAME+VARIANT):")
        for voice in voices {
            lines.append("  " + pad(voice.name, 16) + pad(voice.gender ?? "-", 8) + voice.displayName)
        }
        lines.append("")
        lines.append("Variants (append as +NAME, e.g. en-gb+f3):")
        lines.append("  " + variants.map(\.name).joined(separator: " "))
        return lines.joined(separator: "\n")
    }

    static func json(presets: [VoicePreset], voices: [EngineVoice], variants: [EngineVoice]) -> String {
        func string(_ value: String?) -> String { value.map(ArticleJSON.string) ?? "null" }
        let presetObjects = presets.map {
            "{\"name\":\(string($0.name)),\"displayName\":\(string($0.displayName)),\"language\":\(string($0.language)),"
                + "\"espeak\":\(string($0.espeakName)),\"gender\":\(string($0.gender)),\"file\":\(string($0.file))}"
        }
        let voiceObjects = voices.map {
            "{\"name\":\(string($0.name)),\"displayName\":\(string($0.displayName)),\"languages\":["
                + $0.languages.map(ArticleJSON.string).joined(separator: ",") + "],\"gender\":\(string($0.gender))}"
        }
        let variantObjects = variants.map {
            "{\"name\":\(string($0.name)),\"displayName\":\(string($0.displayName)),\"gender\":\(string($0.gender))}"
        }
        return "{\"presets\":[" + presetObjects.joined(separator: ",") + "],\"espeakVoices\":["
            + voiceObjects.joined(separator: ",") + "],\"variants\":[" + variantObjects.joined(separator: ",") + "]}"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

/// A short spoken sample of a voice, narrated like any article.
enum VoicePreview {
    static func write(voice: String, options: NarrationOptions) async throws -> NarrationOutput {
        let narrator = ArticleNarrator()
        let catalog = try narrator.catalog(extra: options.voiceDirectories)
        let preset = catalog.preset(named: voice)
        let language = preset?.language.lowercased() ?? voice.lowercased()
        let text = language.hasPrefix("cmn") || language.hasPrefix("zh") ? "你好。这是新闻朗读的声音示例，语速可以调整。"
            : language.hasPrefix("yue") ? "你好。呢個係新聞朗讀嘅聲音示範。"
            : "This is how the news sounds in this voice. You can change the speed, from slow to fast, "
              + "and every section of an article becomes a chapter you can skip to."
        let article = Article(source: "preview", title: preset?.displayName ?? voice, language: preset?.language,
                              sections: [Section(paragraphs: [text])])
        var options = options
        if options.output == nil {
            options.output = (options.outputDirectory as NSString).appendingPathComponent("preview-\(Slug.make(voice)).wav")
        }
        return try await narrator.narrate(article, options: options, catalog: catalog)
    }
}
