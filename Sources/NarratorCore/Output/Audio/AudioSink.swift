/// Where narrated samples go: a WAV file on disk, or memory in tests.
///
/// The order of calls is fixed: `start` with the chapter titles and tags (known from the plan
/// before any audio), then `write`/`writeSilence` as samples stream in, then `finish` with
/// each chapter's position (known only at the end), which makes the output complete.
/// `discard` abandons it at any point, leaving nothing behind.
public protocol AudioSink: AnyObject {
    var sampleRate: Int { get }
    /// Frames written so far.
    var framesWritten: Int { get }
    func start(chapterTitles: [String], tags: AudioTags) throws
    func write(_ samples: ArraySlice<Int16>) throws
    func writeSilence(frames: Int) throws
    /// One marker per title given to `start`, in the same order.
    func finish(chapters: [ChapterMarker]) throws
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
