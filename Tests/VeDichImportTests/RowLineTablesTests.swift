import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Tables a user pastes after copying them from a web page in a browser: a row a line, cells
/// split by tabs, a cell covered by a merged one missing, an empty cell an empty string between
/// two tabs, a cell's paragraphs broken over lines. Each must read as the table a person sees.
struct RowLineTablesTests {
    static func audit(_ text: String, name: String = "ban-sao-trang-web.txt") -> AuditReport {
        Auditor().audit(TextReportReader.read(text: text, name: name))
    }

    static func row(_ report: AuditReport, named name: String) -> AuditedRow? {
        report.tables.lazy.flatMap(\.rows).first { $0.indicator.line.name == name }
    }

    static func describe(_ report: AuditReport) -> String {
        RowReading.lines(report).joined(separator: "\n") + "\n" + report.coverage.sentence
            + "\n" + report.findings.map { "\($0.severity) \($0.kind.rawValue): \($0.message)" }.joined(separator: "\n")
    }

    // MARK: A national agriculture monthly report, typed as pasted

    /// Header on one line; a tab after the last cell of some rows (an empty "So cùng kỳ" cell);
    /// the number cell of the sub-row merged down from row 2 (missing); a name in two paragraphs.
    static let monthlyReport = """
        BÁO CÁO TÌNH HÌNH SẢN XUẤT NÔNG NGHIỆP 9 THÁNG NĂM 2022
        Một số chỉ tiêu chủ yếu của ngành:
        TT\tChỉ tiêu\tĐVT\tKế hoạch năm 2022\tƯớc TH 9 tháng\tSo cùng kỳ (%)
        1\tTốc độ tăng giá trị sản xuất toàn ngành\t%\t2,8-3\t2,99\t
        2\tKim ngạch xuất khẩu nông lâm thủy sản\tTỷ USD\t49\t40,2\t109,2
        - Trong đó: thủy sản\tTỷ USD\t9\t8,1\t125,5
        3\tTỷ lệ che phủ rừng\t%\t42\t42,02\t
        4\tTỷ lệ xã đạt chuẩn
        nông thôn mới\t%\t75\t73,1\t
        Nguồn: Bộ Nông nghiệp và Phát triển nông thôn.
        """

    @Test func aMonthlyReportPastedWithTabsReadsEveryIndicator() {
        let report = Self.audit(Self.monthlyReport)
        let detail = Self.describe(report)
        #expect(report.tables.count == 1, "\(detail)")
        #expect(report.tables.flatMap(\.rows).map(\.indicator.code.description) == ["1", "2", "3", "4"], "\(detail)")
        let forest = Self.row(report, named: "Tỷ lệ che phủ rừng")
        #expect(forest?.indicator.line.target?.text == "42", "Tỷ lệ che phủ rừng: kế hoạch 42\n\(detail)")
        #expect(forest?.indicator.line.actual?.text == "42,02", "Tỷ lệ che phủ rừng: ước 9 tháng 42,02\n\(detail)")
        let growth = Self.row(report, named: "Tốc độ tăng giá trị sản xuất toàn ngành")
        #expect(growth?.indicator.line.target?.text == "2,8-3", "Tốc độ tăng giá trị sản xuất: kế hoạch 2,8-3\n\(detail)")
        // The name broken over two lines is one name; the sub-row is a line of indicator 2.
        #expect(Self.row(report, named: "Tỷ lệ xã đạt chuẩn\nnông thôn mới")?.indicator.line.actual?.text == "73,1"
                    || Self.row(report, named: "Tỷ lệ xã đạt chuẩn nông thôn mới")?.indicator.line.actual?.text == "73,1",
                "Tỷ lệ xã đạt chuẩn nông thôn mới: 73,1\n\(detail)")
        let exports = Self.row(report, named: "Kim ngạch xuất khẩu nông lâm thủy sản")
        #expect(exports?.indicator.components.map(\.name) == ["thủy sản"], "Kim ngạch xuất khẩu: dòng con thủy sản\n\(detail)")
        #expect(report.coverage.rowsUnread == 0 && report.errorCount == 0, "\(detail)")
    }

    // MARK: A five-year results table

    /// Rows numbered in the name cell, no number column; "Đánh giá" with "Không đạt".
    static let fiveYears = WebLayout(name: "ket-qua-5-nam-2016-2020", before: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 5 NĂM 2016-2020"], rows: [
        ["Chỉ tiêu", "Kế hoạch 5 năm 2016-2020", "Ước TH 2016-2020", "Đánh giá"],
        ["1. Tốc độ tăng trưởng GRDP bình quân (%)", "7", "6,2", "Không đạt"],
        ["2. Tỷ lệ đô thị hóa (%)", "30", "31,5", "Vượt"],
        ["3. Tỷ lệ hộ nghèo giảm bình quân (%/năm)", "1,5", "1,5", "Đạt"],
        ["4. Tỷ lệ lao động qua đào tạo (%)", "70", "65", "Không đạt"],
    ])

    @Test func aFiveYearResultsTablePastedWithTabsKeepsItsVerdicts() {
        let report = Self.fiveYears.webAudit(.tabbedRows)
        let detail = Self.describe(report)
        #expect(report.tables.flatMap(\.rows).count == 4, "\(detail)")
        let growth = report.tables.flatMap(\.rows).first { $0.indicator.line.name.hasPrefix("Tốc độ tăng trưởng GRDP") }
        #expect(growth?.indicator.statedText == "Không đạt", "Tốc độ tăng trưởng GRDP bình quân: Không đạt\n\(detail)")
        #expect(growth?.indicator.line.target?.text == "7" && growth?.indicator.line.actual?.text == "6,2", "\(detail)")
        let training = report.tables.flatMap(\.rows).first { $0.indicator.line.name.hasPrefix("Tỷ lệ lao động qua đào tạo") }
        #expect(training?.indicator.statedText == "Không đạt", "Tỷ lệ lao động qua đào tạo: Không đạt\n\(detail)")
        #expect(RowReading.lines(report) == RowReading.lines(Self.fiveYears.webAudit(.storedPage)), "\(detail)")
        #expect(report.errorCount == 0, "\(detail)")
    }

    // MARK: A provincial results table with groups and sub-rows

    /// Two header rows ("Năm 2019" over "Kế hoạch" | "Thực hiện"), groups "I" | title spanning the
    /// row, a verdict merged over a row and its "- Trong đó" sub-row, a name of two paragraphs.
    static let provincial = WebLayout(name: "ket-qua-tinh-2019", before: ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2019"], rows: [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2019", "<", "Đánh giá"],
        ["^", "^", "^", "Kế hoạch", "Thực hiện", "^"],
        ["I", "Các chỉ tiêu kinh tế", "<", "<", "<", "<"],
        ["1", "Tổng sản phẩm trên địa bàn\n(GRDP) tăng", "%", "7,5-8", "7,3", "Không đạt"],
        ["2", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "7.000", "7.650", "Vượt"],
        ["", "- Trong đó: thu nội địa", "Tỷ đồng", "6.300", "6.900", "^"],
        ["3", "Kim ngạch xuất khẩu", "Triệu USD", "1.000", "1.020", "Đạt"],
        ["II", "Các chỉ tiêu xã hội", "<", "<", "<", "<"],
        ["4", "Tỷ lệ hộ nghèo", "%", "3,5", "3,4", "Đạt"],
        ["5", "Số bác sĩ/vạn dân", "Bác sĩ", "12", "12,5", "Vượt"],
    ])

    @Test func aProvincialTableWithGroupsAndSubRowsReadsEveryIndicator() {
        let report = Self.provincial.webAudit(.tabbedRows)
        let detail = Self.describe(report)
        let codes = report.tables.flatMap(\.rows).map(\.indicator.code.description)
        #expect(codes == ["I.1", "I.2", "I.3", "II.4", "II.5"], "\(detail)")
        let revenue = Self.row(report, named: "Thu ngân sách nhà nước trên địa bàn")
        #expect(revenue?.indicator.components.first?.actual?.text == "6.900", "Thu nội địa: thực hiện 6.900\n\(detail)")
        #expect(revenue?.indicator.line.target?.text == "7.000", "Thu ngân sách: kế hoạch 7.000\n\(detail)")
        let grdp = report.tables.flatMap(\.rows).first { $0.indicator.line.name.hasPrefix("Tổng sản phẩm trên địa bàn") }
        #expect(grdp?.indicator.statedText == "Không đạt" && grdp?.indicator.line.actual?.text == "7,3", "GRDP: 7,3, Không đạt\n\(detail)")
        // Read by hand from the layout above.
        #expect(RowReading.lines(report) == [
            "I.1 | Tổng sản phẩm trên địa bàn (GRDP) tăng | KH 7,5-8 | TH 7,3 | Không đạt",
            "I.2 | Thu ngân sách nhà nước trên địa bàn | KH 7.000 | TH 7.650 | Vượt ⟨thu nội địa: 6.300 / 6.900⟩",
            "I.3 | Kim ngạch xuất khẩu | KH 1.000 | TH 1.020 | Đạt",
            "II.4 | Tỷ lệ hộ nghèo | KH 3,5 | TH 3,4 | Đạt",
            "II.5 | Số bác sĩ/vạn dân | KH 12 | TH 12,5 | Vượt",
        ], "\(detail)")
        #expect(report.coverage.rowsUnread == 0 && report.errorCount == 0, "\(detail)")
    }

    /// A copy whose header came one cell a line (as web text gives it) and whose rows came a row
    /// a line: the header is read from its lines, the rows from their tabs.
    @Test func aHeaderOneCellALineOverRowsWithTabsReads() {
        let text = """
            Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023

            TT
            Chỉ tiêu
            Đơn vị
            Kế hoạch
            năm 2023
            Thực hiện
            năm 2023
            Đánh giá
            1\tTốc độ tăng trưởng kinh tế\t%\t6,5\t6,1\tKhông đạt
            2\tTổng vốn đầu tư toàn xã hội\tTỷ đồng\t12.000\t12.400\tVượt
            """
        let report = Self.audit(text)
        let detail = Self.describe(report)
        let growth = Self.row(report, named: "Tốc độ tăng trưởng kinh tế")
        #expect(growth?.indicator.line.target?.text == "6,5" && growth?.indicator.statedText == "Không đạt",
                "Tốc độ tăng trưởng kinh tế: kế hoạch 6,5, Không đạt\n\(detail)")
        #expect(Self.row(report, named: "Tổng vốn đầu tư toàn xã hội")?.indicator.line.actual?.text == "12.400", "\(detail)")
    }

    /// The row of column numbers under the header ("(1)" … "(6)") names nothing: rows 1–3 read.
    @Test func columnNumbersUnderTheHeaderAreNoRow() {
        let report = RowNumberingTests.columnNumbers.webAudit(.tabbedRows)
        let detail = Self.describe(report)
        #expect(report.tables.flatMap(\.rows).map(\.indicator.code.description) == ["1", "2", "3"], "\(detail)")
        #expect(Self.row(report, named: "Tỷ lệ che phủ rừng")?.indicator.line.actual?.text == "59,5", "Tỷ lệ che phủ rừng: 59,5\n\(detail)")
    }

    // MARK: Split by single spaces (a page-text extractor's copy)

    /// The monthly report as an extractor gives it: cells joined by one space, empty cells gone.
    @Test func aMonthlyReportSplitBySpacesReadsEveryIndicator() {
        let text = """
            Kết quả thực hiện các chỉ tiêu chủ yếu 9 tháng năm 2022

            TT Chỉ tiêu Đơn vị Kế hoạch năm 2022 Ước TH 9 tháng So cùng kỳ (%)
            1 Tốc độ tăng giá trị sản xuất toàn ngành % 2,8-3 2,99 103,1
            2 Kim ngạch xuất khẩu nông lâm thủy sản Tỷ USD 49 40,2 109,2
            3 Tỷ lệ che phủ rừng % 42 42,02 100,1
            4 Tỷ lệ xã đạt chuẩn nông thôn mới % 75 73,1 104,4
            """
        let report = Self.audit(text)
        let detail = Self.describe(report)
        #expect(report.tables.flatMap(\.rows).map(\.indicator.code.description) == ["1", "2", "3", "4"], "\(detail)")
        let exports = Self.row(report, named: "Kim ngạch xuất khẩu nông lâm thủy sản")
        #expect(exports?.indicator.line.target?.text == "49" && exports?.indicator.line.actual?.text == "40,2",
                "Kim ngạch xuất khẩu: kế hoạch 49, ước 40,2\n\(detail)")
        #expect(Self.row(report, named: "Tỷ lệ che phủ rừng")?.indicator.line.actual?.text == "42,02", "Tỷ lệ che phủ rừng: 42,02\n\(detail)")
        #expect(report.errorCount == 0, "\(detail)")
    }

    /// A header one cell a line with blank lines between (as a page's text gives it), then rows
    /// a line split by spaces: the header from its lines, the rows split under its columns.
    @Test func aHeaderOneCellALineOverRowsSplitBySpacesReads() {
        let text = """
            Kết quả thực hiện các chỉ tiêu chủ yếu 5 năm 2011-2015

            TT

            Chỉ tiêu

            Kế hoạch 5 năm 2011-2015

            Ước thực hiện 2011-2015

            Đánh giá

            1 Tốc độ tăng GDP bình quân (%) 6,5-7 5,9 Không đạt

            2 GDP bình quân đầu người (USD) 2.000-2.100 2.100 Đạt

            3 Tỷ lệ hộ nghèo giảm (%/năm) 2 2 Đạt
            """
        let report = Self.audit(text)
        let detail = Self.describe(report)
        let growth = Self.row(report, named: "Tốc độ tăng GDP bình quân (%)")
        #expect(growth?.indicator.line.target?.text == "6,5-7" && growth?.indicator.statedText == "Không đạt",
                "Tốc độ tăng GDP bình quân: kế hoạch 6,5-7, Không đạt\n\(detail)")
        #expect(report.tables.flatMap(\.rows).count == 3 && report.errorCount == 0, "\(detail)")
    }

    /// A row whose cells a split by spaces cannot tell apart stays in the table as a row not
    /// read, counted, never dropped; the rows around it read.
    @Test func aRowTheSpacesCannotSplitIsCountedUnread() {
        let text = """
            TT Chỉ tiêu Đơn vị Kế hoạch năm 2022 Ước TH 9 tháng So cùng kỳ (%)
            1 Tốc độ tăng giá trị sản xuất toàn ngành % 2,8-3 2,99
            2 Sản lượng lương thực năm 2021 Triệu tấn 43 2022 101,2 99,8
            3 Tỷ lệ che phủ rừng % 42 42,02
            """
        let report = Self.audit(text)
        let detail = Self.describe(report)
        let rows = report.tables.flatMap(\.rows)
        #expect(rows.count + report.coverage.rowsUnread == 3, "every row is read or counted unread\n\(detail)")
        // "năm 2021" / "2022": a year the name may end with or a figure — the row is not guessed.
        #expect(!rows.contains { $0.indicator.line.name.hasPrefix("Sản lượng lương thực") }, "Sản lượng lương thực is guessed\n\(detail)")
        #expect(report.findings.contains { $0.kind == .unparsedRow && $0.message.contains("Sản lượng lương thực") }, "\(detail)")
        // The warning says why: the cells could not be told apart, not that the name is missing.
        let warning = report.findings.first { $0.kind == .unparsedRow && $0.message.contains("Sản lượng lương thực") }
        #expect(warning?.message.contains("không tách được thành các ô") == true, "Sản lượng lương thực: \(warning?.message ?? "–")")
        #expect(warning?.message.contains("không có tên chỉ tiêu") == false, "Sản lượng lương thực: \(warning?.message ?? "–")")
    }

    /// A quarter's budget table split by spaces: "quý I/2023" in the header is a period, so the
    /// header is found and both rows read (it read as "0 bảng", nothing counted).
    @Test func aQuartersBudgetSplitBySpacesReads() {
        let text = """
            Thu ngân sách quý I/2023
            TT Chỉ tiêu ĐVT Thực hiện quý I/2023 So dự toán năm (%) So cùng kỳ (%)
            1 Thu nội địa Tỷ đồng 9.877 23,0 81,7
            2 Thu dầu thô Tỷ đồng 8.097 33,9 82,7
            """
        let report = Self.audit(text)
        let detail = Self.describe(report)
        #expect(Self.row(report, named: "Thu nội địa")?.indicator.line.actual?.text == "9.877", "Thu nội địa: 9.877\n\(detail)")
        #expect(Self.row(report, named: "Thu dầu thô")?.indicator.line.actual?.text == "8.097", "Thu dầu thô: 8.097\n\(detail)")
        #expect(report.coverage.rowsUnread == 0 && report.errorCount == 0, "\(detail)")
    }

    /// A table of one row split by spaces (a district's budget total: Thạch Hà 2021) is a table:
    /// it read as "0 bảng", its row neither read nor counted.
    @Test func aTableOfOneRowSplitBySpacesReads() {
        let text = """
            Thu ngân sách năm 2021
            TT Chỉ tiêu ĐVT Kế hoạch năm 2021 Thực hiện năm 2021 Đánh giá
            1 Thu ngân sách trên địa bàn Tỷ đồng 389 743 Vượt
            """
        let report = Self.audit(text)
        let detail = Self.describe(report)
        let budget = Self.row(report, named: "Thu ngân sách trên địa bàn")
        #expect(budget?.indicator.line.target?.text == "389", "Thu ngân sách trên địa bàn: kế hoạch 389\n\(detail)")
        #expect(budget?.indicator.line.actual?.text == "743", "Thu ngân sách trên địa bàn: thực hiện 743\n\(detail)")
        #expect(budget?.indicator.statedText == "Vượt", "Thu ngân sách trên địa bàn: Vượt\n\(detail)")
        #expect(report.errorCount == 0, "\(detail)")
    }

    // MARK: A Markdown table

    /// The same report as a page converted to Markdown gives it (or a wiki, a chat paste): bars
    /// between cells, an alignment line under the header, empty cells between two bars, a bar
    /// inside a cell escaped. It reads as the tab copy does.
    static let monthlyReportAsMarkdown = """
        BÁO CÁO TÌNH HÌNH SẢN XUẤT NÔNG NGHIỆP 9 THÁNG NĂM 2022
        Một số chỉ tiêu chủ yếu của ngành:
        | TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2022 | Ước TH 9 tháng | So cùng kỳ (%) |
        |---|---|---|---:|---:|:---:|
        | 1 | Tốc độ tăng giá trị sản xuất toàn ngành | % | 2,8-3 | 2,99 | |
        | 2 | Kim ngạch xuất khẩu nông lâm thủy sản | Tỷ USD | 49 | 40,2 | 109,2 |
        | | - Trong đó: thủy sản | Tỷ USD | 9 | 8,1 | 125,5 |
        | 3 | Tỷ lệ che phủ rừng | % | 42 | 42,02 | |
        | 4 | Tỷ lệ xã đạt chuẩn nông thôn mới \\| NTM | % | 75 | 73,1 | |
        Nguồn: Bộ Nông nghiệp và Phát triển nông thôn.
        """

    @Test func aMarkdownTableReadsAsItsTabCopy() {
        let report = Self.audit(Self.monthlyReportAsMarkdown, name: "trang-markdown.md")
        let detail = Self.describe(report)
        #expect(report.tables.count == 1, "\(detail)")
        #expect(report.tables.flatMap(\.rows).map(\.indicator.code.description) == ["1", "2", "3", "4"], "\(detail)")
        let forest = Self.row(report, named: "Tỷ lệ che phủ rừng")
        #expect(forest?.indicator.line.target?.text == "42", "Tỷ lệ che phủ rừng: kế hoạch 42\n\(detail)")
        #expect(forest?.indicator.line.actual?.text == "42,02", "Tỷ lệ che phủ rừng: ước 9 tháng 42,02\n\(detail)")
        let exports = Self.row(report, named: "Kim ngạch xuất khẩu nông lâm thủy sản")
        #expect(exports?.indicator.components.map(\.name) == ["thủy sản"], "Kim ngạch xuất khẩu: dòng con thủy sản\n\(detail)")
        #expect(Self.row(report, named: "Tỷ lệ xã đạt chuẩn nông thôn mới | NTM")?.indicator.line.actual?.text == "73,1",
                "Tỷ lệ xã đạt chuẩn nông thôn mới: the escaped bar stays in the name\n\(detail)")
        #expect(report.coverage.rowsUnread == 0 && report.errorCount == 0, "\(detail)")
        // The text around the table stays prose.
        #expect(RowLineTableReader.pipeTableLines([("Tác giả: H.P |", 1), ("Ngày 12/3 | Lượt xem: 120 |", 2)]) == nil)
    }

    // MARK: What is not such a table

    /// A signature block typed with tabs is prose, not a table.
    @Test func prosePutInPlaceWithTabsIsNoTable() {
        let text = """
            Trên đây là báo cáo kết quả thực hiện nhiệm vụ năm 2023 của Ủy ban nhân dân huyện.
            Nơi nhận:\tKT. CHỦ TỊCH
            - Thường trực HĐND huyện;\tPHÓ CHỦ TỊCH
            - Lưu: VT.\tNguyễn Văn An
            """
        #expect(RowLineTableReader.blocks(fromText: text, trimmedLines: []) == nil)
        let document = TextReportReader.read(text: text, name: "chu-ky.txt")
        #expect(!document.blocks.contains { if case .table = $0 { true } else { false } })
    }

    /// A statistics table pasted with tabs, with no plan or target column, has nothing to audit:
    /// it reads no row and says so with `nothing_read`, never a silent "0 lỗi".
    @Test func aStatisticsTableWithNoTargetSaysNothingWasRead() {
        let text = """
            MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU
            Chỉ tiêu\tĐơn vị tính\t2019\t2020\t2021
            Dân số trung bình\tNghìn người\t1.245,3\t1.252,1\t1.260,4
            Tổng sản phẩm trên địa bàn\tTỷ đồng\t45.120\t47.300\t49.880
            Thu ngân sách nhà nước\tTỷ đồng\t5.210\t5.480\t5.930
            """
        let report = Self.audit(text)
        let detail = Self.describe(report)
        #expect(report.tables.flatMap(\.rows).isEmpty, "\(detail)")
        #expect(report.findings.contains { $0.kind == .nothingRead }, "no nothing_read warning\n\(detail)")
        #expect(report.errorCount == 0, "\(detail)")
    }
}
