import Foundation
import Testing
@testable import NarratorCore

@Suite struct TimingsTests {
    @Test func jsonHasTheDocumentedShape() throws {
        let timings = Timings(audio: "a.wav", sampleRate: 22050, frames: 44100, durationSeconds: 2, words: 5, voice: "us-female",
                              speed: .init(multiplier: 1.25, targetWPM: 250, measuredWPM: 248.5),
                              chapters: [.init(title: "T", start: 0, end: 2)],
                              sentences: [.init(chapter: 0, paragraph: 0, text: "Hi \"there\".", start: 0, end: 1.5)])
        let object = try #require(try JSONSerialization.jsonObject(with: try timings.json()) as? [String: Any])
        #expect(Set(object.keys) == ["audio", "sampleRate", "frames", "durationSeconds", "words", "voice", "speed",
                                     "chapters", "sentences"])
        let speed = try #require(object["speed"] as? [String: Any])
        #expect(speed["targetWPM"] as? Double == 250)
        #expect(speed["measuredWPM"] as? Double == 248.5)
        let sentence = try #require((object["sentences"] as? [[String: Any]])?.first)
        #expect(sentence["text"] as? String == "Hi \"there\".")
        #expect(sentence["end"] as? Double == 1.5)
        #expect(try JSONDecoder().decode(Timings.self, from: try timings.json()) == timings)
    }

    @Test func articleJSONKeepsKeyOrderAndEscapes() {
        let article = Article(source: "a\"b.html", title: "T\n1", sections: [Section(paragraphs: ["x\\y"])])
        #expect(ArticleJSON.object(article) == #"{"source":"a\"b.html","title":"T\n1","byline":null,"published":null,"language":null,"standfirst":null,"sections":[{"heading":null,"paragraphs":["x\\y"]}]}"#)
        #expect(ArticleJSON.error(source: "s", message: "m") == #"{"source":"s","error":"m"}"#)
        // An ordered list's numbers, by their items' places.
        let listed = Article(source: "l", sections: [Section(paragraphs: ["Steps:", "Mix.", "Bake."], listNumbers: [1: 1, 2: 2])])
        #expect(ArticleJSON.object(listed).hasSuffix(#""sections":[{"heading":null,"paragraphs":["Steps:","Mix.","Bake."],"listNumbers":{"1":1,"2":2}}]}"#))
        // Line and paragraph separators are escaped (JSON lines readers split on them); other
        // characters sharing their first bytes are not.
        let separated = Article(source: "s", title: "a\u{2028}b\u{2029}c\u{2019}d\u{2014}e", sections: [])
        #expect(ArticleJSON.object(separated).contains("\"title\":\"a\\u2028b\\u2029c\u{2019}d\u{2014}e\""))
    }

    @Test(arguments: [("China’s AI push, explained!", "chinas-ai-push-explained"), ("  ", "article"),
                      ("Ünïcode Títle", "ünïcode-títle"), ("../../etc/passwd", "etc-passwd")])
    func slugs(_ title: String, _ slug: String) {
        #expect(Slug.make(title) == slug)
    }
}
