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

    /// The sentence announcing the article's byline or date in `wording`'s language, nil when
    /// the article has none (a date that is not ISO 8601 is not announced; its time is not said).
    public func sentence(for article: Article, in wording: AnnouncementWording = .english) -> String? {
        switch self {
        case .byline:
            guard let byline = article.byline?.trimmingCharacters(in: .whitespaces), !byline.isEmpty else { return nil }
            return wording.byline(byline)
        case .date:
            return article.published.flatMap(wording.published)
        }
    }
}

/// An unknown word in `--announce`.
public struct AnnouncementError: NarratorError, Equatable {
    public var word: String
    public var description: String { "--announce: unknown item '\(word)': give byline, date or both (byline,date)" }
    public var exitStatus: ExitStatus { .usage }
}
