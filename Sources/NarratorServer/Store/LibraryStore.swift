import Foundation
import GRDB

/// The library in SQLite (GRDB, WAL mode) in the data folder: articles, their renditions, and
/// the job queue (renditions not yet done). Audio, sidecars and inputs are files beside it.
final class LibraryStore: Sendable {
    let database: DatabasePool
    let directory: String

    init(directory: String) throws {
        self.directory = directory
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        database = try DatabasePool(path: (directory as NSString).appendingPathComponent("library.sqlite"),
                                    configuration: configuration)
        try Self.migrator.migrate(database)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            // (v1 as first released; later changes are new migrations.)
            try db.create(table: "article") { table in
                table.column("id", .text).primaryKey()
                table.column("kind", .text).notNull()
                table.column("input", .text).notNull()
                table.column("source", .text)
                table.column("title", .text)
                table.column("byline", .text)
                table.column("published", .text)
                table.column("language", .text)
                table.column("words", .integer).notNull()
                table.column("createdAt", .text).notNull()
                table.column("defaultRendition", .integer)
            }
            try db.create(table: "rendition") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("articleId", .text).notNull().indexed().references("article", onDelete: .cascade)
                table.column("voice", .text).notNull()
                table.column("speed", .text).notNull()
                table.column("format", .text).notNull()
                table.column("state", .text).notNull().indexed()
                table.column("error", .text)
                table.column("audio", .text).notNull()
                table.column("durationSeconds", .double)
                table.column("words", .integer)
                table.column("wpm", .double)
                table.column("bytes", .integer)
                table.column("createdAt", .text).notNull()
                table.column("finishedAt", .text)
                table.uniqueKey(["articleId", "voice", "speed", "format"])
            }
        }
        migrator.registerMigration("v2-created-index") { db in
            try db.create(index: "article_createdAt", on: "article", columns: ["createdAt"])
        }
        return migrator
    }

    func path(_ relative: String) -> String { (directory as NSString).appendingPathComponent(relative) }

    // MARK: Reading

    func article(_ id: String) throws -> ArticleRecord? {
        try database.read { try ArticleRecord.fetchOne($0, key: id) }
    }

    func renditions(of articleId: String) throws -> [RenditionRecord] {
        try database.read { try RenditionRecord.filter(Column("articleId") == articleId).order(Column("id")).fetchAll($0) }
    }

    func rendition(_ id: Int64) throws -> RenditionRecord? {
        try database.read { try RenditionRecord.fetchOne($0, key: id) }
    }

    func rendition(of articleId: String, voice: String, speed: String, format: String) throws -> RenditionRecord? {
        try database.read { try Self.matching(articleId, voice, speed, format).fetchOne($0) }
    }

    /// The rendition of an article with these settings (they are unique together).
    private static func matching(_ articleId: String, _ voice: String, _ speed: String,
                                 _ format: String) -> QueryInterfaceRequest<RenditionRecord> {
        RenditionRecord.filter(Column("articleId") == articleId && Column("voice") == voice
                               && Column("speed") == speed && Column("format") == format)
    }

    /// Articles, newest first, with their renditions (one read).
    func articles(limit: Int, offset: Int) throws -> (items: [(ArticleRecord, [RenditionRecord])], total: Int) {
        try database.read { db in
            let articles = try ArticleRecord.order(Column("createdAt").desc, Column("id")).limit(limit, offset: offset).fetchAll(db)
            let renditions = try RenditionRecord.filter(articles.map(\.id).contains(Column("articleId"))).order(Column("id")).fetchAll(db)
            let byArticle = Dictionary(grouping: renditions, by: \.articleId)
            return (articles.map { ($0, byArticle[$0.id] ?? []) }, try ArticleRecord.fetchCount(db))
        }
    }

    /// Renditions waiting or interrupted, oldest first (the queue).
    func unfinished() throws -> [RenditionRecord] {
        try database.read {
            try RenditionRecord.filter(RenditionRecord.State.unfinished.map(\.rawValue).contains(Column("state"))).order(Column("id")).fetchAll($0)
        }
    }

    func count(states: [RenditionRecord.State]) throws -> Int {
        try database.read { try RenditionRecord.filter(states.map(\.rawValue).contains(Column("state"))).fetchCount($0) }
    }

    // MARK: Writing

    /// Inserts the article unless it is there; returns the stored one and whether it is new.
    func add(_ article: ArticleRecord) throws -> (ArticleRecord, isNew: Bool) {
        try database.write { db in
            if let existing = try ArticleRecord.fetchOne(db, key: article.id) { return (existing, false) }
            try article.insert(db)
            return (article, true)
        }
    }

    /// The rendition with these settings, made (queued) if there is none.
    func rendition(for article: ArticleRecord, voice: String, speed: String, format: String,
                   audio: String, isDefault: Bool) throws -> (RenditionRecord, isNew: Bool) {
        try database.write { db in
            if let existing = try Self.matching(article.id, voice, speed, format).fetchOne(db) {
                return (existing, false)
            }
            var rendition = RenditionRecord(id: nil, articleId: article.id, voice: voice, speed: speed, format: format,
                                            state: .queued, audio: audio, createdAt: Clock.now())
            try rendition.insert(db)
            if isDefault, var stored = try ArticleRecord.fetchOne(db, key: article.id), stored.defaultRendition == nil {
                stored.defaultRendition = rendition.id
                try stored.update(db)
            }
            return (rendition, true)
        }
    }

    func update(_ rendition: RenditionRecord) throws {
        try database.write { try rendition.update($0) }
    }

    /// A failed rendition asked for again goes back in the queue.
    func requeue(_ id: Int64) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE rendition SET state = 'queued', error = NULL WHERE id = ?", arguments: [id])
        }
    }

    /// At start: jobs a stopped or killed server left running are queued again.
    func requeueInterrupted() throws -> Int {
        try database.write { db in
            try db.execute(sql: "UPDATE rendition SET state = 'queued' WHERE state = 'running'")
            return db.changesCount
        }
    }

    func delete(_ articleId: String) throws {
        _ = try database.write { try ArticleRecord.deleteOne($0, key: articleId) }
    }
}
