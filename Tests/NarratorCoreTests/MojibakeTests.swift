import Testing
@testable import NarratorCore

/// UTF-8 read as Latin-1 or Windows-1252 and encoded again is read as it was meant; text that
/// could be meant as written ("SÃO", "Ã ©té" apart) is left alone.
@Suite struct MojibakeTests {
    @Test(arguments: [
        ("It doesn\u{E2}\u{80}\u{99}t have to cost much.", "It doesn\u{2019}t have to cost much."),  // Latin-1
        ("It doesn\u{E2}\u{20AC}\u{2122}t have to cost much.", "It doesn\u{2019}t have to cost much."),  // Windows-1252
        ("A dash \u{E2}\u{20AC}\u{201D} and a quote \u{E2}\u{20AC}\u{0153}here\u{E2}\u{20AC}\u{9D}.",
         "A dash \u{2014} and a quote \u{201C}here\u{201D}."),
        // A capital Â before a sign, or Ã before one inside a word, is no language's spelling.
        ("Caf\u{C3}\u{A9} in Karak\u{C3}\u{B6}y, 57\u{C2}\u{B0} north, Kevlar\u{C2}\u{AE}.", "Caf\u{E9} in Karak\u{F6}y, 57\u{B0} north, Kevlar\u{AE}."),
        ("S\u{C3}O PAULO, \u{C3} \u{A9}t\u{E9}, r\u{E9}sum\u{E9}", "S\u{C3}O PAULO, \u{C3} \u{A9}t\u{E9}, r\u{E9}sum\u{E9}"),
        // A line separator or a next-line control encoded twice is a space, as it would have been.
        // A no-break space encoded twice ("Â" and a no-break space); "Â" elsewhere stays.
        ("It costs less.\u{C2}\u{A0}\u{C2}\u{A0}With this plan", "It costs less. With this plan"),
        ("CH\u{C2}TEAU \u{C2} la carte", "CH\u{C2}TEAU \u{C2} la carte"),
        ("One\u{E2}\u{80}\u{A8}two \u{C2}\u{85}three", "One two three"),
        ("Na\u{EF}ve, r\u{E9}sum\u{E9}, \u{C2}\u{A9} 2026, \u{E2}\u{80}", "Na\u{EF}ve, r\u{E9}sum\u{E9}, \u{A9} 2026, \u{E2}"),
    ])
    func repairsTextEncodedTwice(_ text: String, _ expected: String) {
        #expect(TextCleanup.collapse(text) == expected)
    }
}
