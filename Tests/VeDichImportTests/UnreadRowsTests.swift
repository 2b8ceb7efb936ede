import Testing
import VeDichCore
@testable import VeDichImport

/// Rows the table reader could not place are counted, never dropped: a table that read nothing
/// says so in its coverage, and a wrapped bracket with no row to close is an unread row.
struct UnreadRowsTests {
    /// The figures of a crop table lost in a copy: names beside empty "Kế hoạch" and "Thực hiện"
    /// cells. "Trồng trọt" over "Chăn nuôi" looks like group titles, but nothing in the table
    /// was read, and the coverage must not look complete.
    @Test func aTableWithNoFiguresReadsNothingAndSaysSo() {
        let report = SmallTable.audit(title: "Kết quả sản xuất nông nghiệp năm 2023", [
            ["Chỉ tiêu", "Đơn vị", "Kế hoạch 2023", "Thực hiện 2023", "Ghi chú"],
            ["Trồng trọt", "", "", "", ""],
            ["Diện tích lúa cả năm", "ha", "", "", "75.700"],
            ["Chăn nuôi", "", "", "", ""],
            ["Tổng đàn trâu", "con", "", "", "12.000"],
        ])
        let names = report.tables.flatMap(\.rows).map(\.indicator.line.name)
        #expect(names.isEmpty, "no indicator is read from a table without figures: \(names)")
        #expect(report.coverage.rowsUnread == 4, "Trồng trọt, Diện tích lúa cả năm, Chăn nuôi, Tổng đàn trâu: \(report.coverage)")
        #expect(report.coverage.numbersUnplaced == 2, "75.700 and 12.000 in the note column: \(report.coverage)")
        let finding = report.findings.first { $0.kind == .unparsedRow }
        #expect(finding?.message.contains("“Diện tích lúa cả năm”") == true, "the finding names the rows: \(report.findings.map(\.message))")
        #expect(report.findings.contains { $0.kind == .nothingRead }, "a document of which nothing was read says so")
        #expect(!report.findings.contains { $0.severity == .error })
    }

    /// One row with a figure is enough for the table to be read as it is: its groups stand.
    @Test func aTableWithOneFigureIsReadAsBefore() {
        let report = SmallTable.audit(title: "Kết quả sản xuất nông nghiệp năm 2023", [
            ["Chỉ tiêu", "Đơn vị", "Kế hoạch 2023", "Thực hiện 2023"],
            ["Trồng trọt", "", "", ""],
            ["Diện tích lúa cả năm", "ha", "75.000", "75.700"],
        ])
        let row = report.tables.flatMap(\.rows).first
        #expect(row?.indicator.line.name == "Diện tích lúa cả năm" && row?.indicator.line.actual?.text == "75.700",
                "Diện tích lúa cả năm is read under Trồng trọt: \(report.tables.flatMap(\.rows).map(\.indicator.line.name))")
        #expect(report.coverage.rowsUnread == 0, "\(report.coverage)")
    }

    /// A PDF wraps "1)" as "1" over ")": with an indicator above, the ")" closes its number.
    /// At the head of the table no row is open to close, and the row is counted as unread.
    @Test func aWrappedBracketWithNoRowAboveIsUnread() {
        let report = SmallTable.audit(title: "Kết quả thực hiện năm 2023", [
            ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch 2023", "Thực hiện 2023"],
            [")", "", "", "", ""],
            ["1", "Tốc độ tăng trưởng GRDP", "%", "7", "7,2"],
            [")", "", "", "", ""],
            ["2", "Thu ngân sách nhà nước", "tỷ đồng", "5.000", "5.200"],
        ])
        let codes = report.tables.flatMap(\.rows).map(\.indicator.code.description)
        #expect(codes == ["1", "2"], "Tốc độ tăng trưởng GRDP and Thu ngân sách nhà nước are read: \(codes)")
        #expect(report.coverage.rowsUnread == 1, "the bracket at the head of the table, not the one under Tốc độ tăng trưởng GRDP: \(report.coverage)")
        #expect(report.findings.contains { $0.kind == .unparsedRow && $0.message.contains("“)”") }, "\(report.findings.map(\.message))")
    }

    /// "I" over ")" under a group's title closes the group's numeral: nothing is left unread.
    @Test func aWrappedBracketUnderAGroupTitleClosesItsNumeral() {
        let report = SmallTable.audit(title: "Kết quả thực hiện năm 2023", [
            ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch 2023", "Thực hiện 2023"],
            ["I", "CHỈ TIÊU KINH TẾ", "", "", ""],
            [")", "", "", "", ""],
            ["1", "Thu ngân sách nhà nước", "tỷ đồng", "5.000", "5.200"],
        ])
        let codes = report.tables.flatMap(\.rows).map(\.indicator.code.description)
        #expect(codes == ["I.1"], "Thu ngân sách nhà nước is read in group I: \(codes)")
        #expect(report.coverage.rowsUnread == 0, "\(report.coverage)")
    }
}
