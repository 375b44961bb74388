/// Whether a sentence's mark ends it: the abbreviations, initials, streets, states, times and
/// numbers after which a period goes on, and the words that look before and after the mark;
/// part of `SentenceSegmenter`.
extension SentenceSegmenter {
    /// Decides whether the terminator run ending at `runEnd` ends the sentence.
    func shouldBreak(_ chars: [Unicode.Scalar], _ text: SentenceBuilder, terminator: Int, runEnd: Int) -> Bool {
        var next = runEnd
        while next < chars.count, chars[next].isSpace { next += 1 }
        guard next < chars.count else { return true }
        let following = chars[next]
        let dashThenCapital = "-–—".unicodeScalars.contains(following) && {
            var after = next
            while after < chars.count, "-–— ".unicodeScalars.contains(chars[after]) { after += 1 }
            return after < chars.count && chars[after].isUpper
        }()
        let startsSentence = following.isUpper || following.isDigit || dashThenCapital
            || (Self.isOpener(following) && !"-–—".unicodeScalars.contains(following))
            || !following.isLetter && !following.isPunctuationMark
            || following.isLower && isMixedCase(chars, from: next) && !opensWithNumber(chars, before: terminator)
                && chars[terminator] != "…" && chars[terminator..<runEnd].filter({ $0 == "." }).count < 2
        let run = chars[terminator..<runEnd]
        if dashThenCapital, isDateline(chars, text, terminator: terminator) { return false }
        if chars[terminator] == "!", Abbreviations.exclaimedNames.contains(wordBefore(chars, text, terminator)) { return false }
        // Only a lone period can belong to an abbreviation; "?" "!" and "..." before a capital end it.
        guard chars[terminator] == ".", run.filter({ $0 == "." }).count == 1 else {
            return startsSentence
        }
        guard startsSentence else {
            // "…in the city. features⏎": a lower-case fragment that runs to the end of its line
            // (a list or menu line after a sentence) does not continue the sentence, unless
            // the period belongs to an abbreviation or initial.
            return following.isLower && fragmentEndsLine(chars, from: next) && !abbreviationBefore(chars, text, terminator)
        }
        // A German street before its number ("Hafenstr. 12") goes on.
        if following.isDigit, terminator > 3, chars[terminator - 3] == "s", chars[terminator - 2] == "t",
           chars[terminator - 1] == "r", chars[terminator - 4].isLetter { return false }
        // Fast path for most sentence ends: a plain word longer than any abbreviation we know.
        var letters = 0
        var cursor = terminator
        while cursor > 0, letters <= Abbreviations.longest, chars[cursor - 1].isLetter { cursor -= 1; letters += 1 }
        if letters > Abbreviations.longest { return true }
        let word = wordBefore(chars, text, terminator)
        if word.isEmpty { return true }
        let lower = word.lowercased()
        // "6 min. 20 sec.", "8 lb. 3 oz.": a measure in two units goes on to its second amount.
        if following.isDigit, CompoundMeasures.continues(chars, period: terminator) { return false }
        // "et al." ends a sentence as "Inc." does, before an opener ("Varga et al. Their").
        if lower == "al", wordBefore(chars, text, terminator - 3) == "et" {
            return Abbreviations.sentenceOpeners.contains(nextWord(chars, text, next))
        }
        if let street = streetEnds(word, chars, text, terminator: terminator, next: next) { return street }
        if Abbreviations.titles.contains(lower) {
            // Some titles written in lower case are clipped words or units ("each rep. There's",
            // "60 ms. The"; "o prof. Carlos" is Portuguese's title); before "The" or a pronoun
            // no title stands either.
            if word.first!.isLowercase && Abbreviations.wordsInLowerCase.contains(lower)
                && !(following.isDigit && Abbreviations.numbering.contains(lower)) { return true }
            if Abbreviations.afterNoTitle.contains(nextWord(chars, text, next)) { return true }
        }
        // A state written short ends a place ("in Eugene, Ore. Her father") before any capital;
        // inside a name ("Mass. General", "the Calif. Senate") it ends only before an opener.
        if runEnd == terminator + 1, word.utf8.count <= 5, let first = word.utf8.first, (0x41...0x5A).contains(first),
           USStates.shortFormsBeforeNames.contains(word),
           !isAfterComma(chars, terminator - word.unicodeScalars.count) {
            return Abbreviations.sentenceOpeners.contains(nextWord(chars, text, next))
        }
        // A time zone in capitals ends like a word ("5:30 a.m. EST. The"; "est." is "established").
        if Abbreviations.timeZones.contains(word) { return true }
        // "She teaches art. Her", "a ripe fig. Then", "of Modern Art. Her": words, and
        // abbreviations only before a number ("art. 5", "fig. 3").
        if following.isUpper, Abbreviations.wordsUnlessNumbered.contains(word) { return true }
        // German abbreviations are written in lower case: "CA." is a state and may end a sentence.
        if Abbreviations.alwaysContinue.contains(lower),
           !(GermanText.continuing.contains(lower) && word == word.uppercased()) { return false }
        if RomanceText.continuingAsWritten.contains(word) { return false }
        // "p. ex." (Portuguese "por exemplo"): "ex." goes on after "p.".
        if lower == "ex", terminator >= 5, wordBefore(chars, text, terminator - 3).lowercased() == "p." { return false }
        // A German ordinal ("am 3. Mai", "im 19. Jahrhundert") goes on.
        if GermanText.isOrdinalPeriod(chars, period: terminator, next: nextWord(chars, text, next)) { return false }
        // "No. 5", "N°. 1026": a number follows a numbering abbreviation.
        if following.isDigit, Abbreviations.numbering.contains(lower) || Abbreviations.numberingCapitalised.contains(word) { return false }
        // "a las 3 p. m. Luego": a time written the Spanish way ends a sentence as "p.m." does,
        // before a word that opens one.
        if lower == "m", isSpacedMeridiem(chars, terminator) {
            return Abbreviations.romanceOpeners.contains(nextWord(chars, text, next))
        }
        // A single letter is an initial ("J. Smith", "Albert I. Jones"), but "I." after a
        // lower-case word ends a sentence ("you and I. Did").
        if word.count == 1, word.first!.isLetter {
            // "120 km/h. Then": the letter ends a unit, not an initial; "via USB-C. You'll",
            // "3% y-o-y. Analysts": the letter ends a word joined by a hyphen, unless what the
            // hyphen joins is a capital alone ("Hwang Y-S. A review", "J.-P. Sartre": initials).
            if terminator >= 2, chars[terminator - 2] == "/" { return true }
            if terminator >= 3, chars[terminator - 2] == "-", chars[terminator - 3].isLetter {
                let joined = terminator - 3
                if chars[joined].isLower || joined > 0 && chars[joined - 1].isLetter { return true }
            }
            // "250 g. Mix", "3l. Then": a unit's letter after a number ends like a word (not a
            // Spanish "200 a. C.", nor a Russian "1990 г.", a year).
            if "gmlths".contains(word), terminator >= 3,
               chars[terminator - 2].isDigit || chars[terminator - 2] == " " && chars[terminator - 3].isDigit { return true }
            // "Bake at 350 F. Let": degrees after a number of up to three digits (after a year,
            // "in 1990 C. Smith" is an initial).
            if word == "F" || word == "C" {
                let degrees = wordBefore(chars, text, terminator - 2)
                if (1...3).contains(degrees.count(where: \.isNumber)), degrees.allSatisfy(\.isNumber) { return true }
            }
            // "Plan B. The", "runway C. Then": a capital letter after a word in lower case
            // names one of a series, and ends a sentence before an opener of two letters or
            // more; after a capitalised word it is an initial ("Jonas E. Smith"), after a
            // preposition or a conjunction a symbol or an initial ("each vertex in X. If X =
            // ...", as the public cases keep; "by J. Smith").
            if word.first!.isUppercase, namesByLetter(wordBefore(chars, text, terminator - 2)) {
                let opener = nextWord(chars, text, next)
                if opener.count > 1, Abbreviations.sentenceOpeners.contains(opener) { return true }
            }
            // After any other word of its sentence, before "The" or a subject pronoun ("Strain B.
            // It", "Exit C. The", "the Mary B. The crew"): no surname is one, so the letter is no
            // initial (a list's or an answer's letter opens its sentence: "routes. A. The").
            if word.first!.isUppercase, terminator >= 3, chars[terminator - 2] == " ",
               let previous = wordBefore(chars, text, terminator - 2).last, previous.isLetter,
               Abbreviations.afterInitialOpeners.contains(nextWord(chars, text, next)) { return true }
            if word != "I" { return false }
            // After a capitalised word, "I" is a numeral ("World War I. He", "Elizabeth I. The")
            // before an opener, an initial before a name ("Albert I. Jones").
            let previous = wordBefore(chars, text, terminator - 1 - word.count + 1 - 1)
            let opener = nextWord(chars, text, next)
            return !(previous.first?.isUppercase ?? false) || opener.count > 1 && Abbreviations.sentenceOpeners.contains(opener)
        }
        // Web addresses and e-mail addresses end like words.
        if !word.unicodeScalars.contains(".") && word.count > 1 && !Abbreviations.sentenceFinal.contains(lower) { return true }
        let token = tokenBefore(chars, text, terminator)
        if token.unicodeScalars.contains(where: { $0 == "/" || $0 == "@" }) || token.hasPrefix("www.") { return true }
        // A.M. / P.M. end a sentence before a capital, unless a title, a date or a time zone
        // follows ("5 a.m. Mr. Smith", "10:30 p.m. Aug. 9", "5 p.m. Fri.", "7:30 p.m. ET on ESPN");
        // so does "p.a." after a rate ("7.2% p.a. Investors").
        if lower == "a.m" || lower == "p.m" || lower == "p.a" {
            // "10 p.m. (local time)": a note in brackets goes on.
            if following == "(", next + 1 < chars.count, chars[next + 1].isLower { return false }
            let nextText = nextWord(chars, text, next)
            let nextLower = nextText.lowercased()
            return word.first!.isUppercase || !Abbreviations.alwaysContinue.contains(nextLower)
                && !Abbreviations.months.contains(nextLower) && !Abbreviations.weekdays.contains(nextLower)
                && !Abbreviations.weekdayNames.contains(nextLower)
                && !Abbreviations.timeZones.contains(nextText)
        }
        // A number ends like a word ("Definition 3.4.", "$100.00.").
        if word.allSatisfy({ $0.isNumber || $0 == "." }) { return true }
        // Dotted acronyms (U.S., E.U.) end a sentence only before a typical sentence opener;
        // dotted words with longer parts (file.html, 100.00) end like words.
        if word.unicodeScalars.contains(".") {
            let parts = word.split(separator: ".")
            if parts.contains(where: { $0.count > 1 }) { return true }
            return Abbreviations.sentenceOpeners.contains(nextWord(chars, text, next))
        }
        if Abbreviations.sentenceFinal.contains(lower) {
            // "etc." closes a list: a capital or a figure after it opens the next sentence
            // ("lamps, rugs, etc. See the catalogue"; "etc. are sold" goes on).
            if lower == "etc", following.isUpper || following.isDigit { return true }
            // A day or a month written short ends a sentence before a capital ("every Thurs.
            // Residents", "in Sept. Officials"), unless a date goes on ("Thurs. Oct. 2", "Mon.
            // Tues. and Wed.", "Fri. EST"); before a figure it goes on ("Weds. 4 June").
            if following.isUpper, Abbreviations.weekdays.contains(lower) || Abbreviations.months.contains(lower) {
                let nextText = nextWord(chars, text, next)
                let nextLower = nextText.lowercased()
                return !Abbreviations.months.contains(nextLower) && !Abbreviations.weekdays.contains(nextLower)
                    && !Abbreviations.weekdayNames.contains(nextLower) && !Abbreviations.monthNames.contains(nextLower)
                    && !Abbreviations.timeZones.contains(nextText)
            }
            return Abbreviations.sentenceOpeners(after: lower).contains(nextWord(chars, text, next))
        }
        return true
    }

    /// A street's abbreviation after its name ("14 Quay St.", "on Harbour Dr.", "Mill Rd."):
    /// whether it ends the sentence, or nil when the word is not one (a title before a name,
    /// "to St. Louis", "Minister Dr. Khan"). After a house number, or a road, drive or avenue
    /// after "on" or "at", it ends before any capital; after a name alone, only before an
    /// opener ("East St. Louis", "Kelsby Ave. It").
    func streetEnds(_ word: String, _ chars: [Unicode.Scalar], _ text: SentenceBuilder, terminator: Int, next: Int) -> Bool? {
        let lower = word.lowercased()
        guard Abbreviations.streets.contains(lower), word.first!.isUppercase else { return nil }
        let nameEnd = terminator - word.unicodeScalars.count - 1
        let name = wordBefore(chars, text, nameEnd)
        // A name, or an ordinal ("5th Ave.").
        guard let initial = name.first, initial.isUppercase || TextCleanup.isOrdinal(name), !name.contains(".") else { return nil }
        let before = wordBefore(chars, text, nameEnd - name.unicodeScalars.count - 1)
        let following = nextWord(chars, text, next)
        if before.first?.isNumber == true && !before.contains(".") || lower != "st" && Abbreviations.streetPrepositions.contains(before) {
            return chars[next].isUpper && !Abbreviations.addressUnits.contains(following)
        }
        return Abbreviations.sentenceOpeners.contains(following)
    }

    /// Whether the text before `terminator` is a line's number alone ("6." of "6. edX"), a
    /// list item's, not a sentence's end.
    func opensWithNumber(_ chars: [Unicode.Scalar], before terminator: Int) -> Bool {
        var cursor = terminator
        while cursor > 0, chars[cursor - 1].isDigit { cursor -= 1 }
        guard cursor < terminator else { return false }
        while cursor > 0, chars[cursor - 1] == " " || chars[cursor - 1] == "\t" { cursor -= 1 }
        return cursor == 0 || chars[cursor - 1].isLineBreak
    }

    /// A dateline's place written short before its dash: "PORTLAND, Ore. — The port", a
    /// capitalised word of up to five letters after a comma.
    func isDateline(_ chars: [Unicode.Scalar], _ text: SentenceBuilder, terminator: Int) -> Bool {
        guard chars[terminator] == "." else { return false }
        let word = wordBefore(chars, text, terminator)
        let start = terminator - word.unicodeScalars.count
        return (2...5).contains(word.count) && word.first!.isUppercase && start >= 2 && chars[start - 1] == " " && chars[start - 2] == ","
    }

    /// Whether the word at `start` has a capital after its first letter ("iPhone", "eBay",
    /// "mRNA"): a name that opens a sentence in lower case.
    func isMixedCase(_ chars: [Unicode.Scalar], from start: Int) -> Bool {
        var cursor = start + 1
        while cursor < chars.count, chars[cursor].isLetter {
            if chars[cursor].isUpper { return true }
            cursor += 1
        }
        return false
    }

    /// Whether the period at `terminator` ends the "m." of "a. m." or "p. m." after a number
    /// ("9 a. m.", "3 p. m."), as Spanish writes the time of day.
    func isSpacedMeridiem(_ chars: [Unicode.Scalar], _ terminator: Int) -> Bool {
        guard terminator >= 6, chars[terminator - 2] == " ", chars[terminator - 3] == ".",
              chars[terminator - 4] == "a" || chars[terminator - 4] == "p", chars[terminator - 5] == " " else { return false }
        return chars[terminator - 6].properties.numericType != nil
    }

    /// At most three words from `start` and then a line break, with no sentence mark between.
    func fragmentEndsLine(_ chars: [Unicode.Scalar], from start: Int) -> Bool {
        var words = 0
        var inWord = false
        var cursor = start
        while cursor < chars.count, !chars[cursor].isLineBreak {
            let char = chars[cursor]
            if Self.isTerminator(char) { return false }
            if char.isSpace { inWord = false } else if !inWord { inWord = true; words += 1; if words > 3 { return false } }
            cursor += 1
        }
        return cursor < chars.count
    }

    /// Whether the word before a period is an abbreviation, an initial or a dotted acronym.
    func abbreviationBefore(_ chars: [Unicode.Scalar], _ text: SentenceBuilder, _ terminator: Int) -> Bool {
        let word = wordBefore(chars, text, terminator)
        let lower = word.lowercased()
        return word.count <= 1 || word.unicodeScalars.contains(".") || Abbreviations.alwaysContinue.contains(lower)
            || Abbreviations.numbering.contains(lower) || Abbreviations.sentenceFinal.contains(lower)
    }

    /// Whether a comma and a space (and the word before it) come before the word at `start`.
    func isAfterComma(_ chars: [Unicode.Scalar], _ start: Int) -> Bool {
        start >= 2 && chars[start - 1] == " " && chars[start - 2] == ","
    }

    func capitalAfter(_ chars: [Unicode.Scalar], _ position: Int) -> Bool {
        var next = position
        while next < chars.count, chars[next] == " " { next += 1 }
        return next > position && next < chars.count && chars[next].isUpper
    }

    func nextWord(_ chars: [Unicode.Scalar], _ text: SentenceBuilder, _ start: Int) -> String {
        var end = start
        while end < chars.count, chars[end].isLetter { end += 1 }
        return text.string(start..<end)
    }

    /// Whether a capital letter after `word` names one of a series ("Plan B", "runway C", "got
    /// an A"): after a word in lower case that is not a preposition or a conjunction.
    func namesByLetter(_ word: String) -> Bool {
        Abbreviations.namedByLetter.contains(word.lowercased()) || word.first?.isLowercase == true
            && word.allSatisfy(\.isLetter) && !Abbreviations.beforeInitial.contains(word)
    }

    /// The word (letters, digits, ° and inner periods) immediately before index `end`.
    func wordBefore(_ chars: [Unicode.Scalar], _ text: SentenceBuilder, _ end: Int) -> String {
        guard end > 0, end <= chars.count else { return "" }
        var start = end
        while start > 0, chars[start - 1].isLetter || chars[start - 1].isDigit || chars[start - 1] == "."
                || chars[start - 1] == "°" || chars[start - 1] == "º" {
            start -= 1
        }
        return text.string(start..<end)
    }

    /// Everything since the last whitespace before `end` (a URL or address is one token).
    func tokenBefore(_ chars: [Unicode.Scalar], _ text: SentenceBuilder, _ end: Int) -> String {
        var start = end
        while start > 0, !chars[start - 1].isSpace { start -= 1 }
        return text.string(start..<end).lowercased()
    }
}
