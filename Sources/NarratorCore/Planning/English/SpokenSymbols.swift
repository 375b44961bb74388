/// Signs written among words that eSpeak NG reads by their names, said as a narrator says them:
/// "#1" is "number 1" (eSpeak: "hash one"), a hashtag among words "hashtag" and its words
/// ("#LowTide" "hashtag Low Tide"; a page's anchor or code stays), "vs" "versus"
/// ("V S"), "~20" "about 20" ("tilde"), "3x faster" "3 times faster" and "8x10" or "4 x 4"
/// "8 by 10", "4 by 4" ("ex"), "and/or" "and or" ("and slash or"), "I/O" "I O" and "his/her"
/// "his or her" (`slashed`), "file(s)" "files" and
/// "i.e.," "that is," ("I E"), "e.g.," "for example,"; "C#" and "F#" are "C sharp", "F sharp" ("C
/// hash").
enum SpokenSymbols {
    static func rewrite(_ text: String) -> String {
        // Most sentences hold none of the signs: leave them as they are.
        guard mayHoldSigns(text) || SpokenShortWords.mayHold(text) else { return text }
        var tokens: [String] = []
        for piece in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            // "(P<.001)": a statistic glued to its sign, said as three words.
            if let words = statistic(piece) { tokens += words } else { tokens.append(piece) }
        }
        // "has cavities.2": a footnote's number ending the sentence, unread.
        if let last = tokens.last, let word = footnote(last) { tokens[tokens.count - 1] = word }
        // "## Notes on the Survey", "#Key Principles": a Markdown heading's signs left in the
        // text, unread (eSpeak: "hash").
        if tokens.count > 1, tokens[1].first?.isUppercase == true, let heading = withoutHeadingMarks(tokens[0]) {
            if heading.isEmpty { tokens.removeFirst() } else { tokens[0] = heading }
        }
        // A trail of pages ("Home >Marketing >7 Plumbing Tips", "Home > News > 2024": two signs or
        // more, each after a capitalised name) is not a comparison.
        let signs = tokens.indices.filter { tokens[$0] == ">" }
        let trail = tokens.contains { $0.count > 1 && $0.hasPrefix(">") && $0.dropFirst().first!.isLetter }
            || signs.count >= 2 && signs.allSatisfy { $0 > 0 && tokens[$0 - 1].first?.isUppercase == true }
        var out: [String] = []
        out.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            // "<3" ending a phrase or before a name: a heart, not a number; nothing said ("It has <3
            // days left" is a count).
            let (core, trailing) = SpokenContext.split(token)
            if core == "<3", !trailing.isEmpty || next.map({ $0.first.map { !$0.isLowercase } ?? true }) ?? true {
                if let last = out.last, !trailing.isEmpty { out[out.count - 1] = last + trailing }
                index += 1
                continue
            }
            // A face typed from punctuation (":)", ";-)"): nothing said, its closing marks kept.
            if let (_, trailing) = face(token) {
                if let last = out.last, !trailing.isEmpty { out[out.count - 1] = last + trailing }
                index += 1
                continue
            }
            // "2024- 2030", "12pm- 1pm", "150- 200 ms": a range whose dash was set against its
            // first end, read as the range written closed up ("2024 to 2030"; eSpeak: "dash").
            if let next, let dash = token.last, dash == "-" || dash == "–", isRangeStart(token.dropLast()),
               let first = next.first, first.isASCII, first.isNumber {
                out.append(said(token.dropLast() + "-" + next, after: out.last ?? "", before: index + 2 < tokens.count ? tokens[index + 2] : nil))
                index += 2
                continue
            }
            // A lone "x" between two numbers ("4 x 4", "(6016 x 4016)"), or a lone "x" or "×" after
            // a measure ("40in x 15in", "2m × 3m", "21 mm x 18 mm", "5/16″ x 3/4″"), is a size;
            // "3 × 4" is left "times".
            if token == "x" || token == "×", let previous = out.last.map(Self.measured),
               (token == "x" && SpokenAmounts.isNumber(previous)) || SpokenAmounts.measure(previous) != nil || isInches(previous)
                || (out.count >= 2 && SpokenAmounts.isNumber(Self.measured(out[out.count - 2])) && isSeparateUnit(previous)),
               index + 1 < tokens.count, let first = tokens[index + 1].first, first.isASCII, first.isNumber {
                out.append("by")
                index += 1
                continue
            }
            // "Lopez (D-Calif.) voted": a lawmaker's party and state in parentheses, said between
            // pauses as a narrator reads them ("Lopez, Democrat of California, voted"; eSpeak ran
            // the name into the party).
            if token.hasPrefix("("), let last = out.last, let close = trailing.firstIndex(of: ")"),
               let party = SpokenShortWords.affiliation(String(core.dropFirst()), opened: true, after: last) {
                let after = trailing[trailing.index(after: close)...]
                if !(last.last.map { ",;:".contains($0) } ?? true) { out[out.count - 1] = last + "," }
                out.append(party + (after.isEmpty ? "," : after))
                index += 1
                continue
            }
            // "scores > 90", "x < 5": a comparison set apart before a number (eSpeak says nothing).
            if token == ">" && !trail || token == "<", !out.isEmpty, index + 1 < tokens.count,
               let first = tokens[index + 1].first, first.isASCII, first.isNumber {
                out.append(relations[token]!)
                index += 1
                continue
            }
            out.append(trail && token.hasPrefix(">") ? token : said(token, after: out.last ?? "", before: next))
            index += 1
        }
        return out.joined(separator: " ")
    }

    /// The first end of a range, its dash aside: a number, a percentage or a time of day ("150",
    /// "2.5", "30%", "12pm").
    static func isRangeStart(_ end: Substring) -> Bool {
        var digits = end
        for suffix in ["%", "am", "pm"] where digits.hasSuffix(suffix) { digits = digits.dropLast(suffix.count) }
        guard let first = digits.first, first.isASCII, first.isNumber, digits.last!.isNumber else { return false }
        return digits.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == ":") }
    }

    /// One token's spoken form, punctuation around it kept.
    static func said(_ token: String, after previous: String, before next: String? = nil) -> String {
        // "# of movers", a table's heading: "number of" (eSpeak: "hash of").
        if token == "#", next == "of" { return "number" }
        // Asked only of a "#": every other token is said without it.
        func beforeNumber() -> Bool { next.map { SpokenAmounts.isNumber(SpokenContext.split($0).core) } ?? false }
        // "permit #: 5521", "# 12": the sign for "number" standing alone before one.
        if token == "#:" || token == "#" && beforeNumber() { return "number" + token.dropFirst() }
        let leading = String(token.prefix { TokenMarks.opening.contains($0) })
        let (core, trailing) = SpokenContext.split(String(token.dropFirst(leading.count)))
        guard !core.isEmpty else { return token }
        if let height = SpokenAmounts.feetAndInches(String(token.dropFirst(leading.count))) { return leading + height }
        // "Founded:1994", "Age:35–44", "(per seat):45": a label glued to its number by a colon
        // (eSpeak: "colon"), which is a pause between them.
        if let colon = core.firstIndex(of: ":"), core.distance(from: core.startIndex, to: colon) >= 2,
           core[..<colon].drop(while: \.isLetter).allSatisfy({ $0 == ")" || $0 == "]" }), core.first!.isLetter,
           let first = core[core.index(after: colon)...].first, first.isASCII, first.isNumber {
            let rest = String(token.dropFirst(leading.count + core.distance(from: core.startIndex, to: colon) + 1))
            return leading + core[...colon] + " " + said(rest, after: String(core[...colon]), before: next)
        }
        // ">30%", "<5ms", "≥4": more or less than the amount stuck to the sign.
        if let sign = core.first, let words = comparisons[String(sign)], let first = core.dropFirst().first,
           first.isASCII && first.isNumber || "$£€".contains(first) {
            return leading + words + " " + said(String(token.dropFirst(leading.count + 1)), after: words, before: next)
        }
        if core == "vs" { return leading + "versus" + trailing }
        // "Smith v. Jones" (its period dropped by now): a case at law (eSpeak: "vee").
        if core == "v", leading.isEmpty, trailing.isEmpty, previous.first?.isUppercase == true,
           next?.first?.isUppercase == true { return "versus" }
        if let party = SpokenShortWords.affiliation(core, opened: leading == "(", after: previous) {
            return leading + party + TokenMarks.withoutAbbreviationPeriod(trailing)
        }
        if trailing.hasPrefix("."), let state = SpokenShortWords.state(core, after: previous) {
            return leading + state + TokenMarks.withoutAbbreviationPeriod(trailing)
        }
        if let said = SpokenShortWords.said(core, after: previous, before: trailing.isEmpty || trailing == "." ? next : nil) {
            // The period that made it short goes before another mark ("Central Ave., serves").
            return leading + said + TokenMarks.withoutAbbreviationPeriod(trailing)
        }
        if core == "and/or" { return leading + "and or" + trailing }
        if let slashed = slashed(core) { return leading + slashed + trailing }
        if core == "i.e" && trailing.hasPrefix(".") { return leading + "that is" + trailing.dropFirst() }
        if core == "e.g" || core == "E.g", trailing.hasPrefix(".") {
            return leading + (core == "e.g" ? "for example" : "For example") + trailing.dropFirst()  // eSpeak: "E G"
        }
        if core.hasSuffix("(s"), trailing.hasPrefix(")"), core.count > 2,
           core.dropLast(2).allSatisfy(\.isLetter) {
            return leading + core.dropLast(2) + "s" + trailing.dropFirst()  // "file(s)"
        }
        // "A+", "A++": a grade or a rating, the letter said as a letter ("A-plus"; eSpeak read
        // "A +" as the article, "uh plus").
        if core == "A+" || core == "A++" { return leading + (core == "A+" ? "A-plus" : "A-plus-plus") + trailing }
        // "C#", "F#": a note or a programming language, said "sharp" (eSpeak: "C hash").
        if core.count == 2, core.hasSuffix("#"), let letter = core.first, ("A"..."G").contains(letter) {
            return leading + "\(letter) sharp" + trailing
        }
        if core.hasPrefix("#"), SpokenAmounts.isNumber(String(core.dropFirst())) {
            return leading + "number " + core.dropFirst() + trailing
        }
        // "Tip#2", "USCG# 112233": a name and its number, the sign between them "number".
        if let sign = core.firstIndex(of: "#"), core.distance(from: core.startIndex, to: sign) >= 2,
           core[..<sign].allSatisfy(\.isLetter) {
            let number = String(core[core.index(after: sign)...])
            if number.isEmpty ? trailing.isEmpty && beforeNumber() : SpokenAmounts.isNumber(number) {
                return leading + core[..<sign] + " number" + (number.isEmpty ? "" : " " + number) + trailing
            }
        }
        let body = String(token.dropFirst(leading.count))
        if let said = section(body) ?? citation(body) { return leading + said }
        if let code = formNumber(core) ?? code(core) ?? ticker(core) { return leading + code + trailing }
        if let said = hashtag(core, after: previous, before: next) { return leading + said + trailing }
        if core.hasPrefix("~"), let next = core.dropFirst().first, next.isNumber || "$£€".contains(next) {
            // "a ~30x difference": "a roughly 30 times difference", not "a about"; after
            // "approximately" the sign says nothing more.
            let amount = said(String(core.dropFirst()), after: "")
            switch previous.lowercased() {
            case "a", "an": return leading + "roughly " + amount + trailing
            case "about", "approximately", "around", "roughly", "nearly", "almost", "some": return leading + amount + trailing
            default: return leading + "about " + amount + trailing
            }
        }
        // "±3 pts", "±0.1 mm": a tolerance, its amount said as any other (eSpeak said "plus or
        // minus 3 P T S").
        if core.hasPrefix("±"), core.dropFirst().first?.isASCIIDigit == true {
            return leading + "plus or minus " + said(String(core.dropFirst()), after: "") + trailing
        }
        if let times = self.times(core, before: next) { return leading + times + trailing }
        return token
    }

    /// A token opening with one to six "#", the signs of a Markdown heading, without them: empty
    /// when it is the signs alone, nil unless a capital follows them ("#Key" -> "Key").
    static func withoutHeadingMarks(_ token: String) -> String? {
        let heading = token.drop { $0 == "#" }
        guard (1...6).contains(token.count - heading.count), heading.isEmpty || heading.first!.isUppercase else { return nil }
        return String(heading)
    }

    /// Signs comparing an amount, as said before it ("at >30%" "at more than 30%"; eSpeak says
    /// nothing for ">" and "<").
    static let comparisons: [String: String] = [">": "more than", "<": "less than", "≥": "at least", "≤": "at most"]

    /// Signs relating two things, as said between them ("scores > 90", "P<.001", "n=48").
    static let relations: [String: String] = ["<": "less than", ">": "greater than", "=": "equals"]

    /// "3x", "1.5x" -> "3 times", "2-3x" -> "2 to 3 times"; "8x10", "1920x1080", "4×4" -> "8 by
    /// 10" (eSpeak says "×" as "times", right between numbers set apart: "3 × 4"), but "4x30 sec"
    /// and "8x30sec" "4 times 30 sec".
    /// Hexadecimal ("0x1F", "0x") is left.
    static func times(_ core: String, before next: String? = nil) -> String? {
        guard let x = core.firstIndex(where: { $0 == "x" || $0 == "×" }), x != core.startIndex else { return nil }
        let number = String(core[..<x])
        let rest = String(core[core.index(after: x)...])
        // "2-3x", "1.5–3x": a range of times ("2 to 3 times"; eSpeak: "two dash three times").
        if rest.isEmpty, let (low, high) = SpokenAmounts.rangeEnds(number),
           SpokenAmounts.isNumber(low), SpokenAmounts.isNumber(high) {
            return "\(low) to \(high) times"
        }
        guard SpokenAmounts.isNumber(number), number != "0" else { return nil }
        if rest.isEmpty { return number + " times" }
        guard !SpokenAmounts.isNumber(rest) else {
            // Before a span of time it counts repetitions: "4x30 sec" is "4 times 30 sec".
            let unit = next.map { SpokenContext.split($0).core.lowercased() } ?? ""
            return "\(number) \(Self.spansOfTime.contains(unit) ? "times" : "by") \(rest)"
        }
        // A size in more sides or with its unit: "123x64x40mm", "8x10in" -> "123 by 64 by 40mm"
        // (the unit is said by `SpokenAmounts`).
        let sides = rest.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "x" || $0 == "×" }).map(String.init)
        guard sides.dropLast().allSatisfy(SpokenAmounts.isNumber), let side = sides.last else { return nil }
        // "4x100m": a relay's legs, in metres; "9x13-inch", "9x13-in": a size joined to its unit,
        // which describes what follows.
        let metres = SpokenAmounts.inMetres(side) ?? hyphenedLength(side)
        guard metres != nil || SpokenAmounts.isNumber(side) || SpokenAmounts.measure(side) != nil else { return nil }
        let last = metres ?? side
        if sides.count == 1, Self.spansOfTime.contains(String(last.drop { !$0.isLetter }).lowercased()) {
            return "\(number) times \(last)"  // "8x30sec"
        }
        return ([number] + sides.dropLast() + [last]).joined(separator: " by ")
    }

    /// "13-inch", "13-in", "30-cm": the last side of a size joined to its unit by a hyphen, the
    /// unit in the singular ("13 inch").
    static func hyphenedLength(_ side: String) -> String? {
        let parts = side.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, SpokenAmounts.isNumber(parts[0]) else { return nil }
        let unit = ["inch": "inch", "foot": "foot"][parts[1]] ?? SpokenAmounts.lengthUnit(parts[1])?.singular
        return unit.map { "\(parts[0]) \($0)" }
    }

    /// Two words joined by a slash that a narrator reads without it (eSpeak says "slash"): two
    /// acronyms ("I/O", "CI/CD", "N/A" -> "I O", "CI CD", "N A"), a pronoun pair ("his/her" ->
    /// "his or her"), a count per a span of time ("times/day", "visitors/mo" -> "times per day",
    /// "visitors per month") and an aperture ("f/2.8" -> "f 2.8"). Other pairs ("indoor/outdoor",
    /// "async/await", a path) keep their slash.
    static let overSpans: [String: String] = ["y": "year", "q": "quarter", "m": "month", "w": "week"]

    static func slashed(_ core: String) -> String? {
        let parts = core.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let left = parts.first, let right = parts.last, !left.isEmpty, !right.isEmpty else { return nil }
        // "y/y", "q/q", "m/m": a change over the same span a step before (eSpeak: "Y slash Y").
        if left == right, let span = overSpans[left.lowercased()] { return "\(span) over \(span)" }
        // "3BR/2BA" is a home's rooms, which `SpokenAmounts` reads.
        if [left, right].allSatisfy(isAcronym), SpokenAmounts.bedsAndBaths(core, describing: false) == nil {
            return "\(left) \(right)"
        }
        if pronouns.contains(left), pronouns.contains(right) { return "\(left) or \(right)" }
        if left == "s", right == "he" { return "she or he" }
        if left.allSatisfy({ $0.isLowercase }), let span = spansPer[right], spansPer[left] == nil { return "\(left) per \(span)" }
        if left == "f" || left == "F", right.first?.isNumber == true,
           right.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) {
            return "f " + (SpokenAmounts.range(right) ?? right)  // "f/3.5-5.6": "f 3.5 to 5.6"
        }
        return nil
    }

    /// Capitals and digits, at least one capital, at most five ("I/O", "Q1/Q2", "TCP/IP").
    static func isAcronym(_ word: String) -> Bool {
        word.count <= 5 && word.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) } && word.contains(where: \.isUppercase)
    }

    static let pronouns: Set<String> = ["he", "she", "his", "her", "hers", "him", "himself", "herself", "they", "He", "She", "His", "Her"]

    /// Spans of time a count is given per, after a slash.
    static let spansPer = SpokenAmounts.shortSpans.merging(
        ["hour", "day", "night", "week", "month", "year"].map { ($0, $0) }) { short, _ in short }

    /// Spans of time as written after a number: short ("sec", "hrs"; `SpokenAmounts.timeUnits`),
    /// in words, or a letter ("s", "h").
    static let spansOfTime: Set<String> = SpokenAmounts.timeUnits.reduce(into: ["s", "h"]) { spans, unit in
        spans.formUnion([unit.key, unit.value.singular, unit.value.plural])
    }

    /// A hashtag standing among words ("#pilates", "#LowTide", "#home_lab"): "hashtag" and its
    /// words, split where a capital follows a small letter or a digit ("hashtag Low Tide";
    /// eSpeak: "hash lowtide"); beside the word "hashtag" the sign says nothing more. Not a
    /// sentence's first word before a capitalised one: a Markdown heading left in the text
    /// ("#Key Principles", said without its sign); nor one letter ("the #s", the signs).
    static func hashtag(_ core: String, after previous: String, before next: String?) -> String? {
        let name = core.dropFirst()
        guard core.hasPrefix("#"), name.count > 1, let first = name.first, first.isLetter,
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
              !(previous.isEmpty && next?.first?.isUppercase == true) else { return nil }
        var words = ""
        var last: Character = " "
        for char in name {
            if char == "_" { words.append(" ") } else {
                if char.isUppercase, last.isLowercase || last.isNumber { words.append(" ") }
                words.append(char)
            }
            last = char
        }
        let named = ["hashtag", "hashtags"]
        return named.contains(previous.lowercased()) || named.contains(next?.lowercased() ?? "") ? words : "hashtag " + words
    }

    /// Whether `text` holds a byte any rewrite starts from: "#", "~", "/", "(", ")", "A+", an "x"
    /// after a digit or alone, "×", "vs", " v ", "i.e", "e.g", a foot mark after a digit, a digit after a
    /// letter and a colon, a capital, "o", "p" or a hyphen after a colon (or a semicolon's
    /// capital or hyphen), a digit or a capital after a digit and a hyphen, a space after a
    /// dash, a sign comparing amounts, an "=" after a letter, or a digit after a letter and a
    /// period.
    static func mayHoldSigns(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        var beforePrevious: UInt8 = 0x20
        for byte in text.utf8 {
            switch byte {
            case 0x23, 0x7E, 0x2F, 0x28, 0x29, 0x3C, 0x3E: return true
            case 0x2B where previous == 0x41: return true  // "A+"
            case 0x30...0x39 where previous == 0x2D && ByteText.isDigit(beforePrevious): return true  // "T5-1000"
            case 0x41...0x5A where previous == 0x2D && ByteText.isDigit(beforePrevious): return true  // "1099-NEC"
            case 0x41...0x5A where previous == 0x3A || previous == 0x3B, 0x6F where previous == 0x3A, 0x70 where previous == 0x3A,
                 0x2D where previous == 0x3A || previous == 0x3B: return true  // "NYSE:HBL", ":D", ";P", ":o", ":-)"
            case 0x20 where previous == 0x2D || previous == 0x93 && beforePrevious == 0x80: return true  // "2024- 2030"
            case 0xA4 where previous == 0x89, 0xA5 where previous == 0x89: return true  // "≤", "≥"
            case 0xB1 where previous == 0xC2: return true  // "±"
            case 0x27 where ByteText.isDigit(previous), 0xE2 where ByteText.isDigit(previous): return true  // "5'8\"", "6′2″"
            case 0x30...0x39 where previous == 0x3A && ByteText.isWordByte(beforePrevious): return true  // "Age:35"
            case 0x78 where ByteText.isDigit(previous) || previous == 0x20: return true  // "3x", " x"
            case 0x73 where previous == 0x76: return true  // "vs"
            case 0x20 where previous == 0x76 && beforePrevious == 0x20: return true  // " v "
            case 0x97 where previous == 0xC3: return true  // "×"
            case 0x2E where previous == 0x69, 0x67 where previous == 0x2E: return true  // "i.", ".g"
            case 0x3D where ByteText.isASCIILetter(previous): return true  // "n=48"
            case 0x30...0x39 where previous == 0x2E && ByteText.isASCIILetter(beforePrevious): return true  // "cavities.2"
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// A token's core without its closing marks or the opening ones before a number: "(6016".
    static func measured(_ token: String) -> String {
        String(SpokenContext.split(token).core.drop { TokenMarks.opening.contains($0) })
    }

    /// "3/4″", ".9\"": a number or a fraction in inches.
    static func isInches(_ core: String) -> Bool {
        guard let mark = core.last, mark == "″" || mark == "\"" else { return false }
        let number = core.dropLast()
        guard let first = number.first, first.isNumber || first == ".", number.last?.isNumber == true else { return false }
        return number.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "/") }
    }

    /// A unit written apart from its number ("mm", "cm", "in", "ft", "m").
    static func isSeparateUnit(_ core: String) -> Bool {
        SpokenAmounts.separateUnits[core.lowercased()] != nil || SpokenAmounts.letterUnits[core] != nil || core == "in"
    }
}
