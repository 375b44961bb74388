/// One article of a batch job with every setting that shapes its narration.
public struct BatchItem: Sendable, Equatable, Codable {
    /// The article file (absolute or relative to where the batch runs).
    public var input: String
    /// The output's name inside the output directory, without extension ("politics/vote-count").
    public var output: String
    public var settings: BatchSettings

    public init(input: String, output: String, settings: BatchSettings = BatchSettings()) {
        self.input = input
        self.output = output
        self.settings = settings
    }
}

/// Settings an item, the job file's defaults or the command line can give; unset ones fall
/// through to the next (item, then the job file's defaults, then flags, then built-in).
public struct BatchSettings: Sendable, Equatable, Codable {
    public var voice: String?
    public var speed: String?
    public var lexicon: [String]?
    public var format: String?
    public var sidecars: String?
    public var markers: String?
    public var split: String?
    public var title: String?
    public var artist: String?
    public var date: String?

    public init(voice: String? = nil, speed: String? = nil, lexicon: [String]? = nil, format: String? = nil,
                sidecars: String? = nil, markers: String? = nil, split: String? = nil, title: String? = nil,
                artist: String? = nil, date: String? = nil) {
        self.voice = voice
        self.speed = speed
        self.lexicon = lexicon
        self.format = format
        self.sidecars = sidecars
        self.markers = markers
        self.split = split
        self.title = title
        self.artist = artist
        self.date = date
    }

    /// These settings, with `fallback`'s wherever these are unset.
    public func over(_ fallback: BatchSettings) -> BatchSettings {
        BatchSettings(voice: voice ?? fallback.voice, speed: speed ?? fallback.speed,
                      lexicon: lexicon ?? fallback.lexicon, format: format ?? fallback.format,
                      sidecars: sidecars ?? fallback.sidecars, markers: markers ?? fallback.markers,
                      split: split ?? fallback.split, title: title ?? fallback.title,
                      artist: artist ?? fallback.artist, date: date ?? fallback.date)
    }

    /// Checks every value, so a bad one is reported with its line before anything runs.
    public func validate() throws {
        if let speed { _ = try Speed.parse(speed) }
        if let format, AudioFormat(rawValue: format.lowercased()) == nil {
            throw BatchValueError(message: "format '\(format)' is not one of: "
                                  + AudioFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if let markers, MarkerDetail(rawValue: markers.lowercased()) == nil {
            throw BatchValueError(message: "markers '\(markers)' is not one of: chapters, paragraphs, sentences")
        }
        if let sidecars { _ = try SidecarFormat.parseList(sidecars) }
        if let split { _ = try SplitRule(parsing: split) }
    }
}

/// A setting's value that is not one of its choices.
public struct BatchValueError: NarratorError, Equatable {
    public var message: String
    public var description: String { message }
    public var exitStatus: ExitStatus { .usage }
}

/// Output names stay inside the output directory: relative, no "..", no empty or hidden
/// parts, no control characters.
public enum OutputName {
    public static func check(_ name: String) -> String? {
        if name.isEmpty { return "the output name is empty" }
        if name.hasPrefix("/") { return "the output name '\(name)' is absolute: give a name inside the output directory" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "the output name contains control characters"
        }
        for part in name.split(separator: "/", omittingEmptySubsequences: false) {
            if part == ".." { return "the output name '\(name)' leaves the output directory" }
            if part.isEmpty || part == "." || part.hasPrefix(".") {
                return "the output name '\(name)' has an empty or hidden part"
            }
        }
        return nil
    }

    /// The default name for an input: its file name without extension, as a slug.
    public static func derived(from input: String) -> String {
        let file = input.split(separator: "/").last.map(String.init) ?? input
        let base = file.contains(".") ? String(file[..<file.lastIndex(of: ".")!]) : file
        let slug = Slug.make(base)
        return slug.isEmpty ? "article" : slug
    }
}
