import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Text copied from a web page is the same table as the DOCX an office typed, with the grid lost:
/// one cell a line, empty cells as lines of spaces, a merged cell missing from the rows it covers,
/// a cell of several paragraphs as several lines, a header cell of several lines as several lines.
/// For each layout below (each one a phenomenon of real reports, made up here) and for every way a
/// browser copies it, the web text must read exactly as LibreOffice's DOCX of the same layout:
/// the same rows, codes, targets of every issuer, values and stated verdicts.
struct WebTextDifferentialTests {
    static let layouts: [WebLayout] = [
        WebLayout(name: "số thứ tự mọi kiểu, đánh giá gộp ô, ô trống", before: ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2023"], rows: [
            ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2023", "Ước TH năm 2023", "Đánh giá"],
            ["I", "Chỉ tiêu kinh tế", "", "", "", ""],
            ["1", "Tốc độ tăng trưởng GRDP", "%", "6,5", "7,1", "Vượt"],
            ["2.", "Thu ngân sách nhà nước", "Tỷ đồng", "5.000", "5.200", "Vượt"],
            ["Tr.đó:", "Thu nội địa", "Tỷ đồng", "4.000", "4.300", "^"],
            ["3)", "Kim ngạch xuất khẩu", "Triệu USD", "420", "400", "Không đạt"],
            ["II", "Chỉ tiêu xã hội", "", "", "", ""],
            ["4", "Tỷ lệ hộ nghèo", "%", "2", "2,1", "Không đạt"],
            ["-", "Hộ nghèo vùng đồng bào dân tộc thiểu số", "%", "5", "5,3", ""],
            ["+", "Hộ nghèo ở xã đặc biệt khó khăn", "%", "8", "7,5", ""],
            ["5", "Tỷ lệ lao động qua đào tạo", "%", "68", "", "Chưa có số liệu"],
        ]),
        WebLayout(name: "tiêu đề cột nhiều dòng, đánh giá ở cột Ghi chú", before: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2022"], rows: [
            ["Stt", "Nội dung\nchỉ tiêu", "Đơn vị\ntính", "Kế hoạch\nnăm 2022", "Thực hiện\nnăm 2022", "Ghi chú"],
            ["1", "Giá trị sản xuất nông nghiệp", "Tỷ đồng", "1.200", "1.250", "Đạt"],
            ["2", "Trồng rừng mới", "ha", "800", "812", "Vượt"],
            ["", "Trong đó: rừng sản xuất", "ha", "600", "640", ""],
            ["3", "Số xã đạt chuẩn nông thôn mới", "xã", "5", "4", "Không đạt"],
            ["4", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "92", "92,4", "Đạt"],
        ]),
        WebLayout(name: "hai cấp giao kế hoạch, cột Kết quả", before: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2019"], rows: [
            ["TT", "Chỉ tiêu", "KH Quốc hội giao", "Mục tiêu phấn đấu của Chính phủ", "Ước thực hiện năm 2019", "Kết quả"],
            ["1", "Tốc độ tăng GDP (%)", "6,6-6,8", "6,8", "7,02", "Vượt"],
            ["2", "Tốc độ tăng chỉ số giá tiêu dùng (%)", "Khoảng 4", "Dưới 4", "2,79", "Vượt"],
            ["3", "Mức giảm tỷ lệ hộ nghèo (điểm %)", "1-1,5", "1,5", "1,1", "Đạt"],
            ["4", "Tỷ lệ thất nghiệp khu vực thành thị (%)", "Dưới 4", "", "3,1", "Đạt"],
        ]),
        WebLayout(name: "bảng kế hoạch, cột Ước TH năm sau", before: ["UBND TỈNH", "Ngày 05 tháng 12 năm 2025", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"], rows: [
            ["TT", "Chỉ tiêu", "ĐVT", "Ước TH năm 2026"],
            ["1", "Tốc độ tăng trưởng GRDP", "%", "8-8,5"],
            ["2", "GRDP bình quân đầu người", "USD/người", ">3.000"],
            ["3", "Tỷ suất sinh", "‰", "15,2"],
            ["4", "Thu ngân sách nhà nước", "Tỷ đồng", "5.210,4 (giảm 17,5% so với thực hiện năm trước)"],
            ["5", "Số xã đạt chuẩn nông thôn mới", "xã", "05 - 08"],
        ]),
        WebLayout(name: "tiêu đề hai tầng, cột so sánh, đánh giá mức độ hoàn thành", before: ["TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023"], rows: [
            ["TT", "Chỉ tiêu", "ĐVT", "Năm 2023", "<", "So sánh (%)", "Đánh giá mức độ hoàn thành"],
            ["^", "^", "^", "Kế hoạch", "Thực hiện", "^", "^"],
            ["1", "Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", "12.000", "12.600", "105", "Vượt"],
            ["2", "Sản lượng lương thực", "Nghìn tấn", "300", "290", "96,7", "Không đạt"],
            ["3", "Tỷ lệ che phủ rừng", "%", "60", "60", "100", "Đạt"],
        ], headerRows: 2),
        WebLayout(name: "ô người đọc hiểu ngay, ô hai đoạn", before: ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2021"], rows: [
            ["TT", "Chỉ tiêu", "Kế hoạch năm 2021", "Thực hiện năm 2021", "Đánh giá"],
            ["1", "Tỷ lệ hộ nghèo (%)", "1", "0,9%\n(còn 3,85%)", "Không đạt"],
            ["2", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng:\n-Theo cân nặng (%)\n-Theo chiều cao (%)", "<8,5\n<12", "8,2\n11,5", "Đạt"],
            ["3", "Số xã đạt chuẩn nông thôn mới (xã)", "05 - 08", "6", "Đạt"],
            ["4", "Số giường bệnh trên 1 vạn dân (giường)", "Trên 30", "31,5", "Vượt"],
            ["5", "Tổng mức bán lẻ hàng hóa (tỷ đồng)", "Khoảng 38.000-40.000", "39.200 (tăng 12%)", "Đạt"],
            ["6", "Tỷ lệ nhập siêu so với kim ngạch xuất khẩu (%)", "Dưới 3", "Xuất siêu", "Vượt"],
            ["7", "Tốc độ tăng trưởng kinh tế (%)", "tăng 6,8 - 7,5% (năm gốc tăng 3,1%)", "gần 7,2", "Đạt"],
            ["8", "Kim ngạch xuất khẩu (triệu USD)", ">1.800", "1.850", "Vượt"],
        ]),
        WebLayout(name: "hàng đánh số bằng chữ", before: ["KẾT QUẢ THU CHI NGÂN SÁCH NĂM 2023"], rows: [
            ["TT", "Chỉ tiêu", "ĐVT", "Dự toán năm 2023", "Thực hiện năm 2023", "Đánh giá"],
            ["a)", "Tổng thu ngân sách trên địa bàn", "Tỷ đồng", "5.000", "5.100", "Vượt"],
            ["b)", "Thu nội địa", "Tỷ đồng", "4.200", "4.000", "Không đạt"],
            ["c)", "Thu từ hoạt động xuất nhập khẩu", "Tỷ đồng", "800", "800", "Đạt"],
        ]),
        WebLayout(name: "cột cơ quan chủ trì, số La Mã, không số cho hàng con", before: ["CHỈ TIÊU KẾ HOẠCH NĂM 2024 VÀ KẾT QUẢ THỰC HIỆN"], rows: [
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2024", "Ước thực hiện năm 2024", "Cơ quan chủ trì", "Đánh giá"],
            ["I", "KINH TẾ", "", "", "", "", ""],
            ["1", "Tốc độ tăng trưởng kinh tế", "%", "7", "7,3", "Sở Kế hoạch và Đầu tư", "Vượt"],
            ["2", "Tỷ lệ đô thị hóa", "%", "25", "24", "Sở Xây dựng", "Không đạt"],
            ["", "Thị xã", "%", "40", "38", "", "^"],
            ["II", "XÃ HỘI", "", "", "", "", ""],
            ["3", "Tỷ lệ lao động qua đào tạo", "%", "65", "65,2", "Sở Lao động - Thương binh và Xã hội", "Đạt"],
        ]),
    ]

    @Test(arguments: layouts)
    func webTextReadsAsTheDocx(_ layout: WebLayout) throws {
        let expected = try layout.docxReading()
        let numbered = layout.rows.dropFirst(layout.headerRows).filter { row in
            if case .number = RowNumber(row[0]) { return true }
            if case .letter = RowNumber(row[0]) { return true }
            return false
        }
        #expect(expected.count == numbered.count, "\(layout.name): the DOCX reads \(expected.count) rows of \(numbered.count)\n\(expected.joined(separator: "\n"))")
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
