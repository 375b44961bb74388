import Foundation
import NarratorCore

/// M4B (AAC in MP4, the audiobook container) through the `ffmpeg` program, which must be on
/// PATH: the WAV and an FFmpeg metadata file with the chapters go in, chapters and tags come
/// out as MP4 chapters. A missing ffmpeg is a clear error (exit status 69), not a crash.
enum M4BEncoder {
    static func encode(wav: String, to path: String, tags: AudioTags, timings: Timings, staging: OutputStaging) throws {
        guard let ffmpeg = findOnPath("ffmpeg") else {
            throw OutputError(path: path, problem: .missingTool("ffmpeg", purpose: "M4B output"))
        }
        let metadata = OutputFile.temporaryPath(for: path, suffix: "ffmetadata.tmp")
        let encoded = OutputFile.temporaryPath(for: path, suffix: "m4b.tmp")
        var staged = false
        defer {
            TemporaryFiles.remove(metadata)
            if !staged { TemporaryFiles.remove(encoded) }
        }
        guard FileManager.default.createFile(atPath: metadata, contents: Data(SidecarFormat.ffmetadata(timings, tags: tags).utf8)) else {
            throw OutputError(path: path, problem: .cannotWrite(OutputFile.describeFailure(at: metadata)))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ffmpeg)
        process.arguments = ["-nostdin", "-v", "error", "-y", "-i", wav, "-f", "ffmetadata", "-i", metadata,
                             "-map", "0:a", "-map_metadata", "1", "-map_chapters", "1",
                             "-c:a", "aac", "-b:a", "64k", "-f", "ipod", encoded]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw OutputError(path: path, problem: .cannotWrite("cannot start ffmpeg: \(error.localizedDescription)"))
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let line = String(decoding: message, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? "failed"
            throw OutputError(path: path, problem: .cannotWrite("ffmpeg: \(line)"))
        }
        staged = true
        try staging.add(encoded, as: path)
        TemporaryFiles.remove(wav)
    }

    static func findOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
