import Foundation
import Narrator

/// `feed.xml` from a batch report: one episode per audio file of every item that is done.
enum BatchFeed {
    static func render(_ report: BatchReport, title: String, baseURL: String, directory: String) -> String {
        var episodes: [PodcastFeed.Episode] = []
        for item in report.items where item.status == .ok || item.status == .skipped {
            for (index, piece) in item.pieces.enumerated() {
                var info = stat()
                let path = (directory as NSString).appendingPathComponent(piece.audio)
                guard stat(path, &info) == 0 else { continue }
                let name = item.title ?? item.output
                episodes.append(PodcastFeed.Episode(
                    title: item.pieces.count > 1 ? "\(name) (\(index + 1)/\(item.pieces.count))" : name,
                    audio: piece.audio, bytes: Int(info.st_size), durationSeconds: piece.durationSeconds,
                    guid: "\(item.key ?? item.output)-\(index + 1)", published: item.published.flatMap(rfc822),
                    chapters: piece.chapters, transcript: piece.transcript))
            }
        }
        return PodcastFeed.render(title: title, baseURL: baseURL, episodes: episodes)
    }

    /// An ISO 8601 date ("2026-10-14T07:30:00Z" or "2026-10-14") as RSS wants it.
    static func rfc822(_ iso: String) -> String? {
        let parser = ISO8601DateFormatter()
        var date = parser.date(from: iso)
        if date == nil {
            parser.formatOptions = [.withFullDate]
            date = parser.date(from: String(iso.prefix(10)))
        }
        guard let date else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
