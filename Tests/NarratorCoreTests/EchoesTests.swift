import Testing
@testable import NarratorCore

/// A passage said again straight after itself in one block is heard once.
@Suite struct EchoesTests {
    let passage = "The ferry leaves the east bank at seven and returns at nine, so anyone who misses the last crossing "
        + "will have to walk round by the old bridge."

    @Test func aPassageSaidThreeTimesIsSaidOnceWithWhatFollows() {
        let text = "Plan ahead. \(passage) \(passage.uppercased()) “\(passage)” Tickets are sold on board."
        #expect(Echoes.removed(from: text) == "Plan ahead. \(passage)” Tickets are sold on board.")
    }

    @Test func aPhraseMetTwiceFurtherApartOrAShortRunIsKept() {
        let apart = "\(passage) The council says the timetable is under review. \(passage)"
        #expect(Echoes.removed(from: apart) == apart)
        let short = "Run two miles at race pace, then jog for three minutes; run two miles at race pace, then jog for three minutes."
        #expect(Echoes.removed(from: short) == short)
    }

    /// A shorter unit is an echo when it is whole sentences (a card's title sentence shown again
    /// as its text); a decimal point ends no sentence.
    @Test func aSentenceSaidTwiceIsSaidOnceButARunBetweenDecimalPointsIsKept() {
        let sentence = "Our engineers design, build and run the river's ferry systems."
        let card = "\(sentence) \(sentence) The next intake opens in spring."
        #expect(Echoes.removed(from: card) == "\(sentence) The next intake opens in spring.")
        let plan = "Main set: 1 mile at race pace, 3.5 minutes easy jogging, 2 miles at race pace, 3.5 minutes easy jogging, "
            + "2 miles at race pace, 3.5 minutes easy jogging, then home."
        #expect(Echoes.removed(from: plan) == plan)
    }

    /// A page pasted into a paragraph several times over, itself holding an echo (its lede said
    /// twice): the inner echoes and then the copies go, and the page is heard once.
    @Test func copiesOfAPassageWithAnEchoInsideAreHeardOnce() {
        let lede = "Nine thousand paper lanterns drifted slowly down the river on Saturday night, the first festival the quarter has held in four long years."
        let pasted = "\(lede) \(lede) \(passage) Organisers counted the frames again at the weir on Sunday morning."
        let text = "| Variety | Colour | \(pasted) \(pasted) \(pasted)"
        #expect(Echoes.removed(from: text) == "| Variety | Colour | \(lede) \(passage) Organisers counted the frames again at the weir on Sunday morning.")
    }

    @Test func aBlockTooLongToBeAParagraphIsLeftAsItIs() {
        let long = String(repeating: passage + " ", count: Echoes.maximumBytes / passage.utf8.count + 1)
        #expect(long.utf8.count > Echoes.maximumBytes)
        #expect(Echoes.removed(from: long) == long)
    }
}
