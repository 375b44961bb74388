import ArgumentParser
import Foundation
import Narrator

/// `narrate segment`: the sentences of a text, one per line or as JSON lines.
struct Segment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split text into sentences: one per line (newlines inside a sentence become spaces) or JSON lines."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case lines, jsonl }

    @Argument(help: "A text file, or - (the default) for standard input.")
    var input = "-"

    @Option(help: "lines or jsonl (one JSON string per sentence).")
    var format: Format = .lines

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        _ = global.bootstrapLogging()
        let format = self.format
        do {
            let bytes = try InputDocument.readBytes(input)
            let text = TextDecoding.decode(bytes)
            var out = ""
            for sentence in SentenceSegmenter().sentences(in: text) {
                out += format == .jsonl ? ArticleJSON.string(sentence) : sentence
                out += "\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        } catch {
            throw Failure.exit(error)
        }
    }
}
