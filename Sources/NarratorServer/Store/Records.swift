import Foundation
import GRDB

/// An article the library holds: its input bytes (kept in `articles/`), what extraction found,
/// and where it came from. Its id is the start of the SHA-256 of its kind and bytes, so the
/// same article posted twice is one article.
struct ArticleRecord: Codable, FetchableRecord, PersistableRecord, Sendable, Equatable {
    static let databaseTableName = "article"
    var id: String
    var kind: String
    /// The input file, relative to the data folder.
    var input: String
    var source: String?
    var title: String?
    var byline: String?
    var published: String?
    var language: String?
    var words: Int
    var createdAt: String
    /// The rendition made when the article was posted (voice, speed and format as asked).
    var defaultRendition: Int64?
}

/// One narration of an article in a voice, speed and format: a job in the queue until done.
struct RenditionRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable, Equatable {
    static let databaseTableName = "rendition"
    enum State: String, Codable, Sendable {
        case queued, running, done, failed
        /// The states of the queue: waiting or being made.
        static let unfinished: [State] = [.queued, .running]
    }

    var id: Int64?
    var articleId: String
    var voice: String
    var speed: String
    var format: String
    var state: State
    var error: String?
    /// The audio file, relative to the data folder (its sidecars are beside it).
    var audio: String
    var durationSeconds: Double?
    var words: Int?
    var wpm: Double?
    var bytes: Int?
    var createdAt: String
    var finishedAt: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

enum Clock {
    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }
}
