import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Which column holds the value a target is judged against, decided from the header, the
/// document's date and kind, and the period the plan covers — the same in DOCX, PDF and web text.
/// Each layout is one shape offices type: years under a merged "Thực hiện", a five-year report
/// with a column per year, a report on 9 months whose value column names no period.
struct PeriodColumnTests {
    /// The three ways a report reaches the auditor: the DOCX LibreOffice writes from the layout,
    /// the PDF exported from that DOCX, and the text a browser copies from the same table.
    enum Format: String, CaseIterable, CustomStringConvertible {
        case docx, pdf, web
        var description: String { rawValue }
    }

    static func read(_ layout: WebLayout, as format: Format) throws -> AuditReport {
        switch format {
        case .web:
            return layout.webAudit(.storedPage)
        case .docx:
            return try Auditor().audit(contentsOf: LibreOffice.docx(fromHTML: layout.html, name: layout.name))
        case .pdf:
            let docx = try LibreOffice.docx(fromHTML: layout.html, name: layout.name)
            return try Auditor().audit(contentsOf: LibreOffice.pdf(from: docx))
        }
    }

    static func row(_ report: AuditReport, _ code: String) -> AuditedRow? {
        report.tables.lazy.flatMap(\.rows).first { $0.indicator.code.description == code }
    }

    static func errors(_ report: AuditReport) -> [String] {
        report.findings.filter { $0.severity == .error }.map(\.message)
    }

    static let intro = "Năm 2020, trong bối cảnh dịch bệnh Covid-19, tỉnh đã triển khai đồng bộ các giải pháp phát triển kinh tế - xã hội và đạt được nhiều kết quả quan trọng."

    // MARK: Years under a merged header

    /// "Thực hiện" over "2019 | 2020" and "Kế hoạch" over "2020 | 2025": the row of years is the
    /// header's second row, each year joined to the words above it ("Thực hiện 2020").
    static let yearsUnderMergedHeader = WebLayout(
        name: "nam-duoi-tieu-de-gop",
        before: ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2020", intro],
        rows: [
            ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện", "<", "Kế hoạch", "<", "Đánh giá"],
            ["^", "^", "^", "2019", "2020", "2020", "2025", "^"],
            ["1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "6,8", "7,2", "7,0", "7,5", "Vượt"],
            ["2", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "3.950", "4.120", "4.300", "6.000", "Không đạt"],
            ["3", "Tỷ lệ che phủ rừng", "%", "63,1", "63,5", "63,5", "65", "Đạt"],
        ],
        headerRows: 2)

    @Test(arguments: Format.allCases)
    func yearsUnderAMergedHeaderAreJoinedToIt(_ format: Format) throws {
        let report = try Self.read(Self.yearsUnderMergedHeader, as: format)
        let expected = [("1", "7,0", "7,2", "Vượt"), ("2", "4.300", "4.120", "Không đạt"), ("3", "63,5", "63,5", "Đạt")]
        for (code, target, actual, stated) in expected {
            let row = try #require(Self.row(report, code), "\(format): hàng \(code) không được đọc")
            let name = row.indicator.line.name
            #expect(row.indicator.line.target?.text == target, "\(format): \(name): kế hoạch năm 2020")
            #expect(row.indicator.line.actual?.text == actual, "\(format): \(name): thực hiện năm 2020, không phải 2019")
            #expect(row.indicator.statedText == stated, "\(format): \(name)")
            #expect(row.consistent, "\(format): \(name)")
        }
        #expect(Self.errors(report).isEmpty, "\(format): \(Self.errors(report))")
    }

    @Test func theJoinedHeaderNamesTheYearAfterItsWords() throws {
        let report = try Self.read(Self.yearsUnderMergedHeader, as: .docx)
        let table = try #require(report.tables.first).table
        #expect(table.columns.contains("Thực hiện 2020"), "\(table.columns)")
        #expect(table.columns[table.roles.firstIndex(of: .actual) ?? 0] == "Thực hiện 2020")
        #expect(table.columns[table.roles.firstIndex(of: .target) ?? 0] == "Kế hoạch 2020")
        #expect(table.period == "2020")
    }

    /// A row of figures under a header is the body, even when its figures look like years.
    @Test func aPeriodIsWrittenAsYearsOnly() {
        for header in ["2020", "2011-2015", "Năm 2020", "Sơ bộ 2023", "Giai đoạn 2016 - 2020"] {
            #expect(TableInterpreter.isPeriod(header), "“\(header)” là tiêu đề kỳ")
        }
        for cell in ["2.020", "2020,5", "6 tháng 2020", "Thực hiện 2020", "7,5"] {
            #expect(!TableInterpreter.isPeriod(cell), "“\(cell)” không chỉ là kỳ")
        }
    }

    // MARK: A plan for several years

    static let fiveYearTitle = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2011-2015"

    static func fiveYear(lastColumn: String, _ rows: [[String]], withPeriodColumn: Bool = true) -> WebLayout {
        let header = ["TT", "Chỉ tiêu", "Đơn vị", "KH 5 năm 2011-2015", "TH 2011", "TH 2012", "TH 2013", "TH 2014", "Ước TH 2015"]
            + (withPeriodColumn ? [lastColumn] : []) + ["Đánh giá"]
        return WebLayout(name: "ke-hoach-5-nam", before: [fiveYearTitle, intro], rows: [header] + rows)
    }

    /// "Ước TH 5 năm 2011-2015" is the period's value, not "Ước TH 2015", the last year's.
    @Test(arguments: Format.allCases)
    func aFiveYearPlanIsJudgedOnTheFiveYearsFigure(_ format: Format) throws {
        let layout = Self.fiveYear(lastColumn: "Ước TH 5 năm 2011-2015", [
            ["1", "Tốc độ tăng tổng sản phẩm trong nước (GDP) bình quân", "%", "6,5 - 7", "6,24", "5,25", "5,42", "5,98", "6,5", "5,9", "Không đạt"],
            ["2", "Tỷ lệ hộ nghèo giảm bình quân mỗi năm", "%", "2", "2,5", "2,0", "1,8", "1,8", "2,0", "2,0", "Đạt"],
        ])
        let report = try Self.read(layout, as: format)
        let growth = try #require(Self.row(report, "1"), "\(format): tốc độ tăng GDP không được đọc")
        #expect(growth.indicator.line.actual?.text == "5,9", "\(format): tốc độ tăng GDP: số cả giai đoạn, không phải năm 2015")
        #expect(growth.computed == .missed, "\(format): tốc độ tăng GDP")
        #expect(growth.consistent, "\(format): tốc độ tăng GDP")
        let poverty = try #require(Self.row(report, "2"), "\(format): tỷ lệ hộ nghèo không được đọc")
        #expect(poverty.indicator.line.actual?.text == "2,0", "\(format): tỷ lệ hộ nghèo")
        #expect(report.findings.contains { $0.kind == .ambiguousColumn && $0.message.contains("giai đoạn 2011-2015") },
                "\(format): the choice of the period's column is explained")
        #expect(Self.errors(report).isEmpty, "\(format): \(Self.errors(report))")
    }

    /// Eleven columns on a portrait page: the year cells are so narrow that "2011" prints as
    /// "201" over "1". The PDF still reads as its DOCX: the table found, every row's target and
    /// five-year value, no figure taken for a malformed one.
    @Test func aWideTablesPdfReadsAsItsDocx() throws {
        let layout = WebLayout(name: "bang-rong", before: [Self.fiveYearTitle, Self.intro], rows: [
            ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch 5 năm 2011-2015", "Thực hiện", "<", "<", "<", "<", "Ước thực hiện 5 năm 2011-2015", "Đánh giá"],
            ["^", "^", "^", "^", "2011", "2012", "2013", "2014", "2015", "^", "^"],
            ["1", "Tốc độ tăng tổng sản phẩm trong nước (GDP) bình quân", "%", "6,5 - 7", "6,24", "5,25", "5,42", "5,98", "6,68", "5,91", "Không đạt"],
            ["2", "Tổng vốn đầu tư toàn xã hội so với GDP", "%", "33,5 - 35", "34,6", "33,5", "30,4", "31,0", "32,6", "32,6", "Không đạt"],
            ["3", "Tỷ lệ hộ nghèo giảm bình quân mỗi năm", "%", "2", "2,0", "2,3", "1,8", "2,0", "1,6", "2,0", "Đạt"],
            ["4", "Tỷ lệ lao động qua đào tạo", "%", "55", "40", "44", "49", "52", "51,6", "51,6", "Không đạt"],
            ["5", "Tỷ lệ che phủ rừng", "%", "42 - 43", "39,7", "40,2", "40,7", "41,0", "41,5", "41,5", "Không đạt"],
        ], headerRows: 2)
        // The page's width shared out among the columns, as Word does: left to size themselves,
        // they run past the page's edge and the PDF cuts the last column off.
        let html = layout.html.replacingOccurrences(of: "<table border=\"1\">", with: "<table border=\"1\" cellspacing=\"0\" width=\"100%\">")
        let file = try LibreOffice.docx(fromHTML: html, name: layout.name)
        let docx = try Auditor().audit(contentsOf: file), pdf = try Auditor().audit(contentsOf: LibreOffice.pdf(from: file))
        #expect(RowReading.lines(docx).count == 5, "\(RowReading.lines(docx))")
        #expect(RowReading.lines(pdf) == RowReading.lines(docx))
        #expect(pdf.coverage.tables == 1 && pdf.coverage.rowsUnread == 0, "\(pdf.coverage)")
        for code in ["1", "2", "3", "4", "5"] {
            let row = try #require(Self.row(pdf, code), "pdf: hàng \(code)")
            #expect(row.consistent, "pdf: \(row.indicator.line.name)")
        }
        #expect(Self.errors(pdf).isEmpty, "pdf: \(Self.errors(pdf))")
    }

    /// A rate's average over the period ("Bình quân 2011-2015") is its value for the period.
    @Test func theAverageOverThePeriodIsItsValue() throws {
        let report = SmallTable.audit(title: Self.fiveYearTitle, [
            ["TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu NQ ĐH 2011-2015", "2011", "2012", "2013", "2014", "Ước TH 2015", "Bình quân 2011-2015"],
            ["1", "Tốc độ tăng trưởng GRDP", "%", "8 - 8,5", "8,1", "7,9", "8,3", "8,6", "8,8", "8,3"],
        ])
        let line = try #require(Self.row(report, "1")).indicator.line
        #expect(line.actual?.text == "8,3", "tốc độ tăng trưởng GRDP: bình quân 2011-2015, không phải năm 2015")
        #expect(line.target?.text == "8 - 8,5")
    }

    /// A title naming two plans gives the first one's span, not one across both.
    @Test func aTitleOfTwoPlansGivesTheFirstSpan() {
        #expect(ColumnAssignment.firstSpan(in: "BÁO CÁO KẾT QUẢ 5 NĂM 2011-2015 VÀ KẾ HOẠCH 5 NĂM 2016-2020") == 2011...2015)
        #expect(ColumnAssignment.firstSpan(in: "Kết quả giai đoạn 2016 - 2020") == 2016...2020)
        #expect(ColumnAssignment.firstSpan(in: "Kết quả năm 2020 và kế hoạch năm 2021") == nil)
    }

    /// The resolution's target names no year ("Mục tiêu NQ ĐH"), the document's title names the
    /// five years, the years stand under a merged "Thực hiện" and the average says "5 năm" only.
    // Web text is left out here: its grid reader places this header (a cell merged over five
    // years, two merged down after it) one column off; see the note to the web-text reader.
    @Test(arguments: [Format.docx, .pdf])
    func theResolutionsTargetIsJudgedOnTheAverageOfItsFiveYears(_ format: Format) throws {
        let layout = WebLayout(name: "muc-tieu-dai-hoi", before: [Self.fiveYearTitle, Self.intro, "Biểu: Các chỉ tiêu chủ yếu"], rows: [
            ["TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu NQ ĐH", "Thực hiện", "<", "<", "<", "<", "Bình quân 5 năm", "Đánh giá"],
            ["^", "^", "^", "^", "2011", "2012", "2013", "2014", "2015", "^", "^"],
            ["1", "Tốc độ tăng trưởng GRDP", "%", "8 - 8,5", "8,1", "7,9", "8,3", "8,6", "8,8", "8,3", "Đạt"],
            ["2", "Tốc độ tăng thu ngân sách", "%", "12", "10,5", "11,2", "9,8", "12,4", "13,0", "11,4", "Không đạt"],
        ], headerRows: 2)
        let report = try Self.read(layout, as: format)
        for (code, target, actual) in [("1", "8 - 8,5", "8,3"), ("2", "12", "11,4")] {
            let row = try #require(Self.row(report, code), "\(format): hàng \(code) không được đọc")
            let name = row.indicator.line.name
            #expect(row.indicator.line.target?.text == target, "\(format): \(name): mục tiêu nghị quyết")
            #expect(row.indicator.line.actual?.text == actual, "\(format): \(name): bình quân 5 năm, không phải năm 2015")
            #expect(row.consistent, "\(format): \(name)")
        }
        #expect(Self.errors(report).isEmpty, "\(format): \(Self.errors(report))")
    }

    /// Year by year only, no figure for the whole period: which one stands for the period (an
    /// average, the last year) is not said. The targets are read, the values reported as not
    /// placed, nothing judged and nothing called missing.
    @Test(arguments: Format.allCases)
    func yearByYearFiguresAloneAreNotGuessedIntoAPeriodsValue(_ format: Format) throws {
        let layout = Self.fiveYear(lastColumn: "", [
            ["1", "Tốc độ tăng tổng sản phẩm trong nước (GDP) bình quân", "%", "6,5 - 7", "6,24", "5,25", "5,42", "5,98", "6,5", "Không đạt"],
            ["2", "Tỷ lệ che phủ rừng đến năm 2015", "%", "42 - 43", "39,7", "40,2", "40,7", "41,0", "42,0", "Đạt"],
        ], withPeriodColumn: false)
        let report = try Self.read(layout, as: format)
        let growth = try #require(Self.row(report, "1"), "\(format): tốc độ tăng GDP không được đọc")
        #expect(growth.indicator.line.target?.text == "6,5 - 7", "\(format): tốc độ tăng GDP: kế hoạch vẫn đọc")
        #expect(growth.indicator.line.actual == nil, "\(format): tốc độ tăng GDP: không đoán số của cả giai đoạn")
        #expect(report.coverage.numbersUnplaced >= 2, "\(format): số năm 2015 được báo là chưa đặt")
        #expect(report.findings.contains { $0.kind == .ambiguousColumn && $0.message.contains("chỉ đọc kế hoạch") }, "\(format)")
        #expect(report.tables.first?.table.targetsOnly == true, "\(format): bảng chỉ đọc kế hoạch, không có gì “thiếu số liệu”")
        #expect(Self.errors(report).isEmpty, "\(format): \(Self.errors(report))")
    }

    /// An annual report listing several years: the value is the target's year, and the choice
    /// over the five-year estimate beside it is explained.
    @Test func anAnnualPlanTakesItsOwnYearAmongSeveral() throws {
        let report = SmallTable.audit(title: "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2020", [
            ["TT", "Chỉ tiêu", "ĐVT", "TH 2019", "KH 2020", "Ước TH 2020", "Ước TH 5 năm 2016-2020", "Đánh giá"],
            ["1", "Thu ngân sách nhà nước", "Tỷ đồng", "3.950", "4.300", "4.410", "19.800", "Vượt"],
        ])
        let row = try #require(Self.row(report, "1"))
        #expect(row.indicator.line.actual?.text == "4.410", "thu ngân sách: số năm 2020")
        #expect(row.consistent, "thu ngân sách")
        #expect(report.findings.contains { $0.kind == .ambiguousColumn && $0.message.contains("năm 2020") })
    }

    /// Statistics by year with no plan ("ĐVT | 2018 | … | Sơ bộ 2023"): nothing is judged, and
    /// the DOCX and the PDF say alike what was not read; the years of the header are no figures.
    @Test func aStatisticsTableByYearIsReportedUnreadAlikeInDocxAndPdf() throws {
        let layout = WebLayout(name: "so-lieu-theo-nam", before: ["Các chỉ tiêu kinh tế xã hội chủ yếu"], rows: [
            ["", "ĐVT", "2018", "2019", "2020", "2021", "2022", "Sơ bộ 2023"],
            ["Dân số trung bình", "Người", "629734", "633440", "637386", "647790", "649708", "654198"],
            ["Tỷ lệ tăng tự nhiên dân số", "%", "7,55", "8,52", "9,55", "8,22", "7,19", "7,42"],
            ["GRDP bình quân đầu người", "Triệu đồng", "45,5", "50,3", "52,8", "56,5", "62,7", "71"],
        ])
        let docx = try Self.read(layout, as: .docx), pdf = try Self.read(layout, as: .pdf)
        for (format, report) in [("docx", docx), ("pdf", pdf)] {
            #expect(report.tables.flatMap(\.rows).isEmpty, "\(format): không có hàng nào được đánh giá")
            #expect(report.coverage.rowsUnread == 3 && report.coverage.numbersUnplaced == 18, "\(format): \(report.coverage)")
            #expect(Self.errors(report).isEmpty, "\(format)")
        }
    }

    // MARK: The document's kind

    /// A 9-month report whose value column says only "Thực hiện": its figures are 9 months', shown
    /// beside the year's target, not judged — a 9-month figure below the year's plan is no miss.
    @Test(arguments: Format.allCases)
    func aNineMonthReportsValuesAreShownNotJudged(_ format: Format) throws {
        let layout = WebLayout(name: "bao-cao-9-thang", before: [
            "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI 9 THÁNG ĐẦU NĂM 2022", Self.intro,
        ], rows: [
            ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2022", "Thực hiện", "Đánh giá"],
            ["1", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "4.300", "3.120", "Đạt"],
            ["2", "Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", "32.000", "21.500", "Đạt"],
        ])
        let report = try Self.read(layout, as: format)
        let table = try #require(report.tables.first, "\(format): bảng không được tìm thấy")
        #expect(table.table.valuesForPartOfYear == "9 tháng đầu năm", "\(format)")
        for code in ["1", "2"] {
            let row = try #require(Self.row(report, code), "\(format): hàng \(code)")
            #expect(row.computed == .noData, "\(format): \(row.indicator.line.name): số 9 tháng không đánh giá")
            #expect(row.indicator.line.actual != nil, "\(format): \(row.indicator.line.name): số vẫn được hiện")
        }
        #expect(report.findings.contains { $0.kind == .ambiguousColumn && $0.message.contains("9 tháng") }, "\(format)")
        #expect(Self.errors(report).isEmpty, "\(format): \(Self.errors(report))")
    }

    /// Signed in July of the plan's year, a "Thực hiện" column holds the months gone by.
    @Test func aReportSignedMidYearHoldsPartOfTheYear() throws {
        let document = SourceDocument(name: "giua-nam.txt", blocks: [
            .paragraph(Paragraph(text: "UBND HUYỆN HƯƠNG SƠN", location: SourceLocation(line: 1))),
            .paragraph(Paragraph(text: "Hương Sơn, ngày 15 tháng 7 năm 2022", location: SourceLocation(line: 2))),
            .table(Self.raw([
                ["TT", "Chỉ tiêu", "Kế hoạch năm 2022", "Ước TH", "Đánh giá"],
                ["1", "Tổng diện tích gieo trồng (ha)", "25.000", "18.650", "Đạt"],
            ])),
        ])
        let report = Auditor().audit(document)
        let row = try #require(Self.row(report, "1"))
        #expect(row.computed == .noData, "tổng diện tích gieo trồng: số giữa năm không đánh giá")
        #expect(report.findings.contains { $0.kind == .ambiguousColumn && $0.message.contains("tháng 7 năm 2022") })
        #expect(Self.errors(report).isEmpty)
    }

    /// The date of an act the report cites is not the report's: a year-end report citing a
    /// resolution of July is judged.
    @Test func aCitedActsDateDoesNotMakeTheValuesMidYear() throws {
        let document = SourceDocument(name: "can-cu.txt", blocks: [
            .paragraph(Paragraph(text: "Căn cứ Nghị quyết số 25/NQ-HĐND ngày 8 tháng 7 năm 2022 của Hội đồng nhân dân huyện về kế hoạch phát triển kinh tế - xã hội năm 2022, Ủy ban nhân dân huyện báo cáo kết quả thực hiện như sau:", location: SourceLocation(line: 1))),
            .table(Self.raw([
                ["TT", "Chỉ tiêu", "Kế hoạch năm 2022", "Thực hiện", "Đánh giá"],
                ["1", "Tổng diện tích gieo trồng (ha)", "25.000", "25.400", "Vượt"],
            ])),
        ])
        let report = Auditor().audit(document)
        #expect(try #require(Self.row(report, "1")).computed == .exceeded, "tổng diện tích gieo trồng")
    }

    /// A year's report may hold a table of its first half: the table's own title says so.
    @Test func aTableTitledForTheFirstHalfHoldsTheFirstHalf() throws {
        let document = SourceDocument(name: "bieu-6-thang.txt", blocks: [
            .paragraph(Paragraph(text: Self.intro, location: SourceLocation(line: 1))),
            .paragraph(Paragraph(text: "Biểu 02: Kết quả thực hiện một số chỉ tiêu 6 tháng đầu năm 2023", location: SourceLocation(line: 2))),
            .table(Self.raw([
                ["TT", "Chỉ tiêu", "Kế hoạch năm 2023", "Thực hiện", "Đánh giá"],
                ["1", "Thu ngân sách nhà nước (tỷ đồng)", "1.200", "640", "Đạt"],
            ])),
        ])
        let report = Auditor().audit(document)
        let row = try #require(Self.row(report, "1"))
        #expect(row.computed == .noData, "thu ngân sách: số 6 tháng không đánh giá so với kế hoạch năm")
        #expect(report.tables.first?.table.valuesForPartOfYear == "6 tháng đầu năm")
        #expect(Self.errors(report).isEmpty)
    }

    /// The same table in a report signed after the year ended is judged: the rule reads the
    /// document, it does not stop judging "Thực hiện".
    @Test func aReportSignedAfterTheYearIsJudged() throws {
        let document = SourceDocument(name: "cuoi-nam.txt", blocks: [
            .paragraph(Paragraph(text: "UBND HUYỆN HƯƠNG SƠN", location: SourceLocation(line: 1))),
            .paragraph(Paragraph(text: "Hương Sơn, ngày 10 tháng 1 năm 2023", location: SourceLocation(line: 2))),
            .table(Self.raw([
                ["TT", "Chỉ tiêu", "Kế hoạch năm 2022", "Thực hiện", "Đánh giá"],
                ["1", "Tổng diện tích gieo trồng (ha)", "25.000", "25.400", "Vượt"],
            ])),
        ])
        let report = Auditor().audit(document)
        let row = try #require(Self.row(report, "1"))
        #expect(row.computed == .exceeded, "tổng diện tích gieo trồng")
        #expect(report.tables.first?.table.valuesForPartOfYear == nil)
    }

    static func raw(_ rows: [[String]]) -> RawTable {
        RawTable(rows: rows.enumerated().map { index, row in
            row.enumerated().map { column, text in
                TableCell(text: text, location: SourceLocation(line: index + 3, table: 1, row: index + 1, cell: column + 1))
            }
        }, location: SourceLocation(line: 3, table: 1))
    }

    // MARK: Several issuers' targets

    /// "Quốc hội giao" and "Chính phủ phấn đấu" are both kept, each with its issuer, in every format.
    @Test(arguments: Format.allCases)
    func everyIssuersTargetIsKept(_ format: Format) throws {
        let layout = WebLayout(name: "hai-cap-giao", before: ["BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2023", Self.intro], rows: [
            ["STT", "Chỉ tiêu", "Đơn vị", "Quốc hội giao", "Chính phủ phấn đấu", "Ước thực hiện năm 2023", "Đánh giá"],
            ["1", "Tốc độ tăng tổng sản phẩm trong nước (GDP)", "%", "6,5", "6,5 - 7", "5,05", "Không đạt"],
            ["2", "GDP bình quân đầu người", "USD", "4.400", "4.500", "4.284", "Không đạt"],
        ])
        let report = try Self.read(layout, as: format)
        for code in ["1", "2"] {
            let line = try #require(Self.row(report, code), "\(format): hàng \(code)").indicator.line
            #expect(line.targets.count == 2, "\(format): \(line.name): \(line.targets.map(\.issuer))")
            #expect(Set(line.targets.map(\.issuer)).count == 2, "\(format): \(line.name): mỗi cấp giao một kế hoạch")
            #expect(line.targets.first { $0.governing }?.figure.text == line.target?.text, "\(format): \(line.name)")
        }
        #expect(Self.errors(report).isEmpty, "\(format): \(Self.errors(report))")
    }
}
