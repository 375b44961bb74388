import Testing
@testable import NarratorCore

/// Dates written in figures are said as dates, in the order the page's region writes them.
@Suite struct NumericDatesTests {
    /// An American voice reads the month first, a British one the day first; a number above 12
    /// is the day whatever the voice, said as the voice's region says a date.
    @Test(arguments: [
        ("en-us", "It closed on 3/5/2026 at noon.", "It closed on March 5th, 20 26 at noon."),
        ("en-gb", "It closed on 3/5/2026 at noon.", "It closed on the 3rd of May 20 26 at noon."),
        ("en-us", "It opened 25/12/2019, they said.", "It opened December 25th, 20 19, they said."),
        ("en-gb", "It opened 12/25/2019, they said.", "It opened the 25th of December 20 19, they said."),
        ("en-us", "Posted 03/03/2026 20:04 by Ana.", "Posted March 3rd, 20 26 20 oh 4 by Ana."),
        // With periods, the day first (as Europe writes it) unless the second number is above 12.
        ("en-us", "Verified Client 24.03.2024", "Verified Client March 24th, 20 24"),
        ("en-us", "Verified Client 04.03.2024.", "Verified Client March 4th, 20 24."),
        ("en-gb", "Verified Client 04.03.2024.", "Verified Client the 4th of March 20 24."),
        ("en-us", "Case study 12.18.2025 online.", "Case study December 18th, 20 25 online."),
        // With hyphens, as with slashes.
        ("en-us", "Post time: 01-04-2024", "Post time: January 4th, 20 24"),
    ])
    func englishDatesFollowTheVoicesRegion(_ voice: String, _ text: String, _ spoken: String) {
        #expect(SpeechNormalizer(voice: voice).spoken(text) == spoken)
    }

    /// A page that states its region ("en-GB") is read as it writes dates, whatever the voice;
    /// a tag without a region leaves the voice's order.
    @Test func thePagesRegionComesBeforeTheVoices() {
        var british = SpeechNormalizer(voice: "en-us")
        british.setRegion(ofLanguageTag: "en-GB")
        #expect(british.spoken("Due 4/6/2026.") == "Due the 4th of June 20 26.")
        var american = SpeechNormalizer(voice: "en-gb")
        american.setRegion(ofLanguageTag: "en-us")
        #expect(american.spoken("Due 4/6/2026.") == "Due April 6th, 20 26.")
        var unstated = SpeechNormalizer(voice: "en-gb")
        unstated.setRegion(ofLanguageTag: "en")
        #expect(unstated.spoken("Due 4/6/2026.") == "Due the 4th of June 20 26.")
    }

    /// Other languages write the day first and say the date in their own words.
    @Test(arguments: [
        ("fr", "Le 1/3/2026, il pleut.", "Le premier mars 2026, il pleut."),
        ("es", "El 3/5/2026 llueve.", "El 3 de mayo de 2026 llueve."),
        ("it", "Il 1/3/2026 piove.", "Il primo marzo 2026 piove."),
        ("pt", "Em 1/3/2026 chove.", "Em primeiro de março de 2026 chove."),
        ("de", "Am 3/5/2026 regnet es.", "Am dritten Mai 2026 regnet es."),
    ])
    func otherLanguagesSayTheDayFirst(_ voice: String, _ text: String, _ spoken: String) {
        #expect(SpeechNormalizer(voice: voice).spoken(text) == spoken)
    }

    /// What only looks like a date is left: no four-digit year, a day the month does not have,
    /// two different separators, a longer token (a path, a version, "24/7/365").
    @Test(arguments: ["Open 24/7/365 now.", "Set it to 1/2/34 now.", "See a/3/6/2026 now.", "Due 2/30/2024 now.",
                      "See 3/6/2026/x now.", "Due 13/13/2024 now.", "Run version 1.24.03.2024 now.",
                      "Run version 24.03.2024.5 now.", "Mixed 3/6.2026 now.", "Code ID-24-03-2024 now.",
                      "Serial 20196666666666666666666666666-2025 and 1/99999999999999999999999/2024 now."])
    func whatIsNoDateIsLeft(_ text: String) {
        let spoken = SpeechNormalizer(voice: "en-us").spoken(text)
        #expect(!SpokenDates.months.contains { spoken.contains($0) }, "\(spoken)")
    }
}
