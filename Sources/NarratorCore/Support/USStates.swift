/// The states of the United States as news copy writes them: in full, the Associated Press's
/// abbreviations ("Calif.", "N.Y.", without their last period) and the postal codes ("CA").
/// Read by `SpokenShortWords` for a place's state ("Portland, Ore.") and a lawmaker's party
/// and state ("(D-Calif.)"), and by the segmenter, where a state written short inside a name
/// ("Mass. General") goes on.
enum USStates {
    static let names: Set<String> = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
        "Wisconsin", "Wyoming",
    ]

    /// The AP's abbreviations that read as nothing else after a place's comma ("Pa." and
    /// "Miss." are left: "Thanks, Pa.").
    static let shortForms = [
        "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
        "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
        "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
        "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Mo": "Missouri", "Mont": "Montana",
        "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon", "Tenn": "Tennessee",
        "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming",
    ]

    /// The AP's abbreviations that are no English word or name as well ("Ark.", "Del.", "Ill.",
    /// "Ind.", "Kan.", "La.", "Mo." and "Wash." are), which a sentence may set before a name
    /// ("Mass. General", "the Calif. Senate").
    static let shortFormsBeforeNames = Set(shortForms.keys).subtracting(["Ark", "Del", "Ill", "Ind", "Kan", "La", "Mo", "Wash"])

    /// The rest of the AP's abbreviations: those with periods inside, and two that are words too.
    static let otherShortForms = [
        "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina",
        "N.D": "North Dakota", "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota",
        "W.Va": "West Virginia", "D.C": "the District of Columbia", "Pa": "Pennsylvania", "Miss": "Mississippi",
    ]

    static let postalCodes = [
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
        "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
        "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
        "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
        "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
        "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
        "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
        "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
        "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
        "WI": "Wisconsin", "WY": "Wyoming", "DC": "the District of Columbia",
    ]

    /// A state as written in any of the three ways, in full; nil for anything else.
    static func name(_ written: String) -> String? {
        names.contains(written) ? written : shortForms[written] ?? otherShortForms[written] ?? postalCodes[written]
    }
}
