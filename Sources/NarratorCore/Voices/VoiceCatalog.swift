import Foundation

/// The voice presets on offer, read from preset directories, and the choice of one.
public struct VoiceCatalog: Sendable {
    public static let fileExtension = "voice"
    /// Used when `--voice auto` finds no preset for the article's language.
    public static let defaultPreset = "us-female"

    public private(set) var presets: [VoicePreset]

    /// The folders `load` looked in, and those of them that exist but could not be read.
    public private(set) var searched: [String] = []
    public private(set) var unreadable: [String] = []

    public init(presets: [VoicePreset]) { self.presets = presets }

    /// When no preset was found: where they were looked for, for errors and warnings (a copied
    /// binary or an unreadable install would otherwise just say "unknown voice").
    public var noPresetsNote: String? {
        guard presets.isEmpty else { return nil }
        let unreadableNote = unreadable.isEmpty ? "" : "; cannot read \(unreadable.joined(separator: ", "))"
        return "no voice presets were found (looked in \(searched.joined(separator: ", "))\(unreadableNote);"
            + " --voices DIR or $NARRATOR_VOICES adds a folder)"
    }

    /// Reads every `*.voice` file in the directories, earlier directories winning on a name clash.
    public static func load(directories: [String]) throws -> VoiceCatalog {
        var byName: [String: VoicePreset] = [:]
        var order: [String] = []
        var unreadable: [String] = []
        for directory in directories {
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
                if FileManager.default.fileExists(atPath: directory) { unreadable.append(directory) }
                continue
            }
            for entry in entries.sorted() where entry.hasSuffix(".\(fileExtension)") {
                let name = String(entry.dropLast(fileExtension.count + 1))
                guard byName[name] == nil else { continue }
                let path = (directory as NSString).appendingPathComponent(entry)
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw VoiceError(.malformedPreset(file: path, line: nil, message: "cannot read the file"))
                }
                byName[name] = try VoicePresetParser.parse(TextDecoding.decode([UInt8](data)), name: name, file: path)
                order.append(name)
            }
        }
        var catalog = VoiceCatalog(presets: order.map { byName[$0]! })
        catalog.searched = directories
        catalog.unreadable = unreadable
        return catalog
    }

    public func preset(named name: String) -> VoicePreset? {
        presets.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The preset for a language: exact tag first, then the same primary language, else nil.
    public func preset(forLanguage language: String) -> VoicePreset? {
        let wanted = language.lowercased().replacingOccurrences(of: "_", with: "-")
        if let exact = presets.first(where: { $0.language.lowercased() == wanted }) { return exact }
        let primary = wanted.split(separator: "-").first.map(String.init) ?? wanted
        let aliases: [String: String] = ["zh": "cmn", "zh-hk": "yue", "zh-yue": "yue"]
        if let alias = aliases[wanted] ?? aliases[primary],
           let preset = presets.first(where: { $0.language.lowercased() == alias }) { return preset }
        // Same language, other region: the default preset if it fits, else the first that does.
        let samePrimary = presets.filter { $0.language.lowercased().split(separator: "-").first.map(String.init) == primary }
        return samePrimary.first { $0.name == Self.defaultPreset } ?? samePrimary.first
    }
}
