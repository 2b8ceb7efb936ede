import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Tables whose web copy finds the header and then reads no row, for a way the office typed the
/// table that the DOCX reader takes in its stride: the row number typed into the name cell beside
/// an empty "TT" cell, a row numbering the columns under the header ("(1)" … "(7)", "A" "B" "1"
/// "2" "3=2/1"). Each layout is made up after real provincial results tables; a person reads the
/// rows written under it, the DOCX LibreOffice makes of it must read them, and so must the page's
/// text in every way a browser copies it.
struct WebTextCopyVariantsTests {
    struct Case: CustomStringConvertible, Sendable {
        var layout: WebLayout
        /// The rows as a person reads them (`RowReading.lines`: code | name | target | value | stated).
        var reads: [String]
        var description: String { layout.name }
    }

    static let cases: [Case] = [
        Case(layout: WebLayout(name: "số thứ tự gõ trong ô tên, cột TT để trống", before: [
            "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2019",
        ], rows: [
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2019", "Ước thực hiện năm 2019", "Đánh giá"],
            ["I", "Các chỉ tiêu kinh tế", "", "", "", ""],
            ["", "1. Tốc độ tăng trưởng kinh tế (GRDP)", "%", "7 - 7,5", "7,2", "Đạt"],
            ["", "2. Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "7.000", "7.350", "Vượt"],
            ["", "Trong đó: thu nội địa", "Tỷ đồng", "5.600", "5.900", "^"],
            ["", "3. Kim ngạch xuất khẩu", "Triệu USD", "950", "900", "Không đạt"],
            ["II", "Các chỉ tiêu xã hội", "", "", "", ""],
            ["", "4. Tỷ lệ lao động qua đào tạo", "%", "68", "68,5", "Vượt"],
            ["", "5. Số bác sỹ trên vạn dân", "Bác sỹ", "13", "", "Chưa có số liệu"],
        ]), reads: [
            "I.1 | Tốc độ tăng trưởng kinh tế (GRDP) | KH 7 - 7,5 | TH 7,2 | Đạt",
            "I.2 | Thu ngân sách nhà nước trên địa bàn | KH 7.000 | TH 7.350 | Vượt ⟨thu nội địa: 5.600 / 5.900⟩",
            "I.3 | Kim ngạch xuất khẩu | KH 950 | TH 900 | Không đạt",
            "II.4 | Tỷ lệ lao động qua đào tạo | KH 68 | TH 68,5 | Vượt",
            "II.5 | Số bác sỹ trên vạn dân | KH 13 | TH ∅ | Chưa có số liệu",
        ]),
        Case(layout: WebLayout(name: "hàng số cột (1) … (7) dưới tiêu đề, nhóm A/B", before: [
            "TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2019",
        ], rows: [
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2018", "Kế hoạch năm 2019", "Ước thực hiện năm 2019", "Đánh giá"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
            ["A", "CÁC CHỈ TIÊU KINH TẾ", "", "", "", "", ""],
            ["1", "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", "7,3", "7 - 7,5", "7,1", "Đạt"],
            ["2", "GRDP bình quân đầu người", "USD", "2.050", "2.200", "2.210", "Đạt"],
            ["3", "Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", "25.100", "27.000", "26.400", "Không đạt"],
            ["B", "CÁC CHỈ TIÊU XÃ HỘI", "", "", "", "", ""],
            ["4", "Tỷ lệ hộ nghèo", "%", "3,9", "3", "2,9", "Vượt"],
        ]), reads: [
            "I.1 | Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) | KH 7 - 7,5 | TH 7,1 | Đạt",
            "I.2 | GRDP bình quân đầu người | KH 2.200 | TH 2.210 | Đạt",
            "I.3 | Tổng vốn đầu tư toàn xã hội | KH 27.000 | TH 26.400 | Không đạt",
            "II.4 | Tỷ lệ hộ nghèo | KH 3 | TH 2,9 | Vượt",
        ]),
        Case(layout: WebLayout(name: "hàng số cột A B 1 2 3=2/1, không cột TT", before: [
            "KẾT QUẢ SẢN XUẤT NÔNG NGHIỆP NĂM 2022",
        ], rows: [
            ["Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2022", "Thực hiện năm 2022", "So với kế hoạch (%)"],
            ["A", "B", "1", "2", "3=2/1"],
            ["Sản lượng lương thực có hạt", "Tấn", "52.000", "53.100", "102,1"],
            ["Diện tích trồng rừng mới", "ha", "1.500", "1.420", "94,7"],
            ["Tổng đàn trâu, bò", "Con", "61.000", "61.300", "100,5"],
        ]), reads: [
            "1 | Sản lượng lương thực có hạt | KH 52.000 | TH 53.100 | ∅",
            "2 | Diện tích trồng rừng mới | KH 1.500 | TH 1.420 | ∅",
            "3 | Tổng đàn trâu, bò | KH 61.000 | TH 61.300 | ∅",
        ]),
    ]

    /// The reading of the DOCX LibreOffice makes from the layout.
    private static func docxReading(_ layout: WebLayout) throws -> [String] {
        let url = try LibreOffice.docx(fromHTML: layout.html, name: "bang")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        return RowReading.lines(try Auditor().audit(contentsOf: url))
    }

    /// Each row a person reads that `read` misses or reads otherwise, named.
    private static func differences(_ read: [String], from expected: [String]) -> String {
        let missed = expected.filter { !read.contains($0) }.map { "  thiếu: \($0)" }
        let extra = read.filter { !expected.contains($0) }.map { "  thừa:  \($0)" }
        return (missed + extra).joined(separator: "\n")
    }

    @Test(arguments: cases)
    func theDocxReadsTheRowsAPersonReads(_ example: Case) throws {
        let docx = try Self.docxReading(example.layout)
        #expect(docx == example.reads, "\(example.layout.name), DOCX:\n\(Self.differences(docx, from: example.reads))")
    }

    @Test(arguments: cases)
    func everyWebCopyReadsTheRowsAPersonReads(_ example: Case) {
        for style in WebLayout.CopyStyle.allCases {
            let report = example.layout.webAudit(style, fileName: "trang-web.txt")
            let read = RowReading.lines(report)
            #expect(read == example.reads, "\(example.layout.name), copied as \(style):\n\(Self.differences(read, from: example.reads))")
            #expect(report.tables.allSatisfy { $0.table.coverage.rowsUnread == 0 },
                    "\(example.layout.name), copied as \(style): rows left unread")
        }
    }
}
