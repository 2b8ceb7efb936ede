import Foundation
import VeDichCore
import VeDichImport

/// A table with long runs of blank rows between its indicators, as a DOCX whose author spaced
/// rows with empty ones, or a PDF page's empty grid lines, gives: the row reader looks ahead from
/// every row to the next that says something, which must cost the table's length once, not once
/// per blank row (a run of 5.000 blank rows took seconds when it did).
struct BlankRowsBenchmark {
    var indicators = 20
    var blanksBetween = 5_000
    var repetitions = 5

    func run() {
        let document = Self.document(indicators: indicators, blanksBetween: blanksBetween)
        var rows = 0
        let seconds = measure {
            for _ in 0..<repetitions { rows = Auditor().audit(document).tables.map(\.rows.count).reduce(0, +) }
        }
        let total = indicators * (blanksBetween + 1)
        print("audit bảng nhiều hàng trống: \(indicators) chỉ tiêu, mỗi chỉ tiêu cách nhau \(blanksBetween) hàng trống (\(total) hàng) × \(repetitions) lần")
        print(String(format: "  %.1f ms mỗi lần, %.0f hàng/giây, %d hàng chỉ tiêu đọc được", seconds / Double(repetitions) * 1000,
                     Double(total * repetitions) / seconds, rows))
    }

    static func document(indicators: Int, blanksBetween: Int) -> SourceDocument {
        func row(_ texts: [String], _ index: Int) -> [TableCell] {
            texts.enumerated().map { TableCell(text: $1, location: SourceLocation(line: index + 2, table: 1, row: index + 1, cell: $0 + 1)) }
        }
        var rows = [row(["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch 2024", "Thực hiện 2024", "Đánh giá"], 0)]
        for number in 1...indicators {
            rows.append(row(["\(number)", "Chỉ tiêu thứ \(number)", "%", "7", "7,2", "Vượt"], rows.count))
            for _ in 0..<blanksBetween { rows.append(row(["", "", "", "", "", ""], rows.count)) }
        }
        return SourceDocument(name: "hang-trong.docx", blocks: [
            .paragraph(Paragraph(text: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024", location: SourceLocation(line: 1))),
            .table(RawTable(rows: rows, location: SourceLocation(line: 2, table: 1))),
        ])
    }
}
