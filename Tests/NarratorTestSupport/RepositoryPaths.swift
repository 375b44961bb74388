import Foundation

/// Paths inside the checkout, found from this file's location.
public enum RepositoryPaths {
    /// The checkout root (the folder holding Package.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var samples: URL { root.appendingPathComponent("Samples") }
    public static var voices: URL { root.appendingPathComponent("Voices") }

    public static func sample(_ name: String) -> URL { samples.appendingPathComponent(name) }

    /// The built `narrate` (debug build, as `make test` builds it); `NARRATE` overrides.
    public static var narrate: String {
        if let override = ProcessInfo.processInfo.environment["NARRATE"] { return override }
        return root.appendingPathComponent(".build/debug/narrate").path
    }

    /// A fresh empty directory inside this test run's folder under the system temporary
    /// directory; the run's folder is removed when the test process exits.
    public static func temporaryDirectory() throws -> URL {
        let url = runFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// This test process's folder for temporary directories, removed at exit.
    static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("narrator-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        atexit { try? FileManager.default.removeItem(at: RepositoryPaths.runFolder) }
        return url
    }()

    /// Names of the files in a directory, hidden ones included, sorted.
    public static func listing(_ directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }
}
