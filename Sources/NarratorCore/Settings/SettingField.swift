/// The settings by the name a user writes them with: a flag is `--name`, a job file's key is
/// `name`, an HTTP request's field is `name`.
public enum SettingField: String, Sendable, CaseIterable, CodingKey {
    case voice, speed, format, sidecars, markers, split, lexicon, announce
    case sentencePause = "pause-sentence", paragraphPause = "pause-paragraph", chapterPause = "pause-chapter"
    case maxInputMB = "max-input-mb", maxMinutes = "max-minutes"
    case title, artist, date

    /// Given as a list in a job file or request (a lexicon per file; sidecars joined by commas).
    public var takesList: Bool { self == .lexicon || self == .sidecars }

    /// A JSON number is its text ("speed": 2, "pause-chapter": 1.5).
    public var takesNumber: Bool {
        [.speed, .split, .sentencePause, .paragraphPause, .chapterPause, .maxInputMB, .maxMinutes].contains(self)
    }
}

extension NarrationSettings {
    /// Sets `field` from its text: the one parser of every setting. A lexicon's text is one file.
    public mutating func set(_ field: SettingField, to text: String) throws {
        switch field {
        case .voice: voice = text
        case .speed: speed = try Speed.parse(text)
        case .format: format = try SettingChoiceError.choose(text, field: field)
        case .markers: markers = try SettingChoiceError.choose(text, field: field)
        case .sidecars: sidecars = try SidecarFormat.parseList(text)
        case .split: split = try SplitRule(parsing: text)
        case .lexicon: lexicon = (lexicon ?? []) + [text]
        case .announce: announce = try Announcement.parseList(text)
        case .sentencePause: sentencePause = try Self.pause(text, field: field)
        case .paragraphPause: paragraphPause = try Self.pause(text, field: field)
        case .chapterPause: chapterPause = try Self.pause(text, field: field)
        case .maxInputMB:
            let megabytes = try Self.number(text, field: field, in: 0...4096, hint: "give a positive number")
            guard megabytes > 0 else { throw SettingRangeError(field: field, value: text, hint: "give a positive number") }
            maxInputBytes = Int(megabytes * 1_048_576)
        case .maxMinutes:
            let minutes = try Self.number(text, field: field, in: 0...Double.greatestFiniteMagnitude, hint: "give a positive number")
            guard minutes > 0 else { throw SettingRangeError(field: field, value: text, hint: "give a positive number") }
            maxAudioSeconds = minutes * 60
        case .title: title = text
        case .artist: artist = text
        case .date: date = text
        }
    }

    /// The field's value as text `set(_:to:)` reads back to the same value (nil when unset).
    /// Lexicons are a list: see `lexicon`.
    public func spelling(of field: SettingField) -> String? {
        func number(_ value: Double?) -> String? { value.map { String($0) } }
        switch field {
        case .voice: return voice
        case .speed: return speed.map { "\($0.multiplier)x" }
        case .format: return format?.name
        case .markers: return markers?.rawValue
        case .sidecars: return sidecars.map { $0.map(\.rawValue).joined(separator: ",") }
        case .split:
            switch split {
            case .chapters: return "chapters"
            case .minutes(let minutes): return String(minutes)
            case nil: return nil
            }
        case .lexicon: return nil
        case .announce: return announce.map { $0.map(\.rawValue).sorted().joined(separator: ",") }
        case .sentencePause: return number(sentencePause)
        case .paragraphPause: return number(paragraphPause)
        case .chapterPause: return number(chapterPause)
        case .maxInputMB: return maxInputBytes.map { String(Double($0) / 1_048_576) }
        case .maxMinutes: return number(maxAudioSeconds.map { $0 / 60 })
        case .title: return title
        case .artist: return artist
        case .date: return date
        }
    }

    static func pause(_ text: String, field: SettingField) throws -> Double {
        try number(text, field: field, in: 0...PauseSettings.maximum, hint: "give seconds from 0 to \(PauseSettings.maximum)")
    }

    static func number(_ text: String, field: SettingField, in range: ClosedRange<Double>, hint: String) throws -> Double {
        guard let value = Double(text), value.isFinite, range.contains(value) else {
            throw SettingRangeError(field: field, value: text, hint: hint)
        }
        return value
    }
}

/// Settings travel as JSON objects keyed by field name, each value in its text spelling (a
/// lexicon as a list), and are read back through the one parser.
extension NarrationSettings: Codable {
    public init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: SettingField.self)
        for field in container.allKeys {
            if field == .lexicon {
                lexicon = try container.decode([String].self, forKey: field)
                continue
            }
            try set(field, to: try container.decode(String.self, forKey: field))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: SettingField.self)
        for field in SettingField.allCases {
            if field == .lexicon {
                if let lexicon { try container.encode(lexicon, forKey: field) }
            } else if let text = spelling(of: field) {
                try container.encode(text, forKey: field)
            }
        }
    }
}

/// A setting's value that is not one of its choices ("format 'aiff' is not one of: wav, ...").
public struct SettingChoiceError: NarratorError, Equatable {
    public var field: String
    public var value: String
    public var choices: [String]
    public var description: String { "\(field) '\(value)' is not one of: \(choices.joined(separator: ", "))" }
    public var exitStatus: ExitStatus { .usage }

    static func choose<Choice: RawRepresentable & CaseIterable>(_ text: String, field: SettingField) throws -> Choice
    where Choice.RawValue == String {
        guard let choice = Choice(rawValue: text.lowercased()) else {
            throw SettingChoiceError(field: field.rawValue, value: text, choices: Choice.allCases.map(\.rawValue))
        }
        return choice
    }
}

/// A number out of its range ("--pause-chapter 99.0 is out of range: give seconds from 0 to 10.0").
public struct SettingRangeError: NarratorError, Equatable {
    public var field: SettingField
    public var value: String
    public var hint: String
    public var description: String { "--\(field.rawValue) \(value) is out of range: \(hint)" }
    public var exitStatus: ExitStatus { .usage }
}
