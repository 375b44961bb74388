extension AudioFormat {
    /// MP3 (variable bit rate), chapters as ID3v2 `CHAP` frames.
    public static let mp3 = AudioFormat(
        name: "mp3", extensions: ["mp3"], mimeType: "audio/mpeg", cueSheetType: "MP3", help: "mp3",
        encoding: .libsndfile(.mp3, compression: 0.6), chapters: .id3v2, sampleRates: nil)
}
