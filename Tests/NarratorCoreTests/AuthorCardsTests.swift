import Testing
@testable import NarratorCore

@Suite struct AuthorCardsTests {
    let story = ["The ferry ran late all week, and the quay was under water by Friday afternoon.",
                 "The harbour master closed the slipway until the spring tides had passed."]

    @Test func aWritersCardIsNotRead() {
        let card = ["Ada Lind", "Contributing Writer",
                    "Ada Lind is a writer and editor who has covered the river quarter for the Gazette since 2019."]
        let kept = AuthorCards.withoutAuthorCards([Section(paragraphs: story + card)])
        #expect(kept[0].paragraphs == story)
        let titled = ["Tom Reyes", "Former Senior Editor, Tech", "Tom specializes in ferries, tides and the boats that cross them, and in the people who run them."]
        #expect(AuthorCards.withoutAuthorCards([Section(paragraphs: story + titled)])[0].paragraphs == story)
    }

    /// A name over a paragraph about that person is the article's, without a writer's role
    /// between; a role line alone, or a card whose text is about someone else, stays too.
    @Test func aSectionAboutAPersonIsRead() {
        let section = ["Ada Lind", "Ada Lind opened the ferry office on the east bank in 1998 and still runs it today."]
        #expect(AuthorCards.withoutAuthorCards([Section(paragraphs: story + section)])[0].paragraphs == story + section)
        let other = ["Ada Lind", "Harbour Editor", "The harbour office keeps its own records of every crossing since the war."]
        #expect(AuthorCards.withoutAuthorCards([Section(paragraphs: other)])[0].paragraphs == other)
    }

    @Test(arguments: ["Arricca Elin SanSone", "Tom Reyes", "Dr. Ada Lind"])
    func isAName(_ line: String) { #expect(AuthorCards.isName(line)) }

    @Test(arguments: ["The ferry", "Weight", "Tides in 2026", "Ada Lind wrote this."])
    func isNoName(_ line: String) { #expect(!AuthorCards.isName(line)) }

    @Test(arguments: [("Contributing Writer", true), ("Editor, Running Reviews", true), ("Staff Reporter", true),
                      ("Writers and editors agree on very little about this ferry.", false), ("Fit", false)])
    func isARole(_ line: String, _ role: Bool) { #expect(AuthorCards.isRole(line) == role) }
}
