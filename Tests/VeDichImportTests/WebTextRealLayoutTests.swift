import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Tables of the kinds real public pages show (provincial and district reports, statistics
/// offices' monthly figures, news of HĐND sessions), each laid out as such a page lays it out:
/// a header not starting with "TT", header cells over two or three lines, a two-level header,
/// group rows with and without a number column, "Trong đó" rows merged across the number and
/// name cells, verdicts merged over a row and its sub-row, units inside the name cell, every row
/// numbered "1." by Word's list numbering, tables with no plan column. The figures are the
/// page's (its address above each layout); a target the page gives only as a ratio ("đạt
/// 57,9% kế hoạch") is worked back from it, and is marked so.
///
/// For every way a browser copies the page, the web text must read exactly as LibreOffice's
/// DOCX of the same layout; and the DOCX must read the rows a person counts in it, with the
/// targets and values a person reads there.
struct WebTextRealLayoutTests {
    /// A row a person reads in the table: its indicator, target and value as written (nil: none).
    struct Reads: Sendable {
        var indicator: String
        var target: String?
        var value: String?
    }

    struct Case: CustomStringConvertible, Sendable {
        var layout: WebLayout
        /// How many rows a person reads in the table (sub-rows "-", "a", "Trong đó" under a row are lines of
        /// their indicator, as the JSON contract gives them, not rows of their own).
        var rows: Int
        var reads: [Reads]
        var description: String { layout.name }
    }

    static let cases: [Case] = [
        // https://admin.baolamdong.vn/kinhte/202208/tong-dien-tich-gieo-trong-dat-tren-94-ke-hoach-nam-2022-3132450/
        // (lũy kế 8 tháng 2022: 369.882,4 ha/392.069 ha; cây hằng năm 103.339,1/126.229; vụ Đông
        // Xuân 40.852,3/40.072; Hè Thu 39.086,3/39.769; Mùa 18.314,3/41.698; cây lâu năm 266.543,3/265.840).
        Case(layout: WebLayout(name: "Lâm Đồng 2022: cột Loại cây, hàng chữ a/b, hàng con không số", before: [
            "TÌNH HÌNH SẢN XUẤT NÔNG NGHIỆP 8 THÁNG NĂM 2022",
        ], rows: [
            ["TT", "Loại cây", "ĐVT", "Kế hoạch năm 2022", "Lũy kế 8 tháng", "So KH (%)"],
            ["1", "Tổng diện tích gieo trồng", "ha", "392.069", "369.882,4", "94,34"],
            ["a", "Cây hằng năm", "ha", "126.229", "103.339,1", "81,87"],
            ["-", "Vụ Đông Xuân 2021-2022", "ha", "40.072", "40.852,3", "101,95"],
            ["-", "Vụ Hè Thu 2022", "ha", "39.769", "39.086,3", "98,28"],
            ["-", "Vụ Mùa 2022", "ha", "41.698", "18.314,3", "43,92"],
            ["b", "Cây lâu năm", "ha", "265.840", "266.543,3", "100,26"],
        ]), rows: 1, reads: [
            Reads(indicator: "Tổng diện tích gieo trồng", target: "392.069", value: "369.882,4"),
            Reads(indicator: "Cây lâu năm", target: "265.840", value: "266.543,3"),
        ]),

        // https://cafef.vn/nganh-thuy-san-tiep-tuc-duy-tri-duoc-toc-do-tang-truong-20190731192101296.chn
        // (tháng 7/2019: 740.500 tấn; nuôi trồng 400.000; 7 tháng 4.521.000, +5,6%; nuôi trồng
        // 2.321.200, +6,3%; khai thác 2.199.800, +4,9%; khai thác biển 2.099.600, +5,1%).
        Case(layout: WebLayout(name: "thủy sản tháng 7/2019: không cột TT, không cột kế hoạch, tiêu đề ba dòng", before: [
            "SẢN LƯỢNG THỦY SẢN THÁNG 7 VÀ 7 THÁNG NĂM 2019",
        ], rows: [
            ["Chỉ tiêu", "Đơn vị\ntính", "Ước tính\ntháng 7\nnăm 2019", "Cộng dồn\n7 tháng\nnăm 2019", "So cùng kỳ\n(%)"],
            ["Tổng sản lượng thủy sản", "Tấn", "740.500", "4.521.000", "105,6"],
            ["Sản lượng nuôi trồng", "Tấn", "400.000", "2.321.200", "106,3"],
            ["Sản lượng khai thác", "Tấn", "340.500", "2.199.800", "104,9"],
            ["Trong đó: khai thác biển", "Tấn", "324.300", "2.099.600", "105,1"],
        ]), rows: 3, reads: [
            Reads(indicator: "Tổng sản lượng thủy sản", target: nil, value: "740.500"),
            Reads(indicator: "Sản lượng khai thác", target: nil, value: "340.500"),
        ]),

        // https://lucngan.bacgiang.gov.vn/node/12633 (năm 2017: GRDP 8.795/8.995 tỷ đồng; GRDP
        // bình quân đầu người 55,26/58,01 triệu đồng; BHYT 96,38%; hộ nghèo 14,3%; che phủ rừng
        // 40,15%; 8/9 xã đạt chuẩn văn hóa nông thôn mới). Targets of BHYT, hộ nghèo, che phủ
        // rừng: not on the page (typed as the district's plan would give them).
        Case(layout: WebLayout(name: "Lục Ngạn 2017: tiêu đề hai tầng, nhóm I/II, đánh giá gộp ô, đơn vị trong tên", before: [
            "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2017",
        ], rows: [
            ["TT", "Chỉ tiêu", "Năm 2017", "<", "Đánh giá"],
            ["^", "^", "Kế hoạch", "Ước TH", "^"],
            ["I", "Chỉ tiêu kinh tế", "", "", ""],
            ["1", "Giá trị sản xuất các ngành (giá so sánh 2010) (tỷ đồng)", "8.995", "8.795", "Không đạt"],
            ["2", "GRDP bình quân đầu người (triệu đồng)", "58,01", "55,26", "^"],
            ["II", "Chỉ tiêu xã hội - môi trường", "", "", ""],
            ["3", "Tỷ lệ dân số tham gia bảo hiểm y tế (%)", "95", "96,38", "Vượt"],
            ["4", "Tỷ lệ hộ nghèo (%)", "14,5", "14,3", "Đạt"],
            ["5", "Số xã đạt chuẩn văn hóa nông thôn mới (xã)", "9", "8", "Không đạt"],
            ["6", "Tỷ lệ che phủ rừng (%)", "40", "40,15", "Đạt"],
        ], headerRows: 2), rows: 6, reads: [
            Reads(indicator: "Giá trị sản xuất các ngành", target: "8.995", value: "8.795"),
            Reads(indicator: "Số xã đạt chuẩn văn hóa nông thôn mới", target: "9", value: "8"),
        ]),

        // https://baothainguyen.vn/thoi-su-trong-tinh/202012/lanh-dao-hoan-thanh-vuot-muc-nhieu-chi-tieu-367EA26
        // (Phú Bình 2020: công nghiệp trên 22.800 tỷ đồng, 100% KH; thu NSNN 148,1 tỷ đồng,
        // vượt 21% KH (KH 122,4 worked back); lương thực trên 78.000 tấn, vượt 3% (KH 75.700
        // worked back); trồng rừng 260 ha, vượt 73% (KH 150); kết nạp 254 đảng viên, hoàn thành).
        // Every row "1." (Word list numbering, as the stored page of qdnd.vn/…608493 shows it),
        // a "Trong đó" row merged over the number and name cells, its verdict merged from above.
        Case(layout: WebLayout(name: "Phú Bình 2020: mọi hàng '1.', cột Ghi chú, tiêu đề hai dòng, Trong đó gộp ô", before: [
            "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2020",
        ], rows: [
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch\nnăm 2020", "Ước TH\nnăm 2020", "Tỷ lệ\n(%)", "Ghi chú"],
            ["1.", "Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp", "Tỷ đồng", "22.800", "22.800", "100", "Đạt"],
            ["1.", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "122,4", "148,1", "121", "Vượt"],
            ["- Trong đó: thu nội địa", "<", "Tỷ đồng", "110", "131,6", "119,6", "^"],
            ["1.", "Sản lượng lương thực có hạt", "Tấn", "75.700", "78.000", "103", "Vượt"],
            ["1.", "Diện tích trồng rừng mới", "ha", "150", "260", "173", "Vượt"],
            ["1.", "Kết nạp đảng viên mới", "Đảng viên", "254", "254", "100", "Đạt"],
        ]), rows: 5, reads: [
            Reads(indicator: "Thu ngân sách nhà nước trên địa bàn", target: "122,4", value: "148,1"),
            Reads(indicator: "Diện tích trồng rừng mới", target: "150", value: "260"),
        ]),

        // http://www.namdinhtv.vn/kinh-te/san-xuat-nong-nghiep-tren-dia-ban-tinh (6 tháng 2016:
        // lúa xuân 75.700 ha; lương thực 538,8 nghìn tấn, 57,9% KH (KH 930,6 worked back); đàn lợn
        // 794 nghìn con, +0,2%; thịt lợn hơi 77 nghìn tấn, 53,1% KH (KH 145), +4,5%; gia cầm 7.520
        // nghìn con, +1,2%; thủy sản 60 nghìn tấn, 47,9% KH (KH 125,3), +6,8%).
        Case(layout: WebLayout(name: "Nam Định 6 tháng 2016: cột Danh mục, không cột TT, hàng nhóm gộp cả hàng", before: [
            "MỘT SỐ CHỈ TIÊU SẢN XUẤT NÔNG NGHIỆP 6 THÁNG ĐẦU NĂM 2016",
        ], rows: [
            ["Danh mục", "ĐVT", "Kế hoạch năm 2016", "Ước TH 6 tháng", "So KH (%)", "So cùng kỳ (%)"],
            ["Trồng trọt", "<", "<", "<", "<", "<"],
            ["Diện tích lúa xuân", "ha", "", "75.700", "", ""],
            ["Sản lượng lương thực có hạt", "Nghìn tấn", "930,6", "538,8", "57,9", ""],
            ["Chăn nuôi", "<", "<", "<", "<", "<"],
            ["Tổng đàn lợn", "Nghìn con", "", "794", "", "100,2"],
            ["Sản lượng thịt lợn hơi xuất chuồng", "Nghìn tấn", "145", "77", "53,1", "104,5"],
            ["Tổng đàn gia cầm", "Nghìn con", "", "7.520", "", "101,2"],
            ["Thủy sản", "<", "<", "<", "<", "<"],
            ["Sản lượng thủy sản", "Nghìn tấn", "125,3", "60", "47,9", "106,8"],
        ]), rows: 6, reads: [
            Reads(indicator: "Sản lượng lương thực có hạt", target: "930,6", value: "538,8"),
            Reads(indicator: "Tổng đàn gia cầm", target: nil, value: "7.520"),
            Reads(indicator: "Sản lượng thủy sản", target: "125,3", value: "60"),
        ]),

        // https://baokhanhhoa.vn/chinh-tri/201712/khai-mac-ky-hop-thu-5-hdnd-huyen-khanh-vinh-khoa-xi-8063869
        // (Khánh Vĩnh 2017: gieo trồng 8.375 ha, 100,17% KH (KH 8.361 worked back); lương thực
        // 5.211 tấn, 88,6% KH (KH 5.881); hộ nghèo còn 50,53%, thấp hơn KH gần 2% (KH 48,5 typed)).
        Case(layout: WebLayout(name: "Khánh Vĩnh 2017: không cột TT, số thứ tự trong ô tên, tiêu đề bắt đầu bằng Nội dung", before: [
            "KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU NĂM 2017",
        ], rows: [
            ["Nội dung", "Đơn vị tính", "Kế hoạch 2017", "Thực hiện 2017", "Tỷ lệ % so KH", "Đánh giá"],
            ["1. Tổng diện tích gieo trồng", "ha", "8.361", "8.375", "100,17", "Đạt"],
            ["2. Tổng sản lượng lương thực", "Tấn", "5.881", "5.211", "88,6", "Không đạt"],
            ["3. Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", "Tỷ đồng", "52", "53,63", "103,1", "Vượt"],
            ["4. Tỷ lệ hộ nghèo", "%", "48,5", "50,53", "", "Không đạt"],
        ]), rows: 4, reads: [
            Reads(indicator: "Tổng sản lượng lương thực", target: "5.881", value: "5.211"),
            Reads(indicator: "Tỷ lệ hộ nghèo", target: "48,5", value: "50,53"),
        ]),

        // http://baolamdong.vn/kinhte/202207/lam-ha-san-luong-ken-tam-tang-134-3124932/ (Lâm Hà
        // 6 tháng 2022: đàn heo 92.942 con, +6%; gia cầm 1.170 nghìn con, +6%; kén tằm 3.400 tấn,
        // +13,4%; đàn trâu 380 con, −6,2%; đàn bò 7.412 con, −2,9%; nuôi trồng thủy sản 900 ha,
        // −3,5%). The same period of 2021 is worked back from the ratio.
        Case(layout: WebLayout(name: "Lâm Hà 6 tháng 2022: cột STT, tiêu đề ba dòng, so cùng kỳ, không kế hoạch", before: [
            "TÌNH HÌNH CHĂN NUÔI, THỦY SẢN 6 THÁNG ĐẦU NĂM 2022",
        ], rows: [
            ["STT", "Chỉ tiêu", "ĐVT", "Cùng kỳ\nnăm 2021", "Ước TH\n6 tháng\nnăm 2022", "So cùng kỳ\n(%)"],
            ["1", "Tổng đàn heo", "Con", "87.681", "92.942", "106"],
            ["2", "Tổng đàn gia cầm", "Nghìn con", "1.104", "1.170", "106"],
            ["3", "Sản lượng kén tằm", "Tấn", "2.998", "3.400", "113,4"],
            ["4", "Tổng đàn trâu", "Con", "405", "380", "93,8"],
            ["5", "Tổng đàn bò", "Con", "7.633", "7.412", "97,1"],
            ["6", "Diện tích nuôi trồng thủy sản", "ha", "933", "900", "96,5"],
        ]), rows: 6, reads: [
            Reads(indicator: "Tổng đàn heo", target: nil, value: "92.942"),
            Reads(indicator: "Tổng đàn bò", target: nil, value: "7.412"),
        ]),

        // https://baothaibinh.com.vn/tin-tuc/0/105079/5-thang-san-luong-thit-trau-bo-hoi-xuat-chuong-uoc-dat-hon-4-200-tan
        // (Thái Bình 5 tháng 2020: đàn trâu, bò 56.200 con, +2,6%; trâu 6.400, +1,5%; bò 49.800,
        // +2,8%; thịt trâu, bò hơi tháng 5: 839 tấn; 5 tháng 4.215 tấn, +5,1%).
        Case(layout: WebLayout(name: "Thái Bình 5 tháng 2020: Số TT, Danh mục, hàng con '-', đơn vị trong tên", before: [
            "TÌNH HÌNH CHĂN NUÔI TRÂU, BÒ 5 THÁNG ĐẦU NĂM 2020",
        ], rows: [
            ["Số TT", "Danh mục", "Thực hiện\ntháng 5", "Lũy kế\n5 tháng", "So cùng kỳ\n(%)"],
            ["1", "Tổng đàn trâu, bò (con)", "", "56.200", "102,6"],
            ["-", "Đàn trâu (con)", "", "6.400", "101,5"],
            ["-", "Đàn bò (con)", "", "49.800", "102,8"],
            ["2", "Sản lượng thịt trâu, bò hơi xuất chuồng (tấn)", "839", "4.215", "105,1"],
        ]), rows: 2, reads: [
            Reads(indicator: "Sản lượng thịt trâu, bò hơi xuất chuồng (tấn)", target: nil, value: "4.215"),
        ]),
    ]

    /// Shapes the web reader lost before (no table found, or read one cell off), each copied
    /// three ways: a statistics office's month beside the months so far, each over "Ước tính" |
    /// "So cùng kỳ (%)"; and RowStructureTests' groups with empty cells, lettered parts with
    /// untitled sub-groups, "I.1" numbers, two figures in a cell under a one-line name.
    static let otherShapes: [WebLayout] = [
        WebLayout(name: "tháng và cộng dồn, mỗi kỳ hai cột con", before: ["TÌNH HÌNH SẢN XUẤT NÔNG NGHIỆP THÁNG 9 NĂM 2021"], rows: [
            ["Chỉ tiêu", "ĐVT", "Tháng 9 năm 2021", "<", "9 tháng năm 2021", "<"],
            ["^", "^", "Ước tính", "So cùng kỳ (%)", "Ước tính", "So cùng kỳ (%)"],
            ["Lúa mùa", "Nghìn ha", "1.520", "99,1", "1.560", "98,7"],
            ["Ngô", "Nghìn ha", "310", "97,0", "820", "96,5"],
            ["Thịt lợn hơi", "Nghìn tấn", "320", "104", "2.900", "103,2"],
        ], headerRows: 2),
        RowStructureTests.untitledGroups, RowStructureTests.subGroupsInNumberedTable,
        RowStructureTests.groupDotNumbers, RowStructureTests.twoValuesOneName,
    ]

    @Test(arguments: otherShapes)
    func webTextOfOtherShapesReadsAsTheDocx(_ layout: WebLayout) throws {
        let docx = try layout.docxReading()
        #expect(!docx.isEmpty, "\(layout.name): the DOCX reads no row")
        for style in WebLayout.CopyStyle.allCases {
            let web = RowReading.lines(layout.webAudit(style, fileName: "trang-web.txt"))
            #expect(web == docx, """
                \(layout.name), copied as \(style): the web text reads
                \(web.joined(separator: "\n"))
                the DOCX reads
                \(docx.joined(separator: "\n"))
                """)
        }
    }

    @Test(arguments: cases)
    func webTextReadsAsTheDocxAndAsAPersonReads(_ example: Case) throws {
        let layout = example.layout
        let docx = try layout.docxReading()
        #expect(docx.count == example.rows, """
            \(layout.name): a person reads \(example.rows) rows, the DOCX reads \(docx.count)
            \(docx.joined(separator: "\n"))
            """)
        for read in example.reads {
            // A row of its own ("| name | KH … | TH …"), or a line of its indicator ("⟨name: … / …⟩").
            let asRow = "| \(read.indicator)", asLine = "⟨\(read.indicator)"
            let line = docx.first { $0.contains(asRow) || $0.contains(asLine) }
            let expected = line?.contains(asRow) == true
                ? "KH \(read.target ?? "∅") | TH \(read.value ?? "∅")"
                : "\(asLine): \(read.target ?? "∅") / \(read.value ?? "∅")⟩"
            #expect(line?.contains(expected) == true, """
                \(layout.name): "\(read.indicator)" should read \(expected); the DOCX reads \(line ?? "no such row")
                """)
        }
        for style in WebLayout.CopyStyle.allCases {
            let report = layout.webAudit(style, fileName: "trang-web.txt")
            let web = RowReading.lines(report)
            #expect(web == docx, """
                \(layout.name), copied as \(style): the web text reads
                \(web.joined(separator: "\n"))
                the DOCX reads
                \(docx.joined(separator: "\n"))
                """)
        }
    }
}
