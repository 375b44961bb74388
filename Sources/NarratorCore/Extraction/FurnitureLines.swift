/// Lines of page furniture recognised by their wording, wherever a page puts them: a byline
/// standing as a paragraph, an affiliate or sponsorship disclosure, a sign-in or paywall
/// prompt, a prompt to follow on a social network, a post's tags, a copyright line. Each is
/// short; an article sentence that merely mentions these words is longer or reads on, and is
/// kept. Tested on bytes, ASCII case folded: this runs on every paragraph of every page.
enum FurnitureLines {
    /// Whether a paragraph is furniture by its wording.
    static func isFurniture(_ text: String) -> Bool {
        guard text.utf8.count <= 600 else { return false }
        let words = ByteText.wordCount(text.utf8)
        guard words <= 70 else { return false }
        // An appeal may run to a few sentences; the other kinds are short.
        if isSupportAppeal(text, words: words) || isNewsroomAppeal(text, words: words) { return true }
        guard text.utf8.count <= 400 else { return false }
        // Most paragraphs start with no credit and hold none of the words the other kinds
        // need: looked at without lower-casing a copy first.
        let first = text.utf8.first.map(ByteText.lower) ?? 0
        let mayBeByline = words <= 14 && Self.creditInitials.contains(first)
        if isTeaserWithLink(text) || isLoadingPlaceholder(text, words: words) || isScrollHint(text, words: words)
            || isSourceCredit(text, words: words)
            || isFormMessage(text, words: words) || isConsentLine(text, words: words)
            || isMemberCardLine(text, words: words) || isFollowRequest(text, words: words)
            || isPreferredSourceRequest(text, words: words) || isMadeItPrompt(text, words: words)
            || isCoverageLink(text, words: words) || isTipRequest(text, words: words)
            || isContentsLabel(text) || isFollowPrompt(text, words: words) || isTagList(text, words: words) {
            return true
        }
        guard mayBeByline || mayHoldCue(text) else { return false }
        let lower = text.utf8.map(ByteText.lower)
        if mayBeByline, isBylineLine(text, lower: lower, words: words) { return true }
        if words <= 20, contactPrompts.contains(where: { lower.starts(with: $0.utf8) }) { return true }
        return isPromptOrNotice(lower, words: words)
    }

    /// Whether a heading is furniture by its wording: a contents label, a newsroom's appeal, a
    /// form's message, or a disclosure, a prompt, a rating widget or a copyright line set in a
    /// heading's type. (A heading opening "By" is not taken for a byline: "By Audience" heads a
    /// list.)
    static func isFurnitureHeading(_ text: String) -> Bool {
        let words = ByteText.wordCount(text.utf8)
        if isContentsLabel(text) || isNewsroomAppeal(text, words: words) || isFormMessage(text, words: words) { return true }
        guard text.utf8.count <= 400, mayHoldCue(text) else { return false }
        return isPromptOrNotice(text.utf8.map(ByteText.lower), words: words)
    }

    /// A disclosure, an account, newsletter or pinboard prompt, a rating widget's line or a
    /// copyright line.
    static func isPromptOrNotice(_ lower: [UInt8], words: Int) -> Bool {
        isDisclosure(lower, words: words) || isAccountPrompt(lower, words: words) || isRatingWidget(lower, words: words)
            || isCopyrightLine(lower, words: words) || isNewsletterPrompt(lower, words: words) || isPinPrompt(lower, words: words)
    }

    /// A prompt to save the page to a pinboard: "Enjoy the post? Pin it for later!". An article
    /// that tells the reader to pin a window or a shortcut says nothing of later.
    static func isPinPrompt(_ lower: [UInt8], words: Int) -> Bool {
        words <= 14 && pinPrompts.occur(in: lower)
    }

    static let pinPrompts = ByteNeedles(["pin it for later", "pin this for later", "pin for later"])

    /// A newsletter's prompt: "Sign up now for the Deals newsletter.", "Get the latest articles
    /// delivered to your inbox.", "Join our mailing list!". An article about newsletters names
    /// them without asking the reader to sign up.
    static func isNewsletterPrompt(_ lower: [UInt8], words: Int) -> Bool {
        guard words <= 30 else { return false }
        if inboxes.occur(in: lower) { return sendingActs.occur(in: lower) }
        return (signingUp.occur(in: lower) && newsletters.occur(in: lower)) || mailingList.occur(in: lower)
    }

    static let inboxes = ByteNeedles(["to your inbox", "in your inbox"])
    static let sendingActs = ByteNeedles(["delivered", "sent ", "straight", "sign up", "subscrib", "get it"])
    static let signingUp = ByteNeedles(["sign up", "subscribe to our", "join our"])
    static let newsletters = ByteNeedles(["newsletter"])
    static let mailingList = ByteNeedles(["join our mailing list"])

    /// A forum message's member card, line by line: "Join Date: Aug 2008", "Posts: 1,077",
    /// "Reputation: 250". A label of the card, a colon, and a count or a date of three words at
    /// most (letters, digits, "," "." "/" "-", a digit among them).
    static func isMemberCardLine(_ text: String, words: Int) -> Bool {
        guard words <= 5, let first = text.utf8.first.map(ByteText.lower), memberCardInitials.contains(first),
              let colon = text.utf8.firstIndex(of: 0x3A) else { return false }
        let label = text.utf8[..<colon].map(ByteText.lower)
        guard memberCardLabels.contains(where: { label.elementsEqual($0.utf8) }) else { return false }
        let value = text.utf8[text.utf8.index(after: colon)...]
        return ByteText.wordCount(value) <= 3 && value.contains(where: ByteText.isDigit)
            && value.allSatisfy { ByteText.isWordByte($0) || ByteText.isSpace($0) || ",./-".utf8.contains($0) }
    }

    static let memberCardLabels = ["join date", "joined", "posts", "total posts", "messages", "reputation",
                                   "reaction score", "likes received", "karma", "trophy points"]
    static let memberCardInitials = Set(memberCardLabels.compactMap(\.utf8.first))

    /// The label of a table of contents, standing alone (its entries go with
    /// `BodyReading.withoutContents`): "Table of Contents [Hide]", "In this article", "On this
    /// page", "Jump to". Set as a heading it heads nothing (`BlockCollector` leaves it out), or it
    /// would name the article's opening a chapter.
    static func isContentsLabel(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        var words = TextCleanup.lowercased(text).split { !("a"..."z").contains($0) }
        while let last = words.last, ["show", "hide", "toggle", "open", "close"].contains(last) { words.removeLast() }
        return contentsLabels.contains(words.joined(separator: " "))
    }

    static let contentsLabels: Set<String> = ["table of contents", "table of content", "contents", "article contents", "page contents",
                                              "in this article", "in this post", "in this guide", "on this page",
                                              "jump to", "jump to section", "skip to section"]

    /// A teaser whose link names it again for screen readers: "Five Goals for Healthy Smiles
    /// Read More about Five Goals for Healthy Smiles": a headline, "read more about", the headline.
    static func isTeaserWithLink(_ text: String) -> Bool {
        var text = text
        // Looked for without copying the text first: most paragraphs hold no "ore about ".
        guard text.utf8.count > 32, text.withUTF8({ teaserCue.occur(in: $0) }) else { return false }
        let lower = text.utf8.map(ByteText.lower)
        let cue = Array("read more about ".utf8)
        guard let start = (1..<(lower.count - cue.count)).first(where: { lower[$0..<($0 + cue.count)].elementsEqual(cue) })
        else { return false }
        let named = lower[(start + cue.count)...].prefix { $0 != 0x2E }  // up to a full stop
        guard named.count >= 8 else { return false }
        return lower.starts(with: named)
    }

    static let teaserCue = ByteNeedles(["ore about ", "ORE ABOUT "])

    /// "Tags: Lanterns, River quarter, Festivals", "Tags calendar 2018, river festival, lanterns":
    /// a post's tags, the label and a list, no sentence. "Tags are added by editors." is one.
    static func isTagList(_ text: String, words: Int) -> Bool {
        guard words <= 60, let first = text.utf8.first, first == 0x54 || first == 0x74 else { return false }
        let lower = text.utf8.map(ByteText.lower)
        guard let label = tagLabels.first(where: { lower.starts(with: $0.utf8) }) else { return false }
        let rest = lower.dropFirst(label.utf8.count)
        let listed = label.hasSuffix(":") || rest.contains(0x2C) || rest.contains(0x7C)
        return listed && !TextCleanup.endsLikeSentence(text)
    }

    static let tagLabels = ["tags:", "tagged:", "tagged with", "tags "]

    /// "Follow Newsbeat on Instagram, Facebook and YouTube.", "Follow me on Instagram for new
    /// recipes!", "Join us on TikTok": a prompt to follow the site or the writer on a social
    /// network. "Follow the river upstream" names none.
    static func isFollowPrompt(_ text: String, words: Int) -> Bool {
        guard words <= 25, let first = text.utf8.first, first == 0x46 || first == 0x4A || first == 0x66 || first == 0x6A
        else { return false }
        let lower = text.utf8.map(ByteText.lower)
        guard followOpenings.contains(where: { lower.starts(with: $0.utf8) }) else { return false }
        return onSocialNetworks.occur(in: lower)
    }

    static let followOpenings = ["follow ", "join me on ", "join us on ", "find me on ", "find us on "]
    static let onSocialNetworks = ByteNeedles([
        "instagram", "facebook", "twitter", "youtube", "tiktok", "linkedin", "pinterest", "bluesky", "mastodon", "snapchat",
        "threads", "x.com",
    ].map { " on " + $0 })

    /// "Follow her on X @…", "Contact the author at …", "Email: …": how to reach the author, at
    /// the end of an article or in its bio.
    static let contactPrompts = ["follow me on", "follow us on", "follow him on", "follow her on", "follow them on",
                                 "contact the author", "contact the writer", "email the author", "email:", "e-mail:",
                                 "reach the author", "you can reach", "send tips to", "got a tip?"]

    /// First letters of `bylineCredits` and `contactPrompts`.
    static let creditInitials: Set<UInt8> = Set((bylineCredits + contactPrompts).compactMap { $0.utf8.first })

    /// Whether the text holds a cue, in either case at its first letter (a cue is lower-case
    /// inside a sentence or capitalised at its start), without copying it.
    static func mayHoldCue(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in anyCueEitherCase.occur(in: bytes) }
    }

    static let anyCueEitherCase = ByteNeedles(anyCueWords + anyCueWords.map { $0.prefix(1).uppercased() + $0.dropFirst() }
                                              + ["ALL RIGHTS RESERVED", "COPYRIGHT"])

    /// Every word a disclosure, a prompt or a copyright line must hold one of.
    static let anyCueWords = ["affiliate", "reader-supported", "supports our work", "commission", "compensat",
                              "unlock this", "the rest of this", "account", "subscri", "log in", "sign in", "continue",
                              "rights reserved", "©",
                              "copyright", "helpful", "vote", "rate this", "rating", "register", "member",
                              "inbox", "newsletter", "mailing list", "a star", "useful was this", "in it for",
                              "in this for", "signed in", "logged in"]

    /// "Source: Salesforce", "SOURCE: Al Jazeera News", "Sources: News agencies": a credit under a
    /// picture, a chart or the story, the label and a name of six words at most, standing alone.
    /// A sentence after the label ("Source: the council's own figures, which show the tide
    /// rising.") or an address (a reference) is not one.
    static func isSourceCredit(_ text: String, words: Int) -> Bool {
        // "Sources:" alone labels a list of references (`ElsewhereHeadings`), not a credit.
        guard words >= 2, words <= 7, let first = text.utf8.first, first == 0x53 || first == 0x73 else { return false }  // S s
        let lower = TextCleanup.lowercased(text)
        guard lower.hasPrefix("source:") || lower.hasPrefix("sources:") else { return false }
        // The name: no address, no full stop but one at its end ("Source: United Nations.").
        let name = lower.drop { $0 != ":" }.dropFirst()
        return !name.contains("/") && !name.dropLast().contains(".")
    }

    /// "By Jane Doe", "Written by Jane Doe | Updated 3 May", "Reviewed by Dr. Lee ⋅ Editor":
    /// a credit and a name of capitalised words, then at most a role or a date.
    static func isBylineLine(_ text: String, lower: [UInt8], words: Int) -> Bool {
        guard words <= 14, let credit = bylineCredits.first(where: { lower.starts(with: $0.utf8) }) else { return false }
        let rest = text.utf8.dropFirst(credit.utf8.count).split(separator: 0x20)
        // The name: two or more capitalised words before any comma or the end.
        var names = 0
        for word in rest {
            guard let first = word.first, first >= 0x41, first <= 0x5A else { break }
            names += 1
            if word.last == 0x2C { break }
        }
        return names >= 2 || (names == 1 && rest.count == 1)
    }

    static let bylineCredits = ["by ", "written by ", "reviewed by ", "fact-checked by ", "fact checked by ",
                                "edited by ", "words by ", "story by ", "reporting by ", "medically reviewed by ",
                                "contributions from: ", "contributions by "]

    /// "We may earn a commission when you buy through links on this page": a payment to the
    /// site ("we", "I", "our") for what the reader does ("you buy", "through links", "orders
    /// placed through its retail links", "from links on this page") or for
    /// promoting an advertiser ("I receive compensation for promoting them").
    static func isDisclosure(_ lower: [UInt8], words: Int) -> Bool {
        guard words <= 70 else { return false }
        if disclosures.occur(in: lower) { return true }
        let namesSite = namesTheSite(lower)
        // "This post contains affiliate links": the links of this page; a sentence about
        // affiliate links ("Streamers earn a commission via affiliate links") names neither.
        if affiliateLinks.occur(in: lower), namesSite || thisPage.occur(in: lower) { return true }
        return payments.occur(in: lower) && namesSite && (readerActs.occur(in: lower) || isThroughLinks(lower))
    }

    /// Whether "we", "I", "our" or "us" stands in the text as a word (not inside "plus" or
    /// "Linus"); "we’d" and "I'm" count. Words as `Shingles` reads them.
    static func namesTheSite(_ lower: [UInt8]) -> Bool {
        var named = false
        lower.withUnsafeBufferPointer { bytes in
            Shingles.forEachWord(in: bytes) { range, _ in
                if !named, siteWords.contains(where: { bytes[range].elementsEqual($0) }) { named = true }
            }
        }
        return named
    }

    /// "through" and, within the next few words, "link": "orders placed through its retail
    /// links", "products purchased through some links". A sale made "through the harbour
    /// office" is not one.
    static func isThroughLinks(_ lower: [UInt8]) -> Bool { follows(lower, "through ", by: "link") }

    /// Whether `word` comes within a few words (28 bytes) after `opening` in the text.
    static func follows(_ lower: [UInt8], _ opening: String, by word: String) -> Bool {
        let first = Array(opening.utf8)
        var start = 0
        while start + first.count <= lower.count {
            if lower[start..<start + first.count].elementsEqual(first) {
                let window = lower[(start + first.count)..<min(lower.count, start + first.count + 28)]
                if ByteText.contains(window, word) { return true }
            }
            start += 1
        }
        return false
    }

    static let disclosures = ByteNeedles(["reader-supported", "supports our work"])
    static let affiliateLinks = ByteNeedles(["affiliate link"])
    /// Words that point at the page or the site the line is on.
    static let thisPage = ByteNeedles([
        "this post", "this page", "this article", "this site", "this website", "this blog", "the post", "my posts",
        "some articles", "contain", "uses affiliate", "use affiliate",
    ])
    static let payments = ByteNeedles(["commission", "compensat", "affiliate"])
    static let siteWords = ["we", "i", "our", "us"].map { Array($0.utf8) }
    static let readerActs = ByteNeedles(["you buy", "you click", "you purchase", "you make a purchase", "you sign up",
                                         "you choose to buy", "via links", "from links", "links on this page",
                                         "links in this article",
                                         // ...or for what the site does for an advertiser.
                                         "for promoting", "to be promoted", "for featuring"])

    /// "Already have an account? Log in", "This article is exclusive to subscribers", and a
    /// prompt to sign in or join before taking part: "You must log in to answer this question",
    /// "Create an account or sign in to comment", "You need to be a member in order to leave a
    /// comment".
    static func isAccountPrompt(_ lower: [UInt8], words: Int) -> Bool {
        guard words <= 20 else { return false }
        return accountPhrases.occur(in: lower) || joinToTakePart.occur(in: lower)
            // "This article is exclusive to STAT+ subscribers": the plan named between.
            || follows(lower, "exclusive to ", by: "subscribers")
    }

    /// "log in to answer", "sign in to comment", "be a member in order to leave a comment": an
    /// account's act followed straight by taking part.
    static let joinToTakePart = ByteNeedles(
        ["log in", "login", "sign in", "register", "sign up", "be logged in", "be a member in order"].flatMap { act in
            ["comment", "answer", "reply", "post a", "leave a comment", "join the discussion"].map { "\(act) to \($0)" }
        })

    static let accountPhrases = ByteNeedles([
        "already have an account", "already a subscriber", "log in to continue", "sign in to continue",
        "create a free account", "exclusive to subscribers", "subscribers only", "for subscribers only",
        "subscribe to continue", "to continue reading", "become a paid subscriber",
        // "You must be signed in to star a gist", "Please log in to access all these features".
        "must be signed in to", "must be logged in to", "need to be signed in to", "need to be logged in to",
        "log in to access", "sign in to access",
        // "Sign in or create your free account to comment", "Create a Website Account - Manage
        // notification subscriptions".
        "sign in or create", "log in or create", "login or create", "sign in or register", "log in or register",
        "create a website account",
        // A paywall's offer: "Unlock this article — plus in-depth analysis", "To read the rest of
        // this story subscribe to STAT+."
        "unlock this article", "unlock this story", "unlock the full article", "unlock the full story",
        "read the rest of this story", "read the rest of this article",
    ])

    /// A rating widget's lines: "84% of people found this article helpful", "Click a star to add
    /// your vote", "5 votes - average 4.2 out of 5", "Was this page helpful?", "How useful was
    /// this post?", and a widget's prompt of four words at most: "Rate this recipe!", "Rate this
    /// book" (a sentence asking the reader to rate a thing says more).
    static func isRatingWidget(_ lower: [UInt8], words: Int) -> Bool {
        words <= 14 && ratingPhrases.occur(in: lower) || words <= 4 && lower.starts(with: "rate this ".utf8)
    }

    static let ratingPhrases = ByteNeedles([
        "found this article helpful", "found this page helpful", "found this helpful", "was this article helpful",
        "was this page helpful", "was this helpful", "click a star", "add your vote", "votes - average",
        "rate this article", "rate this post", "rate this page", "no votes so far", "click on a star",
        "useful was this post", "useful was this article", "useful was this page",
    ])

    /// "© 2026 Riverside Courier. All rights reserved."
    static func isCopyrightLine(_ lower: [UInt8], words: Int) -> Bool {
        words <= 25 && (copyright.occur(in: lower) || lower.starts(with: "©".utf8) || lower.starts(with: "copyright".utf8))
    }

    static let copyright = ByteNeedles(["all rights reserved"])
}
