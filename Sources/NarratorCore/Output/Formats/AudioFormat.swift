/// The audio file formats Narrator writes, and how each carries chapters.
///
/// WAV holds them as `cue ` points with `LIST/adtl` labels; FLAC, Ogg Vorbis and Ogg Opus as
/// Vorbis-comment `CHAPTER001=00:00:00.000` / `CHAPTER001NAME=` tags; MP3 as ID3v2 `CHAP`
/// frames under a `CTOC`; M4B as MP4 chapters (written by FFmpeg).
public enum AudioFormat: String, Sendable, CaseIterable {
    case wav, flac, ogg, opus, mp3, m4b

    /// The format a file name's extension names (".oga" is Ogg Vorbis, ".m4a" M4B's container).
    public init?(extensionOf path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "wav", "wave": self = .wav
        case "flac": self = .flac
        case "ogg", "oga": self = .ogg
        case "opus": self = .opus
        case "mp3": self = .mp3
        case "m4b", "m4a": self = .m4b
        default: return nil
        }
    }

    public var fileExtension: String { rawValue }

    /// The rate the audio is stored at: Opus codes only 8/12/16/24/48 kHz, so 22,050 Hz speech
    /// is resampled to 24 kHz; the others keep the engine's rate.
    public func storedRate(engineRate: Int) -> Int {
        guard self == .opus else { return engineRate }
        return [8_000, 12_000, 16_000, 24_000, 48_000].first { $0 >= engineRate } ?? 48_000
    }
}
