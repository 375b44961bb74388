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

    /// What the narration adds is said in the voice's language: a German voice is not given
    /// "By ... Published ..." to read with German letter sounds.
    @Test func announcementsAreInTheVoicesLanguage() throws {
        var german = article
        german.byline = "Von Anna Roth"
        let wording = try #require(AnnouncementWording(voice: "de"))
        let plan = SpeechPlanner(announce: [.byline, .date], wording: wording).plan(german)
        #expect(plan.utterances.map(\.text) == ["Ferry fares rise", "Von Anna Roth.", "Veröffentlicht am 3. November 2026.",
                                                "Fares rise in January."])
        #expect(AnnouncementWording(voice: "fr")?.published("2026-05-03") == "Publié le 3 mai 2026.")
        #expect(AnnouncementWording(voice: "es+f2")?.byline("Por Ana Ruiz") == "Por Ana Ruiz.")
        #expect(AnnouncementWording(voice: "cmn")?.published("2026-05-03T08:00:00Z") == "发布于2026年5月3日。")
        #expect(AnnouncementWording(voice: "de")?.story(2, of: 3) == "Artikel 2 von 3.")
        for voice in ["en", "en-us", "en-gb+f3", "mbrola-test"] {
            #expect(AnnouncementWording(voice: voice) == .english, "\(voice)")
        }
        #expect(AnnouncementWording(voice: "en")?.published("3 May") == nil)
    }

    /// A language without a wording gets no announcement and no story numbers, rather than
    /// English words read with its letter sounds.
    @Test func aLanguageWithoutAWordingHearsNoneAdded() throws {
        #expect(AnnouncementWording(voice: "ru") == nil)
        let plan = SpeechPlanner(announce: [.byline, .date], wording: nil).plan(article)
        #expect(plan.utterances.map(\.text) == ["Ferry fares rise", "Fares rise in January."])
        let edition = EditionPlanner(planner: SpeechPlanner(wording: nil)).plan([article, article])
        #expect(!edition.utterances.map(\.text).contains { $0.hasPrefix("Story") })
        let english = EditionPlanner().plan([article, article])
        #expect(english.utterances.map(\.text).contains("Story 2 of 2."))
    }

    @Test func parsesTheList() throws {
        #expect(try Announcement.parseList("byline,date") == [.byline, .date])
        #expect(try Announcement.parseList(" Date ") == [.date])
        #expect(throws: AnnouncementError.self) { try Announcement.parseList("byline,weather") }
    }
}
