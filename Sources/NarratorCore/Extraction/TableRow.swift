/// A table row as a listener hears it: one line, its cells in order with a short pause between
/// two (a comma, unless the cell before ends in punctuation of its own), so that "Weight 5.2
/// 4.9" is not heard as one run of numbers. Shared by the HTML and Markdown readers.
enum TableRow {
    /// The row's cells as one line. A row whose values, after its label, all say the same (a
    /// comparison whose every plan holds "Up to 100% of trip cost") says it once; a value of a
    /// word or two (a number, "Yes") is read in each column, where the count may matter.
    static func text(_ cells: [String]) -> String {
        let cells = cells.filter { !$0.isEmpty }
        if cells.count >= 3, ByteText.wordCount(cells[1].utf8) >= 3, cells.dropFirst(2).allSatisfy({ $0 == cells[1] }) {
            return joined(cells.prefix(2))
        }
        return joined(cells[...])
    }

    private static func joined(_ cells: ArraySlice<String>) -> String {
        var line = ""
        for cell in cells {
            if let last = line.last {
                line += ",:;.!?".contains(last) ? " " : ", "
            }
            line += cell
        }
        return line
    }
}
