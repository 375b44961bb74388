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
            // The ISO 8601 date a page gives, written out; the time of day is not announced.
            guard let published = article.published, let date = SpokenDates.isoDate(String(published.prefix(10)))
            else { return nil }
            return "Published \(date)."
        }
    }

}

/// An unknown word in `--announce`.
public struct AnnouncementError: NarratorError, Equatable {
    public var word: String
    public var description: String { "--announce: unknown item '\(word)': give byline, date or both (byline,date)" }
    public var exitStatus: ExitStatus { .usage }
}
