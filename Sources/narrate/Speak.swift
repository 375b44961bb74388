import ArgumentParser
import Foundation
import Narrator

/// `narrate INPUT`: narrates one article into a WAV with chapter markers and a timings sidecar.
struct Speak: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speak",
        abstract: "Narrate an article (HTML, plain text or Markdown; - for standard input) into a WAV file.",
        discussion: """
            Writes the WAV (with a chapter marker per section) and <output>.timings.json beside it.
            Without -o the file is out/<slug of the headline>.wav (for an address, its last path
            segment names it). The path written is printed.
            """
    )

    @Argument(help: "The article: a .html/.htm, .txt or .md file, an http(s) address, or - for standard input.")
    var input: String

    @OptionGroup var flags: NarrationFlags

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let logger = global.bootstrapLogging()
        let cleanup = InterruptCleanup.install()
        defer { cleanup.cancel() }
        do {
            let options = try flags.options()
            let result = try await ArticleNarrator(logger: logger).narrate(input, options: options)
            let timings = result.timings
            logger.info("wrote", metadata: [
                "audio": "\(result.audioPath)", "timings": "\(result.timingsPath)",
                "chapters": "\(timings.chapters.count)", "seconds": "\(timings.durationSeconds)",
                "measuredWPM": "\(timings.speed.measuredWPM)",
            ])
            for piece in result.pieces {
                StandardOutput.line(piece.audioPath)
                for path in piece.sidecarPaths { StandardOutput.line(path) }
            }
        } catch {
            throw Failure.exit(error)
        }
    }
}
