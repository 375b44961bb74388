import Foundation

/// Measures how fast a voice really speaks at a nominal rate, once, and remembers it.
///
/// eSpeak NG's nominal rate is not its real pace, and the gap depends on the voice and the
/// rate (above 450 eSpeak time-stretches with sonic). Before a narration the calibrator looks up
/// the voice's speed factor (nominal speech time over real speech time) at the rate the
/// narration starts from; when it is not cached it synthesizes a fixed calibration passage
/// once (about 20 ms of work) and caches the figure in a small JSON file. The rate controller
/// starts from that factor and corrects it sentence by sentence from the article itself.
public struct SpeedCalibrator: Sendable {
    /// The cache file; nil keeps nothing between runs.
    public var cacheFile: String?

    public init(cacheFile: String? = SpeedCalibrator.defaultCacheFile()) {
        self.cacheFile = cacheFile
    }

    /// Our own prose, typical of news copy: numbers, names, long and short words.
    static let passage = """
        The council met on Tuesday evening to discuss the new harbour plan, which would cost \
        about twelve million pounds over five years. Several residents asked whether the money \
        could be better spent on the ferry, the school and the roads.
        """

    /// `$NARRATOR_CACHE_DIR`, else `$XDG_CACHE_HOME/narrator`, else `~/.cache/narrator`. As the
    /// XDG Base Directory spec says, a variable that is empty or not an absolute path is ignored
    /// (an empty one would put the cache at the root, a relative one under the working directory).
    public static func defaultCacheFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        func absolute(_ name: String) -> String? {
            guard let value = environment[name], value.hasPrefix("/") else { return nil }
            return value.hasSuffix("/") && value.count > 1 ? String(value.dropLast()) : value
        }
        let directory = absolute("NARRATOR_CACHE_DIR")
            ?? absolute("XDG_CACHE_HOME").map { $0 + "/narrator" }
            ?? absolute("HOME").map { $0 + "/.cache/narrator" }
        return directory.map { $0 + "/speed-calibration.json" }
    }

    /// Speed factors a real voice has (measured eSpeak NG voices: about 0.6 to 1.6).
    static let plausible: ClosedRange<Double> = 0.2...5

    /// The voice's speed factor at `rate`, from the cache or measured now.
    public func factor(for voice: VoiceSettings, rate: Int, synthesizer: any SpeechSynthesizer) async throws -> Double {
        let key = "\(await synthesizer.engineDescription())|\(voice.cacheKey)|\(rate)|spoken-length"
        var cache = readCache()
        // A cached factor outside what any voice measures (a corrupt or hand-edited cache) is
        // measured again rather than trusted: a factor near zero asks for an infinite rate.
        // The passage is spoken even when the factor is cached: eSpeak NG carries state from one
        // utterance into the next (a pitch-flutter phase that runs on across calls), so a
        // narration that followed the passage on a cold cache would otherwise differ, by a few
        // samples, from the same narration on a warm one. Spoken every time, the engine starts
        // every narration of a process from the same point (about 20 ms).
        let samples = try await synthesizer.synthesize(Self.passage, voice: voice, rate: rate)
        if let cached = cache[key], Self.plausible.contains(cached) { return cached }
        let sampleRate = try await synthesizer.sampleRate()
        let speech = SilenceTrimmer.speechRange(samples)
        guard !speech.isEmpty else { return 1 }
        let words = SpokenLength.words(Self.passage)
        let factor = (60 * words / Double(rate)) / (Double(speech.count) / Double(sampleRate))
        cache[key] = factor
        writeCache(cache)
        return factor
    }

    private func readCache() -> [String: Double] {
        guard let cacheFile, let data = FileManager.default.contents(atPath: cacheFile),
              let object = try? JSONDecoder().decode([String: Double].self, from: data) else { return [:] }
        return object
    }

    /// Best effort: a cache that cannot be written only costs a re-measurement next time.
    private func writeCache(_ cache: [String: Double]) {
        guard let cacheFile, let data = try? JSONEncoder().encode(cache) else { return }
        let directory = (cacheFile as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try? OutputFile.write(data, to: cacheFile)
    }
}
