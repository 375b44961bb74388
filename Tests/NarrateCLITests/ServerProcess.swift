import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NarratorTestSupport

/// `narrate serve --port 0` as a child process, with the port it printed.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let port: Int
    let data: URL

    init(data: URL, arguments: [String] = []) throws {
        self.data = data
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.narrate)
        process.arguments = ["serve", "--port", "0", "--data", data.path] + arguments
        let out = Pipe()
        process.standardOutput = out
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let log = data.appendingPathComponent("server.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        // The first line: "listening on http://127.0.0.1:PORT".
        var line: [UInt8] = []
        let handle = out.fileHandleForReading
        while true {
            let byte = handle.readData(ofLength: 1)
            if byte.isEmpty || byte.first == 0x0A { break }
            line.append(byte.first!)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]) else {
            process.terminate()
            let logText = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw CLITestError("the server did not start: '\(text)' \(logText)")
        }
        self.port = port
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Sends a signal and waits for the exit status.
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM) -> Int32 {
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() } }
}

/// A response read whole.
struct HTTPAnswer {
    var status: Int
    var headers: HTTPHeaders
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:] }
    func header(_ name: String) -> String? { headers.first(name: name) }
}

/// A small HTTP client for the server tests (AsyncHTTPClient, no redirects followed).
final class TestClient: Sendable {
    let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup,
                            configuration: .init(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(5), read: .seconds(60))))

    func send(_ method: HTTPMethod, _ url: String, body: [UInt8]? = nil, headers: [(String, String)] = []) async throws -> HTTPAnswer {
        var request = HTTPClientRequest(url: url)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await client.execute(request, timeout: .seconds(60))
        let buffer = try await response.body.collect(upTo: 256 << 20)
        return HTTPAnswer(status: Int(response.status.code), headers: response.headers, body: Array(buffer.readableBytesView))
    }

    func get(_ url: String, headers: [(String, String)] = []) async throws -> HTTPAnswer {
        try await send(.GET, url, headers: headers)
    }

    func post(_ url: String, _ body: String, type: String, headers: [(String, String)] = []) async throws -> HTTPAnswer {
        try await send(.POST, url, body: Array(body.utf8), headers: [("Content-Type", type)] + headers)
    }

    /// Polls a narration (or a rendition's audio link) until it is no longer queued or running.
    func waitUntilMade(_ url: String, seconds: Double = 120) async throws -> HTTPAnswer {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let answer = try await get(url)
            let state = answer.json["state"] as? String
            if answer.status != 202 && state != "queued" && state != "running" { return answer }
            try await Task.sleep(nanoseconds: 200_000_000)
        }
        throw CLITestError("\(url) was not made in \(seconds) s")
    }

    func shutdown() async { try? await client.shutdown() }
}
