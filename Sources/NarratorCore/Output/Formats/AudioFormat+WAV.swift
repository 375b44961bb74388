extension AudioFormat {
    /// 16-bit PCM WAV, chapters as `cue ` points with `labl`/`ltxt` labels.
    public static let wav = AudioFormat(
        name: "wav", extensions: ["wav", "wave"], mimeType: "audio/wav", cueSheetType: "WAVE", help: "wav",
        encoding: .pcmWAV, chapters: .riffCue, sampleRates: nil)
}
