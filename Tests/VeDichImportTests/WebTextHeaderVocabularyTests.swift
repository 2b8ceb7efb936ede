import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// A table's header is recognised in web text by the same column roles the DOCX and PDF tables
/// use (`ColumnRole`): an agriculture table headed "Cây trồng", a trade table headed "Mặt hàng",
/// a table with no number column whose groups ("Trồng trọt", "Chăn nuôi") span the row. Each
/// layout's web text, copied every way a browser copies, must read as LibreOffice's DOCX of it;
/// and with its indicator column headed by any word the column roles know, still the same rows.
struct WebTextHeaderVocabularyTests {
    /// Every header the column roles read as the indicator column, as offices type them.
    static let nameHeaders = [
        "Chỉ tiêu", "CHỈ TIÊU", "Chỉ tiêu chủ yếu", "Tên chỉ tiêu", "Nội dung", "Nội dung chỉ tiêu",
        "Sản phẩm", "Tên sản phẩm", "Sản phẩm chủ yếu", "Mặt hàng", "Danh mục", "Lĩnh vực",
        "Cây trồng", "Vật nuôi", "Ngành hàng",
    ]

    static let layouts: [WebLayout] = [
        WebLayout(name: "cột Số thứ tự, sản phẩm công nghiệp", before: ["KẾT QUẢ SẢN XUẤT CÔNG NGHIỆP NĂM 2022"], rows: [
            ["Số thứ tự", "Sản phẩm", "Đơn vị tính", "Kế hoạch năm 2022", "Thực hiện năm 2022", "Đánh giá"],
            ["1", "Điện sản xuất", "Triệu kWh", "1.200", "1.260", "Vượt"],
            ["2", "Xi măng", "Nghìn tấn", "850", "800", "Không đạt"],
            ["3", "Gạch nung", "Triệu viên", "120", "120", "Đạt"],
        ]),
        WebLayout(name: "không cột TT, hàng nhóm gộp cả hàng không số", before: ["KẾT QUẢ SẢN XUẤT NÔNG NGHIỆP NĂM 2022"], rows: [
            ["Ngành hàng", "Đơn vị tính", "Kế hoạch năm 2022", "Thực hiện năm 2022", "Đánh giá"],
            ["Trồng trọt", "<", "<", "<", "<"],
            ["Sản lượng lương thực có hạt", "Tấn", "52.000", "53.100", "Vượt"],
            ["Diện tích cây ăn quả", "ha", "3.200", "3.150", "Không đạt"],
            ["Chăn nuôi", "<", "<", "<", "<"],
            ["Tổng đàn trâu", "Con", "18.000", "18.000", "Đạt"],
            ["Sản lượng thịt hơi xuất chuồng", "Tấn", "9.500", "9.800", "Vượt"],
        ]),
        WebLayout(name: "không cột TT, hàng không số, không cột đánh giá", before: ["KIM NGẠCH XUẤT KHẨU CÁC MẶT HÀNG CHỦ YẾU NĂM 2023"], rows: [
            ["Mặt hàng", "ĐVT", "Kế hoạch năm 2023", "Ước TH năm 2023"],
            ["Hàng dệt may", "Triệu USD", "420", "436"],
            ["Giày dép", "Triệu USD", "180", "171"],
            ["Hạt điều", "Triệu USD", "95", "102"],
        ]),
        WebLayout(name: "không cột TT, đơn vị dài, nhóm có chữ số La Mã", before: ["MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2022"], rows: [
            ["Lĩnh vực", "Đơn vị tính", "Kế hoạch năm 2022", "Ước thực hiện năm 2022", "Đánh giá"],
            ["I. KINH TẾ", "<", "<", "<", "<"],
            ["Tổng thu ngân sách trên địa bàn", "Nghìn tỷ đồng", "12,5", "13,1", "Vượt"],
            ["Thu nhập bình quân đầu người", "Triệu đồng/người", "62", "60,5", "Không đạt"],
            ["II. XÃ HỘI", "<", "<", "<", "<"],
            ["Tỷ lệ hộ nghèo", "%", "2,5", "2,5", "Đạt"],
        ]),
        WebLayout(name: "cột TT để trống, hàng nhóm không số", before: ["KẾT QUẢ SẢN XUẤT NÔNG NGHIỆP 9 THÁNG NĂM 2022"], rows: [
            ["TT", "Cây trồng", "Đơn vị tính", "Kế hoạch năm 2022", "Thực hiện năm 2022"],
            ["Trồng trọt", "<", "<", "<", "<"],
            ["", "Diện tích lúa cả năm", "Nghìn ha", "42,5", "42,8"],
            ["", "Sản lượng lương thực", "Nghìn tấn", "250", "246"],
            ["Chăn nuôi", "<", "<", "<", "<"],
            ["", "Tổng đàn bò", "Con", "35.000", "35.400"],
        ]),
    ]

    /// A report of nine months: the year's target beside the value so far is shown, not judged.
    static let partOfYear: WebLayout = WebLayout(name: "ước 9 tháng bên kế hoạch năm", before: ["BÁO CÁO TÌNH HÌNH THỰC HIỆN 9 THÁNG NĂM 2022"], rows: [
        ["TT", "Chỉ tiêu chủ yếu", "ĐVT", "Kế hoạch năm 2022", "Ước TH 9 tháng 2022", "So cùng kỳ (%)"],
        ["1", "Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", "12.000", "8.400", "108"],
        ["2", "Thu ngân sách nhà nước", "Tỷ đồng", "5.000", "3.900", "112"],
        ["3", "Kim ngạch xuất khẩu", "Triệu USD", "420", "300", "96"],
    ])

    /// The DOCX LibreOffice makes from the layout, audited: the reference.
    private static func docxReport(_ layout: WebLayout) throws -> AuditReport {
        let url = try LibreOffice.docx(fromHTML: layout.html, name: "bang")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        return try Auditor().audit(contentsOf: url)
    }

    /// The names of the body rows that are indicators: all but a group title over the whole row
    /// (how a group with no numeral is read, as a group or a row with no figures, is the table
    /// model's call: the web text only has to read it as the DOCX does).
    private static func indicatorNames(_ layout: WebLayout) -> [String] {
        layout.rows.dropFirst(layout.headerRows).filter { !$0.dropFirst().allSatisfy { $0 == "<" } }.map { row in
            row[ColumnRole.classify(headers: layout.rows[0]).firstIndex(of: .name) ?? 0]
        }
    }

    /// The layout with its indicator column headed `header`.
    private static func headed(_ layout: WebLayout, _ header: String) -> WebLayout {
        var copy = layout
        let nameColumn = ColumnRole.classify(headers: layout.rows[0]).firstIndex(of: .name) ?? 0
        copy.rows[0][nameColumn] = header
        return copy
    }

    @Test(arguments: nameHeaders)
    func theColumnRolesKnowTheIndicatorColumn(_ header: String) {
        let roles = ColumnRole.classify(headers: ["TT", header, "ĐVT", "Kế hoạch năm 2022", "Ước TH năm 2022"])
        #expect(roles == [.code, .name, .unit, .target, .actual], "“\(header)” heads the indicator column: \(roles)")
    }

    @Test(arguments: layouts)
    func webTextReadsAsTheDocxUnderEveryIndicatorHeader(_ layout: WebLayout) throws {
        let expected = RowReading.lines(try Self.docxReport(layout))
        for name in Self.indicatorNames(layout) {
            #expect(expected.contains { $0.contains(" | \(name) | ") }, "\(layout.name): the DOCX does not read “\(name)”\n\(expected.joined(separator: "\n"))")
        }
        // The rows read do not name the header: one DOCX reading is the reference for every
        // header word (the DOCX reads them all as the indicator column, as checked above).
        for header in Self.nameHeaders {
            for style in WebLayout.CopyStyle.allCases {
                let report = Auditor().audit(TextReportReader.read(text: Self.headed(layout, header).webText(style), name: "trang-web.txt"))
                let read = RowReading.lines(report)
                #expect(read == expected, """
                    \(layout.name), headed “\(header)”, copied as \(style): the web text reads
                    \(read.joined(separator: "\n"))
                    the DOCX reads
                    \(expected.joined(separator: "\n"))
                    """)
            }
        }
    }

    @Test
    func aPartOfYearTableIsReadAndShownNotJudged() throws {
        let layout = Self.partOfYear
        let docx = try Self.docxReport(layout)
        let expected = RowReading.lines(docx)
        #expect(expected.count == 3, "the DOCX reads \(expected.count) rows of 3\n\(expected.joined(separator: "\n"))")
        for style in WebLayout.CopyStyle.allCases {
            let report = layout.webAudit(style, fileName: "trang-web.txt")
            #expect(RowReading.lines(report) == expected, "copied as \(style): \(RowReading.lines(report).joined(separator: "\n"))")
            #expect(report.errorCount == 0, "copied as \(style): \(report.findings.filter { $0.severity == .error })")
            #expect(report.tables.map(\.table.valuesForPartOfYear) == docx.tables.map(\.table.valuesForPartOfYear))
            for row in report.tables.flatMap(\.rows) {
                #expect(row.computed == .noData, "\(row.indicator.line.name): 9 months against the year's target is not judged, was \(row.computed)")
            }
        }
    }
}
