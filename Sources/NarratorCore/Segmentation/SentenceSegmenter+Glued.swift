/// Sentences run together without a space after their stop ("world.Today is"), found by the
/// segmenter where no space follows a period, "!" or "?".
extension SentenceSegmenter {
    /// "world.Today is", "so!Then", "money.It's", "emotions.Long-term", "in 1912.The crew": a stop between a
    /// lower-case word of two or more letters and a capitalised word, with no space between them;
    /// after a capitalised word or an abbreviation that may end a sentence ("Agreement.What are",
    /// "ED.However,", "an LLC.Where") only before a word that opens sentences and names no code
    /// ("System.In", "Node.Js" stay), nor before a word with a capital inside it, a program's
    /// name ("http.ListenAndServe"). Not in addresses ("example.Com/path", "a.b@c"), file names
    /// or acronyms ("ASP.NET", "e.g.The" is an abbreviation).
    func joinedSentence(_ chars: [Unicode.Scalar], _ text: SentenceBuilder, terminator: Int, runEnd: Int) -> Bool {
        guard runEnd + 1 < chars.count, chars[runEnd].isUpper, chars[runEnd + 1].isLower, terminator >= 2 else { return false }
        // "sank in 1912.The crew": a number of two digits or more set apart, glued to an opener.
        if chars[terminator - 1].isASCIIDigit, chars[terminator - 2].isASCIIDigit {
            var start = terminator
            while start > 0, chars[start - 1].isASCIIDigit || chars[start - 1] == "," { start -= 1 }
            guard start > 0, chars[start - 1] == " ", runEnd == terminator + 1 else { return false }
            var end = runEnd
            while end < chars.count, chars[end].isLetter { end += 1 }
            guard end == chars.count || chars[end].isSpace || chars[end] == "," else { return false }
            return Self.gluedOpeners.contains(text.string(runEnd..<end))
        }
        guard chars[terminator - 1].isLetter, chars[terminator - 2].isLetter else { return false }
        var start = terminator
        while start > 0, chars[start - 1].isLetter { start -= 1 }
        // No dot, slash or @ precedes the word in the same token (a hyphen may: "Docker-friendly.Always").
        guard start == 0 || chars[start - 1].isSpace || Self.isOpener(chars[start - 1])
                || (chars[start - 1] == "-" && start >= 2 && chars[start - 2].isLetter) else { return false }
        // The capitalised word runs on to a space or punctuation, not into a path or address; a
        // contraction or a compound is still a word ("It's", "Long-term").
        var end = runEnd
        while end < chars.count, chars[end].isLetter { end += 1 }
        let wordEnd = end
        while end + 1 < chars.count, "'’-".unicodeScalars.contains(chars[end]), chars[end + 1].isLetter {
            end += 1
            while end < chars.count, chars[end].isLetter { end += 1 }
        }
        guard end == chars.count || chars[end].isSpace || ",;:?!".unicodeScalars.contains(chars[end]) else { return false }
        // A capital inside the word names a program's part ("http.ListenAndServe", "sync.WaitGroup").
        if chars[(runEnd + 1)..<wordEnd].contains(where: { $0.isUpper }) { return false }
        let before = text.string(start..<terminator).lowercased()
        let after = text.string(runEnd..<wordEnd)
        if Self.domainEndings.contains(after.lowercased()) { return false }  // "example.Com"
        if !chars[start..<terminator].allSatisfy({ $0.isLower }) && !Self.gluedOpeners.contains(after) { return false }
        // An abbreviation that may end a sentence does before an opener ("an LLC.Where do I").
        if Abbreviations.sentenceFinal.contains(before) { return Self.gluedOpeners.contains(after) }
        return !Abbreviations.alwaysContinue.contains(before)
    }

    /// Words that open a sentence glued to a capitalised word: pronouns, determiners,
    /// connectives and question verbs, without the short prepositions and articles a program's
    /// names use ("System.In", "Foo.As").
    static let gluedOpeners: Set<String> = Abbreviations.pronouns.union(Abbreviations.determiners)
        .union(Abbreviations.connectives).union(["Are", "Is", "Do", "Does", "Did", "Can", "Will", "Should", "Here"])
        .subtracting(["In", "On", "At", "A", "An", "I", "No", "Or", "For", "With", "Under", "As", "Any"])

    /// Top-level domains written capitalised in running text ("Example.Com").
    static let domainEndings: Set<String> = ["com", "org", "net", "edu", "gov", "io", "co", "uk", "info", "biz", "tv", "ai"]
}
