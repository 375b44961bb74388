/// Web furniture inside sentences, read as a person would: a web address as its host, announced
/// as "a link to" it when it is a link (with its scheme: "see https://example.com/a?b=1" -> "see
/// a link to example.com") or stands alone ("Read more: www.example.org/x" -> "Read more: a link
/// to example.org"), named when it is an address to type ("visit www.example.org/news" ->
/// "visit example.org"); eSpeak would spell the path letter by letter. A post's picture link
/// ("pic.twitter.com/MYwRz9euaq") is not read: a reader sees the picture. Also a
/// handle without its @ and underscores ("@PFF_Browns" -> "PFF Browns"), and emoji left
/// unread (eSpeak says their names: "slightly smiling face").
enum SpokenWeb {
    static func rewrite(_ text: String) -> String {
        guard text.contains(where: { $0 == "/" || $0 == "@" || $0 == "." || !$0.isASCII }) else { return text }
        var words: [String] = []
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for (position, token) in tokens.enumerated() {
            // Inside a sentence the address is named ("visit example.org"); standing alone, or
            // after a colon or dash, it is announced ("Read more: a link to example.org").
            let named = words.last.map { !$0.isEmpty && !$0.hasSuffix(":") && $0 != "-" && $0 != "–" && $0 != "—" } ?? false
            guard let (leading, core, trailing) = TokenMarks.unwrap(token) else { words.append(token); continue }
            // A post's attached picture, which the embed shows in place of its link: not read.
            // Ending the text, it leaves the words before it to end it ("my friend," ends "my
            // friend", or "my friend." when the link closed the sentence).
            if isPictureLink(core) {
                if position == tokens.count - 1, var last = words.popLast() {
                    while let mark = last.last, ",;:-–—".contains(mark) { last.removeLast() }
                    words.append(last + trailing.filter { ".!?".contains($0) })
                }
                continue
            }
            if let host = host(ofAddress: core) {
                let link = !named || core.lowercased().hasPrefix("http")
                words.append("\(leading)\(link ? "a link to " : "")\(host)\(trailing)")
            } else if let handle = handle(core) {
                words.append("\(leading)\(handle)\(trailing)")
            } else {
                let kept = withoutEmoji(token)
                if !kept.isEmpty || token.isEmpty { words.append(kept) }
            }
        }
        return words.joined(separator: " ")
    }

    /// The host of "https://www.example.org/a/b" or "www.example.org/a": "example.org".
    static func host(ofAddress core: String) -> String? {
        let lower = core.lowercased()
        var rest: Substring
        if lower.hasPrefix("https://") { rest = core.dropFirst(8) }
        else if lower.hasPrefix("http://") { rest = core.dropFirst(7) }
        else if lower.hasPrefix("www.") { rest = core[...] }
        else { return nil }
        if rest.lowercased().hasPrefix("www.") { rest = rest.dropFirst(4) }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        guard host.contains("."), host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        return String(host)
    }

    /// "pic.twitter.com/MYwRz9euaq": the link a post on X (Twitter) carries to its picture,
    /// written out in the text of an embedded post (`<blockquote class="twitter-tweet">`) that
    /// the embed replaces by the picture.
    static func isPictureLink(_ core: String) -> Bool {
        let lower = core.lowercased()
        return ["pic.twitter.com/", "pic.x.com/"].contains { lower.hasPrefix($0) && lower.count > $0.count }
    }

    /// "@PFF_Browns" -> "PFF Browns"; an e-mail address is not a handle.
    static func handle(_ core: String) -> String? {
        guard core.hasPrefix("@"), core.count > 2 else { return nil }
        let name = core.dropFirst()
        guard name.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" }),
              name.contains(where: \.isLetter) else { return nil }
        // Words run together in capitals are said apart: "kelsbyRNLI" -> "kelsby RNLI".
        var words: [String] = []
        for part in name.split(separator: "_") {
            var current = ""
            for character in part {
                if let last = current.last, character.isUppercase, last.isLowercase {
                    words.append(current)
                    current = ""
                }
                current.append(character)
            }
            if !current.isEmpty { words.append(current) }
        }
        return words.joined(separator: " ")
    }

    /// The token without emoji (pictographs, their modifiers and joiners, variation selectors).
    static func withoutEmoji(_ token: String) -> String {
        guard token.unicodeScalars.contains(where: \.isPictograph) else { return token }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: token.unicodeScalars.filter { !$0.isEmojiPart })
        return String(scalars)
    }
}
