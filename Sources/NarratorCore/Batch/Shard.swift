/// `--shard K/N`: a deterministic, balanced share of a job's items for shard K of N, so that N
/// machines (a Kubernetes Indexed Job, a Slurm array, GNU parallel) split one job file without
/// a coordinator. Items are dealt by size, largest first, each to the shard with the least
/// work so far (ties to the lower shard); every shard computes the same deal.
public struct Shard: Sendable, Equatable {
    public var index: Int  // 1-based
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// More shards than this is a typo, not a cluster (the deal keeps a number per shard).
    public static let maxCount = 100_000

    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, count <= Self.maxCount,
              (1...count).contains(index) else {
            throw ShardError(value: text)
        }
        self.init(index: index, count: count)
    }

    /// The indexes (into `sizes`, one per item) of this shard's items, in job order.
    public func select(sizes: [Int]) -> [Int] {
        guard count > 1 else { return Array(sizes.indices) }
        let order = sizes.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        var loads = [Int](repeating: 0, count: count)
        var mine: [Int] = []
        for item in order {
            let target = loads.indices.min { loads[$0] != loads[$1] ? loads[$0] < loads[$1] : $0 < $1 }!
            loads[target] += max(sizes[item], 1)
            if target == index - 1 { mine.append(item) }
        }
        return mine.sorted()
    }
}

public struct ShardError: NarratorError, Equatable {
    public var value: String
    public var description: String { "--shard '\(value)' is not understood: give K/N with 1 <= K <= N <= \(Shard.maxCount) (e.g. 2/8)" }
    public var exitStatus: ExitStatus { .usage }
}
