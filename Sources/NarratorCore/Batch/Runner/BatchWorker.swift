import Foundation
import Narrator

/// A worker process's loop: one request a line on standard input, one result a line on
/// standard output, until standard input ends. Each worker has its own eSpeak NG engine (the
/// engine is not thread-safe; processes are how a batch uses every core).
public enum BatchWorker {
    public static func serve(cache: (any SentenceAudioCache)?) async {
        signal(SIGPIPE, SIG_IGN)
        let fault = ProcessInfo.processInfo.environment["NARRATOR_BATCH_FAULT"].map(Fault.init)
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        while let line = readLine(strippingNewline: true) {
            guard let request = try? decoder.decode(WorkRequest.self, from: Data(line.utf8)) else {
                FileHandle.standardError.write(Data("narrate batch-worker: unreadable request\n".utf8))
                continue
            }
            fault?.strike(request.input)
            let result = await handle(request, cache: cache)
            guard var data = try? encoder.encode(result) else { continue }
            data.append(0x0A)
            FileHandle.standardOutput.write(data)
        }
    }

    static func handle(_ request: WorkRequest, cache: (any SentenceAudioCache)?) async -> WorkResult {
        var report = BatchReport.ItemReport(input: request.input, output: request.output, status: .ok)
        do {
            var options = NarrationOptions(settings: request.settings, output: request.output,
                                           voiceDirectories: request.voiceDirectories)
            options.sentenceCache = cache
            let output: NarrationOutput
            if let page = request.page {
                output = try await ArticleNarrator().narrate(fetched: try PageStore.load(meta: page), options: options)
            } else {
                output = try await ArticleNarrator().narrate(request.input, options: options)
            }
            for piece in output.pieces {
                report.files += [piece.audioPath, piece.timingsPath] + piece.sidecarPaths
                report.pieces.append(BatchReport.Piece(
                    audio: piece.audioPath, durationSeconds: piece.timings.durationSeconds,
                    chapters: piece.sidecarPaths.first { $0.hasSuffix(".chapters.json") },
                    transcript: piece.sidecarPaths.first { $0.hasSuffix(".vtt") && !$0.hasSuffix(".chapters.vtt") }))
            }
            report.title = output.title
            report.published = output.published
            report.durationSeconds = output.timings.durationSeconds
            report.words = output.timings.words
            report.wpm = output.timings.speed.measuredWPM
            report.synthesized = output.synthesized
            report.cached = output.cached
        } catch let error as NarratorError {
            report.status = .failed
            report.error = error.description
        } catch {
            report.status = .failed
            report.error = "internal error: \(error)"
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        report.maxResidentKiB = Int(usage.ru_maxrss)
        return WorkResult(id: request.id, report: report)
    }

    /// Test hooks: NARRATOR_BATCH_FAULT=crash:TEXT or hang:TEXT makes the worker die or hang on
    /// an input whose path contains TEXT (the suite checks retries and timeouts with it).
    struct Fault {
        var kind: Substring
        var text: Substring

        init(_ value: String) {
            let parts = value.split(separator: ":", maxSplits: 1)
            kind = parts.first ?? ""
            text = parts.count > 1 ? parts[1] : "\u{0}"
        }

        func strike(_ input: String) {
            guard input.contains(text) else { return }
            if kind == "crash" { kill(getpid(), SIGKILL) }
            if kind == "hang" { while true { sleep(60) } }
        }
    }
}
