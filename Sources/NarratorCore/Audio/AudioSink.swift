/// Where narrated samples go: a WAV file on disk, or memory in tests.
///
/// Samples stream in with `write`; chapter markers and tags are known only at the end and are
/// handed to `finish`, which makes the output complete. `discard` abandons it, leaving nothing.
public protocol AudioSink: AnyObject {
    var sampleRate: Int { get }
    /// Frames written so far.
    var framesWritten: Int { get }
    func write(_ samples: [Int16]) throws
    func writeSilence(frames: Int) throws
    func finish(chapters: [ChapterMarker], tags: AudioTags) throws
    func discard()
}

/// A chapter's place in the audio, in frames.
public struct ChapterMarker: Sendable, Equatable {
    public var title: String
    public var startFrame: Int
    public var lengthFrames: Int

    public init(title: String, startFrame: Int, lengthFrames: Int) {
        self.title = title
        self.startFrame = startFrame
        self.lengthFrames = lengthFrames
    }
}

/// Descriptive tags written into the audio file (RIFF INFO for WAV).
public struct AudioTags: Sendable, Equatable {
    public var title: String?
    public var artist: String?
    public var date: String?
    public var source: String?
    public var software: String?

    public init(title: String? = nil, artist: String? = nil, date: String? = nil, source: String? = nil,
                software: String? = nil) {
        self.title = title
        self.artist = artist
        self.date = date
        self.source = source
        self.software = software
    }
}

/// Keeps everything in memory, for tests.
public final class InMemoryAudioSink: AudioSink {
    public let sampleRate: Int
    public private(set) var samples: [Int16] = []
    public private(set) var chapters: [ChapterMarker]?
    public private(set) var tags: AudioTags?
    public private(set) var discarded = false

    public init(sampleRate: Int) { self.sampleRate = sampleRate }

    public var framesWritten: Int { samples.count }
    public func write(_ samples: [Int16]) throws { self.samples += samples }
    public func writeSilence(frames: Int) throws { samples += repeatElement(0, count: frames) }

    public func finish(chapters: [ChapterMarker], tags: AudioTags) throws {
        self.chapters = chapters
        self.tags = tags
    }

    public func discard() { discarded = true; samples = [] }
}
