/// Tables, as `BlockCollector` reads them: a data table row by row, a layout table as a
/// container, a grid of short cells as data.
extension BlockCollector {
    /// A data table is read row by row, cells joined; a layout table (holding blocks) is a container.
    /// A row that is nothing but a heading (a title row, "XGIMI Halo+ Specs" over the specs) opens
    /// a section; a heading among other cells (a column's header) is read as part of its row.
    mutating func table(_ node: PageTree.Index) {
        let rows = tree.descendants(node).filter { tree.tag($0) == .tr }
        let holdsBlocks = tree.descendants(node).contains { index in
            switch tree.tag(index) {
            case .p, .div, .table, .ul, .ol: return true
            default: return false
            }
        }
        let isGrid = holdsBlocks && isGridOfShortCells(node, rows: rows)
        if (holdsBlocks && !isGrid) || rows.isEmpty {
            collect(node)
            return
        }
        // Link density is judged on the whole table: rows of linked names are still data.
        let textLength = Int(measures.textLength[node])
        guard textLength > 0, keepsLinkedLines || Int(measures.linkCharacters[node]) * 2 < textLength else {
            // A grid of blocks that is mostly links and buttons is read block by block, as before.
            if isGrid { collect(node) } else { rejectedParagraphs += 1 }
            return
        }
        for row in rows {
            let cells = tree.children(row).filter { tree.tag($0) == .td || tree.tag($0) == .th }
            // A code listing set as a table (line numbers in a cell beside the code, as syntax
            // highlighters set it) is not read aloud, as no code is; a row that labels a value
            // set as code ("Default:" and a directive) is read.
            if cells.allSatisfy(isCodeListing) { continue }
            if cells.count == 1, let heading = tree.descendants(cells[0]).first(where: { tree.tag($0).isHeading }),
               tree.text(of: heading) == tree.text(of: cells[0]) {
                block(heading)
                continue
            }
            addParagraph(TableRow.text(cells.map { tree.text(of: $0) }), linkCharacters: 0)
        }
    }

    /// Whether a table that holds blocks is still a grid of data: two rows or more, each of two
    /// or three cells, none over a short line (a specification table whose cells wrap their
    /// values in `<div>`s or `<p>`s), with its blocks all inside cells (not in a caption, which
    /// the rows would leave unread) and no table inside it. A wider grid (a comparison of a
    /// dozen products) stays a container: read row by row it is a stream of values.
    private func isGridOfShortCells(_ node: PageTree.Index, rows: [PageTree.Index]) -> Bool {
        guard rows.count >= 2 else { return false }
        for row in rows {
            let cells = tree.children(row).filter { tree.tag($0) == .td || tree.tag($0) == .th }
            guard (2...3).contains(cells.count),
                  cells.allSatisfy({ ByteText.wordCount(tree.text(of: $0).utf8) <= Self.shortCellWords }) else { return false }
        }
        // Each block has a cell between it and the table.
        func isInCell(_ index: PageTree.Index) -> Bool {
            var parent = tree.parent(index)
            while let above = parent, above != node {
                if tree.tag(above) == .td || tree.tag(above) == .th { return true }
                parent = tree.parent(above)
            }
            return false
        }
        return tree.descendants(node).allSatisfy { index in
            switch tree.tag(index) {
            case .table: return index == node
            case .p, .div, .ul, .ol: return isInCell(index)
            default: return true
            }
        }
    }

    static let shortCellWords = 15

    /// Whether a cell holds nothing but preformatted code or line numbers (`Preformatted`).
    private func isCodeListing(_ cell: PageTree.Index) -> Bool {
        let blocks = tree.descendants(cell).filter { tree.tag($0) == .pre }
        guard !blocks.isEmpty, blocks.allSatisfy({ Preformatted.prose(of: $0, in: tree) == nil }) else { return false }
        let listed = blocks.reduce(0) { $0 + ByteText.wordCount(tree.text(of: $1).utf8) }
        return ByteText.wordCount(tree.text(of: cell).utf8) <= listed
    }
}
