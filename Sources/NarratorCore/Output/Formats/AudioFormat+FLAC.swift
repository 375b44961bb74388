extension AudioFormat {
    /// FLAC (level 5 of 8), chapters as Vorbis comments.
    public static let flac = AudioFormat(
        name: "flac", extensions: ["flac"], mimeType: "audio/flac", cueSheetType: "WAVE", help: "flac",
        encoding: .libsndfile(.flac, compression: 0.6), chapters: .flacVorbisComments, sampleRates: nil)
}
