import Testing
@testable import NarratorCore

/// Scores, roman numerals and resolutions read as a narrator reads them (the full corpus is
/// `make bench-reading`); and the same shapes left alone where they mean something else.
@Suite struct SpokenNumeralsTests {
    @Test(arguments: [
        ("She won the final 6-4, 7-6.", "She won the final 6 4, 7 6."),
        ("The match ended 1-1.", "The match ended 1 all."),
        ("They won 2-0 at home.", "They won 2 nothing at home."),
        ("It was a 3-2 defeat.", "It was a 3 2 defeat."),
        ("Germany's 4-0 rout and Finland clinched 3-0 there.", "Germany's 4 nothing rout and Finland clinched 3 nothing there."),
        ("Read pages 10-15 first.", "Read pages 10 to 15 first."),
        ("The ship was named after Edward IV.", "The ship was named after Edward the 4th."),
        ("His grandfather served in World War II.", "His grandfather served in World War 2."),
        ("The lecture covered World War I.", "The lecture covered World War 1."),
        // "I" closing a part's name; the pronoun of a title-case heading stays.
        ("In Part I of the guide, a Phase I trial; Type I, Chapter I: Tides, Part I (2000).",
         "In Part 1 of the guide, a Phase 1 trial; Type 1, Chapter 1: Tides, Part 1 (2000)."),
        ("The Part I Loved Most", "The Part I Loved Most"),
        ("I think the ferry will run.", "I think the ferry will run."),
        ("The DJ played a MIX of old songs.", "The DJ played a MIX of old songs."),
        ("Grade C pupils sat the test.", "Grade C pupils sat the test."),
        ("A film about Generation X and Malcolm X opened.", "A film about Generation X and Malcolm X opened."),
        ("Pius X and Henry V were named.", "Pius the 10th and Henry the 5th were named."),
        // A single letter with a period inside the sentence is an initial; ending it, the king.
        ("- John V., reviewing our team (Ohio).", "- John V., reviewing our team (Ohio)."),
        ("The play was written about Henry V.", "The play was written about Henry the 5th."),
        ("Super Bowl LVIII, Louis XVIII and Pope Pius XII.", "Super Bowl 58, Louis the 18th and Pope Pius the 12th."),
        // Acronyms spelled like numerals: one with a C, or two letters of 40 or more.
        ("Install the Gemini CLI, run GitHub CI, buy Adobe CC in Size XL or an Uplift LX.",
         "Install the Gemini CLI, run GitHub CI, buy Adobe CC in Size XL or an Uplift LX."),
        ("The camera records in 1080p.", "The camera records in 10 80 p."),
    ])
    func readsAsANarratorDoes(_ written: String, _ spoken: String) {
        #expect(SpeechNormalizer().spoken(written) == spoken)
    }

    @Test func onlyCanonicalNumeralsCount() {
        #expect(SpokenNumerals.romanValue("LVIII") == 58)
        #expect(SpokenNumerals.romanValue("IIII") == nil)
        #expect(SpokenNumerals.romanValue("VX") == nil)
        #expect(SpokenNumerals.romanValue("MIX") == nil)  // beyond C: not read as a number
    }
}
