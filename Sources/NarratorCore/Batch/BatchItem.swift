/// One article of a batch job with every setting that shapes its narration.
public struct BatchItem: Sendable, Equatable, Codable {
    /// The article file (absolute or relative to where the batch runs).
    public var input: String
    /// The output's name inside the output directory, without extension ("politics/vote-count").
    public var output: String
    public var settings: NarrationSettings

    public init(input: String, output: String, settings: NarrationSettings = NarrationSettings()) {
        self.input = input
        self.output = output
        self.settings = settings
    }
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

    /// The default name for a web address: its last meaningful path segment, as a slug.
    ///
    /// - Throws: `FetchError` for an address that is not http or https.
    public static func derived(fromAddress address: String) throws -> String {
        WebAddress.outputName(for: try WebAddress.parse(address)) ?? "article"
    }

    /// The default name for an input: its file name without extension, as a slug.
    public static func derived(from input: String) -> String {
        let file = input.split(separator: "/").last.map(String.init) ?? input
        let base = file.contains(".") ? String(file[..<file.lastIndex(of: ".")!]) : file
        let slug = Slug.make(base)
        return slug.isEmpty ? "article" : slug
    }
}
