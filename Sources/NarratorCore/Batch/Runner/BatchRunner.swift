import Foundation
import Logging
import Narrator
import NarratorESpeak

/// Runs a batch: plans the items (shard, keys, skip what is up to date), narrates the rest on
/// worker processes, records each finished item, and writes `report.json` (and `feed.xml`).
public final class BatchRunner: @unchecked Sendable {
    // @unchecked: `pool` is set once before work starts; reports are gathered under `lock`.
    public let job: BatchJob
    private let events: @Sendable (BatchEvent) -> Void
    private let lock = NSLock()
    private var pool: WorkerPool?
    private var stopped = false

    public init(job: BatchJob, events: @escaping @Sendable (BatchEvent) -> Void = { _ in }) {
        self.job = job
        self.events = events
    }

    /// Stops handing out items and ends the workers (Ctrl-C); `run` then returns the report
    /// with the unfinished items marked interrupted.
    public func stop() {
        let pool = lock.withLock { stopped = true; return self.pool }
        pool?.stop()
    }

    public func run() async throws -> BatchReport {
        let started = Self.now()
        let directory = job.outputDirectory
        // The output directory and its state folder, or one clear error before any work.
        for folder in [directory, (directory as NSString).appendingPathComponent(".narrator")] {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw OutputError(path: folder, problem: .cannotWrite("it exists and is not a directory"))
            }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: folder, problem: .cannotWrite("the directory cannot be created (a part of its path is not a writable directory)"))
            }
            guard access(folder, W_OK) == 0 else {
                throw OutputError(path: folder, problem: .cannotWrite("the directory is not writable"))
            }
        }
        let swept = StaleFiles.sweep(directory)

        // This shard's items (web addresses weigh alike: their size is not known before fetching).
        let sizes = job.items.map { item -> Int in
            var info = stat()
            return !WebAddress.looksLikeURL(item.input) && stat(item.input, &info) == 0 ? Int(info.st_size) : 0
        }
        let selected = (job.shard ?? Shard(index: 1, count: 1)).select(sizes: sizes)

        // This shard's web addresses, fetched (or taken from the store) before any is narrated.
        let addresses = selected.map { job.items[$0].input }.filter(WebAddress.looksLikeURL)
        var web: BatchReport.Web?
        var pages: [String: WebStage.Outcome] = [:]
        if !addresses.isEmpty || job.feed != nil {
            var options = job.fetch
            options.maxBytes = job.defaults.resolved.maxInputBytes ?? NarrationSettings.defaultMaxInputBytes
            let stage = WebStage(options: options, store: PageStore(outputDirectory: directory), refetch: job.refetch,
                                 logger: Logger(label: "narrator.batch"))
            events(.fetching(addresses: Set(addresses).count))
            let prepared = await stage.prepare(addresses)
            pages = prepared.outcomes
            var summary = BatchReport.Web(robots: options.obeysRobots ? "obeyed" : "ignored", perHost: options.perHost,
                                          peakPerHost: prepared.peakPerHost)
            for outcome in pages.values {
                switch outcome {
                case .stored(_, _, let fetched): if fetched { summary.fetched += 1 } else { summary.stored += 1 }
                case .failed: summary.failed += 1
                }
            }
            if let feed = job.feed {
                summary.feed = feed.address
                summary.feedStatus = feed.status
                summary.feedEntries = feed.entries
            }
            web = summary
        }

        let pieceClash = Self.pieceClashes(job)

        // Each item with its request and key.
        let keys = ItemKey(voiceDirectories: job.voiceDirectories, engine: ESpeakEngine.libraryDescription)
        var reports: [Int: BatchReport.ItemReport] = [:]
        var requests: [WorkRequest] = []
        var requestKeys: [Int: String] = [:]
        var fetchedFrom: [Int: (final: String, fetched: Bool)] = [:]
        for index in selected {
            let item = job.items[index]
            var settings = item.settings.over(job.defaults).resolved
            if job.feedBaseURL != nil { settings.sidecars = Self.withFeedSidecars(settings.sidecars ?? []) }
            let format = settings.format ?? .wav
            var request = WorkRequest(id: index, input: item.input,
                                      output: (directory as NSString).appendingPathComponent(item.output + "." + format.fileExtension),
                                      settings: settings, voiceDirectories: job.voiceDirectories)
            if let problem = OutputName.check(item.output) ?? pieceClash[index] {
                reports[index] = Self.failed(item, problem)
                continue
            }
            switch pages[item.input] {
            case .failed(let error):
                reports[index] = Self.failed(item, error)
                continue
            case .stored(let meta, let page, let fetched):
                request.page = meta
                request.input = String(meta.dropLast(".json".count)) + ".body"
                fetchedFrom[index] = (page.final, fetched)
            case nil:
                break
            }
            if request.page == nil, let problem = Self.inputProblem(item.input, maxBytes: settings.maxInputBytes) {
                reports[index] = Self.failed(item, problem)
                continue
            }
            guard let key = keys.key(for: request) else {
                reports[index] = Self.failed(item, "\(item.input): cannot read the input")
                continue
            }
            if let record = ItemRecord.read(output: item.output, in: directory), record.key == key, record.filesExist(in: directory) {
                var report = record.report
                report.status = .skipped
                report.input = item.input
                report.fetchedFrom = fetchedFrom[index]?.final
                report.page = fetchedFrom[index].map { $0.fetched ? "fetched" : "stored" }
                reports[index] = report
                continue
            }
            requests.append(request)
            requestKeys[index] = key
        }
        events(.planned(total: selected.count, toDo: requests.count, skipped: reports.values.filter { $0.status == .skipped }.count,
                        swept: swept))
        for index in selected { if let report = reports[index] { events(.finished(report)) } }

        let finished = Finished(reports)
        let requestKeysFixed = requestKeys
        let fetchedFromFixed = fetchedFrom
        if !requests.isEmpty {
            let pool = WorkerPool(command: job.workerCommand, slots: job.jobs, timeout: job.timeout,
                                  quietWorkers: job.quietWorkers, outputDirectory: directory)
            let alreadyStopped = lock.withLock { () -> Bool in self.pool = pool; return stopped }
            if !alreadyStopped {
                pool.run(requests, started: { [events] in events(.started(input: $0.input)) }) { [self] request, outcome, attempts, seconds in
                    let item = job.items[request.id]
                    var report = self.report(item, outcome, key: requestKeysFixed[request.id])
                    if let page = fetchedFromFixed[request.id] {
                        report.fetchedFrom = page.final
                        report.page = page.fetched ? "fetched" : "stored"
                    }
                    report.attempts = attempts
                    report.seconds = (seconds * 1000).rounded() / 1000
                    if report.status == .ok {
                        do {
                            try ItemRecord(key: requestKeysFixed[request.id] ?? "", report: report).write(in: directory)
                        } catch {
                            report.status = .failed
                            report.error = "cannot record the item: \(error)"
                        }
                    }
                    finished.set(request.id, report)
                    events(.finished(report))
                }
            }
        }
        reports = finished.all
        // Items never handed out (Ctrl-C) are interrupted.
        for index in selected where reports[index] == nil {
            let item = job.items[index]
            reports[index] = BatchReport.ItemReport(input: item.input, output: item.output, status: .interrupted)
        }
        var report = BatchReport(shard: job.shard.map { "\($0.index)/\($0.count)" }, started: started,
                                 finished: Self.now(), items: selected.compactMap { reports[$0] })
        report.web = web
        try OutputFile.write(try report.json(), to: (directory as NSString).appendingPathComponent("report.json"))
        // Shards may share an output folder: each also keeps its report under its own name.
        if let shard = job.shard, shard.count > 1 {
            try OutputFile.write(try report.json(), to: (directory as NSString)
                .appendingPathComponent("report.shard-\(shard.index)-of-\(shard.count).json"))
        }
        if let base = job.feedBaseURL {
            let feed = BatchFeed.render(report, title: job.feedTitle, baseURL: base, directory: directory)
            try OutputFile.write(Data(feed.utf8), to: (directory as NSString).appendingPathComponent("feed.xml"))
        }
        return report
    }

    private func report(_ item: BatchItem, _ outcome: WorkerPool.Outcome, key: String?) -> BatchReport.ItemReport {
        var report = BatchReport.ItemReport(input: item.input, output: item.output, status: .ok)
        report.key = key
        switch outcome {
        case .interrupted:
            report.status = .interrupted
        case .failed(let why):
            report.status = .failed
            report.error = "\(item.input): \(why)"
        case .finished(let result):
            // The worker's report, with the item's own name and paths inside the output directory.
            let directory = job.outputDirectory
            let relative = { (path: String) in Self.relative(path, to: directory) }
            report = result.report
            report.input = item.input
            report.output = item.output
            report.key = key
            report.files = report.files.map(relative)
            report.pieces = report.pieces.map {
                BatchReport.Piece(audio: relative($0.audio), durationSeconds: $0.durationSeconds,
                                  chapters: $0.chapters.map(relative), transcript: $0.transcript.map(relative))
            }
        }
        return report
    }

    /// Item reports gathered from the worker threads.
    final class Finished: @unchecked Sendable {
        private let lock = NSLock()
        private var reports: [Int: BatchReport.ItemReport]
        init(_ reports: [Int: BatchReport.ItemReport]) { self.reports = reports }
        func set(_ index: Int, _ report: BatchReport.ItemReport) { lock.withLock { reports[index] = report } }
        var all: [Int: BatchReport.ItemReport] { lock.withLock { reports } }
    }

    static func failed(_ item: BatchItem, _ error: String) -> BatchReport.ItemReport {
        var report = BatchReport.ItemReport(input: item.input, output: item.output, status: .failed)
        report.error = error
        return report
    }

    /// Why an input file cannot be a batch item, found without reading it: the planner hashes
    /// every input, so a pipe or device would hang it (or be used up before a worker reads it)
    /// and a huge file would be read whole before being refused.
    static func inputProblem(_ path: String, maxBytes: Int?) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }  // the worker says what is wrong with it
        let kind = info.st_mode & S_IFMT
        if kind == S_IFIFO || kind == S_IFCHR || kind == S_IFSOCK || kind == S_IFBLK {
            return "\(path): not a regular file (a pipe, socket or device): batch items are files; narrate a stream with 'narrate -'"
        }
        if let maxBytes, kind == S_IFREG, Int(info.st_size) > maxBytes {
            return InputError(source: path, problem: .tooLarge(limit: maxBytes)).description
        }
        return nil
    }

    /// Items whose output is the name of another item's numbered piece ("brief-02" beside a
    /// "brief" split into pieces) would overwrite it: such an item fails with a message naming
    /// the other, before anything is narrated.
    static func pieceClashes(_ job: BatchJob) -> [Int: String] {
        var split: [String: String] = [:]  // lower-cased output -> its input
        for item in job.items where item.settings.over(job.defaults).split != nil {
            split[item.output.lowercased()] = item.input
        }
        guard !split.isEmpty else { return [:] }
        var clashes: [Int: String] = [:]
        for (index, item) in job.items.enumerated() {
            let name = item.output.lowercased()
            guard let dash = name.lastIndex(of: "-"), name[name.index(after: dash)...].count >= 2,
                  name[name.index(after: dash)...].allSatisfy(\.isNumber), let owner = split[String(name[..<dash])] else { continue }
            clashes[index] = "the output '\(item.output)' is the name of a piece of \(owner), which is split into numbered files; give this item another output"
        }
        return clashes
    }

    /// A feed points at each episode's chapters and transcript, so those sidecars are written.
    static func withFeedSidecars(_ asked: [SidecarFormat]) -> [SidecarFormat] {
        let needed: [SidecarFormat] = [.chaptersJSON, .vtt]
        return asked + needed.filter { !asked.contains($0) }
    }

    static func relative(_ path: String, to directory: String) -> String {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: Date())
    }
}
