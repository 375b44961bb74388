import CBrotliEncoder
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix

/// A loopback HTTP/1.1 server for the fetching tests: routes answer with any status, headers and
/// body, optionally late (before the head or before the body), gzip- or brotli-encoded, or as
/// a long stream. It records every request it was sent and the most requests it had in flight.
public final class TestHTTPServer: @unchecked Sendable {
    // @unchecked: routes, the log and counters are touched under `lock`.
    public struct Request: Sendable {
        public var method: String
        /// The path with its query ("/feed.xml?x=1").
        public var target: String
        /// Header names lower-cased.
        public var headers: [String: String]
        public var path: String { String(target.split(separator: "?", maxSplits: 1).first ?? "") }
    }

    public enum Encoding: Sendable { case identity, gzip, brotli }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: [UInt8]
        public var encoding: Encoding = .identity
        /// Seconds before the head is sent.
        public var delay: Double = 0
        /// Seconds between the head and the body.
        public var bodyDelay: Double = 0
        /// Stream this many bytes of filler (no Content-Length) instead of `body`.
        public var streamBytes: Int?

        public init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = []) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        public static func html(_ text: String, charset: String? = "utf-8") -> Response {
            Response(headers: [("Content-Type", "text/html" + (charset.map { "; charset=\($0)" } ?? ""))], body: Array(text.utf8))
        }

        public static func type(_ type: String, _ body: [UInt8]) -> Response {
            Response(headers: [("Content-Type", type)], body: body)
        }

        public static func redirect(_ location: String, status: Int = 302) -> Response {
            Response(status: status, headers: [("Location", location)])
        }
    }

    public typealias Handler = @Sendable (Request) -> Response

    private let group: MultiThreadedEventLoopGroup
    private var channel: Channel?
    private let lock = NSLock()
    private var routes: [String: Handler] = [:]
    private var requests: [Request] = []
    private var inFlight = 0
    private var peakInFlight = 0

    public private(set) var port = 0

    public init() throws {
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { [weak self] channel in
                channel.pipeline.configureHTTPServerPipeline(withErrorHandling: true).flatMapThrowing {
                    try channel.pipeline.syncOperations.addHandlers([
                        HTTPResponseCompressor(responseCompressionPredicate: { head, _ in
                            head.headers.contains(name: "X-Test-Gzip") ? .compressIfPossible : .doNotCompress
                        }),
                        RouteHandler(server: self),  // nil once the server is going away
                    ])
                }
            }
        let channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        self.channel = channel
        port = channel.localAddress?.port ?? 0
    }

    deinit { shutdown() }

    public func shutdown() {
        lock.lock()
        let channel = self.channel
        self.channel = nil
        lock.unlock()
        guard let channel else { return }
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }

    /// `http://127.0.0.1:PORT/path`.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    public func route(_ path: String, _ handler: @escaping Handler) {
        lock.withLock { routes[path] = handler }
    }

    public func route(_ path: String, _ response: Response) {
        route(path) { _ in response }
    }

    /// The requests received so far, in order.
    public var received: [Request] { lock.withLock { requests } }
    public func received(_ path: String) -> [Request] { received.filter { $0.path == path } }
    /// The most requests this server was answering at once.
    public var peakConcurrent: Int { lock.withLock { peakInFlight } }

    fileprivate func begin(_ request: Request) -> Response {
        let handler: Handler? = lock.withLock {
            requests.append(request)
            inFlight += 1
            peakInFlight = max(peakInFlight, inFlight)
            return routes[request.path]
        }
        return handler?(request) ?? Response(status: 404, headers: [("Content-Type", "text/plain")], body: Array("not found".utf8))
    }

    fileprivate func end() { lock.withLock { inFlight -= 1 } }

    /// Brotli-encodes `bytes` with libbrotli's encoder.
    public static func brotli(_ bytes: [UInt8]) -> [UInt8] {
        var size = BrotliEncoderMaxCompressedSize(bytes.count) + 64
        var output = [UInt8](repeating: 0, count: size)
        let ok = bytes.withUnsafeBufferPointer { input in
            BrotliEncoderCompress(5, 22, BROTLI_MODE_TEXT, input.count, input.baseAddress, &size, &output)
        }
        precondition(ok == BROTLI_TRUE, "brotli encoding failed")
        return Array(output[0..<size])
    }
}

private final class RouteHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// Weak: a connection may still be served on the event loop while the server is being
    /// deinitialised (a client's last retry as a test ends); unowned would trap there.
    private weak var server: TestHTTPServer?
    private var head: HTTPRequestHead?

    init(server: TestHTTPServer?) { self.server = server }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            var headers: [String: String] = [:]
            for (name, value) in head.headers { headers[name.lowercased()] = value }
            guard let server else {
                context.close(promise: nil)
                return
            }
            let response = server.begin(TestHTTPServer.Request(method: "\(head.method)", target: head.uri, headers: headers))
            let loop = context.eventLoop
            loop.scheduleTask(in: .milliseconds(Int64(response.delay * 1000))) {
                self.send(response, context: context, keepAlive: head.isKeepAlive)
            }
        }
    }

    private func send(_ response: Response, context: ChannelHandlerContext, keepAlive: Bool) {
        var head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: response.status))
        for (name, value) in response.headers { head.headers.add(name: name, value: value) }
        var body = response.body
        switch response.encoding {
        case .identity: break
        case .gzip: head.headers.add(name: "X-Test-Gzip", value: "1")
        case .brotli:
            body = TestHTTPServer.brotli(body)
            head.headers.add(name: "Content-Encoding", value: "br")
        }
        if response.streamBytes == nil, response.encoding != .gzip {
            head.headers.replaceOrAdd(name: "Content-Length", value: String(body.count))
        }
        if !keepAlive { head.headers.replaceOrAdd(name: "Connection", value: "close") }
        context.writeAndFlush(wrapOutboundOut(.head(head)), promise: nil)
        let finish = {
            if let total = response.streamBytes {
                self.stream(remaining: total, context: context)
            } else {
                if !body.isEmpty {
                    context.write(self.wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
                }
                context.writeAndFlush(self.wrapOutboundOut(.end(nil)), promise: nil)
                self.server?.end()
            }
        }
        if response.bodyDelay > 0 {
            context.eventLoop.scheduleTask(in: .milliseconds(Int64(response.bodyDelay * 1000))) { finish() }
        } else {
            finish()
        }
    }

    private typealias Response = TestHTTPServer.Response

    /// Filler text in 64 KiB pieces, each sent when the last one was written.
    private func stream(remaining: Int, context: ChannelHandlerContext) {
        guard remaining > 0, context.channel.isActive else {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            server?.end()
            return
        }
        let count = min(remaining, 64 << 10)
        let piece = [UInt8](repeating: UInt8(ascii: "a"), count: count)
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: piece))))).whenComplete { result in
            if case .failure = result { self.server?.end(); return }
            self.stream(remaining: remaining - count, context: context)
        }
    }
}
