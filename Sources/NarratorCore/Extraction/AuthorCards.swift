/// A writer's card set after the article: the name, the role ("Contributing Writer", "Editor,
/// Running Reviews"), and a bio that opens with the name ("Rebecca Norris is a full-time
/// freelance writer..."). It tells the listener about the site's staff, not the story; the
/// byline is announced from the page's metadata when asked (`--announce byline`).
///
/// All three lines must be there, one after another: a name over a paragraph about that person
/// is an article's section on them ("Ada Lind" over "Ada Lind opened the ferry office...").
enum AuthorCards {
    /// Words a writer's role names.
    static let roleWords: Set<String> = ["writer", "writers", "editor", "editors", "author", "contributor", "reporter",
                                         "correspondent", "journalist", "columnist"]

    /// The sections without writers' cards.
    static func withoutAuthorCards(_ sections: [Section]) -> [Section] {
        sections.map { section in
            let lines = section.paragraphs
            guard lines.count >= 3 else { return section }
            var drop = Set<Int>()
            for start in 0..<(lines.count - 2) where isName(lines[start]) && isRole(lines[start + 1]) {
                let name = lines[start]
                let firstName = name.prefix { $0 != " " }
                let bio = lines[start + 2]
                if bio.hasPrefix(firstName), ByteText.wordCount(bio.utf8) >= 12 {
                    drop.formUnion(start...(start + 2))
                }
            }
            return drop.isEmpty ? section : section.removing(drop)
        }
    }

    /// Two to four words, each capitalised, no digits and no sentence's end: "Arricca Elin SanSone".
    static func isName(_ line: String) -> Bool {
        guard line.utf8.count <= 40 else { return false }
        let words = line.split(separator: " ")
        guard (2...4).contains(words.count) else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "\u{2019}" || $0 == "." }
        } && line.last != "."
    }

    /// Six words at most, one of them a writer's role, and no sentence: "Contributing Writer",
    /// "Former Senior Editor, Tech".
    static func isRole(_ line: String) -> Bool {
        guard line.utf8.count <= 60, !TextCleanup.endsLikeSentence(line) else { return false }
        let words = TextCleanup.words(line)
        return (1...6).contains(words.count) && words.contains { roleWords.contains(String($0)) }
    }
}
