/// The marks of scholarly writing left among words: a journal reference, a statistic glued to its
/// sign and a footnote's number after a sentence's period. eSpeak NG reads the marks by name
/// ("semicolon", "colon", "dot three") or not at all ("P<.001": "P dot zero zero one").
extension SpokenSymbols {
    /// A journal reference written the Vancouver way, year, volume, issue and pages
    /// ("2019;39(4):544-555", "2017;68:491-516", "2016;138(3):e20161896"): said with the words
    /// the marks stand for ("20 19, volume 39, issue 4, pages 544 to 555"); eSpeak: "semicolon",
    /// "colon", "dash". An article's number in place of pages ("e20161896", "20385", five digits
    /// or more) is said as written.
    static func citation(_ text: String) -> String? {
        func number(_ rest: inout Substring) -> Substring {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(digits.count)
            return digits
        }
        var rest = Substring(text)
        let year = number(&rest)
        guard year.count == 4, let value = Int(year), (1800...2099).contains(value), rest.popFirst() == ";" else { return nil }
        let volume = number(&rest)
        guard !volume.isEmpty else { return nil }
        var said = SpokenContext.yearWords(String(year)) + ", volume " + volume
        if rest.hasPrefix("(") {
            rest.removeFirst()
            let issue = number(&rest)
            guard !issue.isEmpty, rest.popFirst() == ")" else { return nil }
            said += ", issue " + issue
        }
        guard rest.popFirst() == ":" else { return nil }
        let pages = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "–") }
        let trailing = rest.dropFirst(pages.count)
        guard let first = pages.first, trailing.allSatisfy(TokenMarks.closing.contains) else { return nil }
        guard first.isNumber else { return said + ", " + pages + trailing }  // "e20161896"
        let ends = pages.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
        guard ends.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        switch ends.count {
        case 1: return said + (pages.count <= 4 ? ", page " : ", ") + pages + trailing  // "20385": an article's number
        case 2: return said + ", pages \(ends[0]) to \(ends[1])" + trailing
        default: return nil
        }
    }

    /// A statistic written against its sign ("(P<.001)", "n=48,", "α=0.87"): the name, the sign in
    /// words and the value, as three words ("(P", "less than", "0.001)"); eSpeak said nothing for
    /// "<" and read ".001" "dot zero zero one". Nil for other tokens.
    static func statistic(_ token: String) -> [String]? {
        guard let (leading, core, trailing) = TokenMarks.unwrap(token),
              let sign = core.firstIndex(where: { $0 == "<" || $0 == ">" || $0 == "=" }) else { return nil }
        let name = core[..<sign]
        let value = core[core.index(after: sign)...]
        guard (1...4).contains(name.count), name.allSatisfy(\.isLetter),
              SpokenAmounts.isNumber(value.first == "." ? "0" + value : String(value)) else { return nil }
        return [leading + name, relations[String(core[sign])]!, SpokenAmounts.withLeadingZero(value + trailing) ?? value + trailing]
    }

    /// A footnote's number after the period that ends the sentence ("has cavities.2", "on
    /// GitHub.15"): unread, as the raised figure it was (eSpeak: "cavities dot two"). Only after a
    /// word of three letters or more that is not written short ("vol.2" stays).
    static func footnote(_ token: String) -> String? {
        guard let period = token.lastIndex(of: "."), token.index(after: period) < token.endIndex else { return nil }
        let word = token[..<period]
        let number = token[token.index(after: period)...]
        guard number.count <= 3, number.allSatisfy({ $0.isASCII && $0.isNumber }), word.count >= 3,
              word.allSatisfy(\.isLetter), word.last!.isLowercase,
              SpeechNormalizer.expansions[word.lowercased()] == nil else { return nil }
        return String(word) + "."
    }
}
