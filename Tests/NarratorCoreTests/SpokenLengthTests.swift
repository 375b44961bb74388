import Testing
@testable import NarratorCore

/// The spoken length the pace controller converts rates with.
@Suite struct SpokenLengthTests {
    @Test func plainProseIsAboutItsWordCount() {
        let passage = SpeedCalibrator.passage
        let ratio = SpokenLength.words(passage) / Double(TextCleanup.wordCount(passage))
        #expect(ratio > 0.85 && ratio < 1.15, "\(ratio)")
    }

    @Test func numbersAndAcronymsTakeLongerThanTheirWordCount() {
        #expect(SpokenLength.words("94%") > 2.5)            // ninety-four percent
        #expect(SpokenLength.words("FMB") == 2)             // eff em bee: three syllables
        #expect(SpokenLength.words("2,800 homes") > 3)      // two thousand eight hundred homes
        #expect(SpokenLength.words("a cat") < 2)
        #expect(abs(SpokenLength.words("make those tables") - 4 / 1.5) < 0.01)  // make, those, ta-bles
    }

    @Test func otherScriptsCountAsWords() {
        #expect(SpokenLength.words("Привет мир") == 2)
        #expect(SpokenLength.words("🙂") == 0)
    }
}
