import Testing
@testable import NarratorCore

@Suite struct AnnouncementTests {
    let article = Article(source: "a.html", title: "Ferry fares rise", byline: "By Priya Raman",
                          published: "2026-11-03T09:15:00Z", sections: [Section(paragraphs: ["Fares rise in January."])])

    @Test func nothingIsAnnouncedByDefault() {
        let plan = SpeechPlanner().plan(article)
        #expect(plan.utterances.map(\.text) == ["Ferry fares rise", "Fares rise in January."])
        #expect(plan.utterances.allSatisfy { $0.role == nil })
    }

    @Test func announcesTheBylineThenTheDateAfterTheHeadline() {
        let plan = SpeechPlanner(announce: [.date, .byline]).plan(article)
        #expect(plan.utterances.map(\.text) == ["Ferry fares rise", "By Priya Raman.", "Published 3 November 2026.",
                                                "Fares rise in January."])
        #expect(plan.utterances.map(\.role) == [nil, .byline, .date, nil])
    }

    @Test func announcesOnlyWhatTheArticleHas() {
        var bare = article
        bare.byline = nil
        bare.published = "last Tuesday"
        let plan = SpeechPlanner(announce: [.byline, .date]).plan(bare)
        #expect(plan.utterances.map(\.text) == ["Ferry fares rise", "Fares rise in January."])
    }

    @Test func parsesTheList() throws {
        #expect(try Announcement.parseList("byline,date") == [.byline, .date])
        #expect(try Announcement.parseList(" Date ") == [.date])
        #expect(throws: AnnouncementError.self) { try Announcement.parseList("byline,weather") }
    }
}
