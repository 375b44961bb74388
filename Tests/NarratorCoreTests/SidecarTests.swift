import Foundation
import Testing
@testable import NarratorCore

@Suite struct SidecarTests {
    let timings = Timings(
        audio: "a \"quoted\".wav", sampleRate: 22050, frames: 22050 * 70, durationSeconds: 70, words: 12, voice: "v",
        speed: .init(multiplier: 1, targetWPM: 200, measuredWPM: 200),
        chapters: [.init(title: "One = #1; a\\b", start: 0, end: 61.5),
                   .init(title: "Two <b>&\nnext\tpart", start: 61.5, end: 70)],
        sentences: [.init(chapter: 0, paragraph: 0, text: "First --> <i>line</i> & more.", start: 0, end: 1.25),
                    .init(chapter: 1, paragraph: 1, text: "Second\nline.", start: 3661.0005, end: 3662.5)])

    @Test func podcastChaptersJSONHasTheSchemaShape() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(SidecarFormat.chaptersJSON.render(timings).utf8))
            as? [String: Any])
        #expect(object["version"] as? String == "1.2.0")
        let chapters = try #require(object["chapters"] as? [[String: Any]])
        #expect(chapters.map { $0["title"] as? String } == ["One = #1; a\\b", "Two <b>&\nnext\tpart"])
        #expect(chapters.map { $0["startTime"] as? Double } == [0, 61.5])
        #expect(chapters.map { $0["endTime"] as? Double } == [61.5, 70])
    }

    @Test func webVTTEscapesCueText() {
        let captions = SidecarFormat.vtt.render(timings)
        #expect(captions.hasPrefix("WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.250\nFirst --&gt; &lt;i&gt;line&lt;/i&gt; &amp; more.\n"))
        #expect(captions.contains("01:01:01.001 --> 01:01:02.500\nSecond line.\n"))
        let chapters = SidecarFormat.vttChapters.render(timings)
        #expect(chapters.contains("00:01:01.500 --> 00:01:10.000\nTwo &lt;b&gt;&amp; next part\n"))
    }

    @Test func subRipUsesCommasAndOneLine() {
        #expect(SidecarFormat.srt.render(timings) == """
            1
            00:00:00,000 --> 00:00:01,250
            First --> <i>line</i> & more.

            2
            01:01:01,001 --> 01:01:02,500
            Second line.

            """)
    }

    @Test func ffmetadataEscapesAndStatesItsTimeBase() {
        let text = SidecarFormat.ffmetadata.render(timings)
        #expect(text.hasPrefix(";FFMETADATA1\n"))
        #expect(text.contains("[CHAPTER]\nTIMEBASE=1/22050\nSTART=0\nEND=1356075\ntitle=One \\= \\#1\\; a\\\\b\n"))
        #expect(text.contains("title=Two <b>&\\\nnext\tpart\n"))
    }

    @Test func audacityAndCueSheets() {
        #expect(SidecarFormat.audacity.render(timings) == "0.000000\t61.500000\tOne = #1; a\\b\n61.500000\t70.000000\tTwo <b>& next part\n")
        let cue = SidecarFormat.cue.render(timings)
        #expect(cue.hasPrefix("FILE \"a 'quoted'.wav\" WAVE\n  TRACK 01 AUDIO\n"))
        #expect(cue.contains("  TRACK 02 AUDIO\n    TITLE \"Two <b>& next part\"\n    INDEX 01 01:01:38\n"))
    }

    @Test func namesPathsAndLists() throws {
        #expect(SidecarFormat.vtt.path(besideAudio: "out/a.wav") == "out/a.vtt")
        #expect(SidecarFormat.chaptersJSON.path(besideAudio: "out/a.wav") == "out/a.chapters.json")
        #expect(try SidecarFormat.parseList("all") == SidecarFormat.allCases)
        #expect(try SidecarFormat.parseList("srt, vtt") == [.srt, .vtt])
        #expect(throws: SidecarError(name: "mp4")) { try SidecarFormat.parseList("srt,mp4") }
    }
}
