/// Words written short that eSpeak NG spells or misreads, said in full as a narrator says them;
/// `SpokenSymbols` asks for each token.
enum SpokenShortWords {
    /// The word in full, or nil: "w/" and "w/o" ("W slash"), a
    /// street's kind after its name ("Central Ave", "Sunset Blvd", "Oak Rd", "Portola Dr";
    /// eSpeak: "ahvay", "B L V D", "R D", "doctor"), "Mt" and "Ft" before a name ("M T"), and
    /// "approx" before an amount (`next` is nil when a mark other than a period closes the
    /// word: "(Sq. Ft.), Average"). "Dr" before a name stays a doctor, "St" is left to eSpeak,
    /// which says "street" and "saint" as they are meant.
    static func said(_ core: String, after previous: String, before next: String?) -> String? {
        switch core.lowercased() {
        case "w/": return "with"
        case "w/o": return "without"
        default: break
        }
        let nextIsName = next?.first?.isUppercase == true
        let (name, afterName) = SpokenContext.split(previous)
        // Not after a number, as feet ("6 Ft Surge Protector").
        if let place = placeNames[core], nextIsName, name.last.map({ !$0.isNumber }) ?? true { return place }
        if core == "approx", let first = next?.first, first.isNumber || "$£€~".contains(first) { return "approximately" }
        guard let street = streets[core], afterName.isEmpty, let first = name.first, first.isUppercase, name.allSatisfy(\.isLetter),
              core != "Dr" || !nextIsName else { return nil }
        return street
    }

    /// Whether a sentence may hold one of the words ("w/" holds a slash, which `SpokenSymbols`
    /// looks for anyway).
    static func mayHold(_ text: String) -> Bool { marks.contains(where: text.contains) }

    private static let marks = [" Ave", " Blvd", " Rd", " Dr", " Hwy", " Pkwy", " Ln", "Mt", "Ft", "approx "]

    /// A street's kind written short, after its name.
    static let streets = ["Ave": "Avenue", "Blvd": "Boulevard", "Rd": "Road", "Dr": "Drive", "Hwy": "Highway",
                          "Pkwy": "Parkway", "Ln": "Lane"]

    /// Words written short before a place's name.
    static let placeNames = ["Mt": "Mount", "Ft": "Fort"]
}
