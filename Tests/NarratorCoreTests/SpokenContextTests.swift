import Testing
@testable import NarratorCore

/// Numbers, money and titles as a news narrator reads them (the spoken form eSpeak NG is given).
@Suite struct SpokenContextTests {
    @Test(arguments: [
        // Years by era.
        ("In 1999 the ferry sank.", "In 19 99 the ferry sank."),
        ("Since 2011 it has run.", "Since 20 11 it has run."),
        ("The class of 1905 met again.", "The class of 19 oh 5 met again."),
        ("It was built in 1900.", "It was built in 19 hundred."),
        ("By 2005 it had closed.", "By 2005 it had closed."),
        // A part of a year joined to it, and a year after "end" or "start".
        ("Sales rose by mid-2024, slipped in late-2023 and will end 2026 up; the end-2025 goal.",
         "Sales rose by mid 20 24, slipped in late 20 23 and will end 20 26 up; the end 20 25 goal."),
        // Months and days written short before a date.
        ("It opens Sept 3 and closes Dec 31, 2024; photos from Jan 2021.",
         "It opens September 3rd and closes December 31st, 20 24; photos from January 20 21."),
        ("Doors open Fri., Oct. 10; Date: Thu, 18 Dec 2025; the Mar said no; Sun, sea.",
         "Doors open Friday, October 10th; Date: Thursday, the 18th of December 20 25; the Mar said no; Sun, sea."),
        ("Open Tue – Sat and Monday - Friday; the vote is at 10 a.m. ET Wed.; the Sun and the Mon people.",
         "Open Tuesday to Saturday and Monday to Friday; the vote is at 10 a.m ET Wednesday; the Sun and the Mon people."),
        ("They met on Sept. 30, 2011.", "They met on September 30th, 20 11."),
        // After its day, and a day before them without a comma, as British copy and listings
        // write them; a weekday's short name before a figure alone stays.
        ("On Sat 14 Sept at noon, from 7 Nov until 12 Nov; the Sun 5 reporters and Mon 4 edition.",
         "On Saturday the 14th of September at noon, from the 7th of November until the 12th of November; the Sun 5 reporters and Mon 4 edition."),
        ("Sat 7 Mar – Mon 9 Mar", "Saturday the 7th of March – Monday the 9th of March"),
        // A month written short with its period, in full wherever it stands; a name stays.
        ("Inflation eased in Nov., down from 3.1% in Oct.", "Inflation eased in November, down from 3.1% in October."),
        ("Sales rose in Sept. and fell in Dec.; she spoke to Jan.", "Sales rose in September and fell in December; she spoke to Jan."),
        ("The fair closes on 30 Sept.", "The fair closes on the 30th of September."),
        ("The market is open Sun. mornings; polls close on Mon.", "The market is open Sunday mornings; polls close on Monday."),
        // A state written short inside a name: its period is no sentence's end.
        ("She is chief of surgery at Mass. General in Boston.", "She is chief of surgery at Mass General in Boston."),
        // Spans of days and of the day, their periods and dashes joined.
        ("Open Mon.-Fri., 9 a.m.-5 p.m.; Tue.–Sun., 8 am-noon; 8:00 am-9:30 am.",
         "Open Monday to Friday, 9 a.m to 5 p.m.; Tuesday to Sunday, 8 am to noon; 8 am to 9:30 am."),
        // A day with a leading zero; a year after a quarter, a half or "FY", whatever follows.
        ("On March 05, 2024 and 03 June, Q3 2024 earnings, H1 2023, FY 2026 and Q5 2024 units.",
         "On March 5th, 20 24 and the 3rd of June, Q3 20 24 earnings, H1 20 23, FY 20 26 and Q5 2024 units."),
        ("Spring 2024 was wet.", "Spring 20 24 was wet."),
        // Numbers that count something stay numbers.
        ("In 1500 homes the lights went out.", "In 1500 homes the lights went out."),
        ("About 1800 people and some 1200 children came in 1999.", "About 1800 people and some 1200 children came in 19 99."),
        ("He scored 2011 points.", "He scored 2011 points."),
        // A name's number in three figures, in pairs; a number a word counts, labels or measures
        // stays a count.
        ("She drove a Porsche 911 to Room 204, then Highway 101, in a Fiat 500 with the Garmin Forerunner 965.",
         "She drove a Porsche 9 11 to Room 2 oh 4, then Highway 1 oh 1, in a Fiat 500 with the Garmin Forerunner 9 65."),
        ("Flight 370 passengers and Suite 450 tenants; Route 128 to 130 and Room 204 to 210 closed.",
         "Flight 3 70 passengers and Suite 4 50 tenants; Route 128 to 130 and Room 204 to 210 closed."),
        ("Building 250 homes takes years.", "Building 250 homes takes years."),
        ("The Boeing 737 is back; Ford to Cut 850 Jobs.", "The Boeing 7 37 is back; Ford to Cut 850 Jobs."),
        ("Measure 125 grams of flour.", "Measure 125 grams of flour."),
        ("Only 250 came; the Top 250 list, Replies 133, Downloaded 442 times, Capacity 358 Wh, Price $159 and Plans 410 million.",
         "Only 250 came; the Top 250 list, Replies 133, Downloaded 442 times, Capacity 358 watt hours, Price 159 dollars and Plans 410 million."),
        ("The Sharpener 199 to 1499 dollars, Moon (180 gr), Stenhouse 679, 0, 0 and Lakers 112 to 107.",
         "The Sharpener 199 to 1499 dollars, Moon (180 gr), Stenhouse 679, 0, 0 and Lakers 112 to 107."),
        // Ordinal dates, both orders.
        ("It opens on March 3.", "It opens on March 3rd."),
        ("It reopened on 21 September 2024.", "It reopened on the 21st of September 20 24."),
        ("The vote is on Nov. 12 at noon.", "The vote is on November 12th at noon."),
        ("They may 5 times a day.", "They may 5 times a day."),
        // Spans of days: both ends are days ("18 to the 24th" had only the second).
        ("It runs 18-24 November, then November 26-28, 2026, and between 3 and 5 May.",
         "It runs the 18th to the 24th of November, then November 26th to 28th, 20 26, and between the 3rd and the 5th of May."),
        ("From 5 to 10 May, 5 to 10 people came.", "From the 5th to the 10th of May, 5 to 10 people came."),
        // Money with scale words and cents.
        ("It cost $6 million.", "It cost 6 million dollars."),
        ("The deal was worth £2.5 billion, they said.", "The deal was worth 2.5 billion pounds, they said."),
        ("A ticket is $2.53 today.", "A ticket is 2 dollars and 53 cents today."),
        ("It costs $0.99 online.", "It costs 99 cents online."),
        ("Tea was £1.50 a cup.", "Tea was 1 pound and 50 pence a cup."),
        ("Insurers wrote $938 bn, up from $359.5 mn and £2 M; 5 m away.",
         "Insurers wrote 938 billion dollars, up from 359.5 million dollars and 2 million pounds; 5 meters away."),
        // Dates of a life or a reign, a date known roughly, a span of years and a work's year in
        // parentheses; counts and pages stay numbers.
        ("Ann Lee (b. 1953, Ohio) met Bo Yi (d. 2001) at a church built c. 1150.",
         "Ann Lee (born 19 53, Ohio) met Bo Yi (died 2001) at a church built circa 11 50."),
        ("The king (r. 1509-1547) and the poet (1901–1977) wrote Tides (1989).",
         "The king (reigned 15 oh 9 to 15 47) and the poet (19 oh 1 to 19 77) wrote Tides (19 89)."),
        ("It ran 1935-2022 and took 1500-2000 words, pages 1818-1820 and plan b 12.",
         "It ran 19 35 to 20 22 and took 1500 to 2000 words, pages 1818 to 1820 and plan b 12."),
        // Counts in thousands, millions and billions before a plural or after a word of
        // approximation; sizes, race distances, models and names stay.
        ("It has 830K users, 19.8K followers and 9.8B tokens; 10k steps; about 47M, All told.",
         "It has 830 thousand users, 19.8 thousand followers and 9.8 billion tokens; 10 thousand steps; about 47 million, All told."),
        ("It shoots 4K videos and 8K displays for 50K races, a 10k run, a 7B model by 3M.",
         "It shoots 4K videos and 8K displays for 50K races, a 10k run, a 7B model by 3M."),
        // A level a count reaches, or moves to or from after a word of change; not "to" alone (a
        // race plan), nor a lamp's kelvins, nor a retirement plan.
        ("Fans topped 60K, sales hit 3.5M by June and claims rose to 230K from 180K.",
         "Fans topped 60 thousand, sales hit 3.5 million by June and claims rose to 230 thousand from 180K."),
        // Both ends of a range of counts are counts when one end is; two ends that are neither
        // (sizes, a figure with no count around it) stay.
        ("Visits grew from 20K to 45K, between 80K and 90K fans and 40K or 50K a day; the 2K or 4K setting.",
         "Visits grew from 20 thousand to 45 thousand, between 80 thousand and 90 thousand fans and 40K or 50K a day; the 2K or 4K setting."),
        // Millions and billions with decimals wherever they stand; whole sizes, names and a
        // model's size after its name stay.
        ("Out of 2.4M cast, it cost 2.3B; Revenue: 8.6M, a 2.5K monitor, a 3M mask, EvaByte 6.5B.",
         "Out of 2.4 million cast, it cost 2.3 billion; Revenue: 8.6 million, a 2.5K monitor, a 3M mask, EvaByte 6.5B."),
        ("The 5K to 10K plan; it hit 6500K, tones from 2700K to 6500K; $6K went to 401k.",
         "The 5K to 10K plan; it hit 6500K, tones from 2700K to 6500K; 6 thousand dollars went to 401k."),
        ("Nearly 300M in revenue over IEEE 802.11g and 5g of salt.",
         "Nearly 300 million in revenue over IEEE 802.11g and 5 grams of salt."),
        // Numbers in a row joined by dashes, said one after another; a telephone number stays.
        ("Follow the 3-2-1 rule, call 9-1-1; the Wild are 4-2-1 and 555-0100-22 stays.",
         "Follow the 3 2 1 rule, call 9 1 1; the Wild are 4 2 1 and 555-0100-22 stays."),
        // Fractions of an inch: with the inch sign, before "inch" or "in." in sixteenths and finer.
        ("Use a 1/16 inch bit, 3/16 in. of foam and 7/64\" holes; it is 5/16″ by 3/4″ and 15 1/2″.",
         "Use a 1 sixteenth inch bit, 3 sixteenths of an inch of foam and 7 sixty-fourths inch holes; it is 5 sixteenths of an inch by 3 quarters of an inch and 15 1/2″."),
        // A currency named by its sign: one currency after "the", the unit after a number or in
        // parentheses; a sign before a spaced number, a formula and a bare sign stay.
        ("The A$ fell, the NZ$ rose, it costs 535 US$, Low (S$); US$ 6.99, $x \\in A$ and the $ sign.",
         "The Australian dollar fell, the New Zealand dollar rose, it costs 535 US dollars, Low (Singapore dollars); US$ 6.99, $x \\in A$ and the $ sign."),
        // An amount known roughly after "c." or "ca."; a year as before, a letter of a list stays.
        ("It was valued at c. $12bn, c. £40m and ca. 3,000 people, c. 500 BC; part c. 4 stays.",
         "It was valued at circa 12 billion dollars, circa 40 million pounds and circa 3,000 people, circa 500 BC; part c 4 stays."),
        // Currency codes: before the number with its scale, after it, glued to it, and after a
        // sign that leaves the currency open; not a list of codes, nor a code before a plural.
        ("The market was USD 415.93 billion, or USD 2.65 bn.", "The market was 415.93 billion US dollars, or 2.65 billion US dollars."),
        ("It cost 60 USD, then $300 USD and $49.99 USD.", "It cost 60 US dollars, then 300 US dollars and 49 US dollars and 99 cents."),
        ("Under $3500 CAD, and 1500 AUD or £20 GBP; from EUR5.40.",
         "Under 3500 Canadian dollars, and 1500 Australian dollars or 20 pounds; from 5 euros and 40 cents."),
        ("About 200k EUR, 10.8 million SEK and $5 million USD.",
         "About 200 thousand euros, 10.8 million Swedish kronor and 5 million US dollars."),
        ("Rs 24 lakh, Rs. 1,500, 500 Rs and ₹500 crore.", "24 lakh rupees, 1,500 rupees, 500 rupees and 500 crore rupees."),
        ("Over 125 GBP, EUR, CHF; 2 CAD drawings; $5 EUR; by 2010 US dollars were scarce.",
         "Over 125 GBP, EUR, CHF; 2 CAD drawings; 5 dollars EUR; by 20 10 US dollars were scarce."),
        // Titles before names, Jr. after one.
        ("Rep. Ann Lee and Sen. Tom Hale spoke.", "Representative Ann Lee and Senator Tom Hale spoke."),
        ("Lt. Col. Ann Reyes met Gov. Brown Jr. today.", "Lieutenant Colonel Ann Reyes met Governor Brown Junior today."),
        ("Cpl. Ortiz met Fr. Malone, Det. Insp. Harlow, Mme. Roux and Hon. B. U. Okafor today.",
         "Corporal Ortiz met Father Malone, Detective Inspector Harlow, Madame Roux and Honorable B U Okafor today."),
        // Not before a letter alone: a generation, a section.
        ("Gen. Z voters read Sec. A first.", "Gen Z voters read Sec A first."),
        // "e.g." is "for example", before a word or a comma.
        ("Some fruit (e.g. plums) and nuts, e.g., walnuts, keep.", "Some fruit (for example plums) and nuts, for example, walnuts, keep."),
        // Web addresses, handles, emoji.
        ("Read more: https://t.co/XPx1abc", "Read more: a link to t.co"),
        ("Visit www.example.org/news today.", "Visit example.org today."),
        ("Follow @Harbour_Gazette for updates.", "Follow Harbour Gazette for updates."),
        ("The lanterns are up, see you there, pic.twitter.com/Ab12Cd34Ef", "The lanterns are up, see you there"),
        ("Lanterns on the bank pic.twitter.com/Ab12Cd34Ef.", "Lanterns on the bank."),
        ("Look (pic.x.com/Zz9) at the bank, and pic.twitter.com alone.", "Look at the bank, and pic.twitter.com alone."),
        ("Write to desk@example.org today.", "Write to desk@example.org today."),
        ("What a night 🎉🙂 it was.", "What a night it was."),
        // Units, fractions, slashes.
        ("Add 1 1/2 cups and 1 tsp of salt.", "Add 1 and a half cups and 1 teaspoon of salt."),
        ("Use 8 oz. of milk.", "Use 8 ounces of milk."),
        // After "a" a fraction brings its own article.
        ("Add a 1/2 cup and an 1/8 inch of it, a 1/2 lbs cut. A 1/3 cup of milk.",
         "Add half a cup and an eighth inch of it, a half lbs cut. A third of a cup of milk."),
        ("Add 2 cups (16 fl oz) of stock, then (5 km) on foot.", "Add 2 cups (16 fluid ounces) of stock, then (5 kilometers) on foot."),
        ("The 12oz mug holds 3oz less.", "The 12 ounce mug holds 3 ounces less."),
        ("It hums at 50 Hz and runs at 120 km/h.", "It hums at 50 hertz and runs at 120 kilometers per hour."),
        ("The shop is open 24/7.", "The shop is open 24 7."),
        ("Keep 3/4 of it and the 3/4/2024 receipt.", "Keep 3 quarters of it and the March 4th, 20 24 receipt."),
        ("New 5G phones and 500g of flour.", "New 5 G phones and 500 grams of flour."),
        // Spans of time written short (lower case only: "5 HR" is a heart rate), and a measure
        // after "a" describing what follows it, in the singular.
        ("Rest 30 sec, walk 1 min, ride 2 hrs, read the 5 HR guide.", "Rest 30 seconds, walk 1 minute, ride 2 hours, read the 5 HR guide."),
        ("It is a 5 km walk, a 5 min read and a 10 lb bag; we ran a 10 km in 1 hr.",
         "It is a 5 kilometer walk, a 5 minute read and a 10 pound bag; we ran a 10 kilometers in 1 hour."),
    ])
    func readsAsANarratorDoes(_ written: String, _ spoken: String) {
        #expect(SpeechNormalizer().spoken(written) == spoken)
    }

    /// Words and units written short that eSpeak NG spells or misreads ("A V G", "inkle", "five
    /// er", "forty my", "S Q F T", "76 in"), said in full; and the article before a fraction's
    /// noun by its sound ("half an inch", not "half a inch").
    @Test(arguments: [
        ("The frame is 5 in. x 7 in. and the screen 76 in.", "The frame is 5 inches by 7 inches and the screen 76 inches."),
        ("A shelf (30 in) and a board 5 in wide; he won 5 in a row, born in 1990 in Ohio.",
         "A shelf (30 inches) and a board 5 inches wide; he won 5 in a row, born in 19 90 in Ohio."),
        ("Cut it 1/2 inch wider, wait a 1/2 hour, add 1/3 inch, then a 1/2 unit and 1/2 EV more.",
         "Cut it half an inch wider, wait half an hour, add a third of an inch, then half a unit and half an EV more."),
        ("Our 800 sq ft garden, a 3,080 sq. ft. hall and homes up to 6,000 sq. ft., with 12 sq m free.",
         "Our 800 square foot garden, a 3,080 square foot hall and homes up to 6,000 square feet, with 12 square meters free."),
        ("We walked 40 mi in 3 wks; she is 5 yrs old, a 2 yr deal, 1 wk, 6 mos and 7mo.",
         "We walked 40 miles in 3 weeks; she is 5 years old, a 2 year deal, 1 week, 6 months and 7 months."),
        ("The avg price and the Avg. fare, approx $3 more. Approx 5 minutes; the AVG scan.",
         "The average price and the Average fare, approximately 3 dollars more. Approximately 5 minutes; the AVG scan."),
        ("Prices incl. VAT, excl. delivery. Shipping is incl.", "Prices including VAT, excluding delivery. Shipping is included."),
        ("The hooks (aka J-cups) hold it; Aka Bay stays.", "The hooks (also known as J-cups) hold it; Aka Bay stays."),
        ("Hrs per week: 10; yrs of service and mins left.", "Hours per week: 10; years of service and minutes left."),
        ("After WWII and WWI, sales grew 4% YoY.", "After World War Two and World War One, sales grew 4% year over year."),
        // Degrees with periods inside are closed up (eSpeak said "P H dot D"); "M.D." and "B.A." it reads.
        ("Ann Ross, Ph.D., Tom Lee, M.Sc. and a D.Phil; Jo Park, M.D., stays.",
         "Ann Ross, PhD, Tom Lee, MSc and a DPhil; Jo Park, M.D., stays."),
        ("Rain of 3-5 in. fell over 10-15 km; dogs of 5-22 lbs.", "Rain of 3 to 5 inches fell over 10 to 15 kilometers; dogs of 5 to 22 pounds."),
        ("Pour 10-12 oz mugs and a 3-5 km walk.", "Pour 10 to 12 ounce mugs and a 3 to 5 kilometer walk."),
        ("The 2023/24 season, unlike 2020/08, ended.", "The 20 23 to 24 season, unlike 2020/08, ended."),
        ("Add 1½ cups of flour, 2¾ tsp of salt and ½ cup of milk.",
         "Add 1 and a half cups of flour, 2 and 3 quarters teaspoons of salt and half a cup of milk."),
        ("A 2 in. pipe and 5 in. of snow.", "A 2 inch pipe and 5 inches of snow."),
        ("Bake 2 lb loaves in 8 oz cups, but 1000 mg refers to a dose of 40 kg provides.",
         "Bake 2 pound loaves in 8 ounce cups, but 1000 milligrams refers to a dose of 40 kilograms provides."),
        ("I listen for 8+ hrs; the 3 min read, the 10 mins before bed and the 100 MB limit.",
         "I listen for 8+ hours; the 3 minute read, the 10 minutes before bed and the 100 megabyte limit."),
    ])
    func saysShortWordsInFull(_ written: String, _ spoken: String) {
        #expect(SpeechNormalizer().spoken(written) == spoken)
    }
}
