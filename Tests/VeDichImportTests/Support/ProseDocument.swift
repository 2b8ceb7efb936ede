import VeDichCore
@testable import VeDichImport

/// A small report built in code: prose paragraphs, optionally after one indicator table, as a
/// province writes its results in sentences.
enum ProseDocument {
    static let tableHeader = ["TT", "Chỉ tiêu", "Kế hoạch năm 2023", "Thực hiện năm 2023", "Đánh giá"]

    static func document(_ paragraphs: [String], table rows: [[String]] = []) -> SourceDocument {
        var blocks: [DocumentBlock] = []
        var line = 1
        if !rows.isEmpty {
            blocks.append(.paragraph(Paragraph(text: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2023", location: SourceLocation(line: line))))
            line += 1
            let cells = ([tableHeader] + rows).enumerated().map { rowIndex, row in
                row.enumerated().map { column, text in
                    TableCell(text: text, location: SourceLocation(line: line + rowIndex, table: 1, row: rowIndex + 1, cell: column + 1))
                }
            }
            blocks.append(.table(RawTable(rows: cells, location: SourceLocation(line: line, table: 1))))
            line += rows.count + 1
        }
        for (offset, text) in paragraphs.enumerated() {
            blocks.append(.paragraph(Paragraph(text: text, location: SourceLocation(line: line + offset))))
        }
        return SourceDocument(name: "bao-cao-nho.txt", blocks: blocks)
    }

    static func audit(_ paragraphs: [String], table rows: [[String]] = []) -> AuditReport {
        Auditor().audit(document(paragraphs, table: rows))
    }

    /// The claims of one sentence on its own.
    static func claims(_ text: String) -> [Claim] {
        audit([text]).claims
    }
}

extension Array where Element == Claim {
    func first(_ kind: Claim.Kind) -> Claim? { first { $0.kind == kind } }
}
