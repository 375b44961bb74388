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
            if end - index == 1, chars[index] == "." {
                let word = wordBefore(chars, index)
                if isAbbreviationLike(word) || CompoundMeasures.continues(chars, period: index)
                    || isStateInsideName(word, chars, start: index - word.unicodeScalars.count) { continue }
            }
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
            let start = index - word.unicodeScalars.count
            let lone = end - index == 1
            if lone && char == ".", let court = circuit(word, chars, start: start) {
                out.removeLast(word.unicodeScalars.count)
                out.append(contentsOf: court.unicodeScalars)
            } else if lone && char == ".",
                      isAbbreviationLike(word) || isUnit(word, after: chars, start) || isStateInsideName(word, chars, start: start) {
                if rewritesInEnglish, word == "in", index < 3 || chars[index - 3] != "-" {
                    // "3-5 in. of rain": the period is all that says inches; `SpokenAmounts` reads it
                    // ("a 9x13-in. pan" says it by its hyphen).
                    out.append(".")
                } else if rewritesInEnglish, let said = wordInFull(word, chars, start: start, after: after) {
                    out.removeLast(word.unicodeScalars.count)
                    out.append(contentsOf: said.unicodeScalars)
                }
                // The period itself goes; a word not said in full is read as written, in the
                // voice's language.
            } else {
                out.append(",")
            }
            out.append(contentsOf: chars[end..<after])
            index = after
        }
        guard rewritesInEnglish else { return String(out) }
        let said = SpokenContext.rewrite(SpokenAmounts.expand(SpokenSymbols.rewrite(
            SpokenNumerals.rewrite(SpokenAmounts.closedUp(SpokenWeb.rewrite(String(out)))))))
        // "etc." ending the sentence (eSpeak spells it "E T C"; inside one `wordInFull` read it).
        return said.hasSuffix(" etc.") || said.hasSuffix(" etc") ? String(said.dropLast(said.hasSuffix(".") ? 4 : 3)) + "etcetera." : said
    }
}
