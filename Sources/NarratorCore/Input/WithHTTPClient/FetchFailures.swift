import AsyncHTTPClient
import Foundation
import NarratorCore
import NIOCore
import NIOHTTPCompression
import NIOPosix
import NIOSSL

/// AsyncHTTPClient's and SwiftNIO's errors as the one-line `FetchError` kinds users see.
enum FetchFailures {
    static func map(_ error: Error, url: URL, shown: String, options: FetchOptions) -> Error {
        if error is FetchError || error is CancellationError { return error }
        let host = url.host ?? ""
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout, .tlsHandshakeTimeout: return FetchError(url: shown, problem: .timedOut(seconds: options.connectTimeout))
            case .deadlineExceeded, .readTimeout: return FetchError(url: shown, problem: .timedOut(seconds: options.timeout))
            case .remoteConnectionClosed: return FetchError(url: shown, problem: .connectionFailed("the server closed the connection"))
            case .cancelled: return CancellationError()
            default: return FetchError(url: shown, problem: .connectionFailed("\(error)"))
            }
        }
        if let error = error as? NIOConnectionError {
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
                return FetchError(url: shown, problem: .hostNotFound(host))
            }
            let reason = error.connectionErrors.first.map { describe($0.error) } ?? "no address to connect to"
            return FetchError(url: shown, problem: .connectionFailed(reason))
        }
        if let error = error as? NIOHTTPDecompression.DecompressionError, error == .limit {
            return FetchError(url: shown, problem: .tooLarge(limit: options.maxBytes))
        }
        if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError {
            return FetchError(url: shown, problem: .tls(tlsReason(String(describing: error))))
        }
        if let error = error as? IOError {
            return FetchError(url: shown, problem: .connectionFailed(describe(error)))
        }
        if error is SocketAddressError {
            return FetchError(url: shown, problem: .hostNotFound(host))
        }
        let text = String(describing: error)
        if text.contains("NXDOMAIN") || text.contains("resolve") || text.lowercased().contains("dns") {
            return FetchError(url: shown, problem: .hostNotFound(host))
        }
        return FetchError(url: shown, problem: .connectionFailed(text))
    }

    /// BoringSSL's reason code ("WRONG_VERSION_NUMBER", "CERTIFICATE_VERIFY_FAILED") in words.
    static func tlsReason(_ text: String) -> String {
        let words = text.split(whereSeparator: { !($0.isUppercase || $0 == "_" || $0.isNumber) })
            .filter { $0.count >= 6 && $0.contains("_") }
        if let reason = words.last { return reason.lowercased().replacingOccurrences(of: "_", with: " ") }
        if text.contains("handshakeFailed") { return "the handshake failed" }
        return text.split(separator: "(").first.map(String.init) ?? text
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED: return "connection refused"
            case ENETUNREACH: return "network unreachable"
            case EHOSTUNREACH: return "host unreachable"
            case ECONNRESET: return "connection reset"
            default: return String(cString: strerror(error.errnoCode))
            }
        }
        return String(describing: error)
    }
}
