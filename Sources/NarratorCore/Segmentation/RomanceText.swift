/// Where French, Spanish, Italian and Portuguese text's periods do not end a sentence:
/// abbreviations that take a word or a number after them ("env. 20 %", "chap. 3", "MM. Petit",
/// "la Sra. López", "pág. 12", "EE. UU.", "il dott. Galli", "la sig.ra Conti", "séc. XVIII"),
/// and, for those that may end one ("etc.", "hab.", "EE. UU.", "ecc."), the words that usually
/// open the next. Words no English sentence uses so; the segmenter reads them in any text.
enum RomanceText {
    /// Never a sentence's end, in lower case ("env", "aprox") or capitalised ("Sra", "Ud").
    static let continuing: Set<String> = [
        // French
        "env", "chap", "apr", "av",
        // Spanish
        "sra", "srta", "sres", "dra", "dña", "ud", "uds", "vd", "vds", "aprox", "pág", "págs", "núm", "avda", "lic",
        "ee", "profa", "gral",
        // Italian
        "sig", "sig.ra", "sig.na", "sigg", "dott", "dott.ssa", "prof.ssa", "avv", "arch", "geom", "cfr", "pag", "pagg",
        // Portuguese
        "séc", "srs", "p.ex",
    ]

    /// Never a sentence's end, written so: "MM." (messieurs; "5 mm." ends one).
    static let continuingAsWritten: Set<String> = ["MM"]

    /// May end a sentence; do so only before a typical sentence opener.
    static let mayEnd: Set<String> = ["hab", "uu", "cía", "ecc"]

    /// French and Spanish words that usually open a sentence: articles, pronouns, connectives.
    static let sentenceOpeners: Set<String> = [
        // French
        "Le", "La", "Les", "Un", "Une", "Des", "Il", "Elle", "Ils", "Elles", "On", "Nous", "Vous", "Je", "Ce",
        "Cette", "Ces", "Mais", "Puis", "Pour", "Dans", "Au", "Aux", "Selon", "Après", "Avant", "Depuis", "Ainsi",
        "Alors", "Enfin", "Cependant", "Pourtant", "Lors",
        // Spanish
        "El", "Los", "Las", "Una", "Unos", "Unas", "Él", "Ella", "Ellos", "Ellas", "Nosotros", "Yo", "Su", "Sus",
        "Este", "Esta", "Estos", "Estas", "Esto", "Eso", "Pero", "Sin", "Con", "Para", "Según", "Tras", "Desde",
        "Además", "Luego", "Después", "Hoy", "Ayer", "Nadie", "Todo", "Todos",
        // Italian
        "Il", "Lo", "Gli", "Le", "Uno", "Lui", "Lei", "Loro", "Noi", "Questo", "Questa", "Ma", "Poi", "Per", "Nel",
        "Nella", "Dopo", "Secondo", "Oggi", "Ieri",
        // Portuguese
        "O", "Os", "As", "Um", "Ele", "Ela", "Eles", "Elas", "Nós", "Eu", "Isso", "Mas", "Depois", "Hoje", "Ontem",
        "Segundo", "No", "Na",
    ]
}
