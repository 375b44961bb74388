/// What a widget shows in place of the article's text: a placeholder until a script fills it,
/// a hint to scroll or swipe it, a form's message when it fails or wants an address, its
/// consent line. Lines of its own, recognised by their wording.
extension FurnitureLines {
    /// What a page shows until a script fills the place: "Loading…", "Loading prices for your
    /// region...". A line of six words at most that starts with "loading" and trails off (or
    /// says nothing more).
    static func isLoadingPlaceholder(_ text: String, words: Int) -> Bool {
        guard words <= 6, text.utf8.count >= 7, text.utf8.first.map(ByteText.lower) == 0x6C else { return false }  // "l"
        let bytes = Array(text.utf8)
        guard bytes.prefix(7).map(ByteText.lower).elementsEqual("loading".utf8) else { return false }
        return words == 1 || bytes.suffix(3).elementsEqual("...".utf8) || bytes.suffix(3).elementsEqual([0xE2, 0x80, 0xA6])
    }

    /// A widget's hint to move it, for eyes and fingers: "Scroll for more", "SWIPE TO SEE
    /// MORE", "Please scroll to the right for more info.", "Swipe left for the next trending
    /// thread", "Click and drag to scroll". Ten words at most: the gesture, where to, and more of
    /// the page (or the next item) as all it brings; a how-to's step asks for something else
    /// ("Swipe up from the bottom of the screen", "Scroll down and tap Settings to see more").
    static func isScrollHint(_ text: String, words: Int) -> Bool {
        guard words <= 10, let first = text.utf8.first(where: ByteText.isWordByte).map(ByteText.lower),
              first == 0x73 || first == 0x70 || first == 0x63 || first == 0x64 else { return false }  // s p c d
        var said = TextCleanup.lowercased(text).split { !("a"..."z").contains($0) }.map(String.init)
        if said.first == "please" { said.removeFirst() }
        if said.starts(with: ["click", "and"]) { said.removeFirst(2) }
        guard let gesture = said.first, scrollGestures.contains(gesture) else { return false }
        for word in said.dropFirst() {
            if word == "next" { return true }  // "... for the next trending thread"
            guard scrollHintWords.contains(word) else { return false }
        }
        return ["more", "info", "information", "scroll"].contains(said.last ?? "")
    }

    static let scrollGestures: Set = ["scroll", "swipe", "drag"]
    static let scrollHintWords: Set = ["down", "up", "left", "right", "to", "the", "for", "see", "view", "read", "more",
                                       "info", "information", "scroll"]

    /// What a form or a widget says when something fails, kept in the page until a script shows
    /// it: "Oops! Something went wrong. Please try again later.", "There was a problem
    /// calculating your shipping. Please try again.", "Something went wrong while trying to load
    /// the full version of this site.", "Please enter a valid email", and what it says when it
    /// worked ("Thanks for signing up!", "You have been successfully subscribed!"). Twenty-five
    /// words at most: a failure and a plea to try again, an interjection opening a failure
    /// ("Oops!"), something gone wrong with the page or a request, a problem subscribing the
    /// reader; twelve at most: the address asked for, or thanks for signing up. An article's
    /// sentence on a failure tells who will try again ("the crew will try again in March"), and
    /// pleads not.
    static func isFormMessage(_ text: String, words: Int) -> Bool {
        guard words <= 25 else { return false }
        var text = text
        guard text.withUTF8({ formMessageCue.occur(in: $0) }) else { return false }
        let lower = text.utf8.map(ByteText.lower)
        if words <= 12, validAddress.occur(in: lower) || signedUp.occur(in: lower) { return true }
        if problemSubscribing.occur(in: lower) { return true }
        let failed = failures.occur(in: lower)
        if failed, pleasTryAgain.occur(in: lower) { return true }
        if failed, words <= 20, interjections.contains(where: { lower.starts(with: $0.utf8) }) { return true }
        return wentWrong.occur(in: lower) && wrongWith.occur(in: lower)
    }

    /// Every form message holds one of these (either case of the first letter).
    static let formMessageCue = ByteNeedles(["lease try", "LEASE TRY", "valid email", "valid e-mail", "Valid Email", "ops",
                                             "OPS", "Opps", "opps", "OPPS", "went wrong", "Went Wrong", "WENT WRONG",
                                             "igning up", "ubscrib"])
    static let validAddress = ByteNeedles(["enter a valid email", "enter a valid e-mail", "enter valid email"])
    static let signedUp = ByteNeedles(["thanks for signing up", "thank you for signing up", "successfully subscribed",
                                       "you have been subscribed", "thanks for subscribing", "thank you for subscribing"])
    static let problemSubscribing = ByteNeedles(["problem subscribing you", "error subscribing you"])
    static let pleasTryAgain = ByteNeedles(["please try again", "please try your request again", "please try later"])
    static let failures = ByteNeedles(["wrong", "problem", "error", "sorry", "couldn't", "could not", "couldn\u{2019}t",
                                       "unable", "failed", "trouble"])
    static let interjections = ["oops", "opps", "ooops", "whoops"]
    static let wentWrong = ByteNeedles(["something went wrong"])
    static let wrongWith = ByteNeedles(["this site", "this page", "the page", "the form", "your request", "submitting",
                                        "loading", "to load"])

    /// A form's consent line: "By signing up, you agree to receive...", "By clicking Sign Me Up,
    /// you confirm you are 16+ and agree to our Terms", "By submitting this form, you acknowledge
    /// ...". It opens with what the reader does to the form ("By clicking", "By subscribing") and
    /// says what the reader thereby agrees to; eighty words at most. A sentence opening "By
    /// clicking the button several times, you'll see..." agrees to nothing.
    static func isConsentLine(_ text: String, words: Int) -> Bool {
        guard words <= 80, text.utf8.first == 0x42 || text.utf8.first == 0x62 else { return false }  // B b
        let lower = text.utf8.map(ByteText.lower)
        guard formActs.contains(where: { lower.starts(with: $0.utf8) }) else { return false }
        return youAgree.occur(in: lower)
    }

    static let formActs = ["by signing up", "by subscribing", "by clicking", "by submitting", "by registering",
                           "by continuing", "by entering", "by providing", "by creating an account", "by checking"]
    static let youAgree = ByteNeedles(["you agree", "you acknowledge", "you confirm", "you consent", "you accept",
                                       "you authorize", "you are agreeing", "you\u{2019}re agreeing", "you're agreeing"])
}
