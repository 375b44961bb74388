import ArgumentParser
import Foundation
import Narrator
import NarratorServer

/// `narrate serve`: the listening service behind "Listen to this article" (docs/serve.md).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the narration service: an HTTP API over a library kept in --data (docs/serve.md).",
        discussion: """
            Prints "listening on http://HOST:PORT" when ready. Write requests (POST, DELETE) need
            'Authorization: Bearer TOKEN' when --token-file is given, and a token is required to
            bind to an address other than loopback. SIGTERM or Ctrl-C stops it; jobs in flight are
            queued again at the next start.
            """
    )

    @Option(help: "The address to listen on (default 127.0.0.1).")
    var host = "127.0.0.1"

    @Option(help: "The port (0: any free port).")
    var port = 8080

    @Option(name: .customLong("data"), help: "The data folder: the library (SQLite), articles, audio and caches.")
    var data = "narrator-data"

    @Option(help: "Worker processes making audio (default 2).")
    var jobs = 2

    @Option(name: .customLong("token-file"), help: "A file holding the bearer token write requests must carry.")
    var tokenFile: String?

    @Option(name: .customLong("base-url"), help: "The public address the feed's links start with (default: the request's host).")
    var baseURL: String?

    @Option(name: .customLong("queue-limit"), help: "Narrations waiting at most; more get 503 with Retry-After (default 1000).")
    var queueLimit = 1000

    @Option(name: .customLong("max-body-mb"), help: "The largest request body in MB (default 16).")
    var maxBodyMB = 16

    @Flag(name: .customLong("allow-private-fetch"), help: "Fetch loopback, private and link-local addresses too (refused by default).")
    var allowPrivateFetch = false

    @Option(name: .customLong("voices"), help: "A further directory of voice presets (repeatable).")
    var voiceDirectories: [String] = []

    @OptionGroup var fetch: FetchFlags

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be from 1 to 64") }
        guard (1...1_000_000).contains(queueLimit) else { throw ValidationError("--queue-limit must be from 1 to 1000000") }
        guard (1...1024).contains(maxBodyMB) else { throw ValidationError("--max-body-mb must be from 1 to 1024") }
    }

    func run() async throws {
        let logger = global.bootstrapLogging(defaultLevel: .info)
        do {
            var options = NarrationServer.Options()
            options.host = host
            options.port = port
            options.dataDirectory = data
            options.jobs = jobs
            options.queueLimit = queueLimit
            options.maxBodyBytes = maxBodyMB << 20
            options.baseURL = baseURL
            options.allowPrivateFetch = allowPrivateFetch
            options.voiceDirectories = voiceDirectories
            options.fetch = try fetch.options()
            options.workerCommand = [BatchRun.executable(), "batch-worker", "--parent", "\(getpid())"]
            if let tokenFile {
                guard let data = FileManager.default.contents(atPath: tokenFile) else {
                    throw InputError(source: tokenFile, problem: .unreadable("cannot read the token file"))
                }
                let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                guard token.count >= 16 else { throw ServerError("\(tokenFile): the token must be at least 16 characters") }
                options.token = token
            }
            let shownHost = host.contains(":") ? "[\(host)]" : host
            try await NarrationServer(options: options, logger: logger).run { port in
                StandardOutput.line("listening on http://\(shownHost):\(port)")
            }
        } catch {
            throw Failure.exit(error)
        }
    }
}
