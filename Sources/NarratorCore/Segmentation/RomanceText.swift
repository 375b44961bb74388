/// Where French and Spanish text's periods do not end a sentence: abbreviations that take a
/// word or a number after them ("env. 20 %", "chap. 3", "MM. Petit", "la Sra. López", "pág. 12",
/// "EE. UU."), and, for those that may end one ("etc.", "hab.", "EE. UU."), the words that
/// usually open the next. Words no English sentence uses so; the segmenter reads them in any
/// text.
enum RomanceText {
    /// Never a sentence's end, in lower case ("env", "aprox") or capitalised ("Sra", "Ud").
    static let continuing: Set<String> = [
        // French
        "env", "chap", "apr", "av",
        // Spanish
        "sra", "srta", "sres", "dra", "dña", "ud", "uds", "vd", "vds", "aprox", "pág", "págs", "núm", "avda", "lic",
        "ee", "profa", "gral",
    ]

    /// Never a sentence's end, written so: "MM." (messieurs; "5 mm." ends one).
    static let continuingAsWritten: Set<String> = ["MM"]

    /// May end a sentence; do so only before a typical sentence opener.
    static let mayEnd: Set<String> = ["hab", "uu", "cía"]

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
    ]
}
