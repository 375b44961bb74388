extension AudioFormat {
    /// Ogg Vorbis (quality 0.4, about 48 kbit/s mono), chapters as Vorbis comments.
    public static let ogg = AudioFormat(
        name: "ogg", extensions: ["ogg", "oga"], mimeType: "audio/ogg", cueSheetType: "WAVE", help: "ogg",
        encoding: .libsndfile(.vorbis, compression: 0.6), chapters: .oggVorbisComments, sampleRates: nil)
}
