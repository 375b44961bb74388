import Testing
@testable import NarratorCore

@Suite struct SpeedTests {
    @Test(arguments: [
        ("1.25x", 1.25), ("1.25", 1.25), ("250wpm", 1.25), ("250 WPM", 1.25), ("1x", 1.0), ("2X", 2.0),
        ("slow", 0.75), ("Average", 1.0), ("FAST", 1.5), ("0.5x", 0.5), ("3x", 3.0), ("100wpm", 0.5), (" 600 wpm ", 3.0),
    ])
    func accepts(_ text: String, _ multiplier: Double) throws {
        let speed = try Speed.parse(text)
        #expect(abs(speed.multiplier - multiplier) < 1e-9)
        #expect(abs(speed.targetWPM - multiplier * 200) < 1e-9)
    }

    @Test(arguments: ["", "fastish", "x", "1.2.5x", "wpm", "--1x", "+1x", "nan", "inf", "1,25x", "abc wpm"])
    func rejectsMalformed(_ text: String) {
        #expect(throws: SpeedError(text: text, problem: .malformed)) { try Speed.parse(text) }
    }

    @Test(arguments: ["0.49x", "3.01x", "0", "-1x", "99wpm", "601 WPM", "10"])
    func rejectsOutOfRange(_ text: String) {
        #expect(throws: SpeedError(text: text, problem: .outOfRange)) { try Speed.parse(text) }
    }

    @Test func errorsAreOneLineUsageErrors() {
        let error = SpeedError(text: "9x", problem: .outOfRange)
        #expect(error.exitStatus == .usage)
        #expect(!error.description.contains("\n"))
        #expect(error.description.contains("9x"))
    }
}
