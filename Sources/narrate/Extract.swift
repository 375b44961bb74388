import ArgumentParser
import Foundation
import Narrator

/// `narrate extract`: shows what would be read, as JSON, JSON Lines or plain text.
struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article found in each input: structured (json, jsonl) or as spoken text.",
        discussion: """
            jsonl prints one object per input, in order: {"source", "title", "byline", "published",
            "language", "standfirst", "sections": [{"heading", "paragraphs"}]}, or {"source", "error"}
            for an input that failed. "language" is what the page declares; with --identify-language a
            "readIn" object after it gives the language the article would be read in ("tag"), what the
            page declared, what its text was identified as ("detected") and why ("reason"). Exits 0 when every input succeeded, else with the first
            failure's status.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, text
    }

    @Argument(help: "Articles to read: files, http(s) addresses, or - for standard input.")
    var inputs: [String]

    @Option(help: "json (pretty; an array for several inputs), jsonl, or text (what will be spoken).")
    var format: Format = .json

    @Option(help: "Files read at a time, each on its own thread (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Also identify each article's language from its text and say which it would be read in, and why (a \"readIn\" object).")
    var identifyLanguage = false

    @OptionGroup var fetch: FetchFlags

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one input file, or - for standard input") }
        guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs must be from 1 to 256") }
    }

    func run() async throws {
        let logger = global.bootstrapLogging()
        let loader = ArticleLoader()
        let fetchOptions = try fetch.options()
        // The identifier loads its fingerprints once, and only when asked for.
        let narrator = identifyLanguage ? ArticleNarrator() : nil
        var firstFailure: ExitStatus?
        var objects: [String] = []
        var line: [UInt8] = []
        func report(_ source: String, _ outcome: Result<Article, any Error>) throws {
            do {
                let article = try outcome.get()
                let language = narrator?.language(of: article)
                switch format {
                case .jsonl:
                    // One buffer for every line: a long article is not copied into strings.
                    line.removeAll(keepingCapacity: true)
                    ArticleJSON.encode(article, readIn: language, into: &line)
                    line.append(0x0A)
                    StandardOutput.write(line)
                case .json: objects.append(ArticleJSON.object(article, readIn: language))
                case .text: StandardOutput.line(SpokenText.render(SpeechPlanner().plan(article)))
                }
            } catch let error as NarratorError {
                firstFailure = firstFailure ?? error.exitStatus
                if format == .jsonl {
                    StandardOutput.line(ArticleJSON.error(source: source, message: error.description))
                } else {
                    Failure.report(error.description)
                }
            } catch {
                throw Failure.exit(error)
            }
        }
        // Files are read several at a time; web addresses one at a time, in their place.
        var next = 0
        while next < inputs.count {
            if WebAddress.looksLikeURL(inputs[next]) {
                let source = inputs[next]
                let outcome: Result<Article, any Error>
                do {
                    outcome = .success(try WebArticle.extract(try await WebArticle.fetch(source, options: fetchOptions, logger: logger), loader: loader).article)
                } catch {
                    outcome = .failure(error)
                }
                try report(source, outcome)
                next += 1
                continue
            }
            let files = Array(inputs[next...].prefix { !WebAddress.looksLikeURL($0) })
            try loader.loadEach(files, threads: jobs) { offset, outcome in try report(files[offset], outcome) }
            next += files.count
        }
        if format == .json, !objects.isEmpty {
            StandardOutput.line(objects.count == 1 && inputs.count == 1 ? objects[0] : "[" + objects.joined(separator: ",\n") + "]")
        }
        if let firstFailure { throw ExitCode(firstFailure.code) }
    }
}

/// The plan as the listener will hear it: chapters, paragraphs separated by blank lines.
enum SpokenText {
    static func render(_ plan: SpeechPlan) -> String {
        plan.chapters.map { chapter in
            chapter.paragraphs.map { $0.sentences.joined(separator: " ") }.joined(separator: "\n\n")
        }.joined(separator: "\n\n")
    }
}
