/// Podcasting 2.0 chapters JSON: `{"version": "1.2.0", "chapters": [{"startTime", "endTime", "title"}]}`.
enum PodcastChapters {
    static func render(_ timings: Timings) -> String {
        let chapters = timings.chapters.map { chapter in
            "    {\"startTime\": \(number(chapter.start)), \"endTime\": \(number(chapter.end)), "
                + "\"title\": \(ArticleJSON.string(chapter.title))}"
        }
        return "{\n  \"version\": \"1.2.0\",\n  \"chapters\": [\n" + chapters.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    /// Seconds with millisecond precision, no exponent.
    static func number(_ seconds: Double) -> String {
        let millis = Int((seconds * 1000).rounded())
        return "\(millis / 1000).\(Clock.pad(millis % 1000, 3))"
    }
}
