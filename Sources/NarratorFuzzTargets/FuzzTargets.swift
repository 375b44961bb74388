import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Narrator
import NarratorHTML

/// The parsers that read untrusted text, as fuzz targets: each takes any bytes and must end in
/// a result or a thrown `NarratorError`, never a crash, a hang or a leak; some also check a
/// property of the result. The fuzzers in `Fuzz/` drive them (libFuzzer), and the test suite
/// replays the seed corpora and every crash ever found (`Fuzz/regressions/`).
public enum FuzzTargets {
    public static let names = ["html", "plaintext", "markdown", "segmenter", "ssml", "lexicon", "voice-preset", "job-file"]

    /// Runs target `name` on `bytes`; throws `PropertyViolation` when a checked property fails.
    public static func run(_ name: String, _ bytes: [UInt8]) throws {
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            switch name {
            case "html":
                try html(bytes)
            case "plaintext":
                _ = try ArticleLoader().extract(InputDocument(source: "fuzz.txt", bytes: bytes, kind: .text))
            case "markdown":
                _ = try ArticleLoader().extract(InputDocument(source: "fuzz.md", bytes: bytes, kind: .markdown))
            case "segmenter":
                try segmenter(text)
            case "ssml":
                try ssml(text)
            case "lexicon":
                var lexicon = Lexicon()
                try lexicon.read(text, file: "fuzz.lex")
            case "voice-preset":
                _ = try VoicePresetParser.parse(text, name: "fuzz", file: "fuzz.voice")
            case "job-file":
                _ = try JobFile.parse(text, file: "/jobs/fuzz.jsonl")
            default:
                throw PropertyViolation(message: "unknown fuzz target \(name)")
            }
        } catch is NarratorError {
            // A clear error is a correct outcome for bad input.
        }
    }

    /// The page parses to the same tree whether or not script and style content, comments and
    /// unread attributes are stripped before libxml2 reads it (the stripper must find exactly
    /// the elements libxml2 finds; its one repair, of attribute names libxml2 misreads, aside),
    /// and the extractor ends in an article or a clear error.
    static func html(_ bytes: [UInt8]) throws {
        var stripped = bytes
        var whole = bytes
        let fast = try? HTMLParser.parse(&stripped, source: "fuzz.html", repairsAttributes: false)
        let slow = try? HTMLParser.parse(&whole, source: "fuzz.html", stripsScripts: false)
        guard fast == slow else {
            throw PropertyViolation(message: "stripping scripts changed the page tree: " + difference(fast, slow))
        }
        _ = try ArticleLoader().extract(InputDocument(source: "fuzz.html", bytes: bytes, kind: .html))
    }

    /// Where two page trees first differ, in words.
    static func difference(_ left: PageTree?, _ right: PageTree?) -> String {
        guard let left, let right else { return "one page failed to parse (\(left == nil), \(right == nil))" }
        func describe(_ tree: PageTree, _ node: Int) -> String {
            guard node < tree.count else { return "nothing" }
            let text = String(decoding: tree.textBytes(node).prefix(80), as: UTF8.self)
            return "\(tree.tag(node)) ending at \(tree.end(node)) under \(tree.parent(node) ?? -1) \(text.debugDescription)"
        }
        for node in 0..<max(left.count, right.count) {
            let (a, b) = (describe(left, node), describe(right, node))
            if a != b { return "node \(node): \(a) | \(b)" }
        }
        return "the same nodes, different attributes"
    }

    /// Every character of the text but whitespace comes out, in order, in the sentences (less
    /// what text cleanup removes everywhere: control characters, U+FFFD, byte-order marks).
    /// Zero-width joiners aside: cleanup keeps one only between the characters it joins, and a
    /// sentence's edge leaves it joining nothing (after "。" and a line break, kept in the whole
    /// text, it opens the next sentence and goes).
    static func segmenter(_ text: String) throws {
        let sentences = SentenceSegmenter().sentences(in: text)
        let visible = { (text: String) in text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{200D}" } }
        guard visible(sentences.joined()).elementsEqual(visible(TextCleanup.collapse(text))) else {
            throw PropertyViolation(message: "the sentences lost or reordered text")
        }
        let untrimmed = { (sentence: String) in
            sentence.unicodeScalars.first.map { $0.properties.isWhitespace } ?? true
                || sentence.unicodeScalars.last!.properties.isWhitespace
        }
        if sentences.contains(where: untrimmed) {
            throw PropertyViolation(message: "a sentence is empty or not trimmed")
        }
    }

    /// Any sentence, normalised for an English, German, French, Spanish, Italian or Portuguese voice and wrapped as SSML
    /// with the shipped kinds of lexicon entry,
    /// is well-formed XML whose only elements are the ones Narrator writes.
    static func ssml(_ text: String) throws {
        var lexicon = Lexicon()
        try lexicon.read("Nguyen = \"Win\"\nSCMP = letters\nXi = [[S'i:]]\n", file: "fuzz.lex")
        let normalizers = [SpeechNormalizer(), SpeechNormalizer(voice: "de"), SpeechNormalizer(voice: "fr"), SpeechNormalizer(voice: "es"),
                           SpeechNormalizer(voice: "it"), SpeechNormalizer(voice: "pt")]
        for (index, sentence) in SentenceSegmenter().sentences(in: text).prefix(20).enumerated() {
            // English, German, French, Spanish, Italian and Portuguese spoken forms in turn.
            let spoken = normalizers[index % normalizers.count].spoken(sentence)
            let document = SSML.document(SSML.body(spoken, lexicon: lexicon), language: "en")
            let parser = XMLParser(data: Data(document.utf8))
            let checker = ElementChecker()
            parser.delegate = checker
            guard parser.parse() else { throw PropertyViolation(message: "SSML is not well-formed: \(document)") }
            if let stray = checker.unexpected { throw PropertyViolation(message: "article text became <\(stray)>") }
        }
    }

    final class ElementChecker: NSObject, XMLParserDelegate {
        static let allowed: Set<String> = ["speak", "sub", "say-as", "phoneme"]
        var unexpected: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if !Self.allowed.contains(name) { unexpected = name }
        }
    }

    public struct PropertyViolation: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
