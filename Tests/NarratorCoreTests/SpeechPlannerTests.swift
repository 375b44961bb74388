import Testing
@testable import NarratorCore

@Suite struct SpeechPlannerTests {
    let article = Article(source: "a.html", title: "Headline here", standfirst: "A standfirst. In two sentences.",
                          sections: [Section(paragraphs: ["Opening paragraph. Second sentence."]),
                                     Section(heading: "Part two", paragraphs: ["Body of part two."]),
                                     Section(heading: "Part three", paragraphs: ["One.", "Two."])])

    @Test func chaptersFollowHeadlineAndHeadings() {
        let plan = SpeechPlanner().plan(article)
        #expect(plan.chapters.map(\.title) == ["Headline here", "Part two", "Part three"])
        #expect(plan.chapters[0].paragraphs.map(\.sentences) == [
            ["Headline here"], ["A standfirst.", "In two sentences."], ["Opening paragraph.", "Second sentence."],
        ])
        // Headings are spoken as the first paragraph of their chapter.
        #expect(plan.chapters[1].paragraphs.first?.sentences == ["Part two"])
        #expect(plan.chapters[2].paragraphs.map(\.index) == [5, 6, 7])
    }

    @Test func pausesMarkParagraphAndChapterBoundaries() {
        let utterances = SpeechPlanner().plan(article).utterances
        #expect(utterances.map(\.pauseBefore) == [
            .none, .paragraph, .sentence, .paragraph, .sentence, .chapter, .paragraph, .chapter, .paragraph, .paragraph,
        ])
        #expect(utterances.map(\.chapter) == [0, 0, 0, 0, 0, 1, 1, 2, 2, 2])
    }

    @Test func withoutHeadlineTheFirstHeadingOrFileNameTitlesChapterOne() {
        let headed = Article(source: "x/story.md", sections: [Section(heading: "Start", paragraphs: ["Text."])])
        #expect(SpeechPlanner().plan(headed).chapters.map(\.title) == ["Start"])
        let bare = Article(source: "x/story.md", sections: [Section(paragraphs: ["Text."])])
        #expect(SpeechPlanner().plan(bare).chapters.map(\.title) == ["story"])
    }

    @Test func countsWords() {
        #expect(SpeechPlanner().plan(article).wordCount == 2 + 5 + 4 + 2 + 4 + 2 + 2)
    }
}
