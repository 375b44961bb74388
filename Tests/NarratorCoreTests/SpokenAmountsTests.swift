import Testing
@testable import NarratorCore

@Suite struct SpokenAmountsTests {
    @Test(arguments: [
        ("It cost US$1.2bn last year.", "It cost 1.2 billion US dollars last year."),
        ("Tickets are HK$500 each.", "Tickets are 500 Hong Kong dollars each."),
        ("A €30m grant (and £5m more).", "A 30 million euro grant (and 5 million pounds more)."),
        ("Just $1, or EUR 20.", "Just 1 dollar, or 20 euros."),
        ("In 2019-2021 about 10–15 people left.", "In 20 19 to 20 21 about 10 to 15 people left."),
        ("A 5km run at 20°C with 3.5kg packs.", "A 5 kilometer run at 20 degrees Celsius with 3.5 kilogram packs."),
        ("Up 3.5% on 12 March, AI and NASA said.", "Up 3.5% on the 12th of March, AI and NASA said."),
        ("Call 555-0100-22 or see 2024-03-12.", "Call 555-0100-22 or see the 12th of March 20 24."),
        ("Not a date: 2024-13-40.", "Not a date: 2024-13-40."),
        ("In the 1990s, the '80s and 2010s (not the 2000s).", "In the 19 nineties, the eighties and 20 tens (not the 2 thousands)."),
        ("The 80s, 1900s and ’60s; not 10s or 1995s.", "The eighties, 19 hundreds and sixties; not 10s or 1995s."),
        ("It opened on Nov. 3, 2024, i.e. last year.", "It opened on November 3rd, 20 24, that is last year."),
        ("Dec. rates and Mar. 5 figures.", "December rates and March 5th figures."),
        ("The well-known x-ray.", "The well-known x-ray."),
        ("It costs $50-$200, or £10–20 (€3–4bn).", "It costs 50 to 200 dollars, or 10 to 20 pounds (3 to 4 billion euros)."),
        ("Worth $5-10 million, $3bn-$4bn and $2.50-$3.75.",
         "Worth 5 to 10 million dollars, 3 to 4 billion dollars and 2 dollars and 50 cents to 3 dollars and 75 cents."),
        ("Up 15-20% or 3%–4%; $5-a-day stays.", "Up 15 to 20% or 3 to 4%; $5-a-day stays."),
        ("At $10/click, $2.53/lb or $20-30/hr.", "At 10 dollars per click, 2 dollars and 53 cents per pound or 20 to 30 dollars per hour."),
        // Per two things, and with a code naming the dollar; a code the sign cannot take stays.
        ("At $29/user/month, $20USD/month, $13CAD/user; $5EUR/month stays.",
         "At 29 dollars per user per month, 20 US dollars per month, 13 Canadian dollars per user; $5EUR/month stays."),
        // A price range set apart by a dash, the sign on both ends ("$5 – 10" may be a list).
        ("Between $150 – $500 a foot; remodels: $15,000 – $50,000 (fees $2.50 – $3).",
         "Between 150 and 500 dollars a foot; remodels: 15,000 to 50,000 dollars (fees 2 dollars and 50 cents to 3 dollars)."),
        ("Cars from $45-$50/day, boats £90–£120/day.", "Cars from 45 to 50 dollars per day, boats 90 to 120 pounds per day."),
        ("From $100+ to $8.3M+ and a $380+ billion market.", "From 100 plus dollars to 8.3 million plus dollars and a 380 billion plus dollars market."),
        ("Rated 9.8/10 (4.5/5), 8/10 and 7.5 /10.", "Rated 9.8 out of 10 (4.5 out of 5), 8 out of 10 and 7.5 out of 10."),
        ("Call 888-209-3989, 1-800-555-0199 or (555) 123-4567; 555-0100-22 stays.",
         "Call 8 8 8, 2 0 9, 3 9 8 9, 1, 8 0 0, 5 5 5, 0 1 9 9 or 5 5 5, 1 2 3, 4 5 6 7; 555-0100-22 stays."),
        // Spelled with letters: seven after the area code; short codes stay.
        ("Call 1-800-FDA-0178, 855-JWU-1881 or 1-844-HOMEYOU; 435-II and 1-800-ABC-12 stay.",
         "Call 1, 8 0 0, FDA, 0 1 7 8, 8 5 5, JWU, 1 8 8 1 or 1, 8 4 4, HOMEYOU; 435-II and 1-800-ABC-12 stay."),
        ("At 9:00 p.m., 10:00, 15:00, 09:00 and 10:05; 10:30, 00:00 and 3:16 stay.",
         "At 9 p.m., 10 o'clock, 15 hundred, oh 9 hundred and 10 oh 5; 10:30, 00:00 and 3:16 stay."),
        // A stopwatch's time in words; a clock's to the second before a time zone or an offset.
        ("In 2:14:07, 1:00:30 and 3:31.46; at 06:55:17 UTC, 13:07:39 -0500; 3:16 stays.",
         "In 2 hours 14 minutes 7 seconds, 1 hour 30 seconds and 3 minutes 31.46 seconds; at 6:55 and 17 seconds UTC, 13 oh 7 and 39 seconds -0500; 3:16 stays."),
        // Round ordinals with their own word; a percentage written "pc", not a count of pieces.
        ("The 100th, 1,000th, 2500th and 1,000,000th; 125th stays. Up 0.4pc, 3pc in May; a 5pc set.",
         "The 1 hundredth, 1 thousandth, 2 thousand 5 hundredth and 1 millionth; 125th stays. Up 0.4 percent, 3 percent in May; a 5pc set."),
        ("Speeds of 300 Mbps, 10 Gbps and 990 kbps.", "Speeds of 300 megabits per second, 10 gigabits per second and 990 kilobits per second."),
        // Shorthand: seconds after a fraction, hours and minutes, metres before what they
        // measure, odds, a magnitude with its article, a version; "1990s" is a decade, the M6 a road.
        ("In 3.1s, the 1990s; 2h 15m; 1.85m tall; a 1-in-100-year flood; an M4.8 quake on the M6; v2.3.1.",
         "In 3.1 seconds, the 19 nineties; 2 hours 15 minutes; 1.85 meters tall; a 1 in 100 year flood; a magnitude 4.8 quake on the M6; version 2.3.1."),
        // Degrees written "30C" in a sentence about the weather or an oven, not elsewhere.
        ("Highs of 30C, lows of -2C; bake at 200C.", "Highs of 30 degrees Celsius, lows of minus 2 degrees Celsius; bake at 200 degrees Celsius."),
        ("Flat 4C and the YubiKey 5C; No.11 and the 4x100m relay.", "Flat 4C and the YubiKey 5C; number 11 and the 4 by 100 meters relay."),
        // Cents written "5c" in a sentence about prices, not in a name; "pct", "bbl", "2/3rds".
        ("Shares rose 5c to $3.10; oil hit $82/bbl, up 4.25pct; 2/3rds agree.",
         "Shares rose 5 cents to 3 dollars and 10 cents; oil hit 82 dollars per barrel, up 4.25 percent; 2 thirds agree."),
        ("The 21c Hotel and the Superlight 2c.", "The 21c Hotel and the Superlight 2c."),
        ("The U-20 side, the U21s' coach; U-235 and U2 stay.", "The under 20 side, the U21s' coach; U-235 and U2 stay."),
        ("It holds 2 cu. ft. of soil, a 4.5 cu ft fridge.", "It holds 2 cubic feet of soil, a 4.5 cubic foot fridge."),
        // Gallons, a price per liter or per person, a blood pressure only in a sentence about one.
        ("It holds 50 gal. of water; diesel is $1.45/l, the trip £25pp.",
         "It holds 50 gallons of water; diesel is 1 dollar and 45 cents per liter, the trip 25 pounds per person."),
        ("Her blood pressure was 140/90 mmHg, his BP 150/95.",
         "Her blood pressure was 140 over 90 millimeters of mercury, his BP 150 over 95."),
        ("The 140/90 split and a 2/3 vote.", "The 140/90 split and a 2 thirds vote."),
        // Basis points where rates are spoken of, bits per second elsewhere; frames, miles per
        // gallon, parts per million, torque, hectares, nautical miles.
        ("The Fed cut rates by 25bps, then 50 bp.", "The Fed cut rates by 25 basis points, then 50 basis points."),
        ("The modem ran at 9600 bps, not 50bps.", "The modem ran at 9600 bits per second, not 50 bits per second."),
        ("A 30fps lock, 35 mpg, 420 ppm, 500 lb-ft, 40 ha and 300 nmi.",
         "A 30 frames per second lock, 35 miles per gallon, 420 parts per million, 500 pound-feet, 40 hectares and 300 nautical miles."),
        // Minutes and seconds past any hour of a clock, where no score is near; a score; a split.
        ("She finished the 10K in 34:12; the episode runs 42:30; Kiel won the final 28:25; a 60:40 split.",
         "She finished the 10K in 34 minutes 12 seconds; the episode runs 42 minutes 30 seconds; Kiel won the final 28 to 25; a 60 40 split."),
        // Watts apart from their number where the sentence speaks of power, singular before
        // what they describe; elsewhere a "W" stays (a bearing).
        ("The panel makes 400 W; a powerful 1400 W heating element; the chip draws 15 W.",
         "The panel makes 400 watts; a powerful 1400 watt heating element; the chip draws 15 watts."),
        ("The wind blew from 270 W at dusk.", "The wind blew from 270 W at dusk."),
        // A span of time after "per"; a count or more and its unit; an emergency number where a
        // call is made (a model keeps its number); a circuit court; a school's grades (a tax
        // form's "K-1" and a police dog's "K-9" stay).
        ("Tuition is $12,400 per yr.; parking is $3 per hr. after 6; 300+ mi. on a charge.",
         "Tuition is 12,400 dollars per year; parking is 3 dollars per hour after 6; 300+ miles on a charge."),
        ("She called 911; a 911 dispatcher came; a Porsche 911; 911 people.",
         "She called 9 1 1; a 9 1 1 dispatcher came; a Porsche 9 11; 911 people."),
        ("The 9th Cir. agreed; K-8 and K-12 schools; a Schedule K-1 and a K-9 unit.",
         "The 9th Circuit agreed; K through 8 and K through 12 schools; a Schedule K-1 and a K-9 unit."),
        // Trillions after a currency's sign; pence under a pound (a picture's "1080p" stays); a
        // span of time after "a"; millions before what is counted in millions (metres before
        // waves); a fraction of a measure; inches joined by a hyphen.
        ("It topped $3T; a loaf costs 95p; shot in 1080p.", "It topped 3 trillion dollars; a loaf costs 95 pence; shot in 10 80 p."),
        ("Sales doubled from a yr. ago; 200m users and 3.5m people; 10m waves.",
         "Sales doubled from a year ago; 200 million users and 3.5 million people; 10m waves."),
        ("Stir in 3/4 cup sugar and 1/4 tsp vanilla; use a 10-in. skillet.",
         "Stir in 3 quarters of a cup sugar and a quarter of a teaspoon vanilla; use a 10 inch skillet."),
        // Pence in tenths, as fuel is priced; a school's year; a time written the French way
        // after "at" (a span elsewhere stays); a measure describing what follows a possessive.
        ("Petrol hit 155.2p a litre; pupils in Yr 6; at 10h30 or in 1h30; the chipmaker's 3nm process.",
         "Petrol hit 155.2 pence a litre; pupils in Year 6; at 10:30 or in 1h30; the chipmaker's 3 nanometer process."),
        // A latitude and a longitude; bits per second written "Gbit/s"; a share's price in
        // pence in a sentence about shares (a picture's lines stay).
        ("It lies at 18.5°N, 64.2°W and 1°S; links of 1 Gbit/s and 400 Mbit/s.",
         "It lies at 18.5 degrees north, 64.2 degrees west and 1 degree south; links of 1 gigabit per second and 400 megabits per second."),
        ("Shares fell 3p to 412p, closed at 1,150p and streamed in 1080p.",
         "Shares fell 3 pence to 412 pence, closed at 1,150 pence and streamed in 10 80 p."),
        // Months written "mths"; nautical miles before where they are counted from (nanometers elsewhere).
        ("He got 4 yrs 6 mths; the ship was 1.2 nm off the coast, 40 nm from port; light at 650 nm in the red.",
         "He got 4 years 6 months; the ship was 1.2 nautical miles off the coast, 40 nautical miles from port; light at 650 nanometers in the red."),
        // Metres before the race or the pool they measure (waves stay as written).
        ("She won the 400m hurdles; a 25m pool; the 1,500m final; 10m waves; 3m tall.",
         "She won the 400 meter hurdles; a 25 meter pool; the 1,500 meter final; 10m waves; 3 meters tall."),
        // A home's rooms as listings write them; a measure in two units.
        ("A 3BR/2BA home with 3 bd, 2.5 ba and 2 BR; the 4BR house.",
         "A 3 bedroom, 2 bath home with 3 bedrooms, 2.5 baths and 2 bedrooms; the 4 bedroom house."),
        ("It fired for 6 min. 20 sec. before cutoff and weighed 8 lb. 3 oz. in all.",
         "It fired for 6 minutes 20 seconds before cutoff and weighed 8 pounds 3 ounces in all."),
        // Inches written with a straight quote when the sentence's quotes do not pair up.
        ("A 6.1\" display, 3.87\" W and a 55\" TV; it is 1\".", "A 6.1 inch display, 3.87 inches W and a 55 inch TV; it is 1 inch."),
        ("She said \"the score was 5\" and left.", "She said \"the score was 5\" and left."),
        // Units per unit ("3.0 m/kWh" is miles, and stays), a rent per month, a bookmaker's odds
        // (not a fraction elsewhere), a measure after a possessive describing what follows.
        ("A 5 mg/kg dose, glucose of 140 mg/dL, 120 g/km, 3.0 m/kWh; rent is £1,500 pcm or £950pcm.",
         "A 5 milligram per kilogram dose, glucose of 140 milligrams per deciliter, 120 grams per kilometer, 3.0 m/kWh; rent is 1,500 pounds per month or 950 pounds per month."),
        ("The favourite is 5/1 with the bookies; 1/5 of it. The phone's 5,000 mAh battery and your 2 lb loaf; it's 5 km away.",
         "The favourite is 5 to 1 with the bookies; a fifth of it. The phone's 5,000 milliamp hour battery and your 2 pound loaf; it's 5 kilometers away."),
        // A range joined by a hyphen to what it measures; a score and a sequence stay.
        ("Among 18-29-year-olds, a 3-5-year term, 6–8-week delays; the 1-2-1 sessions and a 3-1-win.",
         "Among 18 to 29-year-olds, a 3 to 5-year term, 6 to 8-week delays; the 1 2 1 sessions and a 3-1-win."),
        // Odds the words around them quote, with no word of betting; a half shot and a date stay.
        ("He is 3/1 to win, Labour are 1/5 to lift it; a 9/2 shot won at 5/1, went off at 7/2.",
         "He is 3 to 1 to win, Labour are 1 to 5 to lift it; a 9 to 2 shot won at 5 to 1, went off at 7 to 2."),
        ("Add a 1/2 shot of syrup; 3/4 of them met at 5/1 Elm Road.",
         "Add half a shot of syrup; 3 quarters of them met at 5/1 Elm Road."),
        // A recipe's cup, tablespoon and teaspoon written as a letter and its period before
        // "of" ("t." only where the sentence cooks); a size joined to its unit by a hyphen;
        // quarters of a year in a span.
        ("Add 2 c. of milk, 1/2 c. of sugar, 2 T. of butter and 1 t. of salt.",
         "Add 2 cups of milk, half a cup of sugar, 2 tablespoons of butter and 1 teaspoon of salt."),
        ("It weighs 5 t. of steel; use a 9x13-in. pan or a 9x9-inch dish; results for Q1-Q3.",
         "It weighs 5 tonnes of steel; use a 9 by 13 inch pan or a 9 by 9 inch dish; results for Q1 to Q3."),
        // A unit joined by a hyphen describes what follows; points written short.
        ("A 10-yr-old, a 30-min drive, a 5-oz cup, a 5-pt lead and 2.1 pts; COVID-19 stays.",
         "A 10 year old, a 30 minute drive, a 5 ounce cup, a 5 point lead and 2.1 points; COVID-19 stays."),
        ("16GB, 5Gbps, 3.2GHz, 12MP, 5000mAh and -5°C.",
         "16 gigabytes, 5 gigabits per second, 3.2 gigahertz, 12 megapixels, 5000 milliamp hours and minus 5 degrees Celsius."),
        ("A 65W charger, an 8GB card and a $5 fee; a $2.50 coffee.",
         "A 65 watt charger, an 8 gigabyte card and a 5 dollar fee; a 2 dollars and 50 cents coffee."),
        ("Between 2010-2015 and between 10-15 people; the 2024-25 season; 2015 sales.",
         "Between 20 10 and 20 15 and between 10 and 15 people; the 20 24 to 25 season; 2015 sales."),
        ("From 2010-2015 sales grew; the mid-2000s and late-1990s; Mon-Fri.",
         "From 20 10 to 20 15 sales grew; the mid 2 thousands and late 19 nineties; Monday to Friday."),
        // Units eSpeak spells out ("M S", "D B"); apart from the number only as written.
        ("A 0.5ms lag, 75dB and 9 ms; a 333Wh pack, 200px, 18 dB, a 27in screen, 25mins.",
         "A 0.5 millisecond lag, 75 decibels and 9 milliseconds; a 333 watt hour pack, 200 pixels, 18 decibels, a 27 inch screen, 25 minutes."),
        // Engine power and speed, in lower case only ("2 HP laptops" is the brand).
        // Areas and volumes with a superscript, singular before the noun they describe.
        ("A 50 m² flat, 3 m³ of sand, 2cm³, 1 m² and 20 km²; in m² stays.",
         "A 50 square meter flat, 3 cubic meters of sand, 2 cubic centimeters, 1 square meter and 20 square kilometers; in m² stays."),
        ("It makes 300 hp at 40 kph; a 176hp motor and 2 HP laptops.",
         "It makes 300 horsepower at 40 kilometers per hour; a 176 horsepower motor and 2 HP laptops."),
        // A unit's period inside the sentence abbreviates: no pause ("4 feet, tall").
        ("A 4ft. x 4ft. bed, 4 ft. wide, 5 min. later.", "A 4 foot by 4 feet bed, 4 feet wide, 5 minutes later."),
        ("It moves 5 GB/s, 40Gb/s and 9.8 m/s².", "It moves 5 gigabytes per second, 40 gigabits per second and 9.8 meters per second squared."),
        // Times with their half of the day: British periods, whole hours, spans.
        ("Doors at 7.30pm, 6:00pm or 6:05pm; open 9am–5pm, talks 3-5pm and 9:30am-1pm; 7.30 percent stays.",
         "Doors at 7 30 pm, 6 pm or 6 oh 5 pm; open 9am to 5pm, talks 3 to 5pm and 9 30 am to 1pm; 7.30 percent stays."),
        ("Open 9.30 A.M. to 7.00 P.M., or 9.05 am; 9.30 percent stays.", "Open 9 30 A.M to 7 P.M., or 9 oh 5 am; 9.30 percent stays."),
        ("From the 1980s–90s to the 1800s-1930s.", "From the 19 eighties to nineties to the 18 hundreds to 19 thirties."),
        ("Windows 10 MS Office, 5 DB rows, an EPYC 4584PX and 5MS stay.", "Windows 10 MS Office, 5 DB rows, an EPYC 4584PX and 5MS stay."),
        ("Only 3/10 of them; 2/5 and 11/10 stay fractions or as written.", "Only 3 tenths of them; 2 fifths and 11/10 stay fractions or as written."),
        // A range with its unit stuck to it: plural, or singular before what it describes.
        ("Cut to 20-30cm, run 60-80mins at 5cm–8cm; a 16-50mm lens, between 195–205°F; 4-8m stays.",
         "Cut to 20 to 30 centimeters, run 60 to 80 minutes at 5 to 8 centimeters; a 16 to 50 millimeter lens, between 195 and 205 degrees Fahrenheit; 4-8m stays."),
        // Decades with an apostrophe before the "s", and a year's.
        ("In the 1930's, the 80’S and the mid-1700's; 1972’s album, December 2024’s figure, 2005's and 1907's.",
         "In the 19 thirties, the eighties and the mid 17 hundreds; 19 seventy-two's album, December 20 twenty-four's figure, 2 thousand five's and 19 oh seven's."),
        // Inches and feet as primes; after "the", or before a plural noun, a measure before its
        // noun is singular, but not before a verb or a word that only ends in "s".
        ("A 4.9″ screen, 24″ monitors, a 6′ fence; the 10″ tires, the 5km race, above the 120°F most use, the 10 km between.",
         "A 4.9 inch screen, 24 inch monitors, a 6 foot fence; the 10 inch tires, the 5 kilometer race, above the 120 degrees Fahrenheit most use, the 10 kilometers between."),
        ("It rides on 10″ tires; a load of 40kg provides grip that 600mm demands, 5km always, 3kg less.",
         "It rides on 10 inch tires; a load of 40 kilograms provides grip that 600 millimeters demands, 5 kilometers always, 3 kilograms less."),
        // A price in euros with the sign after it, its cents after a comma or a point.
        ("Buy it for 69,99€, 9.75€ or 569,00€; 59€ and 1,5€ stay.", "Buy it for 69 euros and 99 cents, 9 euros and 75 cents or 569 euros; 59€ and 1,5€ stay."),
        // An ISO 8601 stamp: the date and the hour and minutes; a stamp that is not one stays.
        ("Posted 2019-01-21T21:40:59.62Z+00:00, edited 2021-12-10T09:05-0500; 2021-12-10T25:05 stays.",
         "Posted the 21st of January 20 19 at 21:40, edited the 10th of December 20 21 at 9 oh 5; 2021-12-10T25:05 stays."),
        // A decimal without its zero gets one (eSpeak NG: "dot five"); a version and a name stay.
        ("Valued at .5 billion, $.99 a cup and (.05) points; .NET 8 and v.5.1 stay.",
         "Valued at 0.5 billion, 99 cents a cup and (0.05) points; .NET 8 and v.5.1 stay."),
        ("Version .5.1 shipped.", "Version .5.1 shipped."),
        // A range or a score whose dash stands apart reads as one written closed up.
        ("Add 2 – 5 pounds, pages 10 - 20 (2.1 – 2.2 kg) and 5 – 8% more.",
         "Add 2 to 5 pounds, pages 10 to 20 (2.1 to 2.2 kilograms) and 5 to 8% more."),
        ("The Gulls won 3 – 2; the vote was 52 – 48.", "The Gulls won 3 2; the vote was 52 to 48."),
        // Not a range: a sum, a chapter's title, a date's slash, a count before a product.
        ("It is 10 - 2 = 8, Chapter 3 – The Return, 5/3 – 7/31 and 4 - 2gm packs.",
         "It is 10 - 2 = 8, Chapter 3 – The Return, 5/3 – 7/31 and 4 - 2gm packs."),
        // Volts, but not a model's or a course's number.
        ("A 48V battery, 5.1V, 230V, 1500V and 400kV; the Core Ultra 7 258V and ACCT 5350V stay.",
         "A 48 volt battery, 5.1 volts, 230 volts, 1500 volts and 400 kilovolts; the Core Ultra 7 258V and ACCT 5350V stay."),
        // A split of a hundred and the day named "9/11" are two numbers; other pairs stay.
        ("A 50/50 split, a 70/30 blend and 9/11; 20/25 stays.", "A 50 50 split, a 70 30 blend and 9 11; 20/25 stays."),
        // A score's scale written with its decimal ("5.0").
        ("Rated 4.8/5.0 and 7.5/10.0.", "Rated 4.8 out of 5 and 7.5 out of 10."),
        // ...and a decimal score with its slash set apart; not a date's ("5 / 10 / 2024").
        ("Rated 4.6 / 5.0, (8.5 / 10) and 4.5 / 10 / 3; 3 / 5 stays.",
         "Rated 4.6 out of 5, (8.5 out of 10) and 4.5 / 10 / 3; 3 / 5 stays."),
        // A ratio (its colon cannot be a time's); not a chapter and verse, not a time.
        ("A 16:9 screen, 1250:1 contrast, 1.35:1, (3:1) and 50:50; Psalm 46:1 and 9:30 stay.",
         "A 16 to 9 screen, 1250 to 1 contrast, 1.35 to 1, (3 to 1) and 50 50; Psalm 46:1 and 9:30 stay."),
        // Grams written apart in lower case ("5 G" is a network), millionths with the micro
        // sign or the Greek mu, and a measure below zero written apart (not a range's second end).
        ("Add 250 g flour, a 30 g bar and 15 µg or 7 μm; the 5 G network stays.",
         "Add 250 grams flour, a 30 gram bar and 15 micrograms or 7 micrometers; the 5 G network stays."),
        ("Nights fell to -12 °C and −18 °C; from 10 -15 km stays.",
         "Nights fell to minus 12 degrees Celsius and minus 18 degrees Celsius; from 10 -15 km stays."),
        // "Art." before a number is a law's article.
        ("Art. 50 of the treaty and arts. 12 and 13.", "article 50 of the treaty and articles 12 and 13."),
        // A fraction written as one character, alone or apart from its whole number, and its unit
        // (eSpeak NG says no eighths at all); one joined to a unit or after "the" describes what
        // follows; after a range's figure it stays.
        ("Add ¾ tsp. of salt, 1 ¾ cups of oats, 2½ tbsp. of oil and ⅛ in. of foam.",
         "Add 3 quarters of a teaspoon of salt, 1 and 3 quarters cups of oats, 2 and a half tablespoons of oil and an eighth of an inch of foam."),
        ("A ⅝-inch bolt, a ½-in gap, the ¼ mile and ⅓ of voters; a 4-5 ½ inch screen stays.",
         "A 5 eighths inch bolt, a half inch gap, the quarter mile and a third of voters; a 4 to 5 ½ inch screen stays."),
        // A year by its last two figures after an apostrophe; a number in quotation marks stays.
        ("In ’09 and in '84 the class of ‘17 met; '15' stays quoted.", "In oh 9 and in 84 the class of 17 met; '15' stays quoted."),
        ("Solar reached 1.6 TW, emissions 37 Gt and the blast 15 Mt near Mt Hood.",
         "Solar reached 1.6 terawatts, emissions 37 gigatonnes and the blast 15 megatonnes near Mount Hood."),
        // A power of ten written with a superscript exponent.
        ("Each dose holds 2 × 10⁹ cells at a rate of 10⁻³ and 10¹¹; 10⁻ and 100⁶ stay.",
         "Each dose holds 2 × 10 to the 9th cells at a rate of 10 to the minus 3rd and 10 to the 11th; 10⁻ and 100⁶ stay."),
        // A time on the 24-hour clock in four figures before a time zone, "local" or "hours";
        // after "in" it is a year.
        ("Polls close at 2100 GMT, resume at 0915 UTC and 1405 local time, with troops at 0500 hours; in 1930 GMT was set.",
         "Polls close at 21 hundred GMT, resume at oh 9 15 UTC and 14 oh 5 local time, with troops at oh 5 hundred hours; in 19 30 GMT was set."),
        // A unit's period before a comma goes ("pounds.," made eSpeak NG stop twice).
        ("It weighs 5 lbs., and 2 tbsp.; then stop.", "It weighs 5 pounds, and 2 tablespoons; then stop."),
    ])
    func amountsRangesAndUnitsBecomeWords(_ text: String, _ spoken: String) {
        #expect(SpeechNormalizer().spoken(text) == spoken)
    }
}
