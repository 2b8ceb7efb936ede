import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// PDFs of tables a new user from another province typed (stranger test 7, H3): each PDF,
/// exported by LibreOffice from its DOCX as an office exports its report for the portal, reads
/// as the DOCX does — the same indicators, targets, values and stated verdicts, the same column
/// roles — and raises no error the document does not deserve.
struct PdfStrangerTests {
    /// An indicator and its sub-rows as a person checks them: "name: target | value | stated".
    static func reading(_ report: AuditReport) -> [String] {
        report.tables.flatMap(\.rows).flatMap { row in
            let indicator = row.indicator
            func text(_ line: ReadLine, stated: String?) -> String {
                "\(line.name): \(line.target?.text ?? "–") | \(line.actual?.text ?? "–") | \(stated ?? "–")"
            }
            return [text(indicator.line, stated: indicator.statedText)]
                + indicator.components.map { "  " + text($0, stated: nil) }
        }
    }

    static func errors(_ report: AuditReport) -> [String] {
        report.findings.filter { $0.severity == .error }.map { "\($0.kind.rawValue) \($0.location): \($0.message)" }
    }

    /// The DOCX and the PDF of one layout, audited.
    static func audited(_ layout: Layout) throws -> (docx: AuditReport, pdf: AuditReport) {
        let docx = try LibreOffice.docx(fromHTML: layout.html, name: layout.name)
        let pdf = try LibreOffice.pdf(from: docx)
        return (try Auditor().audit(contentsOf: docx), try Auditor().audit(contentsOf: pdf))
    }

    @Test func aSubRowsTargetAboveTheNextRowsIsNoYearBrokenOverTwoLines() throws {
        let (docx, pdf) = try Self.audited(Self.districtPlan)
        // Was: "20" (Trong đó: Giao thông nông thôn) and "80" of the next row, a row apart, joined
        // as a year "2080" wrapped in a narrow header cell; row 11 had no target.
        let rows = Self.reading(pdf)
        #expect(rows.contains("  Giao thông nông thôn: 20 | – | –"), "PDF: \(rows)")
        #expect(rows.contains("Tỷ lệ chất thải rắn đô thị được thu gom, xử lý: 80 | – | –"), "PDF: \(rows)")
        #expect(rows == Self.reading(docx))
        #expect(Self.errors(pdf).isEmpty, "PDF: \(Self.errors(pdf))")
    }

    @Test func twoLeftAlignedRatioHeadersASpaceApartAreTwoColumnsNotOnePhrase() throws {
        let (docx, pdf) = try Self.audited(Self.budgetOfTwoIssuers)
        // Was: "So dự toán HĐND" | "So dự toán HĐND", little more than a space apart, read as one
        // phrase over both ratio columns; the headers were jumbled and the last ratio (146) was
        // taken for the target.
        let headers = pdf.tables.first?.table.columns ?? []
        #expect(headers.suffix(2) == ["So dự toán HĐND tỉnh giao (%)", "So dự toán HĐND huyện giao (%)"], "PDF headers: \(headers)")
        #expect(pdf.tables.first?.table.roles == docx.tables.first?.table.roles)
        let rows = Self.reading(pdf)
        // The province's council governs; the district's 509 is a target of its own (DistrictIssuerTests).
        #expect(rows.first?.hasPrefix("Thu ngân sách trên địa bàn: 389 | 743") == true, "PDF: \(rows)")
        #expect(rows == Self.reading(docx))
        #expect(Self.errors(pdf).isEmpty, "PDF: \(Self.errors(pdf))")
    }

    @Test func aHeaderWordPastTheFiguresOfItsColumnStaysInItsCell() throws {
        let (docx, pdf) = try Self.audited(Self.nationalMisses)
        // Was: "Ước thực hiện năm" / "2020" in a cell wider than its figures: "năm" went to the
        // verdict column beside it ("Ước thực hiện 2020", "năm Đánh giá").
        let headers = pdf.tables.first?.table.columns ?? []
        #expect(headers.suffix(2) == ["Ước thực hiện năm 2020", "Đánh giá"], "PDF headers: \(headers)")
        let rows = Self.reading(pdf)
        #expect(rows.contains("Tỷ lệ thất nghiệp của lao động trong độ tuổi ở khu vực thành thị: Dưới 4 | 4,39 | Không đạt"), "PDF: \(rows)")
        #expect(rows == Self.reading(docx))
        #expect(Self.errors(pdf).isEmpty, "PDF: \(Self.errors(pdf))")
    }

    @Test func aThreeRowTableWhoseHeaderCellsStandASpaceApartIsFound() throws {
        let (docx, pdf) = try Self.audited(Self.threeRows)
        // Was: no table (the header "ĐVT KH 2019 Ước TH 2019 Đánh giá" one cluster beside "Chỉ
        // tiêu": two header cells, not three), 3 rows and 9 numbers reported unread.
        let rows = Self.reading(pdf)
        #expect(pdf.coverage.tables == 1, "PDF coverage: \(pdf.coverage)")
        #expect(rows.contains("Tốc độ tăng giá trị sản xuất: 16 | 17,17 | Vượt"), "PDF: \(rows)")
        #expect(rows.contains("Tổng sản lượng lương thực: 24.500 | 25.120 | Vượt"), "PDF: \(rows)")
        #expect(rows == Self.reading(docx))
        #expect(Self.errors(pdf).isEmpty, "PDF: \(Self.errors(pdf))")
    }

    @Test func theBracketOfARowNumberWrappedUnderItIsNoRowOfItsOwn() throws {
        let docx = try LibreOffice.docx(fromHTML: PdfNarrowTableTests.specialCells, name: "ngoac-xuong-dong")
        let pdf = try Auditor().audit(contentsOf: try LibreOffice.pdf(from: docx))
        // Was: "11" / ")" in a narrow number cell, the ")" beside the label's last line read as
        // a row number: "Số xã đạt chuẩn nông" lost "thôn mới tăng thêm" to 3 rows reported unread.
        let rows = Self.reading(pdf)
        #expect(rows.contains("Số xã đạt chuẩn nông thôn mới tăng thêm: 05 - 08 | 7 | Đạt"), "PDF: \(rows)")
        #expect(rows.contains("Diện tích nhà ở bình quân đầu người: gần 24 | 24,1 | Đạt"), "PDF: \(rows)")
        #expect(pdf.coverage.rowsUnread == 0, "PDF coverage: \(pdf.coverage)")
        #expect(rows == Self.reading(try Auditor().audit(contentsOf: docx)))
        #expect(Self.errors(pdf).isEmpty, "PDF: \(Self.errors(pdf))")
    }

    @Test func aVerdictMergedOverSubRowsMarkedWithDashesIsTheIndicators() throws {
        let docx = try LibreOffice.docx(fromHTML: Self.mergedOverDashes, name: "gop-o-gach")
        let pdf = try Auditor().audit(contentsOf: try LibreOffice.pdf(from: docx))
        // Was: the "-" marks in the number column counted as row numbers, so the merged "Vượt",
        // printed once level with the middle sub-row, stayed on "- Thu nội địa".
        let rows = Self.reading(pdf)
        #expect(rows.first == "Tổng thu ngân sách trên địa bàn: 1.000 | 1.120 | Vượt", "PDF: \(rows)")
        #expect(rows.contains("  Thu nội địa: 700 | 850 | –"), "PDF: \(rows)")
        #expect(rows == Self.reading(try Auditor().audit(contentsOf: docx)))
        #expect(Self.errors(pdf).isEmpty, "PDF: \(Self.errors(pdf))")
    }

    /// A revenue headline and its parts under one verdict cell merged down (rowspan).
    static let mergedOverDashes = """
        <html><head><meta charset="utf-8"></head><body><p>Báo cáo kết quả thực hiện kế hoạch năm 2022 (ngày 12/12/2022)</p>\
        <table border="1" cellspacing="0" width="100%"><tr><td>TT</td><td>Chỉ tiêu</td><td>ĐVT</td><td>KH năm 2022</td><td>Ước TH năm 2022</td><td>Đánh giá</td></tr>
        <tr><td>1</td><td>Tổng thu ngân sách trên địa bàn</td><td>Tỷ đồng</td><td>1.000</td><td>1.120</td><td rowspan="3">Vượt</td></tr>
        <tr><td>-</td><td>Thu nội địa</td><td>Tỷ đồng</td><td>700</td><td>850</td></tr>
        <tr><td>-</td><td>Thu tiền sử dụng đất</td><td>Tỷ đồng</td><td>300</td><td>270</td></tr>
        <tr><td>2</td><td>Tỷ lệ che phủ rừng</td><td>%</td><td>45</td><td>45,2</td><td>Đạt</td></tr></table></body></html>
        """

    // Layouts as the stranger typed them (in Word's default full-width table, plain cells).

    struct Layout {
        var name: String
        var before: [String]
        var rows: [[String]]

        var html: String {
            var body = before.map(HTMLDocument.paragraph).joined()
            body += "<table border=\"1\" cellspacing=\"0\" width=\"100%\">\n"
            for row in rows {
                body += "<tr>" + row.map { cell in
                    let paragraphs = cell.split(separator: "\n").map { "<p>\(HTMLDocument.escape(String($0)))</p>" }
                    return "<td>\(paragraphs.count > 1 ? paragraphs.joined() : HTMLDocument.escape(cell))</td>"
                }.joined() + "</tr>\n"
            }
            // As the stranger's generator wrote it: no doctype, so LibreOffice lays the table out
            // as Word's default one (a doctype changes the column widths, and the gaps tested here).
            return "<html><head><meta charset=\"utf-8\"></head><body>\(body)</table>\n</body></html>"
        }
    }

    /// A district resolution's targets (Đức Thọ 2022): a "Trong đó" sub-row with no number.
    static let districtPlan = Layout(name: "ke-hoach-huyen", before: [
        "NGHỊ QUYẾT Về Kế hoạch phát triển Kinh tế - Xã hội năm 2022",
    ], rows: [
        ["TT", "Nội dung", "ĐVT", "Chỉ tiêu năm 2022"],
        ["9", "Giá trị kinh tế trên đơn vị diện tích", "Triệu đồng/ha", "115"],
        ["10", "Xây dựng đường giao thông", "Km", "25"],
        ["", "Trong đó: Giao thông nông thôn", "Km", "20"],
        ["11", "Tỷ lệ chất thải rắn đô thị được thu gom, xử lý", "%", "80"],
        ["12", "Tỷ lệ chất thải rắn nông thôn được thu gom, xử lý", "%", "70"],
    ])

    /// A district's revenue against the province's and the district's budget (Thạch Hà 2021).
    static let budgetOfTwoIssuers = Layout(name: "du-toan-hai-cap", before: [
        "Kế hoạch thực hiện nhiệm vụ trọng tâm năm 2022",
        "Về thực hiện nhiệm vụ chính trị, nhiều chỉ tiêu phát triển KT – XH ở huyện Thạch Hà đạt và vượt kế hoạch đề ra. Nổi bật, sản xuất nông nghiệp được mùa toàn diện, thu ngân sách trên 743 tỷ đồng, đạt 191% kế hoạch HĐND tỉnh giao, bằng 146% kế hoạch HĐND huyện giao.",
        "Biểu: Thu ngân sách năm 2021 (tỷ đồng)",
    ], rows: [
        ["TT", "Nội dung", "Dự toán HĐND tỉnh giao", "Dự toán HĐND huyện giao", "Thực hiện năm 2021",
         "So dự toán HĐND tỉnh giao (%)", "So dự toán HĐND huyện giao (%)"],
        ["1", "Thu ngân sách trên địa bàn", "389", "509", "743", "191", "146"],
    ])

    /// The national indicators missed in 2020, as the ministry listed them.
    static let nationalMisses = Layout(name: "khong-dat-2020", before: [
        "Các chỉ tiêu không đạt kế hoạch năm 2020",
    ], rows: [
        ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2020", "Ước thực hiện năm 2020", "Đánh giá"],
        ["1", "Tốc độ tăng tổng sản phẩm trong nước (GDP)", "%", "Khoảng 6,8", "Khoảng 2", "Không đạt"],
        ["2", "Tốc độ tăng tổng kim ngạch xuất khẩu", "%", "Khoảng 7", "1", "Không đạt"],
        ["3", "Tỷ lệ thất nghiệp của lao động trong độ tuổi ở khu vực thành thị", "%", "Dưới 4", "4,39", "Không đạt"],
        ["4", "Tỷ lệ lao động qua đào tạo", "%", "Khoảng 65", "64,5", "Không đạt"],
    ])

    /// Three rows, no number column, one a cell of two values beside a long one-line label.
    static let threeRows = Layout(name: "ba-hang", before: [
        "Huyện Như Xuân: 26/27 chỉ tiêu hoàn thành và hoàn thành vượt kế hoạch",
    ], rows: [
        ["Chỉ tiêu", "ĐVT", "KH 2019", "Ước TH 2019", "Đánh giá"],
        ["Tốc độ tăng giá trị sản xuất", "%", "16", "17,17", "Vượt"],
        ["Tổng sản lượng lương thực", "Tấn", "24.500", "25.120", "Vượt"],
        ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (cân nặng/chiều cao)", "%", "12,5\n18,5", "12,1\n18,9", "Không đạt"],
    ])
}
