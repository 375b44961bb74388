import ArgumentParser
import Foundation
import Narrator
import NarratorESpeak

/// `narrate segment`: the sentences of a text, one per line or as JSON lines.
struct Segment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split text into sentences: one per line (newlines inside a sentence become spaces) or JSON lines."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case lines, jsonl }

    @Argument(help: "A text file, or - (the default) for standard input.")
    var input = "-"

    @Option(help: "lines or jsonl (one JSON string per sentence).")
    var format: Format = .lines

    @Flag(help: "Segment the text five times and print to standard error the median time and throughput; with --spoken, the same for making the spoken forms.")
    var time = false

    @Flag(help: "Print each sentence's spoken form (what the eSpeak NG voice of --spoken-voice is given, before the lexicon) instead of its text.")
    var spoken = false

    @Option(name: .customLong("spoken-voice"), help: "The eSpeak NG voice whose spoken form --spoken prints: an English one (en-us, the default) gets English words for figures and signs, a German, French, Spanish, Italian or Portuguese one (de, fr, es, it, pt-br) that language's abbreviations, ordinals, times and amounts in words, others the text with only abbreviation periods dropped.")
    var spokenVoice = "en-us"

    @Flag(name: .customLong("check-speech"), help: "Also speak every sentence with eSpeak NG (en-us) and report, on standard error, how many it reads as more than one sentence, before and after speech normalisation.")
    var checkSpeech = false

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        _ = global.bootstrapLogging()
        let format = self.format
        let time = self.time
        let checkSpeech = self.checkSpeech
        let spoken = self.spoken
        let spokenVoice = self.spokenVoice
        do {
            let bytes = try InputDocument.readBytes(input)
            let text = TextDecoding.decode(bytes)
            var sentences: [String] = []
            var seconds: [Double] = []
            for _ in 0..<(time ? 5 : 1) {
                let started = DispatchTime.now().uptimeNanoseconds
                sentences = SentenceSegmenter().sentences(in: text)
                seconds.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
            }
            if time {
                let median = seconds.sorted()[seconds.count / 2]
                let megabytes = Double(bytes.count) / 1_000_000
                FileHandle.standardError.write(Data(String(
                    format: "segmented %.2f MB into %d sentences in %.4f s (median of 5 runs): %.1f MB/s\n",
                    megabytes, sentences.count, median, megabytes / median).utf8))
            }
            let normalizer = SpeechNormalizer(voice: spokenVoice)
            var lines = sentences
            if spoken {
                seconds = []
                for _ in 0..<(time ? 5 : 1) {
                    let started = DispatchTime.now().uptimeNanoseconds
                    lines = sentences.map(normalizer.spoken)
                    seconds.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
                }
                if time {
                    let median = seconds.sorted()[seconds.count / 2]
                    FileHandle.standardError.write(Data(String(
                        format: "spoken forms of %d sentences in %.4f s (median of 5 runs): %.0f sentences/s\n",
                        sentences.count, median, Double(sentences.count) / median).utf8))
                }
            }
            var out = ""
            for line in lines {
                out += format == .jsonl ? ArticleJSON.string(line) : line
                out += "\n"
            }
            StandardOutput.write(Array(out.utf8))
            if checkSpeech {
                let report = try await SpeechIntegrity.measure(sentences)
                FileHandle.standardError.write(Data(report.description.utf8))
            }
        } catch {
            throw Failure.exit(error)
        }
    }
}

/// How many of our sentences eSpeak NG speaks as exactly one sentence.
struct SpeechIntegrity: CustomStringConvertible {
    var sentences = 0
    var wholeAsWritten = 0
    var wholeAsSpoken = 0

    static func measure(_ sentences: [String]) async throws -> SpeechIntegrity {
        let engine = ESpeakEngine.shared
        let voice = VoiceSettings(espeakName: "en-us")
        let normalizer = SpeechNormalizer()
        var report = SpeechIntegrity()
        for sentence in sentences where sentence.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
            report.sentences += 1
            if try await engine.sentenceCount(sentence, voice: voice) == 1 { report.wholeAsWritten += 1 }
            var whole = true
            for part in normalizer.spokenParts(sentence) where try await engine.sentenceCount(part, voice: voice) != 1 { whole = false }
            if whole { report.wholeAsSpoken += 1 }
        }
        return report
    }

    var description: String {
        func share(_ count: Int) -> String { String(format: "%.2f%%", sentences > 0 ? Double(count) * 100 / Double(sentences) : 0) }
        return "sentences spoken by eSpeak NG as one sentence: \(share(wholeAsWritten)) as written, "
            + "\(share(wholeAsSpoken)) after normalisation (\(sentences) sentences)\n"
    }
}
