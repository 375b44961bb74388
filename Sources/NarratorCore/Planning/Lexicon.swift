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
///
/// A respelling is read by the rules of the voice's language ("Win" is "Vin" to a German
/// voice), so entries can be kept for the voices of some languages: a line `[en]` (or
/// `[de, fr]`, eSpeak NG language codes) starts a section whose entries apply only to voices
/// of those languages (a voice's language is the start of its eSpeak name: "en-gb+f3" is
/// "en"); `[*]` starts one for every language. Entries before any section apply to every
/// language.
public struct Lexicon: Sendable, Equatable {
    public enum Pronunciation: Sendable, Equatable {
        case respelling(String)
        case letters
        case phonemes(String)
    }

    /// An entry and the languages it is for (nil: every language), in the order read.
    struct Entry: Sendable, Equatable {
        var word: String
        var pronunciation: Pronunciation
        var languages: Set<String>?
    }

    private var entries: [Entry] = []
    private var exact: [String: Pronunciation] = [:]
    private var anyCase: [String: Pronunciation] = [:]

    public init() {}

    public var isEmpty: Bool { exact.isEmpty && anyCase.isEmpty }

    /// Adds an entry for every language, or for voices of `languages` only.
    public mutating func add(_ word: String, _ pronunciation: Pronunciation, languages: Set<String>? = nil) {
        entries.append(Entry(word: word, pronunciation: pronunciation, languages: languages))
        if word == word.lowercased() { anyCase[word] = pronunciation } else { exact[word] = pronunciation }
    }

    /// The entries an eSpeak NG voice reads ("en-us", "de"; a name without a language code is
    /// taken as English): those for every language and those of its language's sections.
    public func forVoice(_ espeakName: String) -> Lexicon {
        let language = VoiceLanguage.code(ofEspeakName: espeakName) ?? "en"
        var lexicon = Lexicon()
        for entry in entries where entry.languages?.contains(language) ?? true {
            lexicon.add(entry.word, entry.pronunciation, languages: entry.languages)
        }
        return lexicon
    }

    public func pronunciation(of word: String) -> Pronunciation? {
        exact[word] ?? anyCase[word.lowercased()]
    }

    /// Adds the entries of a lexicon file's text.
    public mutating func read(_ text: String, file: String) throws {
        var languages: Set<String>?
        for (offset, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#"), !line[..<hash].contains("\"") || line[hash...].filter({ $0 == "\"" }).count % 2 == 0 {
                line = line[..<hash]
            }
            let trimmed = line.trimming(" \t")
            if trimmed.isEmpty { continue }
            func fail(_ message: String) -> LexiconError { LexiconError(file: file, line: offset + 1, message: message) }
            if trimmed.hasPrefix("[") && !trimmed.hasPrefix("[[") {
                languages = try Self.section(trimmed, fail: fail)
                continue
            }
            guard let equals = trimmed.firstIndex(of: "=") else { throw fail("expected 'word = pronunciation'") }
            let word = trimmed[..<equals].trimming(" \t")
            let value = trimmed[trimmed.index(after: equals)...].trimming(" \t")
            guard !word.isEmpty, word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "'" || $0 == "-" || $0 == "’" }) else {
                throw fail("'\(word)' is not a single word")
            }
            if value == "letters" {
                add(word, .letters, languages: languages)
            } else if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                let respelling = String(value.dropFirst().dropLast())
                guard !respelling.isEmpty else { throw fail("empty respelling for '\(word)'") }
                add(word, .respelling(respelling), languages: languages)
            } else if value.count >= 5, value.hasPrefix("[["), value.hasSuffix("]]") {
                let phonemes = String(value.dropFirst(2).dropLast(2))
                guard !phonemes.contains(where: { "\"<>&".contains($0) }) else { throw fail("phonemes may not contain \" < > or &") }
                add(word, .phonemes(phonemes), languages: languages)
            } else {
                throw fail("'\(value)' is not \"a respelling\", letters, or [[phonemes]]")
            }
        }
    }
}

extension Lexicon {
    /// The languages of a section line: "[en]", "[de, fr]"; "[*]" is every language (nil).
    static func section(_ line: String, fail: (String) -> LexiconError) throws -> Set<String>? {
        guard line.hasSuffix("]") else { throw fail("a section is written [en] or [de, fr] (eSpeak NG language codes) or [*]") }
        let inside = line.dropFirst().dropLast().trimming(" \t")
        if inside == "*" { return nil }
        let codes = inside.split(separator: ",").map { $0.trimming(" \t").lowercased() }
        guard !codes.isEmpty, codes.allSatisfy({ (2...3).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isLetter } }) else {
            throw fail("'[\(inside)]' is not a section of language codes ([en], [de, fr], or [*])")
        }
        return Set(codes)
    }
}

/// A malformed lexicon line, or a lexicon file that cannot be read.
public typealias LexiconError = ConfigFileError
