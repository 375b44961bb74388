/// Several articles as one narration (an edition, a daily briefing): each article is one
/// chapter titled with its headline; from the second on, a short spoken transition ("Story 2
/// of 3.", in the planner's wording: "Artikel 2 von 3." for a German voice; none in a language
/// without a wording) opens the chapter before the headline. Section headings stay as spoken
/// paragraphs.
public struct EditionPlanner: Sendable {
    public var planner: SpeechPlanner

    public init(planner: SpeechPlanner = SpeechPlanner()) { self.planner = planner }

    public func plan(_ articles: [Article]) -> SpeechPlan {
        var chapters: [SpeechPlan.Chapter] = []
        var nextIndex = 0
        for (number, article) in articles.enumerated() {
            let single = planner.plan(article)
            var paragraphs: [SpeechPlan.Paragraph] = []
            if number > 0, let wording = planner.wording {
                paragraphs.append(.init(index: 0, sentences: [wording.story(number + 1, of: articles.count)]))
            }
            paragraphs += single.chapters.flatMap(\.paragraphs)
            guard !single.chapters.isEmpty else { continue }
            for offset in paragraphs.indices {
                paragraphs[offset].index = nextIndex
                nextIndex += 1
            }
            chapters.append(.init(title: article.title ?? single.chapters[0].title, paragraphs: paragraphs))
        }
        // Dates are read as the stories' region writes them when they all state the same one.
        let tags = Set(articles.map(\.language))
        return SpeechPlan(chapters: chapters, languageTag: tags.count == 1 ? tags.first ?? nil : nil)
    }
}
