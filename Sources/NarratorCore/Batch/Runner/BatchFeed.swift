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
                    guid: guid(item, piece: index + 1), published: item.published.flatMap(PodcastFeed.rfc822(fromISO:)),
                    chapters: piece.chapters, transcript: piece.transcript))
            }
        }
        return PodcastFeed.render(title: title, baseURL: baseURL, episodes: episodes)
    }

    /// An episode's GUID names the article and its place, not how it was rendered: a new
    /// Narrator, eSpeak NG or preset re-narrates an item but leaves its episode the same one.
    static func guid(_ item: BatchReport.ItemReport, piece: Int) -> String {
        var hasher = SHA256()
        hasher.update(item.input)
        hasher.update(item.output)
        return "narrator-\(hasher.hex().prefix(24))-\(piece)"
    }
}
