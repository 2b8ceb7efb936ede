import VeDichCore
@testable import VeDichImport

/// A small document with a title and one table, built in code: what a reader hands the auditor.
enum SmallTable {
    static func document(title: String, _ rows: [[String]]) -> SourceDocument {
        let cells = rows.enumerated().map { rowIndex, row in
            row.enumerated().map { column, text in
                TableCell(text: text, location: SourceLocation(line: rowIndex + 2, table: 1, row: rowIndex + 1, cell: column + 1))
            }
        }
        return SourceDocument(name: "bang-nho.txt", blocks: [
            .paragraph(Paragraph(text: title, location: SourceLocation(line: 1))),
            .table(RawTable(rows: cells, location: SourceLocation(line: 2, table: 1))),
        ])
    }

    static func audit(title: String, _ rows: [[String]], directions: DirectionDictionary = .standard) -> AuditReport {
        Auditor(directions: directions).audit(document(title: title, rows))
    }
}
