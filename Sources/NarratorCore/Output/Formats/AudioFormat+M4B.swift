extension AudioFormat {
    /// M4B audiobook (AAC in MP4, made by ffmpeg), with MP4 chapters.
    public static let m4b = AudioFormat(
        name: "m4b", extensions: ["m4b", "m4a"], mimeType: "audio/mp4", cueSheetType: "WAVE", help: "m4b (needs ffmpeg)",
        encoding: .ffmpegMP4, chapters: .mp4, sampleRates: nil)
}
