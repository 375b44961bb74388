import Foundation

/// The wait a 429 or 503 answer asks for: `Retry-After` in seconds or as an HTTP date.
public enum RetryAfter {
    /// Seconds to wait, or nil when the header is missing or unreadable.
    public static func seconds(_ header: String?, now: Date = Date()) -> Double? {
        guard let value = header?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) { return Double(max(0, seconds)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: value) { return max(0, date.timeIntervalSince(now)) }
        }
        return nil
    }

    /// The wait before retry number `attempt` (0-based) when the server gave none: 1 s, 2 s, 4 s...
    public static func backoff(attempt: Int) -> Double { Double(1 << min(attempt, 6)) }
}
