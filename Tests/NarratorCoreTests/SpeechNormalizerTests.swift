import Testing
@testable import NarratorCore

@Suite struct SpeechNormalizerTests {
    @Test(arguments: [
        ("Mr. Smith met Dr. Jones.", "Mr Smith met Dr Jones."),
        ("He met J. R. Smith at 5 p.m. today.", "He met J R Smith at 5 p.m today."),
        ("See No. 5 on p. 55 now.", "See number 5 on page 55 now."),
        // A court's docket number, in groups; a range of numbers stays a range.
        ("The court took up No. 22-451 and No. 21-3456; pages No. 5-7.",
         "The court took up number 22 4 51 and number 21 34 56; pages number 5 to 7."),
        ("See Fig. 3, Ch. 4 and Vol. 2; est. 1998.", "See figure 3, chapter 4 and volume 2; established 19 98."),
        ("He said \"Stop. Now!\" and left.", "He said \"Stop. Now,\" and left."),
        ("It was... fine, I think.", "It was, fine, I think."),
        ("It grew 3.5% in the U.S. last year.", "It grew 3.5% in the U.S last year."),
        ("Write to a.b@example.org today.", "Write to a.b@example.org today."),
        ("A plain sentence.", "A plain sentence."),
        ("Is it \"over?\"", "Is it \"over?\""),
        // Emoji after the sentence's mark leave it its mark; a spaced ellipsis is one mark.
        ("We won! 😄", "We won!"),
        ("It was . . . odd, and \"it ends. . . .\"", "It was , odd, and \"it ends…\""),
    ])
    func keepsWordsAndDropsInnerSentenceMarks(_ text: String, _ spoken: String) {
        #expect(SpeechNormalizer().spoken(text) == spoken)
    }

    /// A quotation of several sentences stays one sentence of the text (as the public
    /// segmentation cases keep it) but keeps its sentence marks when spoken: one part a sentence.
    @Test(arguments: [
        ("Brian Berry said: \"The pressure peaks in December. Many juggle long hours.\"",
         ["Brian Berry said: \"The pressure peaks in December.", "Many juggle long hours.\""]),
        ("“Who owns the seabed? Nobody knows,” the skipper said.", ["“Who owns the seabed?", "Nobody knows,” the skipper said."]),
        ("He was blunt: \"It is late. It is 40% over budget. 'Still,' he said, it will be built.\"",
         ["He was blunt: \"It is late.", "It is 40% over budget.", "'Still,' he said, it will be built.\""]),
        ("I wasn't really ... well, I meant it.", ["I wasn't really , well, I meant it."]),
        ("Mr. Lee met Sen. Ann Ray at 9 a.m. Friday.", ["Mr Lee met Senator Ann Ray at 9 a.m Friday."]),
        ("He said \"stop. now\" twice.", ["He said \"stop, now\" twice."]),
        // A list number glued to its item is set apart, as written apart; a decimal stays.
        ("1.Kitchen costs come first.", ["1.", "Kitchen costs come first."]),
        ("2. Bathroom costs follow.", ["2.", "Bathroom costs follow."]),
        ("3.5 Million rode it.", ["3.5 Million rode it."]),
    ])
    func quotationsOfSeveralSentencesAreSpokenInParts(_ text: String, _ parts: [String]) {
        #expect(SpeechNormalizer().spokenParts(text) == parts)
    }

    @Test func theSpokenFormGoesToTheEngineAndTheTextToTheTimings() {
        let plan = SpeechPlanner().plan(Article(source: "a", sections: [Section(paragraphs: ["Mr. Lee spoke at 9 a.m. on Friday."])]))
        let utterance = plan.utterances.last!
        #expect(utterance.text == "Mr. Lee spoke at 9 a.m. on Friday.")
        #expect(utterance.spoken == "Mr Lee spoke at 9 a.m on Friday.")
    }

    /// A voice of another language reads numbers, signs and abbreviations in its own words: no
    /// English words are put in ("to", "dollars", "number", "versus"); only the periods that
    /// would end a sentence for eSpeak go. English voices, with or without a variant, get them.
    @Test func onlyAnEnglishVoiceGetsEnglishWords() {
        let text = "Von 2019-2021 stieg der Preis um $5-10, Nr. 1 vs. Nr. 2, z. B. im Nov. 3."
        let german = SpeechNormalizer(voice: "de").spoken(text)
        #expect(german == "Von 2019 bis 2021 stieg der Preis um $5 bis 10, Nummer 1 vs Nummer 2, zum Beispiel im Nov 3.")
        #expect(SpeechNormalizer(voice: "fr").spoken(text) == "Von 2019-2021 stieg der Preis um $5-10, Nr 1 vs Nr 2, z B im Nov 3.")
        for voice in ["en", "en-us", "en-gb+f3", "en-029", "mbrola-test"] {
            #expect(SpeechNormalizer(voice: voice).spoken(text) == SpeechNormalizer().spoken(text), "\(voice)")
        }
        #expect(SpeechNormalizer().spoken(text).contains("5 to 10 dollars"))
        for voice in ["fr", "de-ch", "cmn", "yue", "es+f2"] {
            #expect(!SpeechNormalizer(voice: voice).spoken(text).contains("dollars"), "\(voice)")
        }
    }

    /// An ordinal written with a period ("den 3. maj") keeps its period for the voice of its
    /// language, which reads it as an ordinal ("tredje"); made into a comma ("3, maj") it was
    /// read "tre, maj". German ordinals are said in words, with the ending the words before
    /// them ask for; eSpeak NG took "14. Juli" for a sentence's end.
    @Test func anOrdinalWrittenWithAPeriodIsSaidAsOne() {
        let german = SpeechNormalizer(voice: "de")
        #expect(german.spokenParts("Die Fähre fuhr am 3. Mai wieder los, und ab dem 14. Juli kommt ein Schiff.")
                == ["Die Fähre fuhr am dritten Mai wieder los, und ab dem vierzehnten Juli kommt ein Schiff."])
        #expect(german.spoken("Der 2. Platz ging im 19. Jahrhundert an die 31. Insel.")
                == "Der zweite Platz ging im neunzehnten Jahrhundert an die einunddreißigste Insel.")
        #expect(german.spoken("In der 3. Runde, vom 2. bis zum 4. August, zum 50. Mal.")
                == "In der dritten Runde, vom zweiten bis zum vierten August, zum fünfzigsten Mal.")
        #expect(SpeechNormalizer(voice: "da").spoken("Han kom den 3. maj og gik igen.") == "Han kom den 3. maj og gik igen.")
        // A number opening the sentence (a list's "1. Punkt") or after another word is not made one.
        #expect(german.spoken("1. Punkt der Liste.") == "1. Punkt der Liste.")
        #expect(!german.spoken("Platz 45. Mai kam später.").contains("fünf"))
        #expect(!SpeechNormalizer().spoken("Er kam am 14. Juli an.").contains("vierzehnten"))
    }

    /// German abbreviations a German voice spells out ("zet be", "be zet we", "ka") are said in
    /// words; amounts with "Mio." and "Mrd." too ("eine Million" for one). English voices and
    /// other languages' voices are not given them.
    @Test func germanAbbreviationsAreSaidInWordsByAGermanVoice() {
        let german = SpeechNormalizer(voice: "de")
        #expect(german.spoken("Viele Inseln, z. B. Föhr, bzw. ihre Häfen, ca. 40 usw.")
                == "Viele Inseln, zum Beispiel Föhr, beziehungsweise ihre Häfen, zirka 40 und so weiter.")
        #expect(german.spoken("Dr. Roth zahlt 3,5 Mio. Euro, die Stadt 1 Mrd. Euro inkl. Steuer, d.h. alles.")
                == "Doktor Roth zahlt 3,5 Millionen Euro, die Stadt eine Milliarde Euro inklusive Steuer, das heißt alles.")
        #expect(german.spoken("Das Büro liegt in der Hafenstr. 12, Steg Nr. 3.") == "Das Büro liegt in der Hafenstraße 12, Steg Nummer 3.")
        #expect(german.spoken("Vgl. die Tabelle.") == "vergleiche die Tabelle.")
        #expect(german.spoken("Sie zog nach Los Angeles, CA. Dort blieb sie.").contains("CA"))
        // An English voice reads "ca." before an amount in English ("circa", not "zirka").
        #expect(SpeechNormalizer().spoken("Dr. Roth paid ca. 40 dollars.") == "Dr Roth paid circa 40 dollars.")
        #expect(!SpeechNormalizer().spoken("See z. B. here.").contains("zum"))
        #expect(!SpeechNormalizer(voice: "nl").spoken("Zie z. B. hier.").contains("zum"))
    }

    /// German figures a German narrator reads otherwise than eSpeak NG: years before 2000, clock
    /// times, scores, numeric dates and ranges. A count before a noun or a unit stays a number.
    @Test func germanFiguresAreSaidAsAGermanNarratorSaysThem() {
        let german = SpeechNormalizer(voice: "de")
        #expect(german.spoken("Die Fähre wurde 1999 gebaut, von 1961 bis 1989 und in den 1990er Jahren.")
                == "Die Fähre wurde neunzehnhundertneunundneunzig gebaut, von neunzehnhunderteinundsechzig bis neunzehnhundertneunundachtzig und in den neunzehnhundertneunziger Jahren.")
        #expect(german.spoken("Die Insel hat 1500 Einwohner und 1200 km Küste, seit 2025.") == "Die Insel hat 1500 Einwohner und 1200 km Küste, seit 2025.")
        #expect(german.spoken("Ab 10.30 Uhr, um 9.00 Uhr und 14:30 Uhr.") == "Ab 10 Uhr 30, um 9 Uhr und 14 Uhr 30.")
        #expect(german.spoken("Kiel gewann 2:1.") == "Kiel gewann 2 zu 1.")
        // A time without "Uhr": after "um", "ab", "bis", "von", or with a minute's leading zero.
        #expect(german.spoken("Von 8:15 bis 17:45, um 20:00 und 21:05 endete es 10:12.")
                == "Von 8 Uhr 15 bis 17 Uhr 45, um 20 Uhr und 21 Uhr 5 endete es 10 zu 12.")
        #expect(german.spoken("Am 24.12.2025 und bis zum 03.10. nicht.") == "Am vierundzwanzigsten Dezember 2025 und bis zum dritten Oktober nicht.")
        #expect(german.spoken("Mo.–Fr. von 9–17 Uhr, 2019–2021.") == "Montag bis Freitag von 9 bis 17 Uhr, 2019 bis 2021.")
        // Not ranges: a telephone number, a falling pair, a version.
        #expect(german.spoken("Ruf 040-123456 an, 30-20 oder Version 2.1.3.") == "Ruf 040-123456 an, 30-20 oder Version 2.1.3.")
        #expect(!SpeechNormalizer().spoken("It was built in 1999.").contains("hundert"))
    }

    /// Masked names ("Man**") and footnote stars are not read as "asterisk".
    @Test func asterisksAreNotRead() {
        #expect(SpeechNormalizer().spoken("Great show, said Ni** My**.") == "Great show, said Ni My.")
        #expect(SpeechNormalizer().spoken("Prices start at $5* a ticket.").contains("*") == false)
        // The grade above an A is read in English; an asterisk after another letter is not.
        #expect(SpeechNormalizer().spoken("She got an A* and two A*s, needing A*AA; Ni*A stays.")
                == "She got an A star and two A stars, needing A star AA; NiA stays.")
        #expect(SpeechNormalizer(voice: "de").spoken("Note A* bleibt.") == "Note A bleibt.")
    }

    /// Trade marks, a footnote's way back, a heading's anchor and a tilde set apart are not
    /// read by their names ("registered", "right", "paragraph", "tilde"), in any language; an
    /// arrow between steps is a pause, and between two words written together "to".
    @Test func marksANarratorDoesNotReadAreNot() {
        let english = SpeechNormalizer()
        #expect(english.spoken("She passed the PMP® exam with SmartProtection™ cover.")
                == "She passed the PMP exam with SmartProtection cover.")
        #expect(english.spoken("Figures from the survey office. ↩︎") == "Figures from the survey office.")
        #expect(english.spoken("class CacheMiddleware¶") == "class CacheMiddleware")
        #expect(english.spoken("See ¶ 12 of the ruling.") == "See ¶ 12 of the ruling.")
        #expect(english.spoken("When your mind wanders ~ as it will ~ come back to the breath.")
                == "When your mind wanders, as it will, come back to the breath.")
        #expect(english.spoken("“A fine course,” ~ Ana Ruiz") == "“A fine course,” Ana Ruiz")
        #expect(english.spoken("Check them out below~") == "Check them out below")
        #expect(english.spoken("About ~50 people came.") == "About 50 people came.")
        #expect(english.spoken("Go to ‘Settings’ → ‘Account’ and select it.") == "Go to ‘Settings’, ‘Account’ and select it.")
        #expect(english.spoken("→ The bottom line: it works.") == "The bottom line: it works.")
        #expect(english.spoken("The mask flips D0→D1 each time.") == "The mask flips D0 to D1 each time.")
        #expect(english.spoken("↩") == "")
        #expect(english.spoken("● Local moves: we pack and carry.") == "Local moves: we pack and carry.")
        #expect(english.spoken("Workflows versus Agents ← You are here") == "Workflows versus Agents, You are here")
        let german = SpeechNormalizer(voice: "de")
        #expect(german.spoken("Das PMP® Zertifikat → neu.") == "Das PMP Zertifikat, neu.")
        #expect(german.spoken("Er schaltet D0→D1 um.") == "Er schaltet D0, D1 um.")
        // A tilde before a number is "about" in the language's words, or unread in others.
        #expect(german.spoken("Es kamen ~50 Leute.") == "Es kamen etwa 50 Leute.")
        #expect(SpeechNormalizer(voice: "fr").spoken("Il y avait ~50 personnes.") == "Il y avait environ 50 personnes.")
        #expect(SpeechNormalizer(voice: "nl").spoken("Er waren ~50 mensen.") == "Er waren 50 mensen.")
    }

    /// A pipe, a middle dot or a bullet set apart between items is a pause (eSpeak runs the
    /// items together); "||" and a pipe inside a word stay. A check mark or a cross that is a
    /// table's cell is "yes" or "no" in the voice's language; elsewhere it is not read.
    @Test func separatorsArePausesAndCheckMarksAnswers() {
        let english = SpeechNormalizer()
        #expect(english.spoken("Measured weight, 24.8 kg | 54.6 lb") == "Measured weight, 24.8 kilograms, 54.6 pounds")
        #expect(english.spoken("Reply #19 · Jan 4 • 2 likes") == "Reply number 19, January 4th, 2 likes")
        #expect(english.spoken("Run a || b and a|b.") == "Run a || b and a|b.")
        #expect(english.spoken("Loading help, ✓, ✗, ✅") == "Loading help, yes, no, yes")
        #expect(english.spoken("✅ Get an instant estimate, ✓ done.") == "Get an instant estimate, done.")
        #expect(SpeechNormalizer(voice: "de").spoken("Umzugshilfe, ✔️, ❌") == "Umzugshilfe, ja, nein")
        #expect(SpeechNormalizer(voice: "nl").spoken("Verhuizen, ✓") == "Verhuizen, ✓")
        // A section's anchor stuck to a word is not read; a section by its number is.
        #expect(english.spoken("Version 1.0.0, Source§") == "Version 1.0.0, Source")
        #expect(english.spoken("See § 5 of the act.") == "See § 5 of the act.")
        // A minus sign between digits is a span, in every language; before a number it is a minus.
        #expect(english.spoken("Add 2−3 eggs; x−1 and −5 stay.") == "Add 2 to 3 eggs; x−1 and −5 stay.")
        #expect(SpeechNormalizer(voice: "ru").spoken("Возьмите 2−3 яйца.") == "Возьмите 2–3 яйца.")
    }

    /// Numbered references after a word or a sentence's mark are not read, in any language;
    /// a list's number opening a line, an index and a list of numbers in code are.
    @Test func referencesAreNotRead() {
        let english = SpeechNormalizer()
        #expect(english.spoken("As trials show [6] and a review [23, 24], it works by 40% [2].[12]")
                == "As trials show and a review, it works by 40%.")
        #expect(english.spoken("It is essential [4], [5], [6], as announced.[17][18]") == "It is essential, as announced.")
        #expect(english.spoken("Call f(x, [1,0,1]) or g(y, [4,6,3]) on arr[0].") == "Call f(x, [1,0,1]) or g(y, [4,6,3]) on arr[0].")
        #expect(english.spoken("[1] Smith and Lee, 2020") == "[1] Smith and Lee, 2020")
        #expect(SpeechNormalizer(voice: "de").spoken("Das zeigen Studien [3–5].") == "Das zeigen Studien.")
    }

    /// A line with nothing to say (an emoji between paragraphs) is not an utterance with a
    /// paragraph pause of its own; the next line keeps the paragraph pause.
    @Test func linesWithNothingToSayAreSkipped() {
        let plan = SpeechPlanner().plan(Article(source: "a", title: "Reviews in", sections: [
            Section(paragraphs: ["The cast was superb.", "🙂", "We stayed late."]),
        ]))
        let utterances = plan.utterances
        #expect(utterances.map(\.text) == ["Reviews in", "The cast was superb.", "We stayed late."])
        #expect(utterances.map(\.pauseBefore) == [.none, .paragraph, .paragraph])
    }
}
