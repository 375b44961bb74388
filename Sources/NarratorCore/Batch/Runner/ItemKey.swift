import Foundation
import Narrator

/// An item's key: the SHA-256 of its input bytes and of everything else that changes its
/// audio or files: the resolved settings (pauses and limits among them), the lexicon files' contents, the voice
/// presets and shipped lexicon, and the Narrator and eSpeak NG versions. Outputs whose record
/// holds the same key are up to date.
struct ItemKey {
    /// What every item shares: versions, presets, shipped lexicon; computed once per run.
    let common: String

    init(voiceDirectories: [String], engine: String) {
        var hasher = SHA256()
        hasher.update("narrator-item-v2")
        hasher.update(NarratorVersion.string)
        hasher.update(engine)
        for directory in VoiceDirectories.search(extra: voiceDirectories) {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
            for name in names where name.hasSuffix(".voice") || name == "lexicon.txt" {
                let path = (directory as NSString).appendingPathComponent(name)
                hasher.update(path)
                hasher.update(SHA256.hex(ofFile: path) ?? "unreadable")
            }
        }
        common = hasher.hex()
    }

    /// The key of one request, or nil when its input cannot be read.
    func key(for request: WorkRequest) -> String? {
        guard let input = SHA256.hex(ofFile: request.input) else { return nil }
        var hasher = SHA256()
        hasher.update(common)
        hasher.update(input)
        hasher.update((request.output as NSString).lastPathComponent)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        hasher.update((try? encoder.encode(request.settings)) ?? Data())
        for lexicon in request.settings.lexicon ?? [] { hasher.update(SHA256.hex(ofFile: lexicon) ?? "unreadable") }
        return hasher.hex()
    }
}

/// What a finished item left, kept in `<out>/.narrator/items/<output>.json`: its key, its
/// files (relative to the output directory) and what the report and feed show.
struct ItemRecord: Codable, Equatable {
    var key: String
    var report: BatchReport.ItemReport

    static func path(for output: String, in directory: String) -> String {
        (directory as NSString).appendingPathComponent(".narrator/items/\(output).json")
    }

    static func read(output: String, in directory: String) -> ItemRecord? {
        guard let data = FileManager.default.contents(atPath: path(for: output, in: directory)) else { return nil }
        return try? JSONDecoder().decode(ItemRecord.self, from: data)
    }

    func write(in directory: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let path = Self.path(for: report.output, in: directory)
        try OutputFile.prepare(path)
        try OutputFile.write(try encoder.encode(self), to: path)
    }

    /// Whether every file the record lists is still there.
    func filesExist(in directory: String) -> Bool {
        report.files.allSatisfy { FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent($0)) }
    }
}
