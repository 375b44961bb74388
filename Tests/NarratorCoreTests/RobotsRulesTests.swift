import Foundation
import NarratorCore
import Testing

/// robots.txt as RFC 9309 reads it.
@Suite struct RobotsRulesTests {
    let text = """
        # a comment
        User-agent: *
        Disallow: /private/
        Allow: /private/open.html
        Disallow: /*.pdf$
        Disallow: /search?

        User-agent: OtherBot
        User-agent: narrator
        Disallow: /drafts/
        Allow: /drafts/public
        """

    @Test func theGroupNamingUsWinsOverTheWildcard() {
        let rules = RobotsRules(text: text, agent: "narrator")
        #expect(!rules.allows("/drafts/story"))
        #expect(rules.allows("/drafts/public/story"))
        #expect(rules.allows("/private/page"), "the * group does not apply when a group names us")
    }

    @Test func longestMatchWinsAndAllowWinsATie() {
        let rules = RobotsRules(text: text, agent: "someone-else")
        #expect(!rules.allows("/private/page"))
        #expect(rules.allows("/private/open.html"))
        #expect(!rules.allows("/files/report.pdf"))
        #expect(rules.allows("/files/report.pdf.html"))
        #expect(!rules.allows("/search?q=tides"))
        #expect(rules.allows("/news/tides"))
        let tie = RobotsRules(text: "User-agent: *\nDisallow: /a\nAllow: /a\n", agent: "narrator")
        #expect(tie.allows("/a/b"))
    }

    @Test func emptyDisallowAndNoRulesAllowEverything() {
        #expect(RobotsRules(text: "User-agent: *\nDisallow:\n", agent: "narrator").allows("/anything"))
        #expect(RobotsRules(text: "", agent: "narrator").allows("/anything"))
        #expect(!RobotsRules.disallowAll.allows("/"))
        #expect(RobotsRules(text: "User-agent: *\nDisallow: /\n", agent: "narrator").allows("/") == false)
    }

    @Test func retryAfterInSecondsOrAsADate() {
        #expect(RetryAfter.seconds("120") == 120)
        #expect(RetryAfter.seconds("soon") == nil)
        #expect(RetryAfter.seconds(nil) == nil)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(RetryAfter.seconds("Tue, 14 Nov 2023 22:13:40 GMT", now: now) == 20)
    }
}
