import Testing
@testable import NarratorCore

/// Ratings drawn in star glyphs are said as a count of stars, in the voice's language; a single
/// star (a bullet) unless stuck to a figure, and empty stars alone (a widget to rate with) are not a rating.
@Suite struct StarRatingsTests {
    @Test(arguments: [
        ("Harbour Lodge ★★★★½", "Harbour Lodge 4 and a half stars"),
        ("Rated ★★★★☆ by readers.", "Rated 4 out of 5 stars by readers."),
        ("Rated ★★★☆☆(16) by readers.", "Rated 3 out of 5 stars (16) by readers."),
        ("The Quay Hotel ★★★★★ by the sea.", "The Quay Hotel 5 stars by the sea."),
        ("Over 300 ★★★★★ reviews this year.", "Over 300 5-star reviews this year."),
        ("Our pick ⭐⭐⭐⭐ for families.", "Our pick 4 stars for families."),
        ("A ⭐⭐⭐⭐️ stay on the coast.", "A 4-star stay on the coast."),
        ("★ Best pick for families.", "★ Best pick for families."),
        // One star stuck to a figure: the rating's unit; after an article before a noun, a
        // description; a figure over another, a rating out of it.
        ("It has 4.5★ from readers, 1★ only, 5★ last year.", "It has 4.5 stars from readers, 1 star only, 5 stars last year."),
        ("A 5★ hotel and the 4★ rooms.", "A 5-star hotel and the 4-star rooms."),
        ("ShockByte (3/5★) is dear.", "ShockByte (3 out of 5 stars) is dear."),
        ("Rate this: ☆☆☆☆☆", "Rate this: ☆☆☆☆☆"),
        ("Half a cup, ½ of it.", "Half a cup, ½ of it."),
    ])
    func englishRatings(_ text: String, _ rated: String) {
        #expect(StarRatings.rewrite(text, language: "en") == rated)
    }

    @Test func ratingsInTheVoicesLanguage() {
        #expect(StarRatings.rewrite("Hotel am Hafen ★★★★☆", language: "de") == "Hotel am Hafen 4 von 5 Sternen")
        #expect(StarRatings.rewrite("Hôtel du Port ★★★½", language: "fr") == "Hôtel du Port 3,5 étoiles")
        #expect(StarRatings.rewrite("Hotel del Puerto ★★☆☆☆", language: "es") == "Hotel del Puerto 2 de 5 estrellas")
        #expect(StarRatings.rewrite("Hotel ★★★★★", language: "nl") == "Hotel ★★★★★")
        #expect(StarRatings.rewrite("Das Hotel hat 4,5★ und 1★ bekommen.", language: "de") == "Das Hotel hat 4,5 Sterne und 1 Stern bekommen.")
    }

    /// What eSpeak NG is given: the stars in words, nothing left for it to skip.
    @Test func theSpokenFormHoldsTheRating() {
        #expect(SpeechNormalizer(voice: "en-us").spoken("Harbour Lodge ★★★★½ near the quay.")
                == "Harbour Lodge 4 and a half stars near the quay.")
        #expect(SpeechNormalizer(voice: "de").spoken("Das Hotel hat ★★★★☆ bekommen.") == "Das Hotel hat 4 von 5 Sternen bekommen.")
    }
}
