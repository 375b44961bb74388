import Testing
@testable import NarratorCore

/// The byline announced after the headline: the names, without the label, the date or what a
/// page sets beside them; none when nobody is named.
@Suite struct BylineTests {
    @Test(arguments: [
        ("Ana Lyle", "Ana Lyle"),
        ("By Ana Lyle", "Ana Lyle"),
        ("By ANA LYLE and TOMAS BIRCH, Courier Staff Writers", "ANA LYLE and TOMAS BIRCH, Courier Staff Writers"),
        ("Posted byAna Lyle", "Ana Lyle"),
        ("Text by Ana Lyle", "Ana Lyle"),
        ("via harbourwatch 2 years ago | lanterns | 31 comments", "harbourwatch"),
        ("Ana Lyle | November 3, 2026 9:15 AM Print this article", "Ana Lyle"),
        ("Ana Lyle • 3 Nov 2026", "Ana Lyle"),
        ("Ana Lyle - Senior Editor", "Ana Lyle"),
        ("Ana Lyle and Tomas Birch Riverside Courier Published 11:11 PM EST Nov 3, 2026",
         "Ana Lyle and Tomas Birch Riverside Courier"),
        ("Posted by Ana Lyle on Tuesday November 3, 2026 @08:00PM from the river-quarter dept.", "Ana Lyle"),
        ("Post by lanternkeeper » Tue Nov 3, 2026 9:15 pm", "lanternkeeper"),
        ("Ana Lyle 3 November 2026", "Ana Lyle"),
        ("Ana Lyle3/11/2026", "Ana Lyle"),
        ("Ana Lyle 27/09/2026 Comment! Festivals, Rivers", "Ana Lyle"),
        ("Updated November 4, 20268:23 PM ET Originally published November 3, 2026 By Ana Lyle", "Ana Lyle"),
        ("Updated 4 Nov 2026 Written by Ana Lyle Festival Correspondent", "Ana Lyle Festival Correspondent"),
        ("Written by Courier Staff Reviewed by Tomas Birch, Expert Reviewer", "Courier Staff"),
        ("Ana Lyle Founder & Lead Reviewer Updated Nov 3, 2026", "Ana Lyle Founder & Lead Reviewer"),
        ("Ana Lyle, CFP®", "Ana Lyle, CFP"),
        // A name that is a month's is a name: no date beside it; "BYU" is not a label.
        ("April Lyle and June Birch", "April Lyle and June Birch"),
        ("BYU Newsroom", "BYU Newsroom"),
    ])
    func keepsTheNames(_ raw: String, _ expected: String) {
        #expect(Byline.cleaned(raw) == expected)
    }

    @Test(arguments: [
        "By", "Written by", "Posted by:", "Written By", "",
        "Tue Nov 3, 2026 9:15 pm", "November 3, 2026 | Festivals & Rivers", "Nov 03, 2026#1 2026-11-03T22:13+00:00",
        "Home » Festivals » Lantern Festival",
        "admin", "siteadmin", "NOC Admin", "Webmaster", "undefined",
        "page.head.extra.author", "ana.lyle", "ana_lyle", "3d23d65-ddc6-4ce5", "262588213843476", "lanterns2026",
        "ana.lyle@courier.example", "https://courier.example/authors/ana-lyle",
        "Riverside Courier © 2026", "billed annually, or $50/mo billed monthly",
    ])
    func namesNobody(_ raw: String) {
        #expect(Byline.cleaned(raw) == nil)
    }
}
