/// A table row as WordprocessingML states it: cells with spans, before the grid is laid out.
struct DocxRawRow: Sendable, Hashable {
    var gridBefore = 0
    var gridAfter = 0
    var cells: [DocxRawCell] = []
}

struct DocxRawCell: Sendable, Hashable {
    enum VerticalMerge: Sendable, Hashable { case none, restart, `continue` }

    var text: String
    var gridSpan = 1
    var verticalMerge = VerticalMerge.none
}

/// Lays raw rows out on the table grid, so later stages can index a cell by (row, column) and
/// see which positions a merged cell covers.
enum DocxTableGrid {
    /// Word itself caps a table at 63 columns; a hostile `w:gridSpan val="999999999"` must not
    /// make us allocate a billion cells.
    static let maxColumns = 256

    /// - Parameter declaredColumns: the number of `w:tblGrid/w:gridCol`, 0 when absent.
    static func layout(rows rawRows: [DocxRawRow], declaredColumns: Int, table: Int) -> RawTable {
        let stated = rawRows.map(width).max() ?? 0
        // A stale `w:tblGrid` narrower than its rows happens in edited documents; widening keeps
        // the text instead of cutting it off.
        let width = min(max(declaredColumns, stated), maxColumns)

        var rows: [[TableCell]] = []
        rows.reserveCapacity(rawRows.count)
        for (rowIndex, rawRow) in rawRows.enumerated() {
            let rowNumber = rowIndex + 1
            var row: [TableCell] = []
            row.reserveCapacity(width)
            func append(_ text: String, _ merge: TableCell.Merge?) {
                guard row.count < width else { return }
                let location = SourceLocation(table: table, row: rowNumber, cell: row.count + 1)
                row.append(TableCell(text: text, merge: merge, location: location))
            }

            for _ in 0..<clamped(rawRow.gridBefore) { append("", nil) }
            for cell in rawRow.cells {
                // A continuation in the first row has nothing above to continue; keep it as a cell.
                let continuesAbove = cell.verticalMerge == .continue && rowIndex > 0
                if continuesAbove {
                    for _ in 0..<span(cell.gridSpan) { append("", .continuesAbove) }
                } else {
                    append(cell.text, nil)
                    for _ in 1..<span(cell.gridSpan) { append("", .continuesLeft) }
                }
            }
            // gridAfter and short rows alike are padding up to the grid width.
            while row.count < width { append("", nil) }
            rows.append(row)
        }
        return RawTable(rows: rows, location: SourceLocation(table: table))
    }

    private static func width(of row: DocxRawRow) -> Int {
        row.cells.reduce(clamped(row.gridBefore) + clamped(row.gridAfter)) { $0 + span($1.gridSpan) }
    }

    private static func clamped(_ count: Int) -> Int {
        min(max(count, 0), maxColumns)
    }

    /// A cell covers at least its own column, whatever `w:gridSpan` says.
    private static func span(_ count: Int) -> Int {
        min(max(count, 1), maxColumns)
    }
}
