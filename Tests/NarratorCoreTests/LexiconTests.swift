import Testing
import NarratorTestSupport
@testable import NarratorCore

@Suite struct LexiconTests {
    func lexicon(_ text: String) throws -> Lexicon {
        var lexicon = Lexicon()
        try lexicon.read(text, file: "test.lex")
        return lexicon
    }

    @Test func readsTheThreeKindsAndCaseRules() throws {
        let lexicon = try lexicon("""
            # comment
            Nguyen = "Win"   # a respelling
            nasa = letters
            Xi = [[S'i:]]
            """)
        #expect(lexicon.pronunciation(of: "Nguyen") == .respelling("Win"))
        #expect(lexicon.pronunciation(of: "nguyen") == nil, "capitalised entries match exactly")
        #expect(lexicon.pronunciation(of: "NASA") == .letters, "lower-case entries match any case")
        #expect(lexicon.pronunciation(of: "Xi") == .phonemes("S'i:"))
    }

    @Test(arguments: [
        ("Nguyen", "test.lex:1: expected 'word = pronunciation'"),
        ("two words = letters", "test.lex:1: 'two words' is not a single word"),
        ("Xi = shee", "test.lex:1: 'shee' is not \"a respelling\", letters, or [[phonemes]]"),
        ("\n\nXi = \"\"", "test.lex:3: empty respelling for 'Xi'"),
        ("Xi = [[a\"b]]", "test.lex:1: phonemes may not contain \" < > or &"),
    ])
    func malformedEntriesNameFileAndLine(_ text: String, _ message: String) {
        let error = #expect(throws: LexiconError.self) { try lexicon(text) }
        #expect(error?.description == message)
        #expect(error?.exitStatus == .config)
    }

    @Test func ssmlWrapsWholeWordsAndEscapesEverythingElse() throws {
        let lexicon = try lexicon("Nguyen = \"Win & co\"\nSCMP = letters\nXi = [[S'i:]]")
        #expect(SSML.body("Mr Nguyen of SCMP met Xi <b>&", lexicon: lexicon)
            == "Mr <sub alias=\"Win and co\">Nguyen</sub> of <say-as interpret-as=\"characters\">SCMP</say-as> met "
            + "<phoneme alphabet=\"espeak\" ph=\"S'i:\"></phoneme> &lt;b&gt;&amp;")
        #expect(SSML.body("Nguyens and SCMPs", lexicon: lexicon) == "Nguyens and SCMPs", "whole words only")
        #expect(SSML.plainText(SSML.body("a <b> & c", lexicon: Lexicon())) == "a <b> & c")
    }

    /// Sections keep entries for the voices of some languages; entries before any section, and
    /// those under [*], are for every language; a later file's entry for a word wins.
    @Test func sectionsKeepEntriesForTheirLanguages() throws {
        var sections = try lexicon("""
            BBC = letters
            [en]
            Nguyen = "Win"
            [de, fr]
            Qatar = "Katar"
            [*]
            Xi = [[S'i:]]
            """)
        try sections.read("Nguyen = \"Nuyen\"\n", file: "user.lex")
        let german = sections.forVoice("de")
        #expect(german.pronunciation(of: "BBC") == .letters)
        #expect(german.pronunciation(of: "Qatar") == .respelling("Katar"))
        #expect(german.pronunciation(of: "Xi") == .phonemes("S'i:"))
        #expect(german.pronunciation(of: "Nguyen") == .respelling("Nuyen"), "the user's entry, for every language")
        for voice in ["en-gb+f3", "en-us", "mbrola-test"] {
            let english = sections.forVoice(voice)
            #expect(english.pronunciation(of: "Qatar") == nil, "\(voice)")
            #expect(english.pronunciation(of: "BBC") == .letters, "\(voice)")
        }
        let shipped = try self.lexicon("[en]\nNguyen = \"Win\"\n")
        #expect(shipped.forVoice("de").pronunciation(of: "Nguyen") == nil)
        #expect(shipped.forVoice("en").pronunciation(of: "Nguyen") == .respelling("Win"))
        // Each file starts for every language.
        var two = try self.lexicon("[en]\nNguyen = \"Win\"\n")
        try two.read("Xi = [[S'i:]]\n", file: "b.lex")
        #expect(two.forVoice("de").pronunciation(of: "Xi") == .phonemes("S'i:"))
    }

    @Test(arguments: [
        ("[en", "test.lex:1: a section is written [en] or [de, fr] (eSpeak NG language codes) or [*]"),
        ("\n[english]", "test.lex:2: '[english]' is not a section of language codes ([en], [de, fr], or [*])"),
        ("[]", "test.lex:1: '[]' is not a section of language codes ([en], [de, fr], or [*])"),
    ])
    func malformedSectionsNameFileAndLine(_ text: String, _ message: String) {
        let error = #expect(throws: LexiconError.self) { try lexicon(text) }
        #expect(error?.description == message)
    }

    @Test func theShippedLexiconParses() throws {
        let text = try String(contentsOf: RepositoryPaths.voices.appendingPathComponent("lexicon.txt"), encoding: .utf8)
        let lexicon = try lexicon(text)
        #expect(lexicon.pronunciation(of: "SCMP") == .letters)
        #expect(lexicon.pronunciation(of: "APR") == .letters && lexicon.pronunciation(of: "Apr") == nil)
        // Its respellings are English spellings: for English voices only; initialisms for all.
        #expect(lexicon.forVoice("en-gb").pronunciation(of: "Nguyen") == .respelling("Win"))
        #expect(lexicon.forVoice("de").pronunciation(of: "Nguyen") == nil)
        #expect(lexicon.forVoice("de").pronunciation(of: "SCMP") == .letters)
        #expect(lexicon.forVoice("en-us").pronunciation(of: "FAQs") == .phonemes(",Ef,eIkj'u:z"))
    }
}
