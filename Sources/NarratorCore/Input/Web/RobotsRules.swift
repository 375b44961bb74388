/// A site's robots.txt as the Robots Exclusion Protocol (RFC 9309) reads it: the group for the
/// most specific matching user-agent (else `*`), its Allow and Disallow rules with `*` and `$`,
/// the longest match deciding and Allow winning a tie.
public struct RobotsRules: Sendable, Equatable {
    public struct Rule: Sendable, Equatable {
        public var allow: Bool
        public var pattern: String
    }

    public var rules: [Rule]

    /// Everything allowed (no robots.txt, or a 4xx answer for it).
    public static let allowAll = RobotsRules(rules: [])
    /// Nothing allowed (RFC 9309: a 5xx answer or an unreachable robots.txt).
    public static let disallowAll = RobotsRules(rules: [Rule(allow: false, pattern: "/")])

    public init(rules: [Rule]) { self.rules = rules }

    /// The rules in `text` that apply to `agent` (a product token, lower-case).
    public init(text: String, agent: String) {
        var groups: [(agents: [String], rules: [Rule])] = []
        var current: (agents: [String], rules: [Rule])?
        var lastWasAgent = false
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user-agent":
                if !lastWasAgent || current == nil {
                    if let group = current { groups.append(group) }
                    current = ([], [])
                }
                current?.agents.append(value.lowercased())
                lastWasAgent = true
            case "allow", "disallow":
                lastWasAgent = false
                guard current != nil, !(key == "disallow" && value.isEmpty) else { continue }
                current?.rules.append(Rule(allow: key == "allow", pattern: value))
            default:
                lastWasAgent = false
            }
        }
        if let group = current { groups.append(group) }
        // The groups naming this agent (all of them, merged), else those for "*".
        let own = groups.filter { $0.agents.contains { $0 != "*" && agent.hasPrefix($0) } }
        let chosen = own.isEmpty ? groups.filter { $0.agents.contains("*") } : own
        rules = chosen.flatMap(\.rules)
    }

    /// Whether `path` (path and query, starting with "/") may be fetched.
    public func allows(_ path: String) -> Bool {
        let target = path.isEmpty ? "/" : path
        var best: Rule?
        var bestLength = -1
        for rule in rules where Self.matches(rule.pattern, target) {
            let length = rule.pattern.count
            if length > bestLength || (length == bestLength && rule.allow) {
                best = rule
                bestLength = length
            }
        }
        return best?.allow ?? true
    }

    /// A pattern with `*` (any run) and a final `$` (end of path) against a path, from its start.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = Substring(pattern)
        let anchored = pattern.hasSuffix("$")
        if anchored { pattern = pattern.dropLast() }
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(path)
        for (index, piece) in pieces.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if index == pieces.count - 1 && anchored {
                return rest.hasSuffix(piece)
            } else {
                guard let range = rest.range(of: piece) else { return false }
                rest = rest[range.upperBound...]
            }
        }
        return !anchored || rest.isEmpty || (pieces.count > 1 && pieces.last!.isEmpty)
    }
}
