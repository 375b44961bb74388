import Testing
@testable import NarratorCore

/// Signs eSpeak NG reads by their names are said as a narrator says them; signs in other uses
/// (a hashtag, hexadecimal, a hyphenated word) are left to eSpeak.
@Suite struct SpokenSymbolsTests {
    @Test(arguments: [
        ("The #1 choice, ranked #10.", "The number 1 choice, ranked number 10."),
        ("Kelsby vs Portharbour, tides vs. winds.", "Kelsby versus Portharbour, tides versus winds."),
        // A lawmaker's party and state, between pauses; "D-Day" and "I-95" stay.
        ("Sen. Ann Ray (D-Calif.) and Rep. Tom Hale, R-Texas, met Sen. Joe Ford (I-VT).",
         "Senator Ann Ray, Democrat of California, and Representative Tom Hale, Republican of Texas, met Senator Joe Ford, independent of Vermont."),
        // After a lower-case word in parentheses too ("the senator"), never on a comma.
        ("The senator (D-Calif.) and the lawmaker (R-Ohio) spoke; the plan, D-Day, slipped.",
         "The senator, Democrat of California, and the lawmaker, Republican of Ohio, spoke; the plan, D-Day, slipped."),
        // A storm's category and a ballot's proposition before their number (a lower-case cat
        // stays); a scale written short after a bare number; a span of time after "last", "every", "first".
        ("A Cat. 4 hurricane, Prop. 47 and Prop 22; she fed the cat 3 times.",
         "A Category 4 hurricane, Proposition 47 and Proposition 22; she fed the cat 3 times."),
        ("It has 8.1 bn people and 3.2 mn jobs; cases rose last wk. and are checked every hr.",
         "It has 8.1 billion people and 3.2 million jobs; cases rose last week and are checked every hour."),
        ("It sold 9,000 copies in its first wk. and more in the past hr., the final yr.",
         "It sold 9,000 copies in its first week and more in the past hour, the final year."),
        ("Prices rose 3% y-o-y and 1% q-o-q; it pays 5% p.a., the P.A. system.",
         "Prices rose 3% year on year and 1% quarter on quarter; it pays 5% per annum, the P.A system."),
        ("Under s. 230 and s. 12, not S. 230.", "Under section 230 and section 12, not S 230."),
        ("Rep. Dana Fox (R-N.Y.), who chairs it, spoke of D-Day on I-95.",
         "Representative Dana Fox, Republican of New York, who chairs it, spoke of D-Day on I-95."),
        ("It carries ~200 people, a ~30x gain, some ~40 boats, ~$15 each.",
         "It carries about 200 people, a roughly 30 times gain, some 40 boats, about 15 dollars each."),
        // A tolerance: the sign in words, the amount and its unit as any other.
        ("A margin of ±3 pts, cut to ±0.1 mm.", "A margin of plus or minus 3 points, cut to plus or minus 0.1 millimeters."),
        ("3x faster and 1.5x the speed.", "3 times faster and 1.5 times the speed."),
        ("2-3x faster, 1.5–3x the rate and 10–20× more; a 2-3x4 grid stays.",
         "2 to 3 times faster, 1.5 to 3 times the rate and 10 to 20 times more; a 2-3x4 grid stays."),
        ("An 8x10 berth, a 4 x 4 grid, a 2560x1600 screen.", "An 8 by 10 berth, a 4 by 4 grid, a 2560 by 1600 screen."),
        // The sign as the letter: a size "by", repetitions of a span of time "times".
        ("A 4×4 on a 9×12 plot, then 4×30 sec hard and 6x2 min easy.",
         "A 4 by 4 on a 9 by 12 plot, then 4 times 30 seconds hard and 6 times 2 minutes easy."),
        // A size in three sides, or with its unit.
        ("It measures 123x64x40mm; the print is 8x10in, the room 2×3×4 m, the box 40in x 15in × 6in.",
         "It measures 123 by 64 by 40 millimeters; the print is 8 by 10 inches, the room 2 by 3 by 4 meters, the box 40 inches by 15 inches by 6 inches."),
        ("Then 8x30sec fast.", "Then 8 times 30 seconds fast."),
        // A size whose first side opens a parenthesis, has its unit apart, or is in inches.
        ("A sensor (6016 x 4016), a badge 21 mm x 18 mm, a charm 5/16″ x 3/4″; 3 x 4 hands.",
         "A sensor (6016 by 4016), a badge 21 millimeters by 18 millimeters, a charm 5 sixteenths of an inch by 3 quarters of an inch; 3 by 4 hands."),
        // Feet and inches ("five, eight"), with either marks.
        ("He is 5'8\", she 5’11” and he 6′2″; 5'8 and 5'13\" stay.", "He is 5 foot 8, she 5 foot 11 and he 6 foot 2; 5'8 and 5'13\" stay."),
        // A sign comparing amounts; a heart; a trail of pages.
        ("Growth at >30%, <5ms lag, BMI ≥30 and ≤$300; if x > 5 or y < 3.",
         "Growth at more than 30%, less than 5 milliseconds lag, BMI at least 30 and at most 300 dollars; if x greater than 5 or y less than 3."),
        ("My team <3) and you <3", "My team) and you"),
        ("Home >Marketing >7 Plumbing Tips", "Home >Marketing >7 Plumbing Tips"),
        ("Home > News > 2024", "Home > News > 2024"),
        ("Home size, Average # of Movers, # hours", "Home size, Average number of Movers, # hours"),
        ("If x > 5 and y > 3, stop.", "If x greater than 5 and y greater than 3, stop."),
        // A count in thousands or millions, or more; without the "+" it is left.
        ("Join 45k+ writers and 4M+ readers; a 10k race and 4K video stay.",
         "Join 45 thousand plus writers and 4 million plus readers; a 10k race and 4K video stay."),
        // Words written short: "w/", a street's kind after its name, "Mt" before a name, "approx".
        ("Coffee w/ milk, w/o sugar, on Central Ave., at 5 Elm Dr. with Dr. Lee, on Oak Rd and Mt. Hood; approx 8 km.",
         "Coffee with milk, without sugar, on Central Avenue, at 5 Elm Drive with Dr Lee, on Oak Road and Mount Hood; approximately 8 kilometers."),
        // A state written short after a place and its comma, not a vocative ("Thanks, Pa."); a
        // period inside a sentence with no comma after it is left a pause ("Ill. and").
        ("It began in Monroe, La., spread to Dekalb, Ill., Dekalb, Ill. and Boston, Mass. Thanks, Pa.",
         "It began in Monroe, Louisiana, spread to Dekalb, Illinois, Dekalb, Ill, and Boston, Massachusetts. Thanks, Pa."),
        // "St" after a street's name is a street, before a name a saint, before an address's
        // next part a street again.
        ("They met on 5th St. near St. Anne's, at 110 Gough St. Suite 3, and at Elm St.",
         "They met on 5th Street near Saint Anne's, at 110 Gough Street Suite 3, and at Elm Street."),
        ("A 6 Ft Surge strip, (Sq. Ft.), Ave and the rd stay.", "A 6 feet Surge strip, (Square feet), Ave and the rd stay."),
        // "n/a", "c/o", "Ms" before a name; "C/O Berlin" may be a name (two capitals, as "I/O").
        ("Fees n/a; write c/o Ms. Reyes or Ms Patel at C/O Berlin; MS and Ms stay.",
         "Fees N A; write care of Mizz Reyes or Mizz Patel at C O Berlin; MS and Ms stay."),
        // A label glued to its number by a colon: a pause, not "colon"; times stay, a ratio is
        // "to" (`SpokenAmountsTests`).
        ("Founded:1994, Age:35–44, reviews:196; T21:40, a:1 and 1:2 stay.",
         "Founded: 19 94, Age: 35 to 44, reviews: 196; T21:40, a:1 and 1 to 2 stay."),
        // A case at law; a lone "v" elsewhere stays.
        ("In Smith v. Jones and Roe v Wade; type v and press enter.", "In Smith versus Jones and Roe versus Wade; type v and press enter."),
        // A change over the same span a step before.
        ("Up 8% q/q, 3.4% y/y and 2% m/m.", "Up 8% quarter over quarter, 3.4% year over year and 2% month over month."),
        ("Up 8% MoM and 2% QoQ.", "Up 8% month over month and 2% quarter over quarter."),
        // A slash a narrator does not read, and pairs that keep it.
        ("Use I/O, CI/CD and A/B tests; N/A for his/her or s/he, 3 times/day, 40 visitors/mo, at f/2.8 or f/3.5-5.6.",
         "Use I O, CI CD and A B tests; N A for his or her or she or he, 3 times per day, 40 visitors per month, at f 2.8 or f 3.5 to 5.6."),
        // (A date with slashes is said as a date: `NumericDatesTests`.)
        ("Both indoor/outdoor, async/await, day/night, usr/lib and 4/5/2023 stay.",
         "Both indoor/outdoor, async/await, day/night, usr/lib and April 5th, 20 23 stay."),
        ("Tickets and/or passes for the boat(s) listed.", "Tickets and or passes for the boats listed."),
        ("Cold water (i.e., the sea) helps.", "Cold water (that is, the sea) helps."),
        ("0x1F, 0x C1, x-rays, 3 × 4 and H# stay.", "0x1F, 0x C1, x-rays, 3 × 4 and H# stay."),
        // A hashtag among words; not an anchor in code or one letter.
        ("Fans of #Steelers used the hashtag #GoSteelers, the #home_lab hashtag and #Web3Dev; the #s stay.",
         "Fans of hashtag Steelers used the hashtag Go Steelers, the home lab hashtag and hashtag Web3 Dev; the #s stay."),
        // A Markdown heading's signs left in the text say nothing; a hashtag alone keeps "hashtag".
        ("#Key Principles", "Key Principles"),
        ("## Notes on the Survey", "Notes on the Survey"),
        ("#MeToo", "hashtag Me Too"),
        ("Call $('#menu').hide() there.", "Call $('#menu').hide() there."),
        ("Written in C# and F#, in C# minor.", "Written in C sharp and F sharp, in C sharp minor."),
        ("It was made by 1999 at the latest.", "It was made by 19 99 at the latest."),
        // "#" for "number": alone before a number or a colon, or glued to a name before its
        // number; a comment's sign before an address stays.
        ("Permit #: 5521, pass # 12, Tip#2 and (USCG# 1123); ollama: # 127.0.0.1:8080 stays.",
         "Permit number: 5521, pass number 12, Tip number 2 and (USCG number 1123); ollama: # 127.0.0.1:8080 stays."),
        // A code whose hyphen stands between digits: its parts one after the other.
        ("Fix CVE-2024-31877 on the T5-1000 with an i5-1335U, DDR5-5600, x86-64 or Qwen3-0.6B (AG15-21P-R0RR).",
         "Fix CVE 2024 31877 on the T5 1000 with an i5 1335U, DDR5 5600, x86 64 or Qwen3 0.6B (AG15 21P R0RR)."),
        // Not a word before a span, a span of years, a range, or hyphens eSpeak reads well; a span
        // of quarters is said with "to".
        ("In mid-2020-21, FY2024-25 and FY2023-2024, sizes 0-20P, 18-24s, GLP-1, AES-256-GCM, Q1-Q3 and 4.0.2-1test1 stay.",
         "In mid-2020-21, FY2024-25 and FY2023-2024, sizes 0-20P, 18-24s, GLP-1, AES-256-GCM, Q1 to Q3 and 4.0.2-1test1 stay."),
        // A range whose dash is set against its first end.
        ("From 150- 200 ms, 4- 8 mph and 12pm- 1pm; a list's 3- stays.",
         "From 150 to 200 milliseconds, 4 to 8 miles per hour and 12pm to 1pm; a list's 3- stays."),
        // A stock's exchange and ticker; a label after a bracket; a brand's colon stays.
        ("Harbour Lines (NYSE:HBL) and Pier Co (NASDAQ:PIER); costs (ROI):103%; UN CC:e-Learn stays.",
         "Harbour Lines (NYSE: HBL) and Pier Co (NASDAQ: PIER); costs (ROI): 103%; UN CC:e-Learn stays."),
        // Faces typed from punctuation say nothing; their sentence's marks stay.
        ("We loved it :) and you ;-). See you =) :D", "We loved it and you. See you"),
        ("Wow :o", "Wow"),
        ("An A+ grade, an A++ fridge and C++ code.", "An A-plus grade, an A-plus-plus fridge and C++ code."),
        ("Nice one ;D", "Nice one"),
        // A section of a code with its subsections in brackets; an "A" against the number.
        ("Two 401(k)s, a 403(b), a 501(c)(3) (under Section 417(a)) and Rule 1201(b).",
         "Two 4 oh 1 K's, a 4 oh 3 B, a 5 oh 1 C 3 (under Section 4 17A) and Rule 12 oh 1 B."),
        // A journal reference: year, volume, issue, pages; an article's number said as written.
        ("Sleep 2019;39(4):544-555. Heart 2017;68:491-516, Bone 2011;12:193; Skin 2021;11(1):20385 and (Lung 2016;138(3):e20161896).",
         "Sleep 20 19, volume 39, issue 4, pages 544 to 555. Heart 20 17, volume 68, pages 491 to 516, Bone 20 11, volume 12, page 193; Skin 20 21, volume 11, issue 1, 20385 and (Lung 20 16, volume 138, issue 3, e20161896)."),
        // A form's number, in pairs as a year is: after "Form", or joined to its letters.
        ("File Form 4868, forms 1099 and two 1099-NECs (Form 1040): a 1098-T.",
         "File Form 48 68, forms 10 99 and two 10 99 NECs (Form 10 40): a 10 98 T."),
        // Not a number of other length, with a leading zero, or with small letters or six capitals.
        ("Form 0123, form 12345, 0999-A, 1099-nec and 1099-ABCDEF stay.",
         "Form 0123, form 12345, 0999-A, 1099-nec and 1099-ABCDEF stay."),
        // A statistic glued to its sign: three words, the value with its leading zero.
        ("Stress fell (P<.001; n=48, α=0.87) and rose (P>.40).",
         "Stress fell (P less than 0.001; n equals 48, α equals 0.87) and rose (P greater than 0.40)."),
        // Not a name of five letters, a value that is no number, or a sum.
        ("Set width=100px, value=abc, ∆=3.5 and 2=2.", "Set width=100px, value=abc, ∆=3.5 and 2=2."),
        // A footnote's number after the sentence's period; not after a word written short or
        // inside the sentence.
        ("Most adults have cavities.2", "Most adults have cavities."),
        ("See vol.2", "See vol.2"),
        ("Its name is scsi.6 here.", "Its name is scsi.6 here."),
        // Not a time, a year before 1800, a page range of three ends or a word after the pages.
        ("Times 2019;10:30pm, 1750;3:12, 2019;3:1-2-3 and 2019;4:12ff stay.",
         "Times 2019;10:30pm, 1750;3:12, 2019;3:1-2-3 and 2019;4:12ff stay."),
        // Not a figure in brackets, two letters, a capital, a leading zero or a word after it.
        ("Tables 123(ab), 401(K), 0401(k) and 12(a) stay.",
         "Tables 123(ab), 401(K), 0401(k) and 12(a) stay."),
    ])
    func signsAreSaidAsWords(_ text: String, _ spoken: String) {
        #expect(SpeechNormalizer().spoken(text) == spoken)
    }
}
