import Foundation

/// What may be announced after the headline: who wrote the article and when it was published.
public enum Announcement: String, Sendable, CaseIterable, Codable {
    case byline, date

    /// Parses "byline,date" (any order, any case); an unknown word is an error naming it.
    public static func parseList(_ text: String) throws -> Set<Announcement> {
        var list = Set<Announcement>()
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !word.isEmpty {
            guard let announcement = Announcement(rawValue: word) else { throw AnnouncementError(word: word) }
            list.insert(announcement)
        }
        return list
    }

    /// The sentence announcing the article's byline or date, nil when the article has none.
    public func sentence(for article: Article) -> String? {
        switch self {
        case .byline:
            guard let byline = article.byline?.trimmingCharacters(in: .whitespaces), !byline.isEmpty else { return nil }
            let name = byline.lowercased().hasPrefix("by ") ? String(byline.dropFirst(3)) : byline
            return "By \(name)."
        case .date:
            guard let published = article.published, let date = Self.writtenDate(published) else { return nil }
            return "Published \(date)."
        }
    }

    /// "2026-10-14T07:30:00Z" -> "14 October 2026": the ISO 8601 date a page gives, written out
    /// (the time of day is not announced); nil for anything else.
    static func writtenDate(_ iso: String) -> String? {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
              let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return "\(day) \(months[month - 1]) \(year)"
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
}

/// An unknown word in `--announce`.
public struct AnnouncementError: NarratorError, Equatable {
    public var word: String
    public var description: String { "--announce: unknown item '\(word)': give byline, date or both (byline,date)" }
    public var exitStatus: ExitStatus { .usage }
}
