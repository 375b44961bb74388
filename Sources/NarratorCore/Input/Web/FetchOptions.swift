/// How pages and feeds are fetched: limits, headers, and politeness.
public struct FetchOptions: Sendable {
    /// Seconds to open a connection.
    public var connectTimeout: Double = 10
    /// Seconds for a whole response, head and body, per request (each redirect hop and retry anew).
    public var timeout: Double = 30
    /// The largest response body, after decompression.
    public var maxBytes: Int = NarrationSettings.defaultMaxInputBytes
    /// Redirects followed at most.
    public var maxRedirects = 5
    /// Extra request headers the user owns (cookies, tokens), as "Name: value" pairs.
    public var headers: [(name: String, value: String)] = []
    /// Times a 429 or 503 answer is retried (after its Retry-After, or 1 s, 2 s, 4 s...).
    public var retries = 3
    /// The longest wait a Retry-After may ask for; a longer one fails the fetch at once.
    public var maxRetryWait: Double = 120
    /// Requests in flight at once to one host (batch).
    public var perHost = 2
    /// Requests in flight at once in all (batch).
    public var concurrency = 8
    /// Obey robots.txt (batch).
    public var obeysRobots = true

    public init() {}

    /// The User-Agent every request carries: the product, its version, and what it does.
    public static var userAgent: String {
        "Narrator/\(NarratorVersion.string) (article narration with eSpeak NG)"
    }

    /// The token robots.txt groups are matched against.
    public static let robotsAgent = "narrator"

    /// Parses a `--header` value (a bad one is a usage error, exit 64), "Name: value".
    public static func header(_ text: String) throws -> (name: String, value: String) {
        guard let colon = text.firstIndex(of: ":") else {
            throw FlagError("--header '\(text)' is not 'Name: value'")
        }
        let name = text[..<colon].trimmingCharacters(in: .whitespaces)
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        let token = "!#$%&'*+-.^_`|~"
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || token.unicodeScalars.contains($0)) }),
              !value.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }) else {
            throw FlagError("--header '\(text)' is not 'Name: value'")
        }
        return (name, value)
    }
}
