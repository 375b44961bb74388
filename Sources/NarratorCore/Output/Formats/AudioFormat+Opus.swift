extension AudioFormat {
    /// Ogg Opus (about 32 kbit/s, transparent for speech), chapters as Vorbis comments. Opus codes
    /// only 8/12/16/24/48 kHz, so 22,050 Hz speech is resampled to 24 kHz.
    public static let opus = AudioFormat(
        name: "opus", extensions: ["opus"], mimeType: "audio/ogg; codecs=opus", cueSheetType: "WAVE", help: "opus",
        encoding: .libsndfile(.opus, compression: 0.8), chapters: .oggVorbisComments,
        sampleRates: [8_000, 12_000, 16_000, 24_000, 48_000])
}
