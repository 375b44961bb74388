/// Reads a voice preset file.
///
/// The format is a flat list of `key = value` lines (a subset of TOML): `#` starts a comment,
/// strings are in double quotes, numbers are bare. Keys:
///
/// | key | value | required |
/// |---|---|---|
/// | `name` | display name, e.g. "US English (female)" | yes |
/// | `language` | BCP 47 tag, e.g. "en-US", "cmn", "yue" | yes |
/// | `espeak` | eSpeak NG voice, e.g. "en-us" | yes |
/// | `variant` | eSpeak NG variant, e.g. "f3", "m1" | no |
/// | `gender` | "female", "male" or "neutral" | no |
/// | `pitch` | 0-100 (eSpeak default 50) | no |
/// | `range` | pitch range 0-100 (default 50) | no |
/// | `word_gap` | extra pause between words, 10 ms units, 0-100 | no |
/// | `speed` | default speed, e.g. "1.25x", "average" | no |
public enum VoicePresetParser {
    public static func parse(_ text: String, name: String, file: String) throws -> VoicePreset {
        var values: [String: (value: String, line: Int)] = [:]
        for (offset, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = offset + 1
            let line = stripComment(String(raw)).trimming(" \t")
            if line.isEmpty { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw VoiceError(.malformedPreset(file: file, line: lineNumber, message: "expected 'key = value'"))
            }
            let key = line[..<equals].trimming(" \t")
            let rawValue = line[line.index(after: equals)...].trimming(" \t")
            guard knownKeys.contains(key) else {
                throw VoiceError(.malformedPreset(file: file, line: lineNumber,
                    message: "unknown field '\(key)' (known: \(knownKeys.sorted().joined(separator: ", ")))"))
            }
            guard values[key] == nil else {
                throw VoiceError(.malformedPreset(file: file, line: lineNumber, message: "field '\(key)' given twice"))
            }
            values[key] = (try unquote(rawValue, key: key, file: file, line: lineNumber), lineNumber)
        }
        func required(_ key: String) throws -> String {
            guard let value = values[key]?.value, !value.isEmpty else {
                throw VoiceError(.malformedPreset(file: file, line: nil, message: "missing field '\(key)'"))
            }
            return value
        }
        func number(_ key: String) throws -> Int? {
            guard let (value, line) = values[key] else { return nil }
            guard let number = Int(value), (0...100).contains(number) else {
                throw VoiceError(.malformedPreset(file: file, line: line,
                    message: "field '\(key)' must be a whole number from 0 to 100, not '\(value)'"))
            }
            return number
        }
        var speed: Speed?
        if let (value, line) = values["speed"] {
            do { speed = try Speed.parse(value) } catch let error as SpeedError {
                throw VoiceError(.malformedPreset(file: file, line: line, message: "field 'speed': \(error.description)"))
            }
        }
        return VoicePreset(
            name: name, displayName: try required("name"), language: try required("language"),
            espeakVoice: try required("espeak"), variant: values["variant"]?.value,
            gender: values["gender"]?.value, pitch: try number("pitch"), pitchRange: try number("range"),
            wordGap: try number("word_gap"), defaultSpeed: speed, file: file)
    }

    static let knownKeys: Set<String> = [
        "name", "language", "espeak", "variant", "gender", "pitch", "range", "word_gap", "speed",
    ]

    private static func stripComment(_ line: String) -> String {
        var inString = false
        for (index, char) in zip(line.indices, line) {
            if char == "\"" { inString.toggle() }
            if char == "#" && !inString { return String(line[..<index]) }
        }
        return line
    }

    private static func unquote(_ value: String, key: String, file: String, line: Int) throws -> String {
        if value.hasPrefix("\"") {
            guard value.count >= 2, value.hasSuffix("\"") else {
                throw VoiceError(.malformedPreset(file: file, line: line, message: "field '\(key)': unterminated string"))
            }
            return String(value.dropFirst().dropLast())
        }
        guard !value.isEmpty else {
            throw VoiceError(.malformedPreset(file: file, line: line, message: "field '\(key)' has no value"))
        }
        return value
    }
}
