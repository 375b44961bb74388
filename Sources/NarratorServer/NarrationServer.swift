import Foundation
import Hummingbird
import Logging
import Metrics
import Narrator
import NarratorBatch
import Prometheus
import ServiceLifecycle

/// `narrate serve`: the listening service. Hummingbird serves the API over the library (SQLite
/// in the data folder) while the batch's worker processes make the audio; SIGTERM or SIGINT
/// stops accepting, abandons the jobs in flight cleanly (their temporary files go with their
/// workers; they are queued again at the next start) and returns.
public struct NarrationServer: Sendable {
    public struct Options: Sendable {
        public var host = "127.0.0.1"
        public var port = 8080
        public var dataDirectory = "narrator-data"
        public var jobs = 2
        /// Seconds a job may take before its worker is killed and the job retried once.
        public var jobTimeout: Double = 600
        public var queueLimit = 1000
        public var maxBodyBytes = 16 << 20
        public var token: String?
        /// The public address the feed's links start with (default: the request's host).
        public var baseURL: String?
        public var allowPrivateFetch = false
        public var voiceDirectories: [String] = []
        public var fetch = FetchOptions()
        /// The `narrate` executable and `batch-worker` (its cache arguments are added here).
        public var workerCommand: [String] = []

        public init() {}
    }

    public let options: Options
    public let logger: Logger

    public init(options: Options, logger: Logger = Logger(label: "narrator.serve")) {
        self.options = options
        self.logger = logger
    }

    /// Whether an address is loopback (a server bound elsewhere needs a token).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Runs until SIGTERM or SIGINT; `onListening` gets the port (useful with port 0).
    public func run(onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        guard options.token != nil || Self.isLoopback(options.host) else {
            throw ServerError("binding to \(options.host) needs --token-file: write requests must carry a token off loopback")
        }
        // Metrics first: the queue makes its counters when it is made.
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let store = try LibraryStore(directory: options.dataDirectory)
        let cache = (options.dataDirectory as NSString).appendingPathComponent("cache")
        let queue = RenditionQueue(store: store, workerCommand: options.workerCommand + ["--cache", cache],
                                   jobs: options.jobs, timeout: options.jobTimeout, limit: options.queueLimit,
                                   voiceDirectories: options.voiceDirectories, logger: logger)

        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: MetricsMiddleware())
        var fetch = options.fetch
        fetch.maxBytes = min(fetch.maxBytes, NarrationSettings.defaultMaxInputBytes)
        let intake = ArticleIntake(store: store, maxBodyBytes: options.maxBodyBytes, fetch: fetch,
                                   allowPrivateFetch: options.allowPrivateFetch, voiceDirectories: options.voiceDirectories,
                                   logger: logger)
        NarrationRoutes(store: store, queue: queue, intake: intake, auth: BearerToken(token: options.token),
                        baseURL: options.baseURL).add(to: router)
        WebPages(store: store, needsToken: options.token != nil, voiceDirectories: options.voiceDirectories).add(to: router)
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                     body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "Narrator"),
            services: [QueueService(queue: queue)],
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.runService()
    }
}

/// The job queue as a service of the server's group: started with it, stopped at shutdown.
struct QueueService: Service {
    let queue: RenditionQueue

    func run() async throws {
        try queue.start()
        try? await gracefulShutdown()
        queue.stop()
    }
}

public struct ServerError: NarratorError {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
    public var exitStatus: ExitStatus { .usage }
}
