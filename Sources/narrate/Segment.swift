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

    @Flag(help: "Also print to standard error how long segmentation took, and its throughput.")
    var time = false

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        _ = global.bootstrapLogging()
        let format = self.format
        let time = self.time
        do {
            let bytes = try InputDocument.readBytes(input)
            let text = TextDecoding.decode(bytes)
            let started = DispatchTime.now().uptimeNanoseconds
            let sentences = SentenceSegmenter().sentences(in: text)
            if time {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                let megabytes = Double(bytes.count) / 1_000_000
                FileHandle.standardError.write(Data(String(
                    format: "segmented %.2f MB into %d sentences in %.4f s: %.1f MB/s\n",
                    megabytes, sentences.count, seconds, megabytes / seconds).utf8))
            }
            var out = ""
            for sentence in sentences {
                out += format == .jsonl ? ArticleJSON.string(sentence) : sentence
                out += "\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        } catch {
            throw Failure.exit(error)
        }
    }
}
