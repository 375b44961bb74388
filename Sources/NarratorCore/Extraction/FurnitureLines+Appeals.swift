/// What the site asks of a reader who got this far, inside a line that may say more: support it
/// ("If you've enjoyed this interview, please support us by donating a small amount."), follow
/// it on a social network ("...and follow us on Facebook and TikTok to stay up to date."), add it
/// to a search engine's preferred sources ("Add Newsweek as a preferred source on Google"). The
/// site speaks of its own work ("this article", "our forms") or of itself ("us", "me"); an
/// article that tells readers to give to a cause or to follow somebody names neither.
extension FurnitureLines {
    /// An appeal for the site's upkeep: "If you liked this article, please consider sharing and
    /// subscribing", "If you find these free forms helpful, please consider making a donation to
    /// the Legal Aid Trust." A condition on the reader's liking what the site made (this, these,
    /// our or my work, within a few words of "if you"), then a request for support, a donation or
    /// a subscription. Seventy words at most: a paragraph that reads on is the article's.
    static func isSupportAppeal(_ text: String, words: Int) -> Bool {
        guard words <= 70 else { return false }
        var text = text
        guard text.withUTF8({ ifYou.occur(in: $0) }) else { return false }
        let lower = text.utf8.map(ByteText.lower)
        let opening = Array("if you".utf8)
        var start = 0
        while start + opening.count <= lower.count {
            defer { start += 1 }
            guard lower[start..<start + opening.count].elementsEqual(opening) else { continue }
            // The condition: a liking and what the site made, within the next few words.
            let condition = Array(lower[(start + opening.count)..<min(lower.count, start + opening.count + 40)])
            guard readerLiking.occur(in: condition), siteWork.occur(in: condition) else { continue }
            return supportRequests.occur(in: Array(lower[(start + opening.count)...]))
        }
        return false
    }

    static let ifYou = ByteNeedles(["if you", "If you", "IF YOU"])
    /// "liked", "enjoyed", "'re enjoying", "find ... helpful", "found ... useful", "value"; "like"
    /// only of a thing ("like this", "like what we do"), not of a wish ("would like to").
    static let readerLiking = ByteNeedles([" liked ", " enjoy ", " enjoyed ", "enjoying ", " found ", " find ", " value ",
                                           " appreciate ", " love ", " loved ", " like this", " like these", " like our",
                                           " like my", " like what"])
    static let siteWork = ByteNeedles([" this ", " these ", " our ", " my ", " this.", " this,"])
    static let supportRequests = ByteNeedles([
        "support us", "support our", "support me", "support my", "supporting us", "supporting our",
        "supporting me", "supporting my", "consider supporting", "consider donating", "consider a donation",
        "making a donation", "make a donation", "by donating", "donate to us", "donate to me", "consider subscribing",
        "consider liking", "consider sharing", "become a patron", "buy me a coffee", "tip jar",
    ])

    /// A request to follow the site or its writer on a social network anywhere in a short line:
    /// "Catch up on our coverage, and follow us on Facebook and TikTok to stay up to date.",
    /// "Follow him on X @harbourdesk" after a writer's note. "Us" or "me" anywhere; "him", "her" or
    /// "them" opening a sentence (an article says "fans follow him on Instagram"). Thirty-five
    /// words at most.
    static func isFollowRequest(_ text: String, words: Int) -> Bool {
        guard words <= 35 else { return false }
        var text = text
        guard text.withUTF8({ followWord.occur(in: $0) }) else { return false }
        let lower = text.utf8.map(ByteText.lower)
        if followUsOn.occur(in: lower) { return true }
        return text.withUTF8 { followThemOpening.occur(in: $0) } && followThemOn.occur(in: lower)
    }

    static let followWord = ByteNeedles(["ollow ", "OLLOW "])
    static let socialNetworks = ["instagram", "facebook", "twitter", "youtube", "tiktok", "linkedin", "pinterest",
                                 "bluesky", "mastodon", "snapchat", "threads", "x ", "x.", "x,", "x @"]
    static let followUsOn = ByteNeedles(["follow us on ", "follow me on "].flatMap { request in
        socialNetworks.map { request + $0 }
    })
    static let followThemOpening = ByteNeedles(["Follow him on ", "Follow her on ", "Follow them on "])
    static let followThemOn = ByteNeedles(["follow him on ", "follow her on ", "follow them on "].flatMap { request in
        socialNetworks.map { request + $0 }
    })

    /// A request to add the site to a search engine's preferred sources, opening the line as a
    /// button's call does: "Add Newsweek as a preferred source on Google to see more of our
    /// coverage", "Make us a preferred source". An article about the feature tells what users can
    /// do ("Readers can now add a site as a preferred source") and does not open with the call.
    static func isPreferredSourceRequest(_ text: String, words: Int) -> Bool {
        guard words <= 30, let first = text.utf8.first, first == 0x41 || first == 0x4D || first == 0x53 else { return false }
        var text = text
        guard text.withUTF8({ preferredSource.occur(in: $0) }) else { return false }
        return sourceCalls.contains { text.hasPrefix($0) }
    }

    static let preferredSource = ByteNeedles(["preferred source", "Preferred Source", "preferred Source"])
    static let sourceCalls = ["Add ", "Make ", "Set "]

    /// A reader-funded newsroom's appeal: "Since you made it to the bottom of this article, we
    /// have a small favor to ask." (twenty-five words at most), or a line of seventy words at most
    /// that asks the reader for money ("your donations", "consider pitching in what you can") and
    /// names the site's journalism ("our non-profit newsroom", "our reporting"). An article on a
    /// newsroom's funding names it by name, not "our"; one whose reporting found donations falling
    /// does not ask the reader.
    static func isNewsroomAppeal(_ text: String, words: Int) -> Bool {
        guard words <= 70 else { return false }
        var text = text
        guard text.withUTF8({ appealCue.occur(in: $0) }) else { return false }
        let lower = text.utf8.map(ByteText.lower)
        if words <= 25, favourToAsk.occur(in: lower) { return true }
        return askingForMoney.occur(in: lower) && ourJournalism.occur(in: lower) && theReader.occur(in: lower)
    }

    /// Every newsroom appeal holds one of these (either case of the first letter).
    static let appealCue = ByteNeedles(["avor to ask", "avour to ask", "our ", "Our "])
    static let theReader = ByteNeedles(["you ", "you,", "you.", "your "])
    static let favourToAsk = ByteNeedles(["a small favor to ask", "a small favour to ask", "we have a favor to ask",
                                            "we have a favour to ask"])
    static let askingForMoney = ByteNeedles(["donat", "your contribution", "your support", "pitching in", "pitch in", "chip in"])
    static let ourJournalism = ByteNeedles(["our newsroom", "our journalism", "our reporting", "our non-profit newsroom",
                                            "our nonprofit newsroom", "our independent newsroom", "our independent journalism",
                                            "our local journalism", "our local newsroom"])

    /// A recipe card's call to the reader who cooked from it: "Did you make this recipe? Tag
    /// @harbourkitchen on Instagram", "Tried this recipe? Please leave a star rating", "Did you make
    /// one of my recipes? Please take a moment to leave a rating." The question opens the line and a
    /// request follows (a rating, a review, a comment, a tag, a share), sixty words at most. A
    /// question about anything but the recipe ("Did you make this mistake?") is the article's.
    static func isMadeItPrompt(_ text: String, words: Int) -> Bool {
        guard words <= 60, let first = text.utf8.first, first == 0x44 || first == 0x54 || first == 0x4D else { return false }
        let lower = text.utf8.map(ByteText.lower)
        guard madeItQuestions.contains(where: { lower.starts(with: $0.utf8) }),
              let mark = lower.firstIndex(of: 0x3F) else { return false }
        return madeItRequests.occur(in: Array(lower[mark...]))
    }

    static let madeItQuestions = ["did you make this recipe", "did you make this dish", "did you make one of my recipes",
                                  "did you try this recipe", "tried this recipe", "made this recipe", "made this dish"]
    static let madeItRequests = ByteNeedles(["rating", "rate ", "review", "comment", "tag ", "tag @", "share", "let me know",
                                             "let us know", "hashtag", "#"])

    /// A news agency's pointer to more of its coverage at an address, the line a syndicated story
    /// ends with: "Follow AP's full coverage of Brexit at https://apnews.com/Brexit", "More AP
    /// NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports". An address in the line, and
    /// "Follow", "Read", "See" or "Find" then "coverage" before it, or "More" and a few words and
    /// a colon straight before it; twenty-five words at most. A sentence that cites an address as
    /// its source ("The report, at https://..., found...") opens with neither.
    static func isCoverageLink(_ text: String, words: Int) -> Bool {
        guard words <= 25, let first = text.utf8.first, "FRSMfrsm".utf8.contains(first) else { return false }
        var text = text
        guard text.withUTF8({ webAddress.occur(in: $0) }) else { return false }
        let lower = text.utf8.map(ByteText.lower)
        if coverageCalls.contains(where: { lower.starts(with: $0.utf8) }) {
            // "coverage" before the address: the line names where the coverage is.
            guard let address = lower.indices.first(where: { lower[$0...].starts(with: "http".utf8)
                                                                || lower[$0...].starts(with: "www.".utf8) })
            else { return false }
            return coverageWord.occur(in: Array(lower[..<address]))
        }
        guard lower.starts(with: "more ".utf8), let colon = lower.firstIndex(of: 0x3A) else { return false }
        let label = lower[..<colon]
        let rest = lower[(colon + 1)...].drop { $0 == 0x20 }
        return ByteText.wordCount(label) <= 5 && (rest.starts(with: "http".utf8) || rest.starts(with: "www.".utf8))
    }

    static let webAddress = ByteNeedles(["http://", "https://", "www."])
    static let coverageCalls = ["follow ", "read ", "see ", "find "]
    static let coverageWord = ByteNeedles([" coverage "])

    /// A newsroom's call for tips: "Have a news tip? Email us at tips@...", "...And if you have a
    /// news tip, correction or comment, let us know at: community@...". A tip, then how to send
    /// it to the site; forty words at most.
    static func isTipRequest(_ text: String, words: Int) -> Bool {
        guard words <= 40 else { return false }
        var text = text
        guard text.withUTF8({ tipWords.occur(in: $0) }) else { return false }
        return tipSending.occur(in: text.utf8.map(ByteText.lower))
    }

    static let tipWords = ByteNeedles(["news tip", "News tip", "story tip", "Story tip", "a tip?", "A tip?"])
    static let tipSending = ByteNeedles(["let us know", "email us", "e-mail us", "contact us", "send it to", "send us",
                                         "reach us", "write to us"])
}
