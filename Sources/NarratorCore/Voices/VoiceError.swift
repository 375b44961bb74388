/// A voice that cannot be used.
public struct VoiceError: NarratorError, Equatable {
    public enum Problem: Sendable, Equatable {
        /// Neither a preset nor an eSpeak NG voice; the preset names on offer, or where none
        /// were found.
        case unknown(String, presets: [String], note: String? = nil)
        case malformedPreset(file: String, line: Int?, message: String)
        case unreadablePresetDirectory(String)
    }

    public var problem: Problem

    public init(_ problem: Problem) { self.problem = problem }

    public var description: String {
        switch problem {
        case .unknown(let name, let presets, let note):
            let offer = presets.isEmpty ? note.map { "; \($0)" } ?? "" : " (presets: \(presets.joined(separator: ", ")))"
            return "unknown voice '\(name)': not a preset or an eSpeak NG voice\(offer); see 'narrate voices'"
        case .malformedPreset(let file, let line, let message):
            return "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
        case .unreadablePresetDirectory(let path):
            return "\(path): cannot read the voice preset directory"
        }
    }

    public var exitStatus: ExitStatus {
        switch problem {
        case .unknown: return .usage
        case .malformedPreset, .unreadablePresetDirectory: return .config
        }
    }
}
