import Testing
@testable import NarratorCore

/// French, Spanish, Italian and Portuguese voices are given what a narrator of the language says
/// where the text abbreviates or writes figures eSpeak NG misreads; English and other voices are
/// not.
struct RomanceReadingTests {
    @Test func frenchAbbreviationsAreSaidInWords() {
        let french = SpeechNormalizer(voice: "fr")
        #expect(french.spoken("M. Roux et MM. Petit et Leroy ont vu le Dr Lenoir.")
                == "Monsieur Roux et Messieurs Petit et Leroy ont vu le docteur Lenoir.")
        #expect(french.spoken("Il y avait env. 30 voiliers, cf. p. 4, chap. 2, n° 17.")
                == "Il y avait environ 30 voiliers, confer page 4, chapitre 2, numéro 17.")
        #expect(french.spoken("Le phare date de 40 av. J.-C., c.-à-d. de l'Antiquité.")
                == "Le phare date de 40 avant Jésus-Christ, c'est-à-dire de l'Antiquité.")
        #expect(french.spoken("Le défilé passe av. Kléber.") == "Le défilé passe avenue Kléber.")
        // An initial after a first name stays an initial.
        #expect(french.spoken("Un livre de Paul M. Roche.").contains("Monsieur") == false)
    }

    /// A mark before a spaced closing guillemet ends the sentence it closes and is kept.
    @Test func aSpacedGuillemetClosesWithItsMark() {
        #expect(SpeechNormalizer(voice: "fr").spoken("Il répondit : « Oui ! »") == "Il répondit : « Oui ! »")
        #expect(SpeechNormalizer(voice: "fr").spokenParts("Il a dit « Je pars. » Puis rien.").count == 2)
    }

    @Test func frenchOrdinalsReignsTimesAndAmountsAreSaidInWords() {
        let french = SpeechNormalizer(voice: "fr")
        #expect(french.spoken("La 2e étape, la 1re place, le 81e jour, le XVIIIe siècle, Henri Ier.")
                == "La deuxième étape, la première place, le quatre-vingt-unième jour, le dix-huitième siècle, Henri premier.")
        #expect(french.spoken("Louis XIII et Jean-Paul II, mais M. X et Malcolm X.")
                == "Louis 13 et Jean-Paul 2, mais Monsieur X et Malcolm X.")
        #expect(french.spoken("Départ à 7h45, arrivée à 1 h, retour à 18h00.")
                == "Départ à 7 heures 45, arrivée à une heure, retour à 18 heures.")
        #expect(french.spoken("Le port a coûté 1,5 M€, puis 2,4 Md€, 1 M€ et 80 M$.")
                == "Le port a coûté 1,5 million d'euros, puis 2,4 milliards d'euros, un million d'euros et 80 millions de dollars.")
        #expect(french.spoken("Le ferry file à 40 km/h sur 300 m.") == "Le ferry file à 40 kilomètres-heure sur 300 mètres.")
    }

    /// A price with cents is said as the amount and then its cents, in each language's words,
    /// without cents when there are none; its thousands are one figure.
    @Test func pricesWithCentsAreSaidAsANarratorSaysThem() {
        #expect(SpeechNormalizer(voice: "fr").spoken("Lanterne à 12,50 €, vélo à 1 299,00 €, carte à 0,80 € et 1,00 €.")
                == "Lanterne à 12 euros 50, vélo à 1299 euros, carte à 80 centimes et 1 euro.")
        #expect(SpeechNormalizer(voice: "de").spoken("Die Karte kostet 12,50 €, das Rad 1.299,00€.")
                == "Die Karte kostet 12 Euro 50, das Rad 1299 Euro.")
        #expect(SpeechNormalizer(voice: "es").spoken("El farol cuesta 12,50 € y la bici 1.299,00 €.")
                == "El farol cuesta 12 euros con 50 y la bici 1299 euros.")
        #expect(SpeechNormalizer(voice: "it").spoken("La lanterna costa 12,50 € e 3,99 $.")
                == "La lanterna costa 12 euro e 50 e 3 dollari e 99.")
        #expect(SpeechNormalizer(voice: "pt-br").spoken("A lanterna custa R$ 12,50, a bicicleta R$ 1.299,00 e o cartão 0,80 €.")
                == "A lanterna custa 12 reais e 50 centavos, a bicicleta 1299 reais e o cartão 80 centavos.")
        // Not a price: a decimal without a currency, a score, an amount in millions.
        #expect(SpeechNormalizer(voice: "fr").spoken("Il a couru 12,50 km, score 3,1.") == "Il a couru 12,50 km, score 3,1.")
        #expect(SpeechNormalizer(voice: "pt-br").spoken("A obra custou R$ 3,50 bilhões.") == "A obra custou 3,50 bilhões de reais.")
    }

    @Test func spanishAbbreviationsAreSaidInWords() {
        let spanish = SpeechNormalizer(voice: "es")
        #expect(spanish.spoken("La Sra. Gil y la Dra. Ruiz vieron a Ud. en EE. UU. y en EE.UU.")
                == "La señora Gil y la doctora Ruiz vieron a usted en Estados Unidos y en Estados Unidos.")
        #expect(spanish.spoken("Hay aprox. 40 barcos, véase la pág. 6, núm. 3 y n.º 9, etc.")
                == "Hay aproximadamente 40 barcos, véase la página 6, número 3 y número 9, etcétera.")
        #expect(spanish.spoken("El faro es del 70 a. C. y está en la c/ Mayor.")
                == "El faro es del 70 antes de Cristo y está en la calle Mayor.")
    }

    @Test func spanishOrdinalsReignsTimesAndAmountsAreSaidInWords() {
        let spanish = SpeechNormalizer(voice: "es")
        #expect(spanish.spoken("El 1.º de la fila, el 3.º piso, la 2.ª vuelta, el 1er día, el 22.º puesto.")
                == "El primero de la fila, el tercer piso, la segunda vuelta, el primer día, el vigésimo segundo puesto.")
        #expect(spanish.spoken("Carlos IV y Alfonso XII.") == "Carlos cuarto y Alfonso 12.")
        #expect(spanish.spoken("Abre a las 9:15 h y cierra a las 20 h.") == "Abre a las 9:15 y cierra a las 20 horas.")
        #expect(spanish.spoken("Cuesta 1 €, 30 € o 2.500 M€.") == "Cuesta un euro, 30 euros o 2.500 millones de euros.")
        #expect(spanish.spoken("Va a 80 km/h.") == "Va a 80 kilómetros por hora.")
    }

    @Test func italianIsSaidInWords() {
        let italian = SpeechNormalizer(voice: "it")
        #expect(italian.spoken("Il sig. Sala e la dott.ssa Pini, con l'avv. Rota, ca. 40 barche ecc.")
                == "Il signor Sala e la dottoressa Pini, con l'avvocato Rota, circa 40 barche eccetera.")
        #expect(italian.spoken("Vedi pag. 6, art. 2 e n. 9, dal 44 a.C.") == "Vedi pagina 6, articolo 2 e numero 9, dal 44 avanti Cristo.")
        #expect(italian.spoken("Il 2° piano apre il 1° giugno alle 9.45, fino alle ore 18.00.")
                == "Il secondo piano apre il primo giugno alle 9 e 45, fino alle ore 18.")
        // A temperature is no ordinal.
        #expect(italian.spoken("Ci sono 5° all'ombra.") == "Ci sono 5° all'ombra.")
        #expect(italian.spoken("Costa 1 mld e poi 2,5 mln, a 60 km/h.") == "Costa un miliardo e poi 2,5 milioni, a 60 chilometri orari.")
    }

    @Test func portugueseIsSaidInWords() {
        let portuguese = SpeechNormalizer(voice: "pt-br")
        #expect(portuguese.spoken("O Sr. Reis e a Dra. Paiva, p. ex. no séc. XIX.")
                == "O senhor Reis e a doutora Paiva, por exemplo no século XIX.")
        #expect(portuguese.spoken("Dom Afonso VI e Leão XIII, o 2º e a 1ª.") == "Dom Afonso sexto e Leão 13, o segundo e a primeira.")
        #expect(portuguese.spoken("Abre às 9h15 e fecha às 18h.") == "Abre às 9 horas e 15 e fecha às 18 horas.")
        #expect(portuguese.spoken("Custou R$ 1,2 bilhão, R$ 1 e US$ 30 mil.")
                == "Custou 1,2 bilhão de reais, 1 real e 30 mil dólares.")
    }

    @Test func otherVoicesAreNotGivenThem() {
        let english = SpeechNormalizer().spoken("M. Roux came at 8h, env. 2e.")
        #expect(!english.contains("Monsieur") && !english.contains("heures") && !english.contains("environ") && english.contains("2e"))
        #expect(SpeechNormalizer(voice: "it").spoken("Il 2e posto.") == "Il 2e posto.")
        #expect(SpeechNormalizer(voice: "es").spoken("M. Roux, 2e.") != SpeechNormalizer(voice: "fr").spoken("M. Roux, 2e."))
    }

    @Test func frenchNumbersInWords() {
        #expect([1, 17, 21, 71, 80, 91, 100, 200, 201].map(FrenchNumbers.cardinal)
                == ["un", "dix-sept", "vingt et un", "soixante et onze", "quatre-vingts", "quatre-vingt-onze", "cent",
                    "deux cents", "deux cent un"])
        #expect([2, 3, 5, 9, 11, 21, 80, 100].map(FrenchNumbers.ordinal)
                == ["deuxième", "troisième", "cinquième", "neuvième", "onzième", "vingt et unième", "quatre-vingtième",
                    "centième"])
        #expect(SpanishNumbers.ordinal(18, feminine: false) == "decimoctavo")
        #expect(SpanishNumbers.ordinal(25, feminine: true) == "vigésima quinta")
    }
}
