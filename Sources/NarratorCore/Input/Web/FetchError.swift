/// Why a web address could not be fetched, with an exit status of its own for each kind.
public struct FetchError: NarratorError, Equatable {
    public enum Problem: Sendable, Equatable {
        case badAddress(String)
        case hostNotFound(String)
        case connectionFailed(String)
        case tls(String)
        case timedOut(seconds: Double)
        case status(Int, String)
        case tooLarge(limit: Int)
        /// The media type received, and what was wanted ("an article (HTML, text or Markdown)").
        case notArticleType(String, wanted: String)
        case redirect(String)
        case disallowedByRobots
    }

    /// The address asked for (or the redirect hop that failed).
    public var url: String
    public var problem: Problem

    public init(url: String, problem: Problem) {
        self.url = url
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .badAddress(let why): return "\(url): \(why)"
        case .hostNotFound(let host): return "\(url): the host name '\(host)' was not found (DNS)"
        case .connectionFailed(let why): return "\(url): cannot connect: \(why)"
        case .tls(let why): return "\(url): TLS handshake failed: \(why)"
        case .timedOut(let seconds): return "\(url): no complete response within \(Self.seconds(seconds)) (--fetch-timeout)"
        case .status(let code, let reason):
            return "\(url): the server answered HTTP \(code)\(reason.isEmpty ? "" : " \(reason)")"
        case .tooLarge(let limit):
            let size = limit >= 1 << 20 ? "\(limit / (1 << 20)) MiB" : "\(max(1, limit / 1024)) KiB"
            return "\(url): the response is larger than the \(size) limit (--max-input-mb)"
        case .notArticleType(let type, let wanted): return "\(url): the response is \(type), not \(wanted)"
        case .redirect(let why): return "\(url): \(why)"
        case .disallowedByRobots: return "\(url): robots.txt disallows this address (--ignore-robots to fetch it anyway)"
        }
    }

    public var exitStatus: ExitStatus {
        switch problem {
        case .badAddress: return .usage
        case .hostNotFound: return .hostNotFound
        case .connectionFailed: return .connectionFailed
        case .tls: return .tlsFailed
        case .timedOut: return .timedOut
        case .status: return .httpStatus
        case .tooLarge: return .responseTooLarge
        case .notArticleType: return .notArticleType
        case .redirect: return .redirectFailed
        case .disallowedByRobots: return .disallowedByRobots
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
