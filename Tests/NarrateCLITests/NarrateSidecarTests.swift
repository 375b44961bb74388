import Foundation
import Testing
import NarratorTestSupport

/// Sidecars read back by real parsers: ffprobe for ffmetadata, WebVTT and SRT.
@Suite struct NarrateSidecarTests {
    @Test func everySidecarAgreesWithTheTimings() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let audio = directory.appendingPathComponent("a.wav").path
        let result = try narrate([RepositoryPaths.sample("harbour-tides.html").path, "-o", audio, "--sidecars", "all"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 8)
        let sidecar = try timings(audio)
        let chapters = try #require(sidecar["chapters"] as? [[String: Any]])
        let sentences = try #require(sidecar["sentences"] as? [[String: Any]])
        let base = directory.appendingPathComponent("a").path
        let ffprobe = try #require(ProcessRunner.which("ffprobe"))

        // ffmetadata: ffprobe's own reader lists the same chapters.
        let meta = try ProcessRunner.run(ffprobe, ["-v", "error", "-f", "ffmetadata", "-i", base + ".ffmetadata",
                                                   "-show_chapters", "-of", "json"])
        let metaChapters = try #require((try JSONSerialization.jsonObject(with: Data(meta.stdout.utf8)) as? [String: Any])?["chapters"]
            as? [[String: Any]])
        #expect(metaChapters.count == chapters.count)
        for (theirs, ours) in zip(metaChapters, chapters) {
            #expect(abs((Double(theirs["start_time"] as? String ?? "") ?? -1) - (ours["start"] as? Double ?? -2)) < 0.001)
            #expect((theirs["tags"] as? [String: Any])?["title"] as? String == ours["title"] as? String)
        }

        // WebVTT and SRT: one cue per sentence (captions) or chapter, at the same times.
        for (file, expected) in [(".vtt", sentences), (".srt", sentences), (".chapters.vtt", chapters)] {
            let probe = try ProcessRunner.run(ffprobe, ["-v", "error", "-i", base + file, "-show_packets",
                                                        "-show_entries", "packet=pts_time", "-of", "csv=p=0"])
            #expect(probe.status == 0, "\(file): \(probe.stderr)")
            let starts = probe.stdout.split(separator: "\n").compactMap { Double($0.split(separator: ",").first ?? "") }
            #expect(starts.count == expected.count, "\(file)")
            for (theirs, ours) in zip(starts, expected) {
                #expect(abs(theirs - (ours["start"] as? Double ?? -1)) < 0.001, "\(file)")
            }
        }

        // Chapters JSON, Audacity labels and the CUE sheet, read back here.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: base + ".chapters.json")))
            as? [String: Any])
        #expect((json["chapters"] as? [[String: Any]])?.count == chapters.count)
        let labels = try String(contentsOfFile: base + ".labels.txt", encoding: .utf8).split(separator: "\n")
        #expect(labels.map { $0.split(separator: "\t").count } == Array(repeating: 3, count: chapters.count))
        let cue = try String(contentsOfFile: base + ".cue", encoding: .utf8)
        #expect(cue.components(separatedBy: "TRACK ").count - 1 == chapters.count)
    }

    @Test func announcementsAreSpokenAndMarkedInTheTimings() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let plain = directory.appendingPathComponent("plain.wav").path
        let announced = directory.appendingPathComponent("announced.wav").path
        let sample = RepositoryPaths.sample("harbour-tides.html").path
        #expect(try narrate([sample, "-o", plain]).status == 0)
        let result = try narrate([sample, "-o", announced, "--announce", "byline,date"])
        #expect(result.status == 0, "\(result.stderr)")
        let before = try #require(try timings(plain)["sentences"] as? [[String: Any]])
        let after = try #require(try timings(announced)["sentences"] as? [[String: Any]])
        #expect(after.count == before.count + 2)
        #expect(after[1]["text"] as? String == "By Morwenna Achterberg.")
        #expect(after[1]["role"] as? String == "byline")
        #expect(after[2]["text"] as? String == "Published 14 October 2026.")
        #expect(after[2]["role"] as? String == "date")
        #expect(before.allSatisfy { $0["role"] == nil })
        // The announcements take time in the audio: the body starts later.
        #expect((after[3]["start"] as? Double ?? 0) > (before[1]["start"] as? Double ?? 0) + 1)
    }

    /// A German page read by the German voice announces in German, with the date written the
    /// German way, and a day in its text ("am 14. Juli") stays in its sentence.
    @Test func announcementsAreInTheLanguageOfTheVoice() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let page = directory.appendingPathComponent("faehre.html")
        try Data("""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Die Fähre fährt wieder</title>
            <meta property="article:published_time" content="2026-05-03T08:00:00Z"></head>
            <body><article><h1>Die Fähre fährt wieder</h1><p class="byline">Von Anna Roth</p>
            <p>Nach drei Monaten Pause fährt die Fähre zwischen den Inseln wieder nach dem alten Fahrplan.
            Die Gemeinde hatte lange über die Kosten gestritten.</p>
            <p>Am 14. Juli kommt ein zweites Schiff dazu, teilte die Reederei mit.</p></article></body></html>
            """.utf8).write(to: page)
        let output = directory.appendingPathComponent("faehre.wav").path
        let result = try narrate([page.path, "-o", output, "--announce", "byline,date"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try timings(output)
        #expect(document["voice"] as? String == "de")
        let texts = try #require(document["sentences"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        #expect(Array(texts.prefix(3)) == ["Die Fähre fährt wieder", "Von Anna Roth.", "Veröffentlicht am 3. Mai 2026."])
        #expect(texts.contains("Am 14. Juli kommt ein zweites Schiff dazu, teilte die Reederei mit."))
    }

    /// A voice whose language has no wording is given no English announcement; a warning says so.
    @Test func aVoiceWithoutAWordingHearsNoAnnouncement() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let page = directory.appendingPathComponent("tide.html")
        try Data("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tide tables</title>
            <meta property="article:published_time" content="2026-05-03"></head>
            <body><article><h1>Tide tables</h1><p class="byline">By Ola Berg</p>
            <p>The harbour prints its tide tables every spring for the fishing boats.</p></article></body></html>
            """.utf8).write(to: page)
        let output = directory.appendingPathComponent("tide.wav").path
        let result = try narrate([page.path, "-o", output, "--announce", "byline,date", "--voice", "ru"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("no announcement wording in the language of ru"))
        let sentences = try #require(try timings(output)["sentences"] as? [[String: Any]])
        #expect(sentences.allSatisfy { $0["role"] == nil })
        #expect(sentences.compactMap { $0["text"] as? String } == ["Tide tables", "The harbour prints its tide tables every spring for the fishing boats."])
    }

    @Test func anUnknownAnnouncementIsAUsageError() throws {
        let result = try narrate([RepositoryPaths.sample("harbour-tides.html").path, "--announce", "weather"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--announce: unknown item 'weather'"))
    }

    @Test func anUnknownSidecarIsAUsageError() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let result = try narrate([RepositoryPaths.sample("harbour-tides.html").path, "-o",
                                  directory.appendingPathComponent("a.wav").path, "--sidecars", "srt,mp4"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("narrate: unknown sidecar 'mp4'"))
        #expect(RepositoryPaths.listing(directory).isEmpty)
    }
}
