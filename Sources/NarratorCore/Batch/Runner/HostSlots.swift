import Foundation
import Narrator

/// Politeness: at most `perHost` requests in flight to one host and `total` in all; waiting
/// requests go in arrival order.
actor HostSlots {
    private let perHost: Int
    private let total: Int
    private var busy: [String: Int] = [:]
    private var running = 0
    private var waiting: [(host: String, resume: CheckedContinuation<Void, Never>)] = []

    init(perHost: Int, total: Int) {
        self.perHost = max(1, perHost)
        self.total = max(1, total)
    }

    func acquire(_ host: String) async {
        if waiting.isEmpty, free(host) {
            take(host)
            return
        }
        await withCheckedContinuation { waiting.append((host, $0)) }
    }

    func release(_ host: String) {
        busy[host, default: 1] -= 1
        running -= 1
        // Wake the first waiters whose host now has room.
        var index = 0
        while index < waiting.count {
            if free(waiting[index].host) {
                let next = waiting.remove(at: index)
                take(next.host)
                next.resume.resume()
            } else {
                index += 1
            }
        }
    }

    /// The most requests ever in flight to one host (tests check the limit held).
    private(set) var peak: [String: Int] = [:]

    private func free(_ host: String) -> Bool { running < total && busy[host, default: 0] < perHost }

    private func take(_ host: String) {
        busy[host, default: 0] += 1
        running += 1
        peak[host] = max(peak[host] ?? 0, busy[host]!)
    }
}

/// robots.txt per host, fetched once a run (concurrent askers share the one fetch).
actor RobotsCache {
    private var rules: [String: Task<RobotsRules, Never>] = [:]
    private let fetcher: @Sendable (URL) async -> RobotsRules

    init(fetcher: @escaping @Sendable (URL) async -> RobotsRules) {
        self.fetcher = fetcher
    }

    func allows(_ url: URL) async -> Bool {
        let key = (url.scheme ?? "http") + "://" + WebAddress.hostKey(url)
        let task = rules[key] ?? {
            var parts = URLComponents()
            parts.scheme = url.scheme
            parts.host = url.host
            parts.port = url.port
            parts.path = "/robots.txt"
            let robotsURL = parts.url!
            let task = Task { await fetcher(robotsURL) }
            rules[key] = task
            return task
        }()
        let parts = URLComponents(url: url, resolvingAgainstBaseURL: false)
        let path = parts.map { $0.percentEncodedPath.isEmpty ? "/" : $0.percentEncodedPath } ?? "/"
        let full = parts?.percentEncodedQuery.map { path + "?" + $0 } ?? path
        return await task.value.allows(full)
    }
}
