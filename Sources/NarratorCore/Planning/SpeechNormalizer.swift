/// The spoken form of a sentence: what eSpeak NG is given, so that it reads each part as one.
///
/// eSpeak NG ends a sentence (with a sentence pause and a fresh intonation) at any period,
/// question or exclamation mark followed by a space, including those inside our sentences:
/// after titles ("Mr. Smith"), initials ("J. R. Smith"), "p.m.", or inside a quotation of
/// several sentences. The spoken form keeps the words and changes only that punctuation:
/// abbreviation and initial periods are dropped ("No." and "p." before a number are read as
/// "number" and "page"). A real sentence end inside the sentence (a quotation of several
/// sentences: a mark, then a capital, a digit or an opening quote) stays a sentence end: the
/// sentence is spoken in parts (`spokenParts`), each with its own intonation, joined by a
/// sentence pause; any other inner mark (before a lower-case word) becomes a comma, which eSpeak
/// reads as a short clause pause. Money, ranges and units are spelled out as words
/// (`SpokenAmounts`). The original text stays in captions and timings.
public struct SpeechNormalizer: Sendable {
    /// Whether the words put in are English ("to", "dollars", "number", "that is", "dot"): they
    /// are, unless the voice speaks another language, which reads numbers, signs and
    /// abbreviations in its own words (a German voice says "20 19 to 20 21" as "zwanzig neunzehn
    /// to zwanzig einundzwanzig" and "2019-2021" as "zweitausendneunzehn bis ...").
    public var rewritesInEnglish = true

    /// The language whose abbreviations, ordinals, times and amounts are said in its own words
    /// before the periods are dealt with: German (`SpokenGerman`), French (`SpokenFrench`),
    /// Spanish (`SpokenSpanish`), Italian (`SpokenItalian`) or Portuguese (`SpokenPortuguese`);
    /// nil for others, and for English, which the rewrites after them serve.
    public var nativeLanguage: String?

    /// Whether a date written with slashes gives the month first ("3/6/2026" is 6 March in the
    /// United States, 3 June elsewhere; `NumericDates`): as the page's region writes it when it
    /// states one (`setRegion(ofLanguageTag:)`), else as the voice's does (true for an American
    /// English voice, and without a voice, the default voice being one).
    public var monthFirst = true

    public init() {}

    /// The normalizer for an eSpeak NG voice: English rewrites only for an English voice
    /// ("en", "en-us", "en-gb+f3"; a voice without a language in its name is taken as English),
    /// a language's own for a German, French, Spanish, Italian or Portuguese one.
    public init(voice espeakName: String) {
        let language = VoiceLanguage.code(ofEspeakName: espeakName)
        rewritesInEnglish = language == nil || language == "en"
        nativeLanguage = Self.nativeReading(language) == nil ? nil : language
        monthFirst = NumericDates.monthFirst(region: espeakName.split(separator: "+").first.map(String.init)) ?? false
    }

    /// Dates are read as the page's region writes them when its language tag names one ("en-US",
    /// "en-GB"); otherwise as the voice's region does.
    public mutating func setRegion(ofLanguageTag tag: String?) {
        if let pageOrder = NumericDates.monthFirst(region: tag) { monthFirst = pageOrder }
    }

    /// How a language is read in its own words: its abbreviations, ordinals, times and amounts;
    /// nil for a language without such rules.
    static func nativeReading(_ language: String?) -> ((String) -> String)? {
        switch language {
        case "de": SpokenGerman.spoken
        case "fr": SpokenFrench.spoken
        case "es": SpokenSpanish.spoken
        case "it": SpokenItalian.spoken
        case "pt": SpokenPortuguese.spoken
        default: nil
        }
    }

    /// The spoken form as one line (the parts joined by spaces): for display and checks.
    public func spoken(_ sentence: String) -> String {
        spokenParts(sentence).joined(separator: " ")
    }

    /// The sentence's spoken parts: one, or one per sentence of a quotation it holds.
    public func spokenParts(_ sentence: String) -> [String] {
        let dated = NumericDates.rewrite(UnreadReferences.removed(from: sentence),
                                         language: rewritesInEnglish ? "en" : nativeLanguage ?? "", monthFirst: monthFirst)
        let rated = StarRatings.rewrite(dated, language: rewritesInEnglish ? "en" : nativeLanguage ?? "")
        let listed = Self.listNumberSetApart(Self.spacedEllipsisClosed(rated))
        let read = Self.nativeReading(nativeLanguage)?(listed) ?? listed
        let chars = Array(UnreadMarks.without(read, language: rewritesInEnglish ? "en" : nativeLanguage).unicodeScalars)
        var parts: [String] = []
        var start = 0
        for cut in innerSentenceEnds(chars) {
            parts.append(spokenPart(String(scalars: chars[start..<cut]).trimmingCharacters(in: .whitespaces)))
            start = cut
        }
        parts.append(spokenPart(String(scalars: chars[start...]).trimmingCharacters(in: .whitespaces)))
        return parts.filter { !$0.isEmpty }
    }

    /// A spaced ellipsis (". . .", ". . . ." after a word's period) closed up as one mark, "…"
    /// (eSpeak paused at each dot, read as a comma, and a lone last dot ended a sentence).
    static func spacedEllipsisClosed(_ sentence: String) -> String {
        guard sentence.contains(". .") else { return sentence }
        let chars = Array(sentence.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < chars.count {
            var cursor = index
            var dots = 0
            while cursor < chars.count, chars[cursor] == "." {
                dots += 1
                cursor += 1
                guard cursor + 1 < chars.count, chars[cursor] == " ", chars[cursor + 1] == "." else { break }
                cursor += 1
            }
            if dots >= 3 {
                out.append("…")
                index = cursor
            } else {
                out.append(chars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// A list number glued to the capitalised word after it ("1.Kitchen costs", eSpeak: "one dot
    /// kitchen") is set apart from it, as "2. Bathroom costs" is written.
    static func listNumberSetApart(_ sentence: String) -> String {
        let bytes = Array(sentence.utf8.prefix(6))
        let digits = bytes.prefix(while: ByteText.isDigit).count
        guard (1...3).contains(digits), bytes.count >= digits + 3, bytes[digits] == 0x2E,
              (0x41...0x5A).contains(bytes[digits + 1]), (0x61...0x7A).contains(bytes[digits + 2]) else { return sentence }
        let period = sentence.utf8.index(sentence.utf8.startIndex, offsetBy: digits + 1)
        return String(sentence[..<period]) + " " + String(sentence[period...])
    }

    /// Where a real sentence ends inside `chars`: after a mark (and closing quotes) followed by a
    /// space and then a capital, a digit or an opening quote; never after an abbreviation or an
    /// initial, nor in the sentence's own final run.
    private func innerSentenceEnds(_ chars: [Unicode.Scalar]) -> [Int] {
        let finalStart = Self.finalRunStart(chars)
        var cuts: [Int] = []
        var index = 0
        while index < finalStart {
            guard SentenceSegmenter.isTerminator(chars[index]) else { index += 1; continue }
            let (end, after) = Self.markRun(chars, from: index, finalStart: finalStart)
            defer { index = max(after, index + 1) }
            guard after < chars.count, chars[after].isSpace else { continue }
            if end - index == 1, chars[index] == ".",
               isAbbreviationLike(wordBefore(chars, index)) || CompoundMeasures.continues(chars, period: index) { continue }
            // Ellipses run on ("what I mean... see"); a sentence starts with a capital.
            if chars[index] == "." && end - index > 1 { continue }
            var next = after
            while next < chars.count, chars[next].isSpace { next += 1 }
            guard next < chars.count else { continue }
            if end - index == 1, chars[index] == ".", ordinalPeriod(chars, period: index, next: next) { continue }
            let first = chars[next]
            if first.properties.isUppercase || first.isASCIIDigit || SentenceSegmenter.isOpener(first) { cuts.append(after) }
        }
        return cuts
    }

    /// The run of marks starting at `index` (before the sentence's own final run): where its
    /// terminators end, and where the closing quotes after them end, a French closing guillemet
    /// set off by a space among them ("Oui ! »").
    private static func markRun(_ chars: [Unicode.Scalar], from index: Int, finalStart: Int) -> (end: Int, after: Int) {
        var end = index
        while end < finalStart, SentenceSegmenter.isTerminator(chars[end]) { end += 1 }
        var after = end
        while after < finalStart, SentenceSegmenter.isCloser(chars[after]) { after += 1 }
        return (end, min(SentenceSegmenter.spacedGuillemetEnd(chars, from: after), max(after, finalStart)))
    }

    /// Where the sentence's own final run of marks and closing quotes begins (left alone), emoji
    /// after it aside ("a favorite! 🙂").
    private static func finalRunStart(_ chars: [Unicode.Scalar]) -> Int {
        var start = chars.count
        while start > 0, chars[start - 1].isEmojiPart || chars[start - 1] == " " { start -= 1 }
        if start == 0 || !SentenceSegmenter.isTerminator(chars[start - 1]) && !SentenceSegmenter.isCloser(chars[start - 1]) {
            start = chars.count
        }
        while start > 0, SentenceSegmenter.isTerminator(chars[start - 1]) || SentenceSegmenter.isCloser(chars[start - 1]) {
            start -= 1
        }
        return start
    }

    /// One part's spoken form (see the type's description).
    private func spokenPart(_ sentence: String) -> String {
        let chars = Array(sentence.unicodeScalars)
        guard chars.count > 1 else { return sentence }
        // The sentence's own final terminator run (with closing quotes) is left alone.
        let finalStart = Self.finalRunStart(chars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < chars.count {
            let char = chars[index]
            guard index < finalStart, SentenceSegmenter.isTerminator(char) else {
                out.append(char)
                index += 1
                continue
            }
            let (end, after) = Self.markRun(chars, from: index, finalStart: finalStart)
            if !rewritesInEnglish, end - index == 1, char == ".", after == end,
               let next = keptOrdinal(chars, period: index, into: &out) {
                index = next
                continue
            }
            // Only marks followed by a space can end a sentence for eSpeak ("3.5", "a.b@c" stay).
            guard after < chars.count, chars[after].isSpace else {
                out.append(contentsOf: chars[index..<end])
                index = end
                continue
            }
            let word = wordBefore(chars, index)
            let lone = end - index == 1
            if lone && char == "." && (isAbbreviationLike(word) || isUnit(word, after: chars, index - word.unicodeScalars.count)) {
                if rewritesInEnglish, word == "in", index < 3 || chars[index - 3] != "-" {
                    // "3-5 in. of rain": the period is all that says inches; `SpokenAmounts` reads it
                    // ("a 9x13-in. pan" says it by its hyphen).
                    out.append(".")
                } else if !rewritesInEnglish {
                    // Only the period goes: the voice reads the abbreviation in its language.
                } else if let title = Self.titles[word], titleApplies(word, chars, before: index - word.unicodeScalars.count, after: after) {
                    out.removeLast(word.unicodeScalars.count)
                    out.append(contentsOf: title.unicodeScalars)
                } else if rewritesInEnglish, let unit = recipeUnit(word, chars, start: index - word.unicodeScalars.count, after: after) {
                    out.removeLast(word.unicodeScalars.count)
                    out.append(contentsOf: unit.unicodeScalars)
                } else if let section = Self.sections[word], nextIsDigit(chars, after) {
                    out.removeLast(word.unicodeScalars.count)
                    out.append(contentsOf: section.unicodeScalars)
                } else if let expansion = Self.expansions[word.lowercased()], nextIsDigit(chars, after) {
                    out.removeLast(word.unicodeScalars.count)
                    out.append(contentsOf: expansion.unicodeScalars)
                } else if let month = CalendarWords.shortMonths[word] {
                    // "rose in Sept. and fell", "between Jan. and Mar.": a month written short with its
                    // period is one wherever it stands (eSpeak: "sept", "mar").
                    out.removeLast(word.unicodeScalars.count)
                    out.append(contentsOf: month.unicodeScalars)
                } else if word.lowercased() == "etc" {
                    out.removeLast(word.unicodeScalars.count)
                    out.append(contentsOf: "etcetera".unicodeScalars)  // eSpeak says "E T C"
                } else if word.lowercased() == "i.e" {
                    out.removeLast(word.unicodeScalars.count)
                    out.append(contentsOf: "that is".unicodeScalars)  // eSpeak spells it "I E"
                } else if word.lowercased() == "e.g" {
                    out.removeLast(word.unicodeScalars.count)
                    out.append(contentsOf: "for example".unicodeScalars)  // eSpeak spells it "E G"
                }
                // Drop the period itself.
            } else {
                out.append(",")
            }
            out.append(contentsOf: chars[end..<after])
            index = after
        }
        guard rewritesInEnglish else { return String(out) }
        let said = SpokenContext.rewrite(SpokenAmounts.expand(SpokenSymbols.rewrite(
            SpokenNumerals.rewrite(SpokenAmounts.closedUp(SpokenWeb.rewrite(String(out)))))))
        // "etc." ending the sentence (eSpeak spells it "E T C"; inside one it was handled above).
        return said.hasSuffix(" etc.") || said.hasSuffix(" etc") ? String(said.dropLast(said.hasSuffix(".") ? 4 : 3)) + "etcetera." : said
    }

    /// Abbreviations read as their word before a number ("No. 5", "Nov. 3"; eSpeak reads "Nov"
    /// as a word and "p" as a letter).
    static let expansions: [String: String] = [
        "no": "number", "nos": "numbers", "p": "page", "pp": "pages", "vs": "versus", "approx": "approximately",
        "fig": "figure", "figs": "figures", "ch": "chapter", "vol": "volume", "vols": "volumes",
        "eq": "equation", "eqs": "equations", "para": "paragraph", "est": "established", "ext": "extension",
        "tab": "table", "chap": "chapter", "sect": "section", "ep": "episode",
    ].merging(CalendarWords.shortMonths.map { ($0.key.lowercased(), $0.value) }) { listed, _ in listed }

    /// A law's section written short before a number, in lower case only ("s. 230"; a Senate
    /// bill is "S. 230").
    static let sections = ["s": "section"]

    /// Titles said in full before a name ("Rep. Ann Lee" -> "Representative Ann Lee"; eSpeak
    /// says "rep", or spells "Lt." as letters), and Jr./Sr. after one.
    static let titles: [String: String] = [
        "Rep": "Representative", "Reps": "Representatives", "Sen": "Senator", "Sens": "Senators", "Gov": "Governor",
        "Lt": "Lieutenant", "Col": "Colonel", "Gen": "General", "Sgt": "Sergeant", "Capt": "Captain",
        "Cmdr": "Commander", "Adm": "Admiral", "Maj": "Major", "Rev": "Reverend", "Prof": "Professor",
        "Supt": "Superintendent", "Atty": "Attorney", "Pres": "President", "Jr": "Junior", "Sr": "Senior",
        "Cpl": "Corporal", "Pvt": "Private", "Pfc": "Private First Class", "Spc": "Specialist", "Brig": "Brigadier",
        "Det": "Detective", "Insp": "Inspector", "Amb": "Ambassador", "Asst": "Assistant", "Sec": "Secretary",
        "Fr": "Father", "Msgr": "Monsignor", "Hon": "Honorable", "Mme": "Madame", "Mlle": "Mademoiselle", "Mx": "Mix",
    ]

    /// A title applies before a capitalised word or an initial ("Sen. J. Lee"), not a letter
    /// alone ("Gen. Z voters", "Sec. A of"); Jr. and Sr. after a capitalised word.
    private func titleApplies(_ word: String, _ chars: [Unicode.Scalar], before start: Int, after: Int) -> Bool {
        if word == "Jr" || word == "Sr" {
            var cursor = start - 1
            while cursor >= 0, chars[cursor] == " " || chars[cursor] == "," { cursor -= 1 }
            return cursor >= 0 && chars[cursor].isLetter
        }
        var next = after
        while next < chars.count, chars[next].isSpace { next += 1 }
        guard next < chars.count, chars[next].properties.isUppercase else { return false }
        return next + 1 < chars.count && (chars[next + 1].properties.isAlphabetic || chars[next + 1] == ".")
    }

    /// Short words, initials and dotted acronyms: "Mr", "J", "p.m", "U.S", "No".
    private func isAbbreviationLike(_ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        if word.unicodeScalars.contains(".") { return true }
        let lower = word.lowercased()
        if Abbreviations.alwaysContinue.contains(lower) || Abbreviations.sentenceFinal.contains(lower)
            || Abbreviations.numbering.contains(lower) {
            return true
        }
        return word.count == 1 && word.first!.isLetter
    }

    /// A unit written short after its number, stuck to it or apart ("4ft. tall", "10 in. deep",
    /// "5 min. later"): its period abbreviates, as "oz." does.
    private func isUnit(_ word: String, after chars: [Unicode.Scalar], _ start: Int) -> Bool {
        var before = start - 1
        // "4 ft.", "a 9x13-in. pan": a space or a hyphen after the number.
        if before >= 0, chars[before] == " " || chars[before] == "-" { before -= 1 }
        // "800 sq ft.", "800 sq. ft.", "2 cu. ft.": a unit of area or volume.
        let squared = SpokenAmounts.squareUnit(word, after: "2") != nil
        if before >= 3, squared {
            let period = chars[before] == "." ? 1 : 0
            if SpokenAmounts.powerWords[String(scalars: chars[(before - period - 1)...(before - period)]).lowercased()] != nil,
               chars[before - period - 2] == " " {
                before -= period + 3
            }
        }
        guard before >= 0, chars[before].isASCIIDigit else { return false }
        return SpokenAmounts.stuckUnit(word) != nil || SpokenAmounts.separateUnits[word.lowercased()] != nil
            || squared
    }

    /// "1 c. of flour", "2 T. of butter", "1 t. of salt": a recipe's cup, tablespoon or teaspoon
    /// written as one letter and its period, between a number and "of" (eSpeak: "see", "tee"),
    /// "t." in a sentence that cooks ("5 t. of steel" may be tonnes). The word `SpokenAmounts` reads.
    private func recipeUnit(_ word: String, _ chars: [Unicode.Scalar], start: Int, after: Int) -> String? {
        guard let unit = ["c": "cups", "T": "tbsp", "t": "tsp"][word], start >= 2, chars[start - 1] == " ",
              after + 3 < chars.count, chars[after] == " ", chars[after + 1] == "o", chars[after + 2] == "f",
              chars[after + 3] == " " else { return nil }
        var begin = start - 1
        while begin > 0, !chars[begin - 1].isSpace { begin -= 1 }
        let number = String(scalars: chars[begin..<(start - 1)])
        guard let first = number.unicodeScalars.first, first.isASCIIDigit || first.properties.numericType != nil else { return nil }
        if word == "t", !SpokenAmounts.mentions(String(String.UnicodeScalarView(chars)), anyOf: Self.cookingWords) { return nil }
        return unit == "cups" && (number == "1" || number.contains("/") || !number.unicodeScalars.allSatisfy(\.isASCII)) ? "cup" : unit
    }

    /// Words of a recipe's steps.
    static let cookingWords: Set<String> = ["add", "mix", "stir", "whisk", "beat", "fold", "sprinkle", "season", "combine",
                                            "blend", "pour", "knead", "bake", "salt", "sugar", "flour", "butter", "oil", "pepper"]

    private func wordBefore(_ chars: [Unicode.Scalar], _ end: Int) -> String {
        var start = end
        while start > 0, chars[start - 1].isLetter || chars[start - 1] == "." { start -= 1 }
        return String(scalars: chars[start..<end])
    }

    private func nextIsDigit(_ chars: [Unicode.Scalar], _ from: Int) -> Bool {
        var next = from
        while next < chars.count, chars[next].isSpace { next += 1 }
        return next < chars.count && chars[next].isASCIIDigit
    }
}
