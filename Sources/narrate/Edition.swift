import ArgumentParser
import Foundation
import Narrator

/// `narrate edition A B C -o briefing.wav`: several articles as one narration.
struct Edition: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edition",
        abstract: "Narrate several articles into one file: each article a chapter, a short spoken transition between them.",
        discussion: """
            Takes the same flags as speak. The voice is chosen for the first article's language
            unless --voice names one. Without -o the file is out/<slug of --title>.wav.
            Example: narrate edition a.html b.txt c.md -o briefing.mp3 --sidecars all
            """
    )

    @Argument(help: "The articles, in order (.html/.htm, .txt or .md files, or http(s) addresses).")
    var inputs: [String]

    @Option(help: "The edition's title (the file's title tag and default name).")
    var title = "Edition"

    @OptionGroup var flags: NarrationFlags

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one article") }
    }

    func run() async throws {
        let logger = global.bootstrapLogging()
        let cleanup = InterruptCleanup.install()
        defer { cleanup.cancel() }
        do {
            let result = try await ArticleNarrator(logger: logger).narrateEdition(inputs, title: title, options: try flags.options())
            for piece in result.pieces {
                StandardOutput.line(piece.audioPath)
                for path in piece.sidecarPaths { StandardOutput.line(path) }
            }
        } catch {
            throw Failure.exit(error)
        }
    }
}
