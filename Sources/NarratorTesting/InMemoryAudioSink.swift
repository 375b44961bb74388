import NarratorCore

/// Keeps everything in memory, for tests.
public final class InMemoryAudioSink: AudioSink {
    public let sampleRate: Int
    public private(set) var samples: [Int16] = []
    public private(set) var chapterTitles: [String]?
    public private(set) var chapters: [ChapterMarker]?
    public private(set) var tags: AudioTags?
    public private(set) var discarded = false

    public init(sampleRate: Int) { self.sampleRate = sampleRate }

    public var framesWritten: Int { samples.count }

    public func start(chapterTitles: [String], tags: AudioTags) throws {
        self.chapterTitles = chapterTitles
        self.tags = tags
    }

    public func write(_ samples: ArraySlice<Int16>) throws { self.samples += samples }
    public func writeSilence(frames: Int) throws { samples += repeatElement(0, count: frames) }

    public func finish(chapters: [ChapterMarker]) throws {
        precondition(chapters.map(\.title) == chapterTitles, "finish must name the chapters given to start")
        self.chapters = chapters
    }

    public func discard() { discarded = true; samples = [] }
}
