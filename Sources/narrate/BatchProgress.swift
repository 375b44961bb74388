import Foundation
import Narrator
import NarratorBatch

/// Shows a batch's progress: a live bar on a terminal (items done and failed, audio minutes,
/// throughput, ETA), one plain line per item otherwise, JSON lines with --json, nothing with -q.
final class BatchProgress: @unchecked Sendable {
    // @unchecked: all state is touched under `lock`.
    enum Mode { case bar, lines, json, quiet }

    let mode: Mode
    let jobs: Int
    private let lock = NSLock()
    private let began = Date()
    private var total = 0, toDo = 0, done = 0, failed = 0, skipped = 0
    private var audioSeconds = 0.0
    private var workSeconds = 0.0, worked = 0

    init(mode: Mode, jobs: Int) {
        self.mode = mode
        self.jobs = jobs
    }

    func handle(_ event: BatchEvent) {
        lock.withLock {
            switch event {
            case .planned(let total, let toDo, let skipped, let swept):
                self.total = total
                self.toDo = toDo
                emit(json: ["event": "planned", "items": total, "toDo": toDo, "skipped": skipped, "staleFilesRemoved": swept],
                     line: "\(total) items: \(toDo) to narrate, \(skipped) up to date"
                        + (swept > 0 ? ", \(swept) stale temporary files removed" : ""))
            case .fetching(let addresses):
                emit(json: ["event": "fetching", "addresses": addresses], line: "fetching \(addresses) web addresses")
            case .started(let input):
                if mode == .json { emit(json: ["event": "started", "input": input], line: "") }
            case .finished(let item):
                switch item.status {
                case .ok: done += 1
                case .skipped: skipped += 1
                case .failed: failed += 1
                case .interrupted: break
                }
                if item.status == .ok {
                    audioSeconds += item.durationSeconds ?? 0
                    workSeconds += item.seconds ?? 0
                    worked += 1
                }
                if item.status == .skipped { return }
                var object: [String: Any] = ["event": "finished", "input": item.input, "output": item.output,
                                             "status": item.status.rawValue]
                if let seconds = item.durationSeconds { object["durationSeconds"] = seconds }
                if let wpm = item.wpm { object["wpm"] = wpm }
                if let error = item.error { object["error"] = error }
                let line: String
                switch item.status {
                case .ok:
                    line = "ok      \(item.files.first ?? item.output)  \(String(format: "%.1f", item.durationSeconds ?? 0)) s, \(item.wpm.map { String(format: "%.0f", $0) } ?? "-") WPM"
                        + (item.cached.map { $0 > 0 ? ", \($0) sentences cached" : "" } ?? "")
                case .failed: line = "failed  \(item.error ?? item.input)"
                default: line = "stopped \(item.input)"
                }
                emit(json: object, line: line)
            }
        }
    }

    /// The closing summary, on standard error (and the last JSON event).
    func finish(_ report: BatchReport, directory: String) {
        lock.withLock {
            if mode == .bar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            let summary = report.summary
            let elapsed = Date().timeIntervalSince(began)
            let text = "\(summary.items) items: \(summary.ok) narrated, \(summary.skipped) up to date, \(summary.failed) failed"
                + (summary.interrupted > 0 ? ", \(summary.interrupted) not done" : "")
                + String(format: "; %.1f min of audio in %.1f s; report: ", audioSeconds / 60, elapsed)
                + (directory as NSString).appendingPathComponent("report.json")
            switch mode {
            case .json:
                emit(json: ["event": "summary", "items": summary.items, "ok": summary.ok, "skipped": summary.skipped,
                            "failed": summary.failed, "interrupted": summary.interrupted, "seconds": elapsed], line: "")
            case .quiet:
                if summary.failed > 0 { Failure.report(text) }
            default:
                FileHandle.standardError.write(Data((text + "\n").utf8))
            }
        }
    }

    private func emit(json object: [String: Any], line: String) {
        switch mode {
        case .json:
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
                StandardOutput.write(data + Data("\n".utf8))
            }
        case .lines:
            if !line.isEmpty { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        case .bar:
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + bar()).utf8))
        case .quiet:
            break
        }
    }

    /// "[#######.............] 12/40 · 1 failed · 3.4 audio min · 0.8 items/s · ETA 0:35"
    private func bar() -> String {
        let finished = done + failed
        let width = 24
        let filled = toDo > 0 ? width * finished / toDo : width
        let elapsed = Date().timeIntervalSince(began)
        let rate = elapsed > 0 ? Double(finished) / elapsed : 0
        let remaining = toDo - finished
        let eta = rate > 0 ? Int(Double(remaining) / rate) : 0
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + "\(finished)/\(toDo)" + (failed > 0 ? " · \(failed) failed" : "")
            + String(format: " · %.1f audio min · %.2f items/s", audioSeconds / 60, rate)
            + " · ETA \(eta / 60):\(String(format: "%02d", eta % 60))"
    }
}
