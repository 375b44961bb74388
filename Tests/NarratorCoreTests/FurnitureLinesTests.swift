import Testing
@testable import NarratorCore

@Suite struct FurnitureLinesTests {
    @Test(arguments: [
        "By Morwenna Achterberg",
        "By Priya Raman – Updated Nov 3, 2026 at 9:15 AM",
        "Written by Tomas Lindqvist ⋅ Senior Editor",
        "Reviewed by Dr. Ada Okafor",
        "Contributions From: Mara Lind",
        "We may earn a commission when you buy through links on this page.",
        "We may earn commission from links on this page, but we only recommend kit we have tested.",
        "Every lamp here was picked by our editors. We may earn commission on some of the items you choose to buy.",
        "Our reviewers choose every product. However, the Courier may receive a commission on orders placed through its shop links.",
        "Our site is reader-supported: when you click through, we may be paid.",
        "This post contains affiliate links.",
        "Note: this blog uses affiliate links.",
        "Some of the links here are affiliate links, so we\u{2019}d earn a small fee if you buy.",
        "Listings marked with a star paid to be promoted here, and as a result I receive compensation for promoting them.",
        "Already have an account? Log in",
        "This article is exclusive to subscribers.",
        "This article is exclusive to Courier Plus subscribers",
        "Become a paid subscriber to the Courier to read on and learn about:",
        "© 2026 Riverside Courier. All rights reserved.",
        "Copyright 2026 The Harbour Gazette",
        "Follow her on Mastodon @tomas@harbour.social",
        "Follow the Harbour Gazette on Instagram, Facebook and YouTube.",
        "Follow me on Instagram for new lantern-folding tips along with reader-favourite designs every single week!",
        "Join us on TikTok: @harbourgazette",
        "Tags: Lanterns, River quarter, Festivals",
        "Tags lantern festival 2026, river quarter, paper lanterns, east bank",
        "Tagged with lanterns | festivals | river",
        "Contact the author at desk@example.org.",
        "Email: desk@example.org",
        "Five Goals for a Brighter Harbour Read More about Five Goals for a Brighter Harbour",
        "84% of people found this article helpful.",
        "Click a star to add your vote",
        "5 votes - average 4.2 out of 5",
        "Was this article helpful?",
        "Loading specifications\u{2026}",
        "Loading prices for your region...",
        "Loading",
        "SCROLL FOR MORE",
        "Rate this recipe!",
        "Please scroll to the right for more info.",
        "Swipe left for the next festival photo",
        "Click and drag to scroll",
        "Join Date: Aug 2008",
        "Posts: 1,077",
        "Reputation: 250",
        "Joined: 12/03/2019",
        "Table of Contents [Hide]",
        "In this article",
        "Jump to \u{2193}",
        "You must log in to answer this question.",
        "Create an account or sign in to comment",
        "You need to be a member in order to leave a comment",
        "Sign up now for the Lantern Weekly newsletter.",
        "Get the latest festival news delivered straight to your inbox.",
        "Join our mailing list!",
        "How useful was this post?",
        "Click on a star to rate it!",
        "Enjoy the walk? Pin it for later!",
        "Tried these lanterns? Pin this for later and tag us!",
        "Table of Content",
        "Lantern Notes is written by two volunteers. If you've enjoyed this interview, please support us by donating a small amount.",
        "If you find these free tide tables helpful, please consider making a donation to the Harbour Trust.",
        "If you liked this article, please consider liking, sharing, and subscribing to the Quay Digest.",
        "If you\u{2019}re enjoying this article, consider supporting our journalism by subscribing. By taking out a subscription "
            + "you help us keep reporters on the waterfront and in the council chamber every single week of the year.",
        "Catch up on the Gazette\u{2019}s coverage of the waterfront, and follow us on Facebook, Instagram and TikTok to stay up to date.",
        "*** Follow me on Instagram, YouTube or Facebook for a daily lantern ***",
        "Her book on the tides is out now. Follow her on Twitter @tidewriter.",
        "Star (107) You must be signed in to star a timetable",
        "Please create an account or log in to access all these features",
        "Sign in or create your free account to comment and follow the conversations that matter to you.",
        "Create a Website Account - Manage notification subscriptions, save form progress and more.",
        "To read the rest of this story subscribe to Harbour+.",
        "Unlock this article and every story in the archive",
        "Add the Harbour Gazette as a preferred source on Google to see more of our coverage when you search.",
        "Make us a Preferred Source on Google",
        "Since you made it to the bottom of this article, we have a small favour to ask.",
        "Our non-profit newsroom keeps the harbour's news free to read. Your one-off or monthly donations keep it going.",
        "If stories like this one matter to you, please consider pitching in what you can, so our reporting stays free.",
        "Did you make this recipe? Tag @harbourkitchen on Instagram so we can see your loaf!",
        "Did you make one of my recipes? Please take a moment to leave a star rating. You can also leave a comment below.",
        "Tried this recipe? Let us know how it went in the comments.",
        "Oops! Something went wrong. Please try again later.",
        "There was a problem calculating your delivery. Please try again.",
        "Sorry, we couldn\u{2019}t find a match for this harbour. Please try again.",
        "Something went wrong while trying to load the full version of this site.",
        "Whoops! Looks like we\u{2019}re having trouble reaching our server.",
        "Please enter a valid email address",
        "Thanks for signing up!",
        "There was a problem subscribing you to the newsletter. Check your address and try again.",
        "By signing up, you agree to receive recurring messages from Harbour Deals at the number provided.",
        "By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.",
        "By submitting this form, you acknowledge that you have provided the email address listed.",
        "Follow the Gazette's full coverage of the harbour vote at https://gazette.example/harbour",
        "More Gazette sailing: https://gazette.example/sailing and https://social.example/gazettesport",
        "Source: Harbour Trust",
        "SOURCE: News agencies",
        "Source: United Nations.",
        "Join our forums to keep talking tides! And if you have a news tip, correction or comment, let us know at desk@gazette.example.",
        "Have a story tip? Email us at tips@gazette.example",
    ])
    func isFurniture(_ line: String) {
        #expect(FurnitureLines.isFurniture(line))
    }

    @Test(arguments: [
        "By Sunday, the river had fallen back below the flood markers along the quay.",
        "Contributions from readers paid for the new lantern boats this year.",
        "To book a mooring, create an account with the harbour office and pay the fee online.",
        "Readers who subscribe to read the Gazette on paper get it on the quay by seven.",
        "By the time the ferry docked, most of the passengers had already left the deck.",
        "The health commission said no evidence linked the third case to the earlier two.",
        "Councillors will receive the commission's report before they vote on the new link road.",
        "We learned the agents earn a commission on every ticket purchased through the harbour office.",
        "The ferry company was paid compensation for promoting the island's summer festival last year.",
        "Streamers earn a commission when viewers buy games or gear via affiliate links.",
        "Tags are added by the editors, and readers can follow any of them.",
        "Tagged fish were released below the weir, the trust said",
        "To measure each partnership, set up affiliate links and discount codes for every campaign.",
        "Tour operators pay the agent a commission when you buy a package, plus a bonus in summer.",
        "She kept an account of every storm that reached the harbour in forty years.",
        "The ferry pass, exclusive to island residents, now costs less than the subscribers' fare.",
        "The museum reserved all rights to the photographs for the length of the exhibition.",
        "Written records from the period describe a much smaller harbour than today's.",
        "Follow the river upstream and the old mill comes into view after a mile.",
        "Follow the ferry on its way out and the lights on the quay come on one by one.",
        "Email was the only way the islanders could reach the council that winter.",
        "The harbour trust asked visitors to read more about the tides before setting out.",
        "Most islanders found the new timetable helpful, and the vote in March confirmed it.",
        "Loading the ferry took most of the morning...",
        "Loading bays on the quay will close for the festival weekend.",
        "Swipe up from the bottom of the screen to open the ferry app.",
        "Rate this year's lantern festival out of ten in our reader survey.",
        "Scroll down and tap Timetables to see more",
        "Scroll down to the harbour map, then tap the quay.",
        "Member since February 16, 2016",
        "Location: Boston, Massachusetts",
        "Posts: see the thread below",
        "Joined: the harbour trust and the ferry company, in 2019.",
        "Contents of the lantern kit",
        "Members of the harbour trust register to vote on the plan in May.",
        "I also identified 28 newsletters, a small subset of the newsletters I subscribe to, as the test set.",
        "The council's newsletter reached every home in the quarter this spring.",
        "Visitors must sign in at the gate to access the lighthouse gallery after dark, the trust said.",
        "In this article, the harbour master explains the tides.",
        "Drag the timetable into your taskbar and pin it.",
        "If you like these lantern designs, pin this image and save it for later.",
        "How useful was this harbour to the fleet? Very, the records say.",
        "Pin it for later, she said, and the map stayed on the wall for forty years until the harbour closed.",
        "If you enjoy walking, consider donating an afternoon to the trust that keeps the river path clear.",
        "If you liked the old ferry, the new one will feel familiar: the same deck, the same benches.",
        "If you would like to support our lifeboat crews, the trust takes donations at the quay office.",
        "Fans follow her on Instagram, where she posts the river every morning at dawn.",
        "The keeper asked visitors to follow us on the path to the lighthouse, where the tour began.",
        "Visitors must be signed in at the gate, the trust said, before they climb the lighthouse stairs.",
        "Readers can now add a site as a preferred source on Google, the search company said.",
        "Add the flour and water as the recipe says, and set the dough aside to rest.",
        "Our reporting found that donations to the harbour trust fell by a third in two years.",
        "The Gazette's newsroom depends on donations, its editor said, and on a grant from the port.",
        "I had a favour to ask of the ferry master, and he listened to the end before he said no.",
        "Did you make this mistake? Most bakers do: the dough needs an hour longer than the tag on the bag says.",
        "Made it to the quay by noon? Then you can still catch the ferry and share the deck with the fishermen.",
        "Something went wrong with the launch, the agency said, and the crew will try again in March.",
        "Oops, the keeper said, and laughed: the lantern had gone out again.",
        "Sorry to see the old ferry go, the islanders gathered on the quay one last time.",
        "Thanks for signing up to the lantern walk: more than 400 people joined us on the river path.",
        "By clicking the lantern icon several times, you'll see the frames light one after another.",
        "By providing ferry passes to every resident, the council hopes to keep cars off the quay.",
        "Read the report at https://trust.example/tides, which found the coverage of the sea wall patchy.",
        "More than 400 people signed the petition at https://petitions.example/quay by Friday.",
        "Source: the council's own figures, which show the tide rising.",
        "Source: https://trust.example/tides",
        "Sources close to the council say the route will not change.",
        "Sources:",
        "Readers sent us a news tip about the weir, and the council confirmed the repairs on Monday.",
        "A news tip from a reader led the Gazette to the flooded archive in March.",
    ])
    func isArticleText(_ line: String) {
        #expect(!FurnitureLines.isFurniture(line))
    }
}

@Suite struct EscapedMarkupTests {
    @Test(arguments: [
        ("The ferry left at nine.<span data-mce-type=\"bookmark\" style=\"display: inline-block;\"></span> It was full.",
         "The ferry left at nine. It was full."),
        ("<p>Lunacal: scheduling made simple for teams</p>", "Lunacal: scheduling made simple for teams"),
        ("Tides <br/>turn twice a day", "Tides turn twice a day"),
        ("<!-- note --> A hidden note", "A hidden note"),
        ("[button link=\u{201D}https://example.org/review/\u{201D} type=\u{201D}big\u{201D}] Send us your review[/button]",
         "Send us your review"),
        ("The ferry was late again. [/quote]", "The ferry was late again."),
        ("[video-player video-id=\"x1\" name=\"Folding a lantern\"]", ""),
        ("See [url=https://example.org]the timetable[/url] for times.", "See the timetable for times."),
        // A bare tag that is closed later is a leftover pair, and one glued to a word is markup.
        ("<p> The ferry was late. </p>", "The ferry was late."),
        ("The ferry<br>was late.", "The ferry was late."),
    ])
    func removesTags(_ text: String, _ expected: String) {
        #expect(EscapedMarkup.removed(from: text) == expected)
    }

    @Test(arguments: ["If a < b then the tide wins.", "We <3 the harbour.", "Scores: 3<5 and 7>2.",
                      "The rule is x <y but not always.", "He said [the ferry] was late [sic].",
                      "Set it in the [options] section; [a-z] matches a letter.", "Read [the guide](https://example.org) first.",
                      "The quote [ed. note: see above] stands.",
                      // An element a page about HTML names, or a manual's placeholder: a word of the text.
                      "The page was held together with <br> tags.", "Nest a <tr> in the <table> element; </td> closes a cell.",
                      "Take the commit message from <file>.", "<version>: the schema's version."])
    func leavesComparisonsAlone(_ text: String) {
        #expect(EscapedMarkup.removed(from: text) == text)
    }
}

extension EscapedMarkupTests {
    @Test func leavesTitlesInAngleBracketsAlone() {
        #expect(EscapedMarkup.removed(from: "The drama <The Palace: Tale of a Lantern> aired in May.")
                == "The drama <The Palace: Tale of a Lantern> aired in May.")
        #expect(EscapedMarkup.removed(from: "A novel <tides and rivers> in translation.")
                == "A novel <tides and rivers> in translation.")
    }
}

@Suite struct SubheadTests {
    @Test(arguments: [("US FALLS BEHIND", false), ("WHAT THE COUNCIL SAID", false), ("Why the river matters?", true),
                      ("A new route for the parade", true)])
    func isASubhead(_ text: String, _ bold: Bool) {
        #expect(Subheads.isSubhead(text, whollyBold: bold))
    }

    @Test(arguments: [("The council met on Monday.", true), ("NASA said so.", false), ("Key points:", true),
                      ("US", false), ("Why the river matters?", false),
                      ("A LONG LINE IN CAPITALS THAT GOES ON AND ON FOR MANY WORDS", false)])
    func isNotASubhead(_ text: String, _ bold: Bool) {
        #expect(!Subheads.isSubhead(text, whollyBold: bold))
    }
}

@Suite struct IconNameTests {
    @Test(arguments: [("Read more arrow_forward", "Read more"), ("expand_more Show the timetable", "Show the timetable"),
                      ("The file_name field and snake_case stay inside a sentence.", "The file_name field and snake_case stay inside a sentence."),
                      ("Call it NEW_HOME_2 if you like", "Call it NEW_HOME_2 if you like")])
    func removesIconNamesAtTheEdges(_ text: String, _ expected: String) {
        #expect(IconNames.removed(from: text) == expected)
    }
}

@Suite struct BoilerplateLabelTests {
    @Test(arguments: ["9 min read", "10 Min Read", "0 min. read", "3 minute listen", "2–4 minutes read", "4 min read time",
                      "6 Minute Reading Time"])
    func readingTimesAreLabels(_ line: String) {
        #expect(TextCleanup.isBoilerplateLabel(line))
    }

    @Test(arguments: ["20 minutes", "Bake for 20 minutes", "5 minutes read aloud to the class each morning"])
    func timesInTheTextAreNot(_ line: String) {
        #expect(!TextCleanup.isBoilerplateLabel(line))
    }

    @Test(arguments: ["Add to cart the cost of shipping before you compare prices.", "See more of the river on foot.",
                      "More options for ferry passes arrive in spring."])
    func sentencesOpeningWithAControlsWordsAreNot(_ line: String) {
        #expect(!TextCleanup.isBoilerplateLabel(line))
    }

    @Test(arguments: ["[edit]", "[Edit source]", "Advertisement", "Share this article", "Toggle caption", "More options",
                      "Add to cart", "See more", "Clear rating", "Sponsored Ad", "Paid content"])
    func controlsAndLabelsAreLabels(_ line: String) {
        #expect(TextCleanup.isBoilerplateLabel(line))
    }

    @Test(arguments: ["12 likes", "1.2k Views", "3 Comments", "0 replies", "1,024 shares"])
    func countsOfWhatReadersDidAreLabels(_ line: String) {
        #expect(TextCleanup.isBoilerplateLabel(line))
    }

    @Test(arguments: ["12 likes in an hour", "3 comments stood out", "260 followers", "2 days ago"])
    func otherCountsAreNot(_ line: String) {
        #expect(!TextCleanup.isBoilerplateLabel(line))
    }

    @Test(arguments: ["Advertisement - Page continues below", "Advertisement: New course on household budgets",
                      "Advertisement (gone after registration)", "WHERE TO BUY", "Check Price", "Jump To Details Check Price",
                      "Buy now from one of our trusted retail partners:", "Sort by:", "Filters", "Written by:", "Show Caption",
                      "Image 2 of 5", "Photo 3/12", "Iklan", "Publicidade", "Tempo de leitura: 1 minuto",
                      "Print This Page", "Link copied!", "Copied!", "Subscribe!", "Tags", "Filed under", "Hidden categories:",
                      "Joined", "Reaction score", "Sort: Best Match", "Sort by: Newest", "3 of 12",
                      "Last edited: Jul 3, 2024", "Last edited by Morwenna (2024-05-02 10:11:12)", "Page 2 of 9",
                      "Last updated March 3, 2026 by Mara Lind.", "Last reviewed January 2023", "Last updated 4 days ago",
                      "Updated: 6/2/2026", "Last Modified: August 08, 2023", "Last updated on 2026-11-17",
                      "Share post on:", "Copy URL", "Last updated", "Published", "Well-known member", "New Member",
                      "Original Poster", "OP", "Staff member", "of 15", "Ask Question", "Explore related questions",
                      "See similar questions with these tags.", "Start asking to get answers",
                      "Find the answer to your question by asking.", "Hot Network Questions", "Recommended Posts",
                      "People who viewed this item also viewed", "Join the Conversation", "Add a Comment",
                      "Be the first to comment", "Share your thoughts!", "Leave a Reply"])
    func advertisementAndShopLabelsAreLabels(_ line: String) {
        #expect(TextCleanup.isBoilerplateLabel(line))
    }

    @Test(arguments: ["Where to buy a second-hand bike safely", "Image 2 of the festival's poster", "Photo 3", "Buy now, pay later schemes grew by a third last year.",
                      "Advertisements for the festival ran on local radio.", "Check prices before you travel.",
                      "Print this page to take it on the walk.", "Copied from the harbour records.",
                      "Tags on the harbour boats were checked.", "3 of 12 boats returned", "Sort the nets by size.",
                      "Joined by her brother, she rowed on.", "Last edited in 1998, the guide is out of date.",
                      "Join the conversation about the new route at the town hall on Friday.",
                      "Last updated in 1998, the guide is out of date.", "Updated carrying case with a strap",
                      "Last reviewed by the board, the plan was approved.",
                      "Share your thoughts on the route with the council before March.",
                      "Page 2 of the report", "Published in 1998, the guide is out of date.", "Share the post with a friend.",
                      "A new member of the crew", "She is a well-known member of the harbour trust.", "Op. 27",
                      "Of 15 boats, three returned.", "Related questions were put to the harbour master.",
                      "Ask questions before you sign.", "Recommended posts were filled first.",
                      "People who viewed this item also viewed the harbour map."])
    func sentencesWithTheSameWordsAreNot(_ line: String) {
        #expect(!TextCleanup.isBoilerplateLabel(line))
    }
}

@Suite struct CreditLinesTests {
    @Test(arguments: ["March 15, 2022 · 3 min read · By Dana Reyes", "Charlotte Lind • November 4th, 2025",
                      "23.07.2025 · 6 min read", "2025-12-17· Trond Teigen", "Jun 08, 2023 • 11 Minute Read",
                      "May 2, 2026 | 12 comments", "By Dana Reyes, CFP \u{2013} Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by Sam Lee"])
    func isACreditLine(_ line: String) {
        #expect(CreditLines.isCreditLine(line))
    }

    @Test(arguments: ["1/27/2026 | 3/24/2026", "The ferry · the quay · the lighthouse", "Mara Lind | Harbour Trust",
                      "Prep 10 mins · Bake 45 mins", "We met on March 15, 2022 · and talked for hours about the tides",
                      "Price: 9.7/10 | Harbour Trust", "By the numbers | By the quay"])
    func isNotACreditLine(_ line: String) {
        #expect(!CreditLines.isCreditLine(line))
    }

    @Test func leavesOutTheOnlyCreditLineAtTheOpening() {
        let body = ["The ferry left at nine and the harbour emptied within the hour.", "It was a long night on the quay."]
        let opening = [Section(paragraphs: ["Mara Lind • May 2, 2026"] + body)]
        #expect(CreditLines.withoutOpeningCredits(opening) == [Section(paragraphs: body)])
        // A listing shows the shape under every entry: each stays.
        let listing = [Section(paragraphs: ["May 2, 2026 · 4 min read", "The ferry returns", "May 1, 2026 · 3 min read", "Tides"])]
        #expect(CreditLines.withoutOpeningCredits(listing) == listing)
        // Further down it is the article's own line.
        let late = [Section(paragraphs: body + body + body + ["Mara Lind • May 2, 2026"])]
        #expect(CreditLines.withoutOpeningCredits(late) == late)
    }

    /// A reading time without "read" ("2–4 minutes") at the opening is left out as a credit line
    /// is; a recipe's times, several of them, stay.
    @Test func leavesOutAReadingTimeStandingAloneAtTheOpening() {
        let body = ["The ferry left at nine and the harbour emptied within the hour.", "It was a long night on the quay."]
        #expect(CreditLines.withoutOpeningCredits([Section(paragraphs: ["2\u{2013}4 minutes"] + body)]) == [Section(paragraphs: body)])
        let recipe = [Section(paragraphs: ["Prep", "10 mins", "Bake", "45 to 55 mins", "Total", "1 hr 5 mins"] + body)]
        #expect(CreditLines.withoutOpeningCredits(recipe) == recipe)
        let step = [Section(paragraphs: ["Soak the beans.", "20 minutes"] + body + ["Drain them.", "5 minutes"])]
        #expect(CreditLines.withoutOpeningCredits(step) == step)
    }
}

@Suite struct LinkedSubjectsTests {
    @Test(arguments: [
        ("Harbour Trust acquires Mill Studio", "The Harbour Trust has bought Mill Studio, the paper workshop on the east bank."),
        ("The Natural Way to Fold by Ada Lind", "This book is an oldie but a goodie: Ada Lind teaches folding as a natural way of seeing."),
        ("Clif bars", "Clif bars are what I pack first: light, and they never crumble in the bag."),
    ])
    func namesTheParagraph(_ line: String, _ paragraph: String) {
        #expect(LinkedSubjects.mayName(line, linkCharacters: line.count, scalars: line.count))
        #expect(LinkedSubjects.names(line, subjectOf: paragraph))
    }

    @Test(arguments: [
        ("Ten lantern designs to fold this winter", "The Harbour Trust has bought Mill Studio, the paper workshop on the east bank."),
        ("Recent posts", "The ferry ran late all week, and the quay was under water by Friday."),
        // One word taken up is not enough: "Harbour" alone.
        ("Harbour lights at midnight", "The Harbour Trust has bought Mill Studio, the paper workshop on the east bank."),
        ("The Harbour Gazette app", "The harbour master closed the quay at noon on Saturday."),
    ])
    func doesNotNameTheParagraph(_ line: String, _ paragraph: String) {
        #expect(!LinkedSubjects.names(line, subjectOf: paragraph))
    }

    @Test(arguments: ["Try Weir Ferries", "Learn more about the Harbour Card", "Read more:", "Willow",
                      "A very long linked sentence that goes on and on about the river for more than fourteen words in all"])
    func isNoSubject(_ line: String) {
        #expect(!LinkedSubjects.mayName(line, linkCharacters: line.count, scalars: line.count))
    }

    @Test func aLineMostlyOutsideItsLinksIsNoSubject() {
        let line = "Read more: Harbour Trust acquires Mill Studio"
        #expect(!LinkedSubjects.mayName(line, linkCharacters: 34, scalars: line.count))
    }
}
