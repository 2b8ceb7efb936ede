import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Tables as web pages lay them out where the grid is hardest to rebuild from one cell a line:
/// no number column (the number written in the name cell, or no number at all), a header cell
/// in two languages or over three lines, a row of years under "Thực hiện", a name whose unit is
/// wrapped onto a line of its own, rows all numbered "1." (a lost list numbering). Each is made up
/// here after real reports; the web text, copied every way a browser copies, must read as
/// LibreOffice's DOCX of the same layout.
struct WebTextGridTests {
    static let layouts: [WebLayout] = [
        WebLayout(name: "không cột TT, số thứ tự trong ô tên, tiêu đề song ngữ", before: ["NIÊN GIÁM THỐNG KÊ Y TẾ 2023", "Chỉ tiêu mục tiêu"], rows: [
            ["Tên chỉ tiêu - Name of indicators", "Thực hiện\nImplemented 2022", "Thực hiện\nImplemented 2023", "Mục tiêu năm 2023\nTarget 2023"],
            ["1. Số bác sĩ trên 10.000 dân - Doctors per 10,000 persons", "11,2", "11,8", "11"],
            ["2. Tỷ lệ trạm y tế xã có bác sĩ (%) - Communes with a doctor", "92,5", "93,1", ">95"],
            ["Trong đó: trạm y tế vùng khó khăn (%)", "85,0", "86,4", "90"],
            ["3. Số giường bệnh trên 10.000 dân - Beds per 10,000 persons", "30,2", "31,5", ""],
            ["4. Tỷ lệ dân số tham gia bảo hiểm y tế (%) - Health insurance coverage", "92,0", "93,3", "93"],
        ]),
        WebLayout(name: "không cột TT, hàng không đánh số", before: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2022"], rows: [
            ["Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2022", "Thực hiện năm 2022", "Đánh giá"],
            ["Tốc độ tăng trưởng kinh tế", "%", "7", "7,4", "Vượt"],
            ["Thu ngân sách trên địa bàn", "Tỷ đồng", "4.500", "4.420", "Không đạt"],
            ["Tỷ lệ che phủ rừng", "%", "62", "62", "Đạt"],
            ["Số xã đạt chuẩn nông thôn mới", "xã", "6", "", "Chưa có số liệu"],
        ]),
        WebLayout(name: "hàng năm dưới ô Thực hiện", before: ["CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2021 - 2023"], rows: [
            ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện", "<", "Kế hoạch năm 2023", "Ước thực hiện năm 2023"],
            ["^", "^", "^", "2021", "2022", "^", "^"],
            ["1", "Tốc độ tăng trưởng GRDP", "%", "6,1", "6,5", "7", "7,2"],
            ["2", "Thu nhập bình quân đầu người", "Triệu đồng", "48", "52", "58", "57"],
            ["3", "Tỷ lệ hộ nghèo", "%", "3,2", "2,6", "2", "2,1"],
        ], headerRows: 2),
        WebLayout(name: "năm dưới ô Thực hiện, bên cạnh mục tiêu nghị quyết", before: ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH 5 NĂM 2011-2015"], rows: [
            ["TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu NQ ĐH", "Thực hiện", "<", "<", "Ước TH 5 năm 2011-2015", "Đánh giá"],
            ["^", "^", "^", "^", "2011", "2012", "2013", "^", "^"],
            ["1", "Tốc độ tăng trưởng GRDP", "%", "8 - 8,5", "8,1", "7,9", "8,3", "8,3", "Đạt"],
            ["2", "Tốc độ tăng thu ngân sách", "%", "12", "10,5", "11,2", "9,8", "11,4", "Không đạt"],
            ["3", "Tỷ lệ che phủ rừng", "%", "45", "43", "44", "45", "45", "Đạt"],
        ], headerRows: 2),
        WebLayout(name: "tiêu đề một ô ba dòng, đơn vị xuống dòng trong ô tên", before: ["TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2022"], rows: [
            ["Stt", "Chỉ tiêu chủ yếu", "Kế hoạch\nnăm\n2022", "Ước thực hiện\nnăm 2022", "Ghi chú"],
            ["1", "Giá trị xuất khẩu\n(triệu USD)", "1.130", "1.230", "Đạt"],
            ["2", "Tổng vốn đầu tư toàn xã hội\n(Tỷ đồng)", "28.000", "27.500", "Không đạt"],
            ["3", "Tỷ lệ lao động qua đào tạo (%)", "68", "68", "Đạt"],
            ["4", "Thu ngân sách nhà nước trên địa bàn\n(Tỷ đồng)", "6.861", "7.100", "Vượt"],
        ]),
        WebLayout(name: "hàng nhóm gộp cả hàng", before: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2019"], rows: [
            ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2019", "Thực hiện năm 2019", "Đánh giá"],
            ["I", "Các chỉ tiêu kinh tế", "<", "<", "<", "<"],
            ["1", "Tốc độ tăng trưởng kinh tế", "%", "7", "7,1", "Vượt"],
            ["2", "Kim ngạch xuất khẩu", "Triệu USD", "850", "820", "Không đạt"],
            ["II. CÁC CHỈ TIÊU XÃ HỘI", "<", "<", "<", "<", "<"],
            ["3", "Tỷ lệ hộ nghèo", "%", "3,5", "3,4", "Vượt"],
            ["4", "Số bác sĩ trên 1 vạn dân", "Bác sĩ", "9", "9", "Đạt"],
        ]),
        WebLayout(name: "hàng nào cũng đánh số 1.", before: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023"], rows: [
            ["TT", "Chỉ tiêu", "Kế hoạch 2023", "Thực hiện 2023", "Đánh giá"],
            ["1.", "Tốc độ tăng trưởng kinh tế (%)", "6,5", "6,9", "Vượt"],
            ["1.", "Tỷ lệ hộ nghèo (%)", "3", "3,2", "Không đạt"],
            ["1.", "Tỷ lệ trường đạt chuẩn quốc gia (%)", "70", "70", "Đạt"],
        ]),
    ]

    /// The rows a reader must number: those with a number, in its own column or in the name
    /// cell; in a table that numbers none, every row but a "Trong đó" one.
    private static func indicatorRows(_ layout: WebLayout) -> Int {
        let body = layout.rows.dropFirst(layout.headerRows)
        let numbered = body.filter { row in
            switch RowNumber(row[0]) {
            case .number, .letter: return true
            default: return WebTextTableReader.isNumberedName(row[0])
            }
        }
        if !numbered.isEmpty { return numbered.count }
        return body.filter { !$0[0].lowercased().hasPrefix("trong đó") }.count
    }

    @Test(arguments: layouts)
    func webTextReadsAsTheDocx(_ layout: WebLayout) throws {
        let expected = try layout.docxReading()
        let rows = Self.indicatorRows(layout)
        #expect(expected.count == rows, "\(layout.name): the DOCX reads \(expected.count) rows of \(rows)\n\(expected.joined(separator: "\n"))")
        for style in WebLayout.CopyStyle.allCases {
            let report = layout.webAudit(style, fileName: "trang-web.txt")
            let read = RowReading.lines(report)
            #expect(read == expected, """
                \(layout.name), copied as \(style): the web text reads
                \(read.joined(separator: "\n"))
                the DOCX reads
                \(expected.joined(separator: "\n"))
                """)
        }
    }
}
