import ArgumentParser
import Foundation
import Narrator
import NarratorBatch

/// `narrate batch`: many articles on worker processes, resumable and shardable.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Narrate many articles in parallel worker processes: resumable, incremental, shardable.",
        subcommands: [BatchRun.self, MergeReports.self],
        defaultSubcommand: BatchRun.self
    )
}

struct BatchRun: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Narrate a job file (.jsonl), a directory of articles, article files, web addresses, or a feed.",
        discussion: """
            Rerunning the same command skips items whose outputs are up to date and does the
            rest; a changed article re-synthesizes only its changed sentences (sentence cache in
            OUT/.narrator/cache). Writes OUT/report.json. Exit status 0 when every item is done,
            75 when some failed (report.json says which), 130 when interrupted.
            Web addresses (arguments, job-file inputs, a .txt file of addresses, or --feed's entries)
            are fetched first, at most --per-host at a time per host, obeying robots.txt; pages are
            kept in OUT/.narrator/pages, so a rerun does not fetch them again (--refetch does).
            The job file format, and Kubernetes and Slurm examples, are in docs/batch.md.
            """
    )

    @Argument(help: "A job file (.jsonl), a directory (every .html/.htm/.txt/.md below it), article files, http(s) addresses, or a .txt list of addresses.")
    var inputs: [String] = []

    @Option(help: "A feed whose entries are the items: an address or a file (RSS 2.0, Atom, JSON Feed, sitemap).")
    var feed: String?

    @Option(name: .customLong("per-host"), help: "Requests at a time to one host (default 2).")
    var perHost = 2

    @Flag(name: .customLong("ignore-robots"), help: "Fetch addresses robots.txt disallows (the report says so).")
    var ignoreRobots = false

    @Flag(help: "Fetch web addresses again even when an earlier run kept their pages.")
    var refetch = false

    @Option(name: .customLong("out-dir"), help: "Where outputs, report.json and feed.xml go.")
    var outputDirectory = "out"

    @Option(help: "Worker processes (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds an item may take before its worker is killed and the item retried once.")
    var timeout: Double = 600

    @Option(help: "Take shard K of N (1-based), a deterministic balanced share of the items: 2/8.")
    var shard: String?

    @Option(help: "Write feed.xml (RSS 2.0 podcast feed) with this base URL for the outputs.")
    var podcast: String?

    @Option(name: .customLong("podcast-title"), help: "The podcast feed's title (default: the --feed's title, else \"Narrated articles\").")
    var podcastTitle: String?

    @Option(name: .customLong("cache-size"), help: "The sentence cache's limit in MB (least recently used go first).")
    var cacheSize = 1024

    @Flag(name: .customLong("no-cache"), help: "Do not keep or use sentence audio between runs.")
    var noCache = false

    @Flag(name: .customLong("clear-cache"), help: "Empty the sentence cache before running.")
    var clearCache = false

    @Flag(help: "Machine-readable progress: one JSON object a line on standard output.")
    var json = false

    @Option(name: .customLong("voices"), help: "A further directory of voice presets (repeatable).")
    var voiceDirectories: [String] = []

    /// Settings for items that set none themselves (an item's and the job file's defaults win).
    @OptionGroup var flags: SettingsFlags

    @OptionGroup var fetch: FetchFlags

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs must be from 1 to 256") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        guard cacheSize >= 0, cacheSize <= 10_000_000 else { throw ValidationError("--cache-size must be from 0 to 10000000 (MB)") }
        guard perHost >= 1, perHost <= 64 else { throw ValidationError("--per-host must be from 1 to 64") }
        guard !inputs.isEmpty || feed != nil else { throw ValidationError("give a job file, a directory, articles or addresses, or --feed") }
    }

    func run() async throws {
        let logger = global.bootstrapLogging()
        do {
            var fetchOptions = try fetch.options()
            fetchOptions.perHost = perHost
            fetchOptions.obeysRobots = !ignoreRobots
            fetchOptions.maxBytes = try flags.settings().resolved.maxInputBytes ?? NarrationSettings.defaultMaxInputBytes
            var items = try BatchInputs.items(from: inputs, outputDirectory: outputDirectory)
            var fromFeed: (address: String, status: String, entries: Int)?
            var title = podcastTitle
            if let feed {
                let reading = try await FeedSource(feed: feed, outputDirectory: outputDirectory, options: fetchOptions, logger: logger).read()
                items = BatchInputs.uniqueOutputs(items + reading.items)
                fromFeed = (feed, reading.status, reading.items.count)
                title = title ?? reading.title
            }
            let cacheDirectory = (outputDirectory as NSString).appendingPathComponent(".narrator/cache")
            if clearCache { try FileSentenceCache(directory: cacheDirectory, maxBytes: 0).clear() }
            var worker = [Self.executable(), "batch-worker", "--parent", "\(getpid())"]
            worker += noCache ? [] : ["--cache", cacheDirectory, "--cache-size", String(cacheSize * 1_000_000)]
            var job = BatchJob(items: items, outputDirectory: outputDirectory, defaults: try flags.settings(),
                               voiceDirectories: voiceDirectories, jobs: jobs,
                               timeout: timeout, shard: try shard.map(Shard.init(parsing:)), feedBaseURL: podcast,
                               feedTitle: title ?? "Narrated articles", workerCommand: worker, quietWorkers: global.verbose == 0)
            job.fetch = fetchOptions
            job.refetch = refetch
            job.feed = fromFeed
            let progress = BatchProgress(mode: json ? .json : global.quiet ? .quiet : isatty(STDERR_FILENO) == 1 ? .bar : .lines,
                                         jobs: jobs)
            let runner = BatchRunner(job: job) { progress.handle($0) }
            let interrupts = BatchInterrupts.install { runner.stop() }
            defer { interrupts.cancel() }
            let report = try await runner.run()
            progress.finish(report, directory: outputDirectory)
            if report.summary.interrupted > 0 {
                Failure.report("interrupted: \(report.summary.ok + report.summary.skipped) of \(report.summary.items) done; run the same command again to resume")
                throw ExitCode(ExitStatus.interrupted.code)
            }
            if report.summary.failed > 0 { throw ExitCode(ExitStatus.someFailed.code) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw Failure.exit(error)
        }
    }

    /// This program, to start workers with.
    static func executable() -> String {
        VoiceDirectories.executablePath() ?? "narrate"
    }
}

/// `narrate batch merge-reports`: one report from several shards' reports.
struct MergeReports: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-reports", abstract: "Merge shards' report.json files into one.")

    @Argument(help: "The reports to merge.")
    var reports: [String]

    @Option(name: [.short, .customLong("output")], help: "Where to write the merged report (default: standard output).")
    var output: String?

    func run() throws {
        do {
            let decoder = JSONDecoder()
            let parsed = try reports.map { path -> BatchReport in
                guard let data = FileManager.default.contents(atPath: path) else { throw InputError(source: path, problem: .missing) }
                do { return try decoder.decode(BatchReport.self, from: data) } catch {
                    throw InputError(source: path, problem: .unreadable("not a batch report"))
                }
            }
            let merged = BatchReport.merged(parsed)
            let data = try merged.json()
            if let output { try OutputFile.write(data, to: output) } else { StandardOutput.write(data + Data("\n".utf8)) }
            let summary = merged.summary
            Failure.report("merged \(reports.count) reports: \(summary.items) items, \(summary.ok + summary.skipped) done, \(summary.failed) failed")
            if summary.failed > 0 { throw ExitCode(ExitStatus.someFailed.code) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw Failure.exit(error)
        }
    }
}

/// Ctrl-C (or SIGTERM) during a batch: the first stops handing out items and ends the workers
/// (their temporary files go with them); a second exits at once.
final class BatchInterrupts: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private var count = 0

    static func install(stop: @escaping @Sendable () -> Void) -> BatchInterrupts {
        let interrupts = BatchInterrupts()
        let queue = DispatchQueue(label: "narrate.batch.signals")
        for signalNumber in InterruptCleanup.signals {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler {
                interrupts.count += 1
                if interrupts.count > 1 {
                    TemporaryFiles.removeAllAndExit(ExitStatus.interrupted.code, saying: "narrate: interrupted")
                }
                Failure.report("stopping: finishing no more items (Ctrl-C again to quit at once)")
                stop()
            }
            source.resume()
            interrupts.sources.append(source)
        }
        return interrupts
    }

    func cancel() { sources.forEach { $0.cancel() } }
}
