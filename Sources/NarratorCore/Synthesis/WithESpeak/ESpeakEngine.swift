import CESpeakNG
import Foundation
import NarratorCore

/// The process's one eSpeak NG engine, in synchronous mode.
///
/// eSpeak NG keeps all its state in globals and is neither thread-safe nor re-entrant, so this
/// actor is its only owner: every call into the library goes through it, one at a time.
/// Parallelism means worker processes, each with its own engine.
public actor ESpeakEngine: SpeechSynthesizer {
    public static let shared = ESpeakEngine()

    /// eSpeak NG accepts nominal rates from 80 to 900 words per minute; 450 exactly switches on
    /// its sonic speed-up mid-sentence and buzzes, so it is never asked for.
    public static let rates = RateLimits(range: 80...900, avoided: [450])
    public nonisolated var rateLimits: RateLimits { Self.rates }

    private var rate: Int?
    private var appliedVoice: VoiceSettings?
    private var appliedRate: Int?
    private var resolvedNames: [String: String] = [:]
    private var voiceList: [Bool: [EngineVoice]] = [:]

    private init() {}

    public func sampleRate() throws -> Int { try start() }

    /// Starts the engine and builds eSpeak NG's voice index (it reads every voice file once),
    /// so that both can happen while the caller reads the article.
    public func prepare() throws {
        _ = try start()
    }

    /// Starts the engine on first use. Failure (e.g. missing data) is an error, never exit(1).
    private func start() throws -> Int {
        if let rate { return rate }
        espeak_ng_InitializePath(nil)
        var context: espeak_ng_ERROR_CONTEXT?
        let status = espeak_ng_Initialize(&context)
        defer { espeak_ng_ClearErrorContext(&context) }
        guard status == ENS_OK else {
            let path = ProcessInfo.processInfo.environment["ESPEAK_DATA_PATH"].map { " (ESPEAK_DATA_PATH=\($0))" } ?? ""
            throw SynthesisError("eSpeak NG could not start: \(Self.message(status))\(path); install espeak-ng-data or fix ESPEAK_DATA_PATH",
                                 status: .config)
        }
        // 1.51 opens an audio device here even in synchronous mode (unused: samples come back
        // through the callback); what that prints is noise.
        let output = QuietStandardError.run { espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nil) }
        guard output == ENS_OK else {
            throw SynthesisError("eSpeak NG could not start its output: \(Self.message(output))", status: .config)
        }
        espeak_SetSynthCallback(collectSamples)
        // List the voices exactly once, before any voice is set: every espeak_ListVoices call
        // frees the previous list, which the current voice selection points into (1.51).
        voiceList[false] = Self.listed(espeak_ListVoices(nil))
        let sampleRate = Int(espeak_ng_GetSampleRate())
        rate = sampleRate
        return sampleRate
    }

    public func hasVoice(_ name: String) throws -> Bool {
        try engineName(for: name) != nil
    }

    /// The name `espeak_SetVoiceByName` accepts for a user's voice name, or nil if there is none.
    ///
    /// `espeak_SetVoiceByName` finds voices by file name only ("en-us" works, "en-gb" does not:
    /// its file is "gmw/en"), so a language or voice name is looked up in the voice list and
    /// turned into the file identifier, with the variant appended: "en-gb+f3" -> "gmw/en+f3".
    /// MBROLA voices are skipped (they need MBROLA installed); unknown variants are refused.
    /// eSpeak itself only ever sees names from its own list: after a failed
    /// `espeak_SetVoiceByName`, later synthesis misbehaved here.
    func engineName(for name: String) throws -> String? {
        if let cached = resolvedNames[name] { return cached }
        let parts = name.split(separator: "+", maxSplits: 1).map { String($0).lowercased() }
        guard let base = parts.first, !base.isEmpty else { return nil }
        if parts.count == 2 {
            guard try variantExists(parts[1]) else { return nil }
        }
        let candidates = try voices().filter { !$0.identifier.hasPrefix("mb/") }
        let match = candidates.first { $0.languages.first?.lowercased() == base }
            ?? candidates.first { $0.identifier.lowercased().split(separator: "/").last.map(String.init) == base }
            ?? candidates.first { $0.displayName.lowercased() == base }
            ?? candidates.first { $0.languages.contains { $0.lowercased() == base } }
        guard let match else { return nil }
        let resolved = match.identifier + (parts.count == 2 ? "+" + parts[1] : "")
        resolvedNames[name] = resolved
        return resolved
    }

    public func synthesize(_ text: String, voice: VoiceSettings, rate wpm: Int) throws -> [Int16] {
        try synthesize(ssml: SSML.body(text, lexicon: Lexicon()), voice: voice, rate: wpm)
    }

    public func synthesize(ssml body: String, voice: VoiceSettings, rate wpm: Int) throws -> [Int16] {
        _ = try start()
        try apply(voice, rate: wpm)
        let ssml = SSML.document(body)
        // Keep the buffer's capacity between sentences: fresh large buffers cost page faults.
        collected.removeAll(keepingCapacity: true)
        sentenceEvents = 0
        // espeakPHONEMES makes <phoneme> work (eSpeak turns it into [[...]] input, as its own
        // command line does); SSML.escape breaks up any "[[" in article text, so text cannot.
        let flags = UInt32(espeakCHARS_UTF8) | UInt32(espeakSSML) | UInt32(espeakPHONEMES)
        // On the large-stack thread: see ESpeakThread.
        let result = ESpeakThread.shared.run {
            ssml.withCString { pointer in
                espeak_Synth(pointer, strlen(pointer) + 1, 0, POS_CHARACTER, 0, flags, nil, nil)
            }
        }
        guard result == EE_OK else {
            throw SynthesisError("eSpeak NG failed to synthesize a sentence (error \(result.rawValue))")
        }
        return collected
    }

    /// Sets voice and prosody only when they change (changing voice needlessly leaks in 1.51).
    private func apply(_ voice: VoiceSettings, rate wpm: Int) throws {
        if appliedVoice != voice {
            guard let name = try engineName(for: voice.espeakName),
                  name.withCString({ espeak_SetVoiceByName($0) }) == EE_OK else {
                throw SynthesisError("eSpeak NG has no voice '\(voice.espeakName)'", status: .usage)
            }
            espeak_SetParameter(espeakPITCH, Int32(voice.pitch ?? 50), 0)
            espeak_SetParameter(espeakRANGE, Int32(voice.pitchRange ?? 50), 0)
            espeak_SetParameter(espeakWORDGAP, Int32(voice.wordGap ?? 0), 0)
            appliedVoice = voice
            appliedRate = nil
        }
        if appliedRate != wpm {
            espeak_SetParameter(espeakRATE, Int32(wpm), 0)
            appliedRate = wpm
        }
    }

    /// Whether a variant file exists (`voices/!v/NAME` in the data directory), else the listing.
    private func variantExists(_ variant: String) throws -> Bool {
        _ = try start()
        var dataPath: UnsafePointer<CChar>?
        _ = espeak_Info(&dataPath)
        if let dataPath, !variant.contains("/") {
            let file = String(cString: dataPath) + "/voices/!v/" + variant
            if FileManager.default.fileExists(atPath: file) { return true }
        }
        return try voices(variants: true).contains { $0.name.lowercased() == variant }
    }

    /// How many sentences eSpeak NG makes of `text` (its sentence events), speaking it in `voice`.
    public func sentenceCount(_ text: String, voice: VoiceSettings) throws -> Int {
        _ = try synthesize(text, voice: voice, rate: Self.rates.usable(450))  // fast, below the sonic switch
        return max(sentenceEvents, 1)
    }

    public func engineDescription() -> String {
        Self.libraryDescription
    }

    /// "eSpeak NG 1.51", read from the library without starting the engine.
    public static var libraryDescription: String {
        "eSpeak NG " + String(cString: espeak_Info(nil))
    }

    /// Every voice eSpeak NG offers (languages), or its variants (`+f3` and so on).
    public func voices(variants: Bool = false) throws -> [EngineVoice] {
        _ = try start()
        if let cached = voiceList[variants] { return cached }
        let voices = try variantFiles()
        voiceList[true] = voices
        return voices
    }

    /// The voices in a list from `espeak_ListVoices`, copied out of eSpeak's static storage.
    private static func listed(_ list: UnsafeMutablePointer<UnsafePointer<espeak_VOICE>?>?) -> [EngineVoice] {
        var voices: [EngineVoice] = []
        var index = 0
        while let entry = list?[index] {
            let voice = entry.pointee
            let identifier = voice.identifier.map { String(cString: $0) } ?? ""
            var languages: [String] = []
            if var cursor = voice.languages {
                while cursor.pointee != 0 {
                    cursor += 1  // priority byte
                    let language = String(cString: cursor)
                    languages.append(language)
                    cursor += strlen(cursor) + 1
                }
            }
            let gender = voice.gender == 1 ? "male" : voice.gender == 2 ? "female" : nil
            voices.append(EngineVoice(name: languages.first ?? identifier,
                                      displayName: voice.name.map { String(cString: $0) } ?? identifier,
                                      languages: languages, gender: gender, identifier: identifier))
            index += 1
        }
        return voices
    }

    /// The variant files in `voices/!v` of the data directory, as `espeak-ng --voices=variant`
    /// lists them. (Read from the directory: asking `espeak_ListVoices` for variants with a
    /// voice spec corrupted memory in 1.51 here.)
    private func variantFiles() throws -> [EngineVoice] {
        var dataPath: UnsafePointer<CChar>?
        _ = espeak_Info(&dataPath)
        guard let dataPath else { return [] }
        let directory = String(cString: dataPath) + "/voices/!v"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.sorted { $0.lowercased() < $1.lowercased() }.map { name in
            var displayName = name
            var gender: String?
            let text = (try? String(contentsOfFile: directory + "/" + name, encoding: .isoLatin1)) ?? ""
            for line in text.split(whereSeparator: \.isNewline) {
                let words = line.split(separator: " ", omittingEmptySubsequences: true)
                if words.first == "name", words.count > 1 { displayName = words.dropFirst().joined(separator: " ") }
                if words.first == "gender", words.count > 1 { gender = String(words[1]) }
            }
            return EngineVoice(name: name, displayName: displayName, languages: [], gender: gender,
                               identifier: "!v/" + name)
        }
    }

    private static func message(_ status: espeak_ng_STATUS) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        espeak_ng_GetStatusCodeMessage(status, &buffer, buffer.count)
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}

/// A voice or variant as eSpeak NG lists it.
public struct EngineVoice: Sendable, Equatable {
    /// The name to pass to `--voice`: a language ("en-gb") or a variant ("f3").
    public var name: String
    public var displayName: String
    public var languages: [String]
    public var gender: String?
    public var identifier: String
}

/// Samples from the synthesis callback. Only `ESpeakEngine` calls `espeak_Synth`, synchronously
/// and one call at a time, so the callback and the actor never touch this concurrently.
nonisolated(unsafe) private var collected: [Int16] = []

private func collectSamples(_ wav: UnsafeMutablePointer<Int16>?, _ count: Int32,
                            _ events: UnsafeMutablePointer<espeak_EVENT>?) -> Int32 {
    if let wav, count > 0 {
        collected.append(contentsOf: UnsafeBufferPointer(start: wav, count: Int(count)))
    }
    var event = events
    while let current = event, current.pointee.type != espeakEVENT_LIST_TERMINATED {
        if current.pointee.type == espeakEVENT_SENTENCE { sentenceEvents += 1 }
        event = current + 1
    }
    return 0
}

/// Sentence events seen by the callback since `synthesize` began (same ownership as `collected`).
nonisolated(unsafe) private var sentenceEvents = 0
