import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Tables the DOCX reads whole and whose web copy, one cell a line, lost every row after one
/// cell: a figure's or a verdict's note paragraph ("2.210" / "(tăng 7,8%)", "Vượt" / "(đạt
/// 116%)"), a name's second paragraph in brackets ("Cơ cấu kinh tế" / "(nông nghiệp - công
/// nghiệp - dịch vụ)"), the empty cells of a second header row beside two issuers' targets, a
/// total row with no number before row 1, an empty corner cell over the row numbers, and row
/// numbers from 1000 on. Each layout is made up
/// after real provincial and national results tables; a person reads the rows written under it,
/// the DOCX LibreOffice makes of it must read them, and so must the page's text in every way a
/// browser copies it one cell a line (`cellParagraphs` is the store's own page text).
struct WebTextCellParagraphsTests {
    typealias Case = LayoutExample

    static let cases: [Case] = [
        Case(layout: WebLayout(name: "ghi chú trong ngoặc dưới số liệu và dưới đánh giá", before: [
            "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2022 (ngày 10/12/2022)",
        ], rows: [
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2022", "Ước TH năm 2022", "Đánh giá"],
            ["1", "GRDP bình quân đầu người", "USD", "2.050", "2.210\n(tăng 7,8%)", "Vượt"],
            ["2", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "2.050", "2.380", "Vượt\n(đạt 116%)"],
            ["3", "Số xã đạt chuẩn nông thôn mới", "Xã", "3", "2", "Không đạt\n(đạt 66,7%)"],
            ["4", "Tỷ lệ che phủ rừng", "%", "45", "45,2", "Đạt"],
        ]), reads: [
            "1 | GRDP bình quân đầu người | KH 2.050 | TH 2.210 (tăng 7,8%) | Vượt",
            "2 | Thu ngân sách nhà nước trên địa bàn | KH 2.050 | TH 2.380 | Vượt\n(đạt 116%)",
            "3 | Số xã đạt chuẩn nông thôn mới | KH 3 | TH 2 | Không đạt\n(đạt 66,7%)",
            "4 | Tỷ lệ che phủ rừng | KH 45 | TH 45,2 | Đạt",
        ]),
        Case(layout: WebLayout(name: "lý do không số dưới đánh giá, căn cứ có số dưới tên chỉ tiêu", before: [
            "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2022 (ngày 10/12/2022)",
        ], rows: [
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2022", "Ước TH năm 2022", "Đánh giá"],
            ["1", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "5.000", "4.800", "Không đạt\n(do giá dầu thô giảm mạnh so với dự báo)"],
            ["2", "Tỷ lệ che phủ rừng\n(theo Quyết định 123/QĐ-UBND)", "%", "45", "45,2", "Đạt"],
            ["3", "Tỷ lệ hộ nghèo", "%", "3,5", "2,9", "Vượt"],
        ]), reads: [
            "1 | Thu ngân sách nhà nước trên địa bàn | KH 5.000 | TH 4.800 | Không đạt\n(do giá dầu thô giảm mạnh so với dự báo)",
            "2 | Tỷ lệ che phủ rừng (theo Quyết định 123/QĐ-UBND) | KH 45 | TH 45,2 | Đạt",
            "3 | Tỷ lệ hộ nghèo | KH 3,5 | TH 2,9 | Vượt",
        ]),
        Case(layout: WebLayout(name: "tên hai đoạn, đoạn sau trong ngoặc; Đạt gộp trên ba hàng con; số thứ tự 1.", before: [
            "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2021 (ngày 15/12/2021)",
        ], rows: [
            ["TT", "Chỉ tiêu", "ĐVT", "NQ HĐND huyện", "Ước TH năm 2021", "Đánh giá"],
            ["1.", "Tốc độ tăng giá trị sản xuất", "%", "12,5", "13,1", "Vượt"],
            ["2.", "Cơ cấu kinh tế\n(nông nghiệp - công nghiệp - dịch vụ)", "%", "", "", ""],
            ["-", "Nông, lâm, thủy sản", "%", "20,5", "20,1", "Đạt"],
            ["-", "Công nghiệp - xây dựng", "%", "45,5", "46,2", "^"],
            ["-", "Dịch vụ", "%", "34,0", "33,7", "^"],
            ["3.", "Tổng vốn đầu tư phát triển\n(giá hiện hành năm 2021)", "Tỷ đồng", "1.200", "1.260", "Vượt"],
            ["4.", "Số xã đạt chuẩn nông thôn mới nâng cao", "Xã", "3", "2", "Không đạt"],
        ]), reads: [
            "1 | Tốc độ tăng giá trị sản xuất | KH 12,5 | TH 13,1 | Vượt",
            "2 | Cơ cấu kinh tế (nông nghiệp - công nghiệp - dịch vụ) | KH ∅ | TH ∅ | Đạt"
                + " ⟨Nông, lâm, thủy sản: 20,5 / 20,1⟩ ⟨Công nghiệp - xây dựng: 45,5 / 46,2⟩ ⟨Dịch vụ: 34,0 / 33,7⟩",
            "3 | Tổng vốn đầu tư phát triển (giá hiện hành năm 2021) | KH 1.200 | TH 1.260 | Vượt",
            "4 | Số xã đạt chuẩn nông thôn mới nâng cao | KH 3 | TH 2 | Không đạt",
        ]),
        Case(layout: WebLayout(name: "hai cấp giao dưới Kế hoạch năm 2023, hàng tiêu đề thứ hai có ô trống", before: [
            "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023 (Báo cáo ngày 20/10/2023 trình Quốc hội)",
        ], rows: [
            ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2023", "<", "Ước thực hiện năm 2023", "Đánh giá"],
            ["", "", "", "Quốc hội giao", "Chính phủ phấn đấu", "^", "^"],
            ["1", "Tốc độ tăng tổng sản phẩm trong nước (GDP)", "%", "Khoảng 6,5", "6,5", "5,05", "Không đạt"],
            ["2", "Tỷ lệ lao động qua đào tạo", "%", "68", "68", "68,1", "Đạt"],
            ["", "Trong đó: có bằng cấp, chứng chỉ", "%", "27-27,5", "27-27,5", "27", "Đạt"],
            ["3", "Tỷ lệ thất nghiệp ở khu vực thành thị", "%", "Dưới 4", "Dưới 4", "2,73", "Đạt"],
        ], headerRows: 2), reads: [
            "1 | Tốc độ tăng tổng sản phẩm trong nước (GDP) | KH Khoảng 6,5 | TH 5,05 | Không đạt"
                + " | Quốc hội giao: Khoảng 6,5; Chính phủ phấn đấu: 6,5",
            "2 | Tỷ lệ lao động qua đào tạo | KH 68 | TH 68,1 | Đạt | Quốc hội giao: 68; Chính phủ phấn đấu: 68"
                + " ⟨có bằng cấp, chứng chỉ: 27-27,5 / 27 Đạt⟩",
            "3 | Tỷ lệ thất nghiệp ở khu vực thành thị | KH Dưới 4 | TH 2,73 | Đạt | Quốc hội giao: Dưới 4; Chính phủ phấn đấu: Dưới 4",
        ]),
        Case(layout: WebLayout(name: "hàng tổng không số thứ tự đứng đầu bảng", before: [
            "Quý I/2023, thu ngân sách đạt 22.056 tỷ đồng",
        ], rows: [
            ["TT", "Chỉ tiêu", "ĐVT", "Dự toán năm 2023", "Thực hiện quý I/2023", "So dự toán năm (%)"],
            ["", "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "88.600", "22.056", "24,9"],
            ["1", "Thu nội địa", "Tỷ đồng", "42.900", "9.877", "23,0"],
            ["2", "Thu dầu thô", "Tỷ đồng", "23.900", "8.097", "33,9"],
            ["3", "Thu cân đối từ hoạt động xuất nhập khẩu", "Tỷ đồng", "21.700", "4.081", "18,8"],
        ]), reads: [
            "1 | Tổng thu ngân sách nhà nước trên địa bàn | KH 88.600 | TH 22.056 | ∅",
            "1 | Thu nội địa | KH 42.900 | TH 9.877 | ∅",
            "2 | Thu dầu thô | KH 23.900 | TH 8.097 | ∅",
            "3 | Thu cân đối từ hoạt động xuất nhập khẩu | KH 21.700 | TH 4.081 | ∅",
        ]),
        // The number column's header cell left empty: the web copy opens with an empty line.
        Case(layout: WebLayout(name: "ô góc trống trên cột số thứ tự", before: [
            "KẾT QUẢ MỘT SỐ CHỈ TIÊU ĐẾN THÁNG 5/2022",
        ], rows: [
            ["", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Mục tiêu năm"],
            ["1", "Tổng số hợp tác xã nông nghiệp", "HTX", "15.894", "17.000"],
            ["2", "Tỷ lệ số xã đạt chuẩn nông thôn mới", "%", "58,2", "59"],
            ["3", "Số sản phẩm đạt chuẩn OCOP", "sản phẩm", "1.711", "2.400"],
        ]), reads: [
            "1 | Tổng số hợp tác xã nông nghiệp | KH 17.000 | TH 15.894 | ∅",
            "2 | Tỷ lệ số xã đạt chuẩn nông thôn mới | KH 59 | TH 58,2 | ∅",
            "3 | Số sản phẩm đạt chuẩn OCOP | KH 2.400 | TH 1.711 | ∅",
        ]),
        // A long list of communes: the row after 999 is 1000, a number by its place. A figure
        // of that size ("1000" households) and a year in a name stay what they are.
        Case(layout: WebLayout(name: "số thứ tự từ 1000 trở lên", before: [
            "Bảng tổng hợp chỉ tiêu các xã năm 2022 (ngày 15/12/2022)",
        ], rows: [
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2022", "Ước TH năm 2022", "Đánh giá"],
            ["998", "Thu ngân sách xã số 998", "Triệu đồng", "1.200", "1.300", "Vượt"],
            ["999", "Số hộ dùng nước sạch xã số 999", "Hộ", "1000", "1001", "Vượt"],
            ["1000", "Thu ngân sách xã số 1000", "Triệu đồng", "1.200", "1.150", "Không đạt"],
            ["1001", "Xã đạt chuẩn nông thôn mới năm 2020 số 1001", "Tiêu chí", "19", "19", "Đạt"],
            ["1002", "Thu ngân sách xã số 1002", "Triệu đồng", "1.200", "1.300", "Vượt"],
        ]), reads: [
            "998 | Thu ngân sách xã số 998 | KH 1.200 | TH 1.300 | Vượt",
            "999 | Số hộ dùng nước sạch xã số 999 | KH 1000 | TH 1001 | Vượt",
            "1000 | Thu ngân sách xã số 1000 | KH 1.200 | TH 1.150 | Không đạt",
            "1001 | Xã đạt chuẩn nông thôn mới năm 2020 số 1001 | KH 19 | TH 19 | Đạt",
            "1002 | Thu ngân sách xã số 1002 | KH 1.200 | TH 1.300 | Vượt",
        ]),
    ]

    @Test(arguments: cases)
    func theDocxReadsTheRowsAPersonReads(_ example: Case) throws {
        try example.expectDocxReadsThem()
    }

    @Test(arguments: cases)
    func everyWebCopyReadsTheRowsAPersonReads(_ example: Case) {
        example.expectEveryWebCopyReadsThem()
    }

    /// A number of four digits is a row's number only right after the row numbered one less:
    /// a year ("2020") or a figure after row 3 is none.
    @Test func aLongNumberIsARowNumberByItsPlace() {
        #expect(RowNumber("1000", after: 999) == .number(1000))
        #expect(RowNumber("1000.", after: 999) == .number(1000))
        #expect(RowNumber("2020", after: 3) == .unknown)
        #expect(RowNumber("1000", after: nil) == .unknown)
        #expect(RowNumber("12", after: 11) == .number(12))
    }

    /// The forms a long row number is copied in, and the figures and years it is not.
    @Test func aLongNumberIsFourToSixDigitsWithARowNumbersMarks() {
        for (cell, number) in [("1000", 1000), (" 1000 ", 1000), ("1000)", 1000), ("1000.)", 1000), ("\u{00A0}1000\u{00A0}", 1000),
                               ("\t123456.", 123_456)] {
            #expect(RowNumber.longNumber(cell) == number, "“\(cell)” is row \(number)")
        }
        for cell in ["999", "1234567", "1.000", "1000,5", "10 00", "1000 )", ")1000", "1000 hộ", "Năm 2020", "2020Ước", ""] {
            #expect(RowNumber.longNumber(cell) == nil, "“\(cell)” is no long row number")
        }
    }
}
