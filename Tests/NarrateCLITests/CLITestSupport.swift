import Foundation
import NarratorTestSupport

/// Runs the built `narrate`.
func narrate(_ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil,
             in directory: URL? = nil) throws -> ProcessResult {
    try ProcessRunner.run(RepositoryPaths.narrate, arguments, stdin: stdin, environment: environment,
                          currentDirectory: directory)
}

/// The chapters ffprobe reads from a file: (start seconds, title).
func ffprobeChapters(_ path: String) throws -> [(start: Double, title: String)] {
    let ffprobe = try ProcessRunner.which("ffprobe") ?? { throw CLITestError("ffprobe is not installed (make test installs ffmpeg)") }()
    let result = try ProcessRunner.run(ffprobe, ["-v", "error", "-show_chapters", "-of", "json", path])
    guard result.status == 0,
          let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
          let chapters = object["chapters"] as? [[String: Any]] else {
        throw CLITestError("ffprobe failed: \(result.stderr)")
    }
    return chapters.map { chapter in
        let start = Double(chapter["start_time"] as? String ?? "") ?? -1
        let title = (chapter["tags"] as? [String: Any])?["title"] as? String ?? ""
        return (start, title)
    }
}

struct CLITestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The timings sidecar as a dictionary.
func timings(_ path: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path + ".timings.json"))
    return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
}
