/// What a Markdown line is: a heading, a list item (and its number or task box), a pipe table's
/// row or delimiter, a reference or footnote definition, an italic standfirst.
extension MarkdownExtractor {
    static func atxHeading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        let text = rest.trimming(" #")
        return (hashes, text)
    }

    static func setextLevel(_ line: String) -> Int? {
        let trimmed = line.trimming(" ")
        guard trimmed.count >= 2 else { return nil }
        if trimmed.allSatisfy({ $0 == "=" }) { return 1 }
        if trimmed.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    /// A link reference definition ("[label]: https://...") or a footnote's ("[^1]: text").
    static func isDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]"), close > line.index(after: line.startIndex) else { return false }
        let rest = line[line.index(after: close)...]
        guard rest.hasPrefix(":") else { return false }
        if line.hasPrefix("[^") { return true }
        // The destination: a web address, a path or an anchor (a label's note, "[Update]: Fixed", is text).
        let target = rest.dropFirst().drop { $0 == " " || $0 == "\t" }.prefix { $0 != " " }
        if target.hasPrefix("<") || target.hasPrefix("/") || target.hasPrefix("#") || target.hasPrefix("./")
            || target.contains("://") || target.hasPrefix("mailto:") { return true }
        // A bare name with a dot between letters or digits ("example.com/a", "notes.html"); a word
        // before a full stop ("[Update]: Fixed.") is text.
        let characters = Array(target)
        let isNameCharacter = { (character: Character) in character.isLetter || character.isNumber }
        return characters.indices.dropFirst().dropLast().contains { index in
            characters[index] == "." && isNameCharacter(characters[index - 1]) && isNameCharacter(characters[index + 1])
        }
    }

    /// A list item's text, without its marker and task box, and for an ordered item the number it
    /// is written with ("12. ..." or "12) "); nil for a line that is not a list item.
    static func listItem(_ line: String) -> (text: String, number: Int?)? {
        for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) { return (withoutTaskBox(String(line.dropFirst(2))), nil) }
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
        return (withoutTaskBox(String(rest.dropFirst(2))), Int(digits))
    }

    /// A task list item's text without its box ("[ ] ", "[x] "), which is not read.
    static func withoutTaskBox(_ item: String) -> String {
        for box in ["[ ] ", "[x] ", "[X] "] where item.hasPrefix(box) { return String(item.dropFirst(box.count)) }
        return item
    }

    /// A pipe table's delimiter row: cells of dashes, each with an optional colon at either end
    /// ("|---|:--:|", "--- | ---"), at least one pipe.
    static func isTableDelimiter(_ line: String) -> Bool {
        guard let cells = tableCells(line.trimming(" \t")), !cells.isEmpty else { return false }
        return cells.allSatisfy { cell in
            let dashes = cell.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            return !dashes.isEmpty && dashes.allSatisfy { $0 == "-" }
        }
    }

    /// A table row's cells, trimmed: the line split at pipes not escaped with a backslash, the
    /// empty ends of a row written between outer pipes left out; nil for a line with no pipe.
    static func tableCells(_ line: String) -> [String]? {
        guard line.contains("|") else { return nil }
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in line {
            if character == "|" && !escaped {
                cells.append(cell)
                cell = ""
            } else if character == "\\" && !escaped {
                escaped = true
                continue
            } else {
                if escaped && character != "|" { cell.append("\\") }
                cell.append(character)
            }
            escaped = false
        }
        cells.append(cell)
        cells = cells.map { $0.trimming(" \t") }
        if line.hasPrefix("|"), cells.first?.isEmpty == true { cells.removeFirst() }
        if line.hasSuffix("|"), cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }

    static func isItalicStandfirst(_ line: String) -> Bool {
        guard line.count > 20, let first = line.first, first == "*" || first == "_" else { return false }
        return line.last == first && !line.hasPrefix("**") && !line.hasPrefix("* ")
    }
}
