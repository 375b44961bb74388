import Foundation
import Logging
import Narrator

/// The batch's fetching stage: each web address among the items becomes a stored page
/// (`PageStore`), fetched politely (requests per host and in all limited, robots.txt obeyed
/// unless told otherwise, 429/503 retried after Retry-After) or taken from the store when an
/// earlier run kept it.
struct WebStage {
    var options: FetchOptions
    var store: PageStore
    /// Fetch again even when the store has the page.
    var refetch: Bool
    var logger: Logger

    /// What became of one address.
    enum Outcome: Sendable {
        /// The stored page's description file (its body beside it), fetched now or reused.
        case stored(meta: String, page: FetchedPage, fetched: Bool)
        case failed(String)
    }

    /// Fetches (or reuses) every address, `options.concurrency` at a time.
    func prepare(_ addresses: [String]) async -> (outcomes: [String: Outcome], peakPerHost: Int) {
        var outcomes: [String: Outcome] = [:]
        var toFetch: [String] = []
        for address in Set(addresses).sorted() {
            if !refetch, let page = store.stored(address) {
                outcomes[address] = .stored(meta: store.paths(for: address).meta, page: page, fetched: false)
            } else {
                toFetch.append(address)
            }
        }
        guard !toFetch.isEmpty else { return (outcomes, 0) }
        let slots = HostSlots(perHost: options.perHost, total: options.concurrency)
        let robotsFetcher = PageFetcher(options: Self.robotsOptions(options), logger: logger) { url in
            let host = WebAddress.hostKey(url)
            await slots.acquire(host)
            return { await slots.release(host) }
        }
        let robots = RobotsCache { url in await Self.rules(at: url, fetcher: robotsFetcher) }
        let obeys = options.obeysRobots
        let fetcher = PageFetcher(options: options, logger: logger) { url in
            if obeys, !(await robots.allows(url)) {
                throw FetchError(url: WebAddress.display(url), problem: .disallowedByRobots)
            }
            let host = WebAddress.hostKey(url)
            await slots.acquire(host)
            return { await slots.release(host) }
        }
        let store = self.store
        await withTaskGroup(of: (String, Outcome).self) { group in
            var pending = toFetch[...]
            func addNext() {
                guard let address = pending.popFirst() else { return }
                group.addTask {
                    do {
                        let page = try await fetcher.fetch(address, as: .article)
                        try store.keep(page, for: address)
                        var described = page
                        described.body = []
                        return (address, .stored(meta: store.paths(for: address).meta, page: described, fetched: true))
                    } catch let error as NarratorError {
                        return (address, .failed(error.description))
                    } catch {
                        return (address, .failed("\(address): \(error)"))
                    }
                }
            }
            for _ in 0..<max(1, options.concurrency) { addNext() }
            while let (address, outcome) = await group.next() {
                outcomes[address] = outcome
                addNext()
            }
        }
        await fetcher.shutdown()
        await robotsFetcher.shutdown()
        let peak = await slots.peak.values.max() ?? 0
        return (outcomes, peak)
    }

    /// robots.txt: at most 500 KiB, no retries.
    static func robotsOptions(_ options: FetchOptions) -> FetchOptions {
        var robots = options
        robots.maxBytes = 500 << 10
        robots.retries = 0
        return robots
    }

    /// A host's rules (RFC 9309): a missing robots.txt (4xx) allows all; a server error (5xx)
    /// disallows all; a host that cannot be reached is left to the page fetch to report.
    static func rules(at url: URL, fetcher: PageFetcher) async -> RobotsRules {
        do {
            let page = try await fetcher.fetch(url.absoluteString, as: .robots)
            return RobotsRules(text: TextDecoding.decode(page.body), agent: FetchOptions.robotsAgent)
        } catch let error as FetchError {
            switch error.problem {
            case .status(let code, _) where code >= 500: return .disallowAll
            default: return .allowAll
            }
        } catch {
            return .allowAll
        }
    }
}
