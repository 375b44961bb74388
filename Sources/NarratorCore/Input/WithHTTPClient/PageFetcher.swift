import AsyncHTTPClient
import Foundation
import Logging
import NarratorCore
import NIOCore
import NIOHTTP1

/// Fetches pages and feeds over HTTP(S) with AsyncHTTPClient, the way a careful crawler does:
/// redirects followed by hand (each hop checked: scheme, loop, count, and the `gate`), a timeout
/// per request, a size cap on the decoded body, gzip/deflate/br decoded, a Narrator
/// User-Agent, the user's own headers, only the media types asked for, and 429/503 retried after
/// their Retry-After.
///
/// Call `shutdown()` when done (AsyncHTTPClient's rule for its connection pool).
public final class PageFetcher: Sendable {
    public let options: FetchOptions
    private let client: HTTPClient
    private let logger: Logger
    /// Passed before every request (the first, each redirect hop, each retry): it may refuse the
    /// address (robots.txt) or wait for a slot (requests per host), and returns what to call
    /// when the request is over.
    public typealias Gate = @Sendable (URL) async throws -> (@Sendable () async -> Void)
    private let gate: Gate

    public init(options: FetchOptions = FetchOptions(), logger: Logger = Logger(label: "narrator.fetch"),
                gate: @escaping Gate = { _ in { } }) {
        self.options = options
        self.logger = logger
        self.gate = gate
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .milliseconds(Int64(options.connectTimeout * 1000)),
                           read: .milliseconds(Int64(options.timeout * 1000))),
            decompression: .enabled(limit: .size(options.maxBytes)))
        // A refused connection fails the request at once instead of being retried until the timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    public func shutdown() async {
        try? await client.shutdown()
    }

    /// What a conditional GET answered.
    public enum Conditional: Sendable {
        case modified(FetchedPage)
        case notModified
    }

    /// Fetches `address` as `kind`.
    public func fetch(_ address: String, as kind: FetchedKind = .article) async throws -> FetchedPage {
        switch try await fetch(address, as: kind, etag: nil, lastModified: nil) {
        case .modified(let page): return page
        case .notModified: throw FetchError(url: address, problem: .status(304, "Not Modified"))
        }
    }

    /// Fetches `address`, conditionally when validators from an earlier fetch are given.
    public func fetch(_ address: String, as kind: FetchedKind, etag: String?, lastModified: String?) async throws -> Conditional {
        let start = try WebAddress.parse(address)
        var url = start
        var visited: Set<String> = [start.absoluteString]
        var redirects = 0
        var attempt = 0
        while true {
            var request = HTTPClientRequest(url: url.absoluteString)
            request.method = .GET
            request.headers.add(name: "User-Agent", value: FetchOptions.userAgent)
            request.headers.add(name: "Accept", value: kind.accept)
            request.headers.add(name: "Accept-Encoding", value: "gzip, deflate, br")
            if let etag { request.headers.add(name: "If-None-Match", value: etag) }
            if let lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
            for header in options.headers { request.headers.replaceOrAdd(name: header.name, value: header.value) }

            let shown = WebAddress.display(url)
            let (hop, sent) = (url, request)
            let release = try await gate(hop)
            let answer: Answer
            do {
                answer = try await withTimeout(shown) { try await self.exchange(sent, url: hop, shown: shown, kind: kind) }
                await release()
            } catch {
                await release()
                throw error
            }
            logger.debug("fetched", metadata: ["url": "\(shown)", "status": "\(answer.status)"])
            switch answer.status {
            case 200..<300:
                guard let body = answer.body else { throw FetchError(url: shown, problem: .status(answer.status, "")) }
                let type = FetchedPage.contentType(answer.headers.first(name: "Content-Type"))
                return .modified(FetchedPage(requested: WebAddress.display(start), final: shown, mediaType: type.mediaType,
                                             charset: type.charset, etag: answer.headers.first(name: "ETag"),
                                             lastModified: answer.headers.first(name: "Last-Modified"),
                                             redirects: redirects, body: body))
            case 304 where etag != nil || lastModified != nil:
                return .notModified
            case 301, 302, 303, 307, 308:
                guard let location = answer.headers.first(name: "Location"),
                      let next = URL(string: location, relativeTo: url)?.absoluteURL else {
                    throw FetchError(url: shown, problem: .redirect("a redirect (HTTP \(answer.status)) without a usable Location"))
                }
                redirects += 1
                if redirects > options.maxRedirects {
                    throw FetchError(url: WebAddress.display(start),
                                     problem: .redirect("more than \(options.maxRedirects) redirects"))
                }
                let scheme = next.scheme?.lowercased()
                guard scheme == "http" || scheme == "https", next.host?.isEmpty == false else {
                    throw FetchError(url: shown, problem: .redirect("redirected to \(WebAddress.display(next)), not an http or https address"))
                }
                guard visited.insert(next.absoluteString).inserted else {
                    throw FetchError(url: WebAddress.display(start), problem: .redirect("a redirect loop (back to \(WebAddress.display(next)))"))
                }
                url = next
                attempt = 0
            case 429, 503:
                let reason = HTTPResponseStatus(statusCode: answer.status).reasonPhrase
                let wait = RetryAfter.seconds(answer.headers.first(name: "Retry-After")) ?? RetryAfter.backoff(attempt: attempt)
                guard attempt < options.retries else {
                    throw FetchError(url: shown, problem: .status(answer.status, "\(reason) (after \(attempt) retries)"))
                }
                guard wait <= options.maxRetryWait else {
                    throw FetchError(url: shown, problem: .status(answer.status, "\(reason) (Retry-After \(Int(wait)) s is past the \(Int(options.maxRetryWait)) s limit)"))
                }
                logger.info("retrying", metadata: ["url": "\(shown)", "status": "\(answer.status)", "wait": "\(wait)"])
                attempt += 1
                try await Task.sleep(nanoseconds: UInt64(wait * 1e9))
            default:
                throw FetchError(url: shown, problem: .status(answer.status, HTTPResponseStatus(statusCode: answer.status).reasonPhrase))
            }
        }
    }

    /// One request and its answer; the body is read only for a 2xx answer of an accepted type.
    private struct Answer: Sendable {
        var status: Int
        var headers: HTTPHeaders
        var body: [UInt8]?
    }

    private func exchange(_ request: HTTPClientRequest, url: URL, shown: String, kind: FetchedKind) async throws -> Answer {
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, deadline: .now() + .milliseconds(Int64(options.timeout * 1000)))
        } catch {
            throw FetchFailures.map(error, url: url, shown: shown, options: options)
        }
        let status = Int(response.status.code)
        guard (200..<300).contains(status) else { return Answer(status: status, headers: response.headers, body: nil) }
        let type = FetchedPage.contentType(response.headers.first(name: "Content-Type")).mediaType
        guard kind.accepts(type) else { throw FetchError(url: shown, problem: .notArticleType(type ?? "unknown", wanted: kind.wanted)) }
        if let length = response.headers.first(name: "Content-Length").flatMap(Int.init),
           length > options.maxBytes, response.headers.first(name: "Content-Encoding") == nil {
            throw FetchError(url: shown, problem: .tooLarge(limit: options.maxBytes))
        }
        var body: [UInt8] = []
        do {
            for try await buffer in response.body {
                body.append(contentsOf: buffer.readableBytesView)
                if body.count > options.maxBytes { throw FetchError(url: shown, problem: .tooLarge(limit: options.maxBytes)) }
            }
        } catch let error as FetchError {
            throw error
        } catch {
            throw FetchFailures.map(error, url: url, shown: shown, options: options)
        }
        if response.headers.first(name: "Content-Encoding")?.lowercased().trimmingCharacters(in: .whitespaces) == "br" {
            do {
                body = try BrotliDecoder.decode(body, limit: options.maxBytes)
            } catch BrotliDecoder.Failure.tooLarge {
                throw FetchError(url: shown, problem: .tooLarge(limit: options.maxBytes))
            } catch {
                throw FetchError(url: shown, problem: .connectionFailed("the brotli-encoded body is corrupt"))
            }
        }
        return Answer(status: status, headers: response.headers, body: body)
    }

    /// Runs `work`, failing with a timeout error when it takes longer than the response timeout
    /// (the body included: AsyncHTTPClient's deadline bounds the head).
    private func withTimeout<T: Sendable>(_ shown: String, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        let seconds = options.timeout
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw FetchError(url: shown, problem: .timedOut(seconds: seconds))
            }
            return value
        }
    }
}
