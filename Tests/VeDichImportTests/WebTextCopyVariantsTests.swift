import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Tables whose web copy finds the header and then reads no row, for a way the office typed the
/// table that the DOCX reader takes in its stride: the row number typed into the name cell beside
/// an empty "TT" cell, a row numbering the columns under the header ("(1)" … "(7)", "A" "B" "1"
/// "2" "3=2/1"), empty cells a page copies as nothing between cells parted by blank lines, a two-level header
/// whose periods span unequal numbers of columns. Each layout is made up after real provincial results tables; a person reads the
/// rows written under it, the DOCX LibreOffice makes of it must read them, and so must the page's
/// text in every way a browser copies it.
struct WebTextCopyVariantsTests {
    typealias Case = LayoutExample

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
        // A two-level header with an uneven split: the previous year over its result only, the
        // report's year over its plan and estimate. Read the other way, the previous year's
        // result was taken for the target and the target for the value: a false contradiction.
        Case(layout: WebLayout(name: "tiêu đề hai tầng: Năm 2018 trên TH, Năm 2019 trên KH và Ước TH", before: [
            "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2019",
        ], rows: [
            ["TT", "Chỉ tiêu", "ĐVT", "Năm 2018", "Năm 2019", "<", "Đánh giá"],
            ["^", "^", "^", "TH", "KH", "Ước TH", "^"],
            ["1", "Tốc độ tăng trưởng GRDP", "%", "7,3", "7,5-8", "7,1", "Không đạt"],
            ["2", "Kim ngạch xuất khẩu", "Triệu USD", "830", "900", "930", "Vượt"],
            ["3", "Số bác sỹ trên vạn dân", "Bác sỹ", "13,5", "13-14", "13,8", "Đạt"],
        ], headerRows: 2), reads: [
            "1 | Tốc độ tăng trưởng GRDP | KH 7,5-8 | TH 7,1 | Không đạt",
            "2 | Kim ngạch xuất khẩu | KH 900 | TH 930 | Vượt",
            "3 | Số bác sỹ trên vạn dân | KH 13-14 | TH 13,8 | Đạt",
        ]),
        // Groups numbered "I", "II" that carry figures of their own, with no empty cell anywhere:
        // Word's reading of the lines took "830" for a row number and won on numbered rows.
        Case(layout: WebLayout(name: "nhóm I, II có số liệu, không ô trống", before: [
            "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2019",
        ], rows: [
            ["Stt", "Chỉ tiêu chủ yếu", "TH năm 2018", "KH 2019", "Ước TH 2019", "Ghi chú"],
            ["I", "Tốc độ tăng GRDP (%)", "7,3", "7,5-8", "7,1", "Không đạt"],
            ["1", "Nông lâm ngư nghiệp (%)", "3,6", "3-3,5", "2,9", "Không đạt"],
            ["2", "Công nghiệp - xây dựng (%)", "8,2", "9", "9,0", "Đạt"],
            ["II", "Kim ngạch xuất khẩu (triệu USD)", "830", "900", "930", "Vượt"],
        ]), reads: [
            "I | Tốc độ tăng GRDP (%) | KH 7,5-8 | TH 7,1 | Không đạt",
            "I.1 | Nông lâm ngư nghiệp (%) | KH 3-3,5 | TH 2,9 | Không đạt",
            "I.2 | Công nghiệp - xây dựng (%) | KH 9 | TH 9,0 | Đạt",
            "II | Kim ngạch xuất khẩu (triệu USD) | KH 900 | TH 930 | Vượt",
        ]),
        // Copied as `blankLineCells` (every cell then a blank line, an empty cell nothing), the
        // group rows' four empty cells are a run of nine blank lines, each sub-row's two a run of three.
        Case(layout: WebLayout(name: "nhiều ô trống: hàng nhóm, hàng con không kế hoạch, chưa có số liệu", before: [
            "Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2019",
            "(Theo Báo cáo số 250/BC-UBND ngày 02/12/2019 của UBND tỉnh)",
        ], rows: [
            ["Stt", "Chỉ tiêu chủ yếu", "TH năm 2018", "KH 2019", "Ước TH 2019", "Ghi chú"],
            ["I", "Kinh tế", "", "", "", ""],
            ["1", "Tốc độ tăng GRDP (%), trong đó:", "7,3", "7,5-8", "7,1", "Không đạt"],
            ["", "- Nông lâm ngư nghiệp (%)", "3,6", "", "2,9", ""],
            ["", "- Công nghiệp - xây dựng (%)", "8,2", "", "9,0", ""],
            ["2", "Kim ngạch xuất khẩu (triệu USD)", "830", "900", "930", "Vượt"],
            ["II", "Xã hội", "", "", "", ""],
            ["3", "Tỷ lệ lao động qua đào tạo (%)", "65", "66", "", "Chưa có số liệu"],
            ["4", "Số bác sỹ trên vạn dân", "13,5", "13-14", "13,8", "Đạt"],
        ]), reads: [
            "I.1 | Tốc độ tăng GRDP (%), trong đó: | KH 7,5-8 | TH 7,1 | Không đạt ⟨Nông lâm ngư nghiệp (%): ∅ / 2,9⟩ ⟨Công nghiệp - xây dựng (%): ∅ / 9,0⟩",
            "I.2 | Kim ngạch xuất khẩu (triệu USD) | KH 900 | TH 930 | Vượt",
            "II.3 | Tỷ lệ lao động qua đào tạo (%) | KH 66 | TH ∅ | Chưa có số liệu",
            "II.4 | Số bác sỹ trên vạn dân | KH 13-14 | TH 13,8 | Đạt",
        ]),
    ]

    /// The empty cells a run of blank lines stands for: one blank line parts two cells, three
    /// part them around one empty cell, five around two.
    @Test func aRunOfBlankLinesIsTheEmptyCellsBetween() throws {
        let text = "TT\n\nChỉ tiêu\n\nKH 2019\n\nTH 2019\n\nI\n\nKinh tế\n\n\n\n\n\n1\n\nTỷ lệ hộ nghèo (%)\n\n\n\n2,9\n"
        let lines = TextReportReader.textLines(text).enumerated().filter { !$0.element.isEmpty }.map { (text: String($0.element), number: $0.offset + 1) }
        let cells = try #require(WebTextTableReader.cellsByBlankRuns(lines), "a page parting every cell by a blank line")
        #expect(cells.map(\.text) == ["TT", "Chỉ tiêu", "KH 2019", "TH 2019", "I", "Kinh tế", "", "", "1", "Tỷ lệ hộ nghèo (%)", "", "2,9"])
        // Paragraphs parted by two blank lines, or text with no blank line after most lines, hold no empty cell.
        let prose = (1...8).map { "Đoạn văn thứ \($0) của báo cáo." }
        for spaced in [prose.joined(separator: "\n\n\n"), prose.joined(separator: "\n") + "\n\n\n\nKết luận."] {
            let proseLines = TextReportReader.textLines(spaced).enumerated().filter { !$0.element.isEmpty }.map { (text: String($0.element), number: $0.offset + 1) }
            #expect(WebTextTableReader.cellsByBlankRuns(proseLines).map { $0.filter(\.text.isEmpty).count } ?? 0 == 0, "\(spaced.prefix(60))…")
        }
    }

    @Test(arguments: cases)
    func theDocxReadsTheRowsAPersonReads(_ example: Case) throws {
        try example.expectDocxReadsThem()
    }

    @Test(arguments: cases)
    func everyWebCopyReadsTheRowsAPersonReads(_ example: Case) {
        example.expectEveryWebCopyReadsThem()
    }
}
