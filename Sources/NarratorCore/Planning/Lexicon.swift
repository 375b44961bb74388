/// A pronunciation lexicon users write without recompiling anything.
///
/// One entry per line, `#` starts a comment:
///
///     Nguyen = "Win"        # say it like this respelling (SSML <sub alias>)
///     SCMP   = letters      # spell it out, letter by letter (SSML <say-as characters>)
///     Xi     = [[S'i:]]     # eSpeak NG phonemes (SSML <phoneme alphabet="espeak">)
///
/// Entries match whole words only. A word written all in lower case matches it in any case
/// ("nasa" matches NASA and Nasa); a word with capitals matches exactly that spelling. Later
/// entries replace earlier ones for the same word, so a user's file overrides the shipped one.
public struct Lexicon: Sendable, Equatable {
    public enum Pronunciation: Sendable, Equatable {
        case respelling(String)
        case letters
        case phonemes(String)
    }

    private var exact: [String: Pronunciation] = [:]
    private var anyCase: [String: Pronunciation] = [:]

    public init() {}

    public var isEmpty: Bool { exact.isEmpty && anyCase.isEmpty }

    public mutating func add(_ word: String, _ pronunciation: Pronunciation) {
        if word == word.lowercased() { anyCase[word] = pronunciation } else { exact[word] = pronunciation }
    }

    public func pronunciation(of word: String) -> Pronunciation? {
        exact[word] ?? anyCase[word.lowercased()]
    }

    /// Adds the entries of a lexicon file's text.
    public mutating func read(_ text: String, file: String) throws {
        for (offset, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#"), !line[..<hash].contains("\"") || line[hash...].filter({ $0 == "\"" }).count % 2 == 0 {
                line = line[..<hash]
            }
            let trimmed = line.trimming(" \t")
            if trimmed.isEmpty { continue }
            func fail(_ message: String) -> LexiconError { LexiconError(file: file, line: offset + 1, message: message) }
            guard let equals = trimmed.firstIndex(of: "=") else { throw fail("expected 'word = pronunciation'") }
            let word = trimmed[..<equals].trimming(" \t")
            let value = trimmed[trimmed.index(after: equals)...].trimming(" \t")
            guard !word.isEmpty, word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "'" || $0 == "-" || $0 == "’" }) else {
                throw fail("'\(word)' is not a single word")
            }
            if value == "letters" {
                add(word, .letters)
            } else if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                let respelling = String(value.dropFirst().dropLast())
                guard !respelling.isEmpty else { throw fail("empty respelling for '\(word)'") }
                add(word, .respelling(respelling))
            } else if value.count >= 5, value.hasPrefix("[["), value.hasSuffix("]]") {
                let phonemes = String(value.dropFirst(2).dropLast(2))
                guard !phonemes.contains(where: { "\"<>&".contains($0) }) else { throw fail("phonemes may not contain \" < > or &") }
                add(word, .phonemes(phonemes))
            } else {
                throw fail("'\(value)' is not \"a respelling\", letters, or [[phonemes]]")
            }
        }
    }
}

/// A malformed lexicon line, or a lexicon file that cannot be read.
public typealias LexiconError = ConfigFileError
