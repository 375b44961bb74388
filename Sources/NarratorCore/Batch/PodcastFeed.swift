import Foundation

/// An RSS 2.0 podcast feed of a batch's audio, with the iTunes tags podcast apps need and the
/// Podcasting 2.0 `podcast:chapters` and `podcast:transcript` links to the sidecars.
public enum PodcastFeed {
    public struct Episode: Sendable, Equatable {
        public var title: String
        /// Relative to the feed's base URL.
        public var audio: String
        public var bytes: Int
        public var durationSeconds: Double
        public var guid: String
        /// RFC 822 date ("Tue, 14 Oct 2026 07:30:00 +0000"), if known.
        public var published: String?
        public var chapters: String?
        public var transcript: String?

        public init(title: String, audio: String, bytes: Int, durationSeconds: Double, guid: String,
                    published: String? = nil, chapters: String? = nil, transcript: String? = nil) {
            self.title = title
            self.audio = audio
            self.bytes = bytes
            self.durationSeconds = durationSeconds
            self.guid = guid
            self.published = published
            self.chapters = chapters
            self.transcript = transcript
        }
    }

    public static func render(title: String, baseURL: String, episodes: [Episode]) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        func url(_ path: String) -> String {
            base + path.split(separator: "/").map { percentEncoded(String($0)) }.joined(separator: "/")
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
            <channel>
            <title>\(escape(title))</title>
            <link>\(escape(base))</link>
            <description>Articles narrated with Narrator</description>
            <itunes:author>Narrator</itunes:author>
            <language>en</language>
            <generator>Narrator \(NarratorVersion.string)</generator>
            <itunes:explicit>false</itunes:explicit>

            """
        for episode in episodes {
            out += "<item>\n<title>\(escape(episode.title))</title>\n<itunes:title>\(escape(episode.title))</itunes:title>\n"
            out += "<guid isPermaLink=\"false\">\(escape(episode.guid))</guid>\n"
            if let published = episode.published { out += "<pubDate>\(escape(published))</pubDate>\n" }
            out += "<enclosure url=\"\(escape(url(episode.audio)))\" length=\"\(episode.bytes)\" type=\"\(mimeType(episode.audio))\"/>\n"
            out += "<itunes:duration>\(duration(episode.durationSeconds))</itunes:duration>\n"
            if let chapters = episode.chapters {
                out += "<podcast:chapters url=\"\(escape(url(chapters)))\" type=\"application/json+chapters\"/>\n"
            }
            if let transcript = episode.transcript {
                out += "<podcast:transcript url=\"\(escape(url(transcript)))\" type=\"text/vtt\"/>\n"
            }
            out += "</item>\n"
        }
        return out + "</channel>\n</rss>\n"
    }

    static func mimeType(_ path: String) -> String {
        (AudioFormat(extensionOf: path) ?? .wav).mimeType
    }

    /// HH:MM:SS.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return "\(Clock.pad(total / 3600, 2)):\(Clock.pad(total / 60 % 60, 2)):\(Clock.pad(total % 60, 2))"
    }

    static func escape(_ text: String) -> String { XMLText.escape(text) }

    /// Path parts of a URL: unreserved characters kept, everything else %-encoded as UTF-8.
    static func percentEncoded(_ part: String) -> String {
        var out = ""
        for byte in part.utf8 {
            let char = Character(Unicode.Scalar(byte))
            if byte < 0x80, char.isLetter || char.isNumber || "-._~".contains(char) {
                out.append(char)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }

    /// An ISO 8601 date ("2026-10-14T07:30:00Z" or "2026-10-14") as RSS wants it.
    public static func rfc822(fromISO iso: String) -> String? {
        let parser = ISO8601DateFormatter()
        var date = parser.date(from: iso)
        if date == nil {
            parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            date = parser.date(from: iso)
        }
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

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
