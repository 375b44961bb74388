import Foundation
import Logging
import Metrics
import Narrator
import NarratorBatch

/// The durable job queue: renditions in the store that are not done, run on the batch's worker
/// processes. A rendition is `running` while a worker has it; a server stopped or killed then
/// leaves it `running`, and the next start queues it again (its output is only ever renamed
/// into place whole, so nothing half-written is served).
final class RenditionQueue: Sendable {
    let store: LibraryStore
    let workers: WorkerService
    let voiceDirectories: [String]
    let logger: Logger
    /// Renditions waiting or running past which a new request is refused (503).
    let limit: Int

    private let finishedCounter = Counter(label: "narrator_jobs_finished_total", dimensions: [("state", "done")])
    private let failedCounter = Counter(label: "narrator_jobs_finished_total", dimensions: [("state", "failed")])
    private let synthesisTimer = Timer(label: "narrator_job_seconds")
    private let depthGauge = Gauge(label: "narrator_queue_depth")

    init(store: LibraryStore, workerCommand: [String], jobs: Int, timeout: Double, limit: Int,
         voiceDirectories: [String], logger: Logger) {
        self.store = store
        self.voiceDirectories = voiceDirectories
        self.logger = logger
        self.limit = limit
        workers = WorkerService(command: workerCommand, slots: jobs, timeout: timeout,
                                outputDirectory: (store.directory as NSString).appendingPathComponent("audio"))
    }

    /// Starts the workers and queues what a previous run left unfinished.
    func start() throws {
        let requeued = try store.requeueInterrupted()
        if requeued > 0 { logger.info("requeued interrupted jobs", metadata: ["count": "\(requeued)"]) }
        workers.start(started: { [store] request in
            guard var rendition = try? store.rendition(Int64(request.id)) else { return }
            rendition.state = .running
            try? store.update(rendition)
        }, finished: { [self] request, outcome, seconds in
            finish(request, outcome, seconds: seconds)
        })
        for rendition in try store.unfinished() {
            if let article = try store.article(rendition.articleId) { submit(rendition, of: article) }
        }
        updateDepth()
    }

    func stop() { workers.stop() }

    /// Renditions queued or running.
    var depth: Int { (try? store.count(states: RenditionRecord.State.unfinished)) ?? 0 }

    /// Refuses new work when `limit` renditions are waiting or being made: 503 with Retry-After.
    func checkRoom() throws {
        guard depth < limit else {
            throw APIError(.serviceUnavailable, "the queue is full (\(limit) narrations waiting); try again later",
                           headers: [.retryAfter: "30"])
        }
    }

    /// The rendition of `article` with these settings, made and queued if there is none.
    func rendition(of article: ArticleRecord, voice: String, speed: String, format: String,
                   isDefault: Bool) throws -> (RenditionRecord, isNew: Bool) {
        let made = try store.rendition(for: article, voice: voice, speed: speed, format: format,
                                       audio: RenditionFiles.audio(article: article.id, voice: voice, speed: speed, format: format),
                                       isDefault: isDefault)
        if made.isNew { submit(made.0, of: article) }
        return made
    }

    func submit(_ rendition: RenditionRecord, of article: ArticleRecord) {
        guard let id = rendition.id, let format = AudioFormat(rawValue: rendition.format) else { return }
        var settings = NarrationSettings()
        settings.voice = rendition.voice
        settings.speed = try? Speed.parse(rendition.speed)
        settings.format = format
        settings.sidecars = [.chaptersJSON, .vttChapters, .vtt]
        var request = WorkRequest(id: Int(id), input: store.path(article.input), output: store.path(rendition.audio),
                                  settings: settings.resolved, voiceDirectories: voiceDirectories)
        if article.input.hasSuffix(".body") { request.page = store.path(String(article.input.dropLast(5)) + ".json") }
        workers.submit(request)
        updateDepth()
    }

    private func finish(_ request: WorkRequest, _ outcome: WorkerService.Outcome, seconds: Double) {
        guard var rendition = try? store.rendition(Int64(request.id)) else { return }
        switch outcome {
        case .finished(let report) where report.status == .ok:
            rendition.state = .done
            rendition.durationSeconds = report.durationSeconds
            rendition.words = report.words
            rendition.wpm = report.wpm
            var info = stat()
            rendition.bytes = stat(store.path(rendition.audio), &info) == 0 ? Int(info.st_size) : nil
            finishedCounter.increment()
            synthesisTimer.recordSeconds(seconds)
        case .finished(let report):
            rendition.state = .failed
            rendition.error = report.error ?? "the narration failed"
            failedCounter.increment()
        case .failed(let why):
            rendition.state = .failed
            rendition.error = why
            failedCounter.increment()
        case .interrupted:
            return  // stays running: queued again at the next start
        }
        rendition.finishedAt = Clock.now()
        do { try store.update(rendition) } catch { logger.error("cannot record a finished job", metadata: ["error": "\(error)"]) }
        logger.info("job finished", metadata: ["rendition": "\(request.id)", "state": "\(rendition.state.rawValue)",
                                               "seconds": "\(seconds)"])
        updateDepth()
    }

    private func updateDepth() { depthGauge.record(depth) }
}
