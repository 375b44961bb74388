/// An audio file format Narrator writes: its names, how it is encoded, how it carries chapters.
///
/// A format is one unit: every fact about it is in its own file (`AudioFormat+WAV.swift`,
/// `AudioFormat+MP3.swift`, ...), a value of this type, listed once in `AudioFormat.all`.
/// Adding a format is one such file and one line in `all`; the initialiser takes every fact, so
/// the compiler refuses an incomplete one, and the encoder switches over `Encoding` and
/// `ChapterContainer` without a `default:`, so a new kind of either must be handled.
public struct AudioFormat: Sendable, Hashable, CaseIterable, RawRepresentable, CustomStringConvertible {
    /// How the audio is made from the narration's WAV.
    public enum Encoding: Sendable, Hashable {
        /// The narration's own 16-bit PCM WAV.
        case pcmWAV
        /// Encoded by libsndfile; `compression` is its compression level (0 best, 1 smallest).
        case libsndfile(Codec, compression: Double)
        /// Encoded by the ffmpeg program into an MP4 (AAC) container.
        case ffmpegMP4
    }

    /// The codecs libsndfile encodes for Narrator.
    public enum Codec: Sendable, Hashable {
        case flac, vorbis, opus, mp3
    }

    /// Where chapters go in the file.
    public enum ChapterContainer: Sendable, Hashable {
        /// `cue ` points with `LIST/adtl` labels (written with the WAV).
        case riffCue
        /// Vorbis comments `CHAPTER001=` / `CHAPTER001NAME=` in a FLAC metadata block.
        case flacVorbisComments
        /// Vorbis comments in the Ogg stream's comment header.
        case oggVorbisComments
        /// ID3v2 `CHAP` frames under a `CTOC`, in front of the stream.
        case id3v2
        /// MP4 chapters (written by ffmpeg with the audio).
        case mp4
    }

    /// The name on the command line and in job files ("mp3").
    public let name: String
    /// File extensions that name the format; the first is the one written.
    public let extensions: [String]
    /// The Content-Type for feeds and HTTP ("audio/mpeg").
    public let mimeType: String
    /// The FILE type a CUE sheet gives the audio ("WAVE", "MP3").
    public let cueSheetType: String
    /// One line for --help ("m4b (needs ffmpeg)").
    public let help: String
    public let encoding: Encoding
    public let chapters: ChapterContainer
    /// The sample rates the codec can store (nil: any); speech is stored at the first at or above
    /// the engine's rate.
    public let sampleRates: [Int]?

    public init(name: String, extensions: [String], mimeType: String, cueSheetType: String, help: String,
                encoding: Encoding, chapters: ChapterContainer, sampleRates: [Int]?) {
        self.name = name
        self.extensions = extensions
        self.mimeType = mimeType
        self.cueSheetType = cueSheetType
        self.help = help
        self.encoding = encoding
        self.chapters = chapters
        self.sampleRates = sampleRates
    }

    /// Every format, in the order help lists them: the one list a new format is added to.
    public static let all: [AudioFormat] = [.wav, .flac, .ogg, .opus, .mp3, .m4b]

    public static var allCases: [AudioFormat] { all }

    /// The format named `rawValue` ("mp3", any case).
    public init?(rawValue: String) {
        guard let format = Self.all.first(where: { $0.name == rawValue.lowercased() }) else { return nil }
        self = format
    }

    /// The format a file name's extension names (".oga" is Ogg Vorbis, ".m4a" M4B's container).
    public init?(extensionOf path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        guard let format = Self.all.first(where: { $0.extensions.contains(ext) }) else { return nil }
        self = format
    }

    public var rawValue: String { name }
    public var description: String { name }
    public var fileExtension: String { extensions[0] }

    /// The most chapters the file itself can carry (nil: no limit); the sidecars hold them all.
    public var maximumChapters: Int? {
        switch chapters {
        case .flacVorbisComments, .oggVorbisComments: VorbisComments.maximumChapters
        case .riffCue, .id3v2, .mp4: nil
        }
    }

    /// The rate the audio is stored at: the engine's, unless the codec cannot store it.
    public func storedRate(engineRate: Int) -> Int {
        guard let rates = sampleRates else { return engineRate }
        return rates.first { $0 >= engineRate } ?? rates.last ?? engineRate
    }

    /// "wav, flac, ogg, opus, mp3 or m4b (needs ffmpeg)", for help texts.
    public static var helpList: String {
        let items = all.map(\.help)
        return items.dropLast().joined(separator: ", ") + " or " + items.last!
    }

    public static func == (lhs: AudioFormat, rhs: AudioFormat) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

extension AudioFormat: Codable {
    public init(from decoder: any Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let format = AudioFormat(rawValue: name) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown format '\(name)'"))
        }
        self = format
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
