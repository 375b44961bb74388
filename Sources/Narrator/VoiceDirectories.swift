import Foundation

/// Where voice presets are looked for, first match winning on a name clash.
///
/// 1. directories given with `--voices DIR`;
/// 2. `$NARRATOR_VOICES` (colon-separated);
/// 3. `Voices/` installed beside the binary: `<prefix>/share/narrator/Voices` for
///    `<prefix>/bin/narrate`;
/// 4. the source checkout's `Voices/` when running from `.build/<config>/narrate`;
/// 5. `./Voices` in the current directory.
public enum VoiceDirectories {
    public static let environmentVariable = "NARRATOR_VOICES"

    public static func search(extra: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String? = VoiceDirectories.executablePath()) -> [String] {
        var directories = extra
        if let value = environment[environmentVariable] {
            directories += value.split(separator: ":").map(String.init)
        }
        if let executable {
            let binDirectory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
            directories.append(binDirectory.deletingLastPathComponent().appendingPathComponent("share/narrator/Voices").path)
            // .build/<triple>/<config>/narrate -> checkout root
            var candidate = binDirectory
            for _ in 0..<4 {
                candidate = candidate.deletingLastPathComponent()
                let voices = candidate.appendingPathComponent("Voices")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("Package.swift").path) {
                    directories.append(voices.path)
                    break
                }
            }
        }
        directories.append(FileManager.default.currentDirectoryPath + "/Voices")
        var seen = Set<String>()
        return directories.filter { seen.insert($0).inserted }
    }

    /// The running binary's path: the kernel's `/proc/self/exe`, else the command's own name
    /// (looked up on PATH when it has no slash).
    /// (Foundation's `Bundle.main` traps when the binary's folder cannot be read, as when a
    /// user runs a binary built under a folder only root may enter.)
    public static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 { return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        guard let name = LaunchArguments.all.first, !name.isEmpty else { return nil }
        if name.contains("/") { return name }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }
}
