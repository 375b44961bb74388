import Testing
@testable import NarratorCore

/// Numbers, money and titles as a news narrator reads them (the spoken form eSpeak NG is given).
@Suite struct SpokenContextTests {
    @Test(arguments: [
        // Years by era.
        ("In 1999 the ferry sank.", "In 19 99 the ferry sank."),
        ("Since 2011 it has run.", "Since 20 11 it has run."),
        ("The class of 1905 met again.", "The class of 19 oh 5 met again."),
        ("It was built in 1900.", "It was built in 19 hundred."),
        ("By 2005 it had closed.", "By 2005 it had closed."),
        ("They met on Sept. 30, 2011.", "They met on September 30th, 20 11."),
        ("Spring 2024 was wet.", "Spring 20 24 was wet."),
        // Numbers that count something stay numbers.
        ("In 1500 homes the lights went out.", "In 1500 homes the lights went out."),
        ("He scored 2011 points.", "He scored 2011 points."),
        // Ordinal dates, both orders.
        ("It opens on March 3.", "It opens on March 3rd."),
        ("It reopened on 21 September 2024.", "It reopened on the 21st of September 20 24."),
        ("The vote is on Nov. 12 at noon.", "The vote is on November 12th at noon."),
        ("They may 5 times a day.", "They may 5 times a day."),
        // Money with scale words and cents.
        ("It cost $6 million.", "It cost 6 million dollars."),
        ("The deal was worth £2.5 billion, they said.", "The deal was worth 2.5 billion pounds, they said."),
        ("A ticket is $2.53 today.", "A ticket is 2 dollars and 53 cents today."),
        ("It costs $0.99 online.", "It costs 99 cents online."),
        ("Tea was £1.50 a cup.", "Tea was 1 pound and 50 pence a cup."),
        // Titles before names, Jr. after one.
        ("Rep. Ann Lee and Sen. Tom Hale spoke.", "Representative Ann Lee and Senator Tom Hale spoke."),
        ("Lt. Col. Ann Reyes met Gov. Brown Jr. today.", "Lieutenant Colonel Ann Reyes met Governor Brown Junior today."),
    ])
    func readsAsANarratorDoes(_ written: String, _ spoken: String) {
        #expect(SpeechNormalizer().spoken(written) == spoken)
    }
}
