import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import NarratorCore

/// Job files, shards, reports and feeds: the parts of a batch that need no processes.
@Suite struct BatchPlanningTests {
    @Test func jobFileItemsTakeDefaultsAndResolvePaths() throws {
        let text = """
            # tonight's edition
            {"defaults": {"voice": "uk-female", "speed": "1.25x", "format": "mp3", "sidecars": ["chapters-json", "vtt"]}}
            {"input": "a/harbour.html"}

            {"input": "/abs/market.txt", "output": "city/market", "voice": "us-male", "title": "Rents", "lexicon": "names.txt"}
            {"defaults": {"format": "ogg"}}
            {"input": "late.md", "speed": 2}
            """
        let items = try JobFile.parse(text, file: "/jobs/tonight.jsonl")
        #expect(items.map(\.input) == ["/jobs/a/harbour.html", "/abs/market.txt", "/jobs/late.md"])
        #expect(items.map(\.output) == ["harbour", "city/market", "late"])
        var first = NarrationSettings()
        first.voice = "uk-female"
        first.speed = try Speed.parse("1.25x")
        first.format = .mp3
        first.sidecars = [.chaptersJSON, .vtt]
        #expect(items[0].settings == first)
        #expect(items[1].settings.voice == "us-male")
        #expect(items[1].settings.speed == first.speed)
        #expect(items[1].settings.lexicon == ["/jobs/names.txt"])
        #expect(items[1].settings.title == "Rents")
        #expect(items[2].settings.format == .ogg)
        #expect(items[2].settings.voice == "uk-female")
        #expect(items[2].settings.speed == (try Speed.parse("2x")))
    }

    @Test(arguments: [
        ("{\"input\": \"a.html\", \"voise\": \"x\"}", "unknown field 'voise'"),
        ("{\"input\": \"a.html\"", "not a JSON object"),
        ("{\"output\": \"a\"}", "an item needs \"input\""),
        ("{\"input\": \"a.html\", \"output\": \"../escape\"}", "leaves the output directory"),
        ("{\"input\": \"a.html\", \"output\": \"/etc/passwd\"}", "is absolute"),
        ("{\"input\": \"a.html\", \"output\": \"a\\nb\"}", "control characters"),
        ("{\"input\": \"a.html\", \"speed\": \"warp\"}", "speed 'warp' is not understood"),
        ("{\"input\": \"a.html\", \"format\": \"aiff\"}", "format 'aiff' is not one of"),
        ("{\"defaults\": {\"input\": \"x\"}}", "unknown field 'input'"),
    ])
    func badLinesNameFileAndLine(_ line: String, _ message: String) {
        do {
            _ = try JobFile.parse("{\"input\": \"ok.html\"}\n" + line, file: "job.jsonl")
            Issue.record("accepted \(line)")
        } catch let error as JobFileError {
            #expect(error.file == "job.jsonl")
            #expect(error.line == 2)
            #expect(error.description.contains(message), "\(error.description)")
            #expect(error.exitStatus == .config)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func shardsSplitEveryItemOnceAndBalanceTheWork() throws {
        let sizes = (0..<103).map { ($0 * 7919) % 5000 + 100 }
        let shards = (1...4).map { Shard(index: $0, count: 4).select(sizes: sizes) }
        #expect(shards.flatMap { $0 }.sorted() == Array(0..<103))
        let loads = shards.map { $0.reduce(0) { $0 + sizes[$1] } }
        #expect(loads.max()! - loads.min()! <= sizes.max()!)
        #expect(shards.allSatisfy { $0 == $0.sorted() })
        #expect(Shard(index: 2, count: 4).select(sizes: sizes) == shards[1])  // the same on every machine
        #expect(try Shard(parsing: "3/8") == Shard(index: 3, count: 8))
        for bad in ["0/4", "5/4", "1/0", "a/b", "2"] { #expect(throws: ShardError(value: bad)) { try Shard(parsing: bad) } }
    }

    @Test func reportsMergeAndCount() {
        var ok = BatchReport.ItemReport(input: "a", output: "a", status: .ok)
        ok.durationSeconds = 10
        ok.words = 30
        let failed = BatchReport.ItemReport(input: "b", output: "b", status: .failed)
        let first = BatchReport(shard: "1/2", started: "2026-11-30T10:00:00Z", finished: "2026-11-30T10:05:00Z", items: [ok])
        let second = BatchReport(shard: "2/2", started: "2026-11-30T09:59:00Z", finished: "2026-11-30T10:01:00Z", items: [failed])
        let merged = BatchReport.merged([first, second])
        #expect(merged.items.map(\.input) == ["a", "b"])
        #expect(merged.summary.ok == 1 && merged.summary.failed == 1 && merged.summary.items == 2)
        #expect(merged.summary.audioSeconds == 10)
        #expect(merged.started == "2026-11-30T09:59:00Z" && merged.finished == "2026-11-30T10:05:00Z")
    }

    @Test func feedIsWellFormedRSSWithEnclosuresAndSidecars() throws {
        let episode = PodcastFeed.Episode(title: "Rents <up> & \"away\"", audio: "city/night market.mp3", bytes: 1234,
                                          durationSeconds: 3725.4, guid: "k1", published: "Tue, 14 Oct 2026 07:30:00 +0000",
                                          chapters: "city/night market.chapters.json", transcript: "city/night market.vtt")
        let xml = PodcastFeed.render(title: "Desk & Co", baseURL: "https://example.org/audio", episodes: [episode])
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(xml.contains("<enclosure url=\"https://example.org/audio/city/night%20market.mp3\" length=\"1234\" type=\"audio/mpeg\"/>"))
        #expect(xml.contains("<itunes:duration>01:02:05</itunes:duration>"))
        #expect(xml.contains("<title>Rents &lt;up&gt; &amp; &quot;away&quot;</title>"))
        #expect(xml.contains("<podcast:chapters url=\"https://example.org/audio/city/night%20market.chapters.json\" type=\"application/json+chapters\"/>"))
        #expect(xml.contains("<podcast:transcript url=\"https://example.org/audio/city/night%20market.vtt\" type=\"text/vtt\"/>"))
    }
}
