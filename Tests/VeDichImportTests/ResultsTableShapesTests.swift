import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Results tables over several years, as national and provincial reports lay them out: a plan's
/// target for the whole period, a column per year, the period's figure, an earlier period's
/// figure, and a column of verdicts under whatever header the office chose. Each layout is read
/// as its DOCX, the PDF exported from it and its web copy; the expected reading of every row
/// (target, the period's value, the stated verdict) was written by hand from the layout before
/// the reader ran. The figures are those the cited pages give; where a page gives the period's
/// figure only in prose, the year-by-year cells around it were typed for the shape.
struct ResultsTableShapesTests {
    typealias Format = PeriodColumnTests.Format

    struct Expected {
        var code: String
        var target: String
        /// The period's value; nil where the table gives none the plan can be judged on.
        var actual: String?
        var stated: String?
        var verdict: Verdict?
    }

    static func check(_ layout: WebLayout, _ expected: [Expected], as format: Format,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let report = try read(layout, as: format)
        for row in expected {
            let lookedUp = PeriodColumnTests.row(report, row.code)
            let found = try #require(lookedUp, "\(format): \(layout.name): hàng \(row.code) không được đọc", sourceLocation: sourceLocation)
            let line = found.indicator.line, name = line.name
            #expect(line.target?.text == row.target, "\(format): \(name): kế hoạch", sourceLocation: sourceLocation)
            #expect(line.actual?.text == row.actual, "\(format): \(name): số của cả kỳ", sourceLocation: sourceLocation)
            #expect(found.indicator.statedText == row.stated, "\(format): \(name): đánh giá ghi trong bảng", sourceLocation: sourceLocation)
            #expect(found.indicator.stated == row.verdict, "\(format): \(name): đánh giá đọc ra", sourceLocation: sourceLocation)
        }
        let errors = PeriodColumnTests.errors(report)
        #expect(errors.isEmpty, "\(format): \(layout.name): \(errors)", sourceLocation: sourceLocation)
    }

    /// As `PeriodColumnTests.read`, the table as wide as the page, as Word lays out a table of
    /// ten columns: left to size themselves they run past the page's edge and the PDF cuts the
    /// last column's words ("Khô đạt").
    static func read(_ layout: WebLayout, as format: Format) throws -> AuditReport {
        guard format != .web else { return try PeriodColumnTests.read(layout, as: format) }
        let html = layout.html.replacingOccurrences(of: "<table border=\"1\">", with: "<table border=\"1\" cellspacing=\"0\" width=\"100%\">")
        let docx = try LibreOffice.docx(fromHTML: html, name: layout.name)
        return try Auditor().audit(contentsOf: format == .docx ? docx : LibreOffice.pdf(from: docx))
    }

    static func explains(_ layout: WebLayout, as format: Format, _ words: String) throws -> Bool {
        try read(layout, as: format).findings.contains { $0.kind == .ambiguousColumn && $0.message.contains(words) }
    }

    // MARK: A resolution's number in the target's header

    // https://www.scribd.com/document/531754769/Bao-cao-danh-gia-5-nam-2016-2020-va-Kh-5-nam-2021-2025
    // (the national report on 2016-2020; the target column names the Quốc hội's resolution)
    static func nationalFiveYears(title: String) -> WebLayout {
        WebLayout(name: "quoc-gia-5-nam-2016-2020", before: [title, PeriodColumnTests.intro], rows: [
            ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch 5 năm (Nghị quyết số 142/2016/QH13)", "Thực hiện 2016", "Thực hiện 2017",
             "Thực hiện 2018", "Thực hiện 2019", "Ước 2020", "Ước TH 5 năm", "Đánh giá"],
            ["1", "Tốc độ tăng tổng sản phẩm trong nước (GDP) bình quân", "%", "6,5 - 7", "6,21", "6,81", "7,08", "7,02", "2,91", "5,99", "Không đạt"],
            ["2", "Tỷ lệ thất nghiệp ở khu vực thành thị", "%", "Dưới 4", "3,18", "3,18", "3,10", "3,11", "3,89", "3,89", "Đạt"],
            ["3", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "Trên 80", "81,9", "86,4", "88,5", "90,0", "90,7", "90,7", "Vượt"],
            ["4", "Tỷ lệ che phủ rừng", "%", "42", "41,19", "41,45", "41,65", "41,89", "42", "42", "Đạt"],
        ])
    }

    static let nationalExpected = [
        Expected(code: "1", target: "6,5 - 7", actual: "5,99", stated: "Không đạt", verdict: .missed),
        Expected(code: "2", target: "Dưới 4", actual: "3,89", stated: "Đạt", verdict: .met),
        Expected(code: "3", target: "Trên 80", actual: "90,7", stated: "Vượt", verdict: .exceeded),
        Expected(code: "4", target: "42", actual: "42", stated: "Đạt", verdict: .met),
    ]

    /// "Nghị quyết số 142/2016/QH13" names when the plan was passed, not a year it is for: the
    /// plan is the five years' and is judged on "Ước TH 5 năm", never on "Thực hiện 2016".
    @Test(arguments: Format.allCases)
    func aResolutionsNumberIsNotThePlansYear(_ format: Format) throws {
        let layout = Self.nationalFiveYears(title: "BÁO CÁO ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2016 – 2020")
        try Self.check(layout, Self.nationalExpected, as: format)
    }

    /// No title names the years: "Ước TH 5 năm" beside year columns up to "Ước 2020" is the five
    /// years 2016-2020, the plan's period, and the reader says why it took that column.
    @Test(arguments: Format.allCases)
    func theFiveYearsAreTheYearColumnsUpToTheLatest(_ format: Format) throws {
        let layout = Self.nationalFiveYears(title: "Kết quả thực hiện các chỉ tiêu chủ yếu")
        try Self.check(layout, Self.nationalExpected, as: format)
        // The PDF's header is left out: its cells wrapped over two lines ("Kế hoạch 5 năm (Nghị
        // quyết số" over "142/2016/QH13)") are read as a header and a row, not joined.
        if format != .pdf {
            #expect(try Self.explains(layout, as: format, "giai đoạn 2016-2020"), "\(format): the choice of the period's column is explained")
        }
    }

    @Test func aYearInAnActsNumberIsNoYear() {
        #expect(Years.in("Kế hoạch 5 năm (Nghị quyết số 142/2016/QH13)").isEmpty)
        #expect(Years.in("NQ 23/2015/NQ-HĐND").isEmpty)
        #expect(Years.in("ngày 20/10/2015") == [2015], "a date's year stays one")
        #expect(Years.in("Năm học 2019/2020") == [2019, 2020])
    }

    // MARK: A party congress's targets and a verdict column headed "Kết quả so với mục tiêu"

    // http://baoapbac.vn/chinh-tri/202010/nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-tien-giang-lan-thu-xi-911161/
    // ("thu ngân sách Nhà nước trên địa bàn 45.799/36.875 tỷ đồng; tỷ lệ xã đạt chuẩn nông thôn
    // mới 83,2%/50% tổng số xã; phát triển đảng viên mới 8.793/6.500 đảng viên")
    static let partyCongress = WebLayout(name: "dai-hoi-nhiem-ky-2015-2020", before: [
        "BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA X TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH LẦN THỨ XI",
        PeriodColumnTests.intro, "Kết quả thực hiện các chỉ tiêu chủ yếu nhiệm kỳ 2015 - 2020",
    ], rows: [
        ["TT", "Chỉ tiêu", "Đơn vị", "Chỉ tiêu nhiệm kỳ 2015 - 2020", "Ước thực hiện 2015 - 2020", "Kết quả so với mục tiêu"],
        ["1", "Tổng thu ngân sách nhà nước trên địa bàn (5 năm)", "Tỷ đồng", "36.875", "45.799", "Vượt"],
        ["2", "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "50", "83,2", "Vượt"],
        ["3", "Phát triển đảng viên mới (5 năm)", "Đảng viên", "6.500", "8.793", "Vượt"],
    ])

    /// "Chỉ tiêu nhiệm kỳ 2015 - 2020" beside the indicators' "Chỉ tiêu" is the targets' column;
    /// "Kết quả so với mục tiêu" holding "Vượt" is where the verdicts are, not a comparison.
    @Test(arguments: Format.allCases)
    func aCongresssTargetsAndVerdictsUnderTheirOwnHeaders(_ format: Format) throws {
        try Self.check(Self.partyCongress, [
            Expected(code: "1", target: "36.875", actual: "45.799", stated: "Vượt", verdict: .exceeded),
            Expected(code: "2", target: "50", actual: "83,2", stated: "Vượt", verdict: .exceeded),
            Expected(code: "3", target: "6.500", actual: "8.793", stated: "Vượt", verdict: .exceeded),
        ], as: format)
    }

    // MARK: An earlier period beside the plan's

    // http://phuyen.vietccr.vn/tong-quan/thong-tin-kinh-te-xa-hoi.html ("giai đoạn 2007 - 2010,
    // tốc độ tăng GDP bình quân đạt 12.5%/năm, GDP bình quân đầu người … 15,8 triệu đồng/người năm
    // 2010. Tỉ lệ huy động GDP vào ngân sách nhà nước tăng bình quân 18,04%/năm"); the earlier
    // period's figures and the targets were typed for the shape.
    static let earlierPeriod = WebLayout(name: "ky-truoc-2001-2005", before: [
        "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2006 - 2010", PeriodColumnTests.intro,
    ], rows: [
        ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 2001 - 2005", "Kế hoạch 2006 - 2010", "Ước TH giai đoạn 2006 - 2010", "Kết quả thực hiện"],
        ["1", "Tốc độ tăng GDP bình quân", "%/năm", "10,4", "13 - 14", "12,5", "Không hoàn thành"],
        ["2", "GDP bình quân đầu người năm cuối kỳ", "Triệu đồng", "8,8", "15", "15,8", "Hoàn thành"],
        ["3", "Tỷ lệ huy động GDP vào ngân sách tăng bình quân", "%/năm", "15,2", "18", "18,04", "Cơ bản hoàn thành"],
    ])

    /// "Thực hiện 2001 - 2005" is what the earlier plan reached, never this plan's value; the
    /// verdicts stand under "Kết quả thực hiện", which holds words, not figures.
    // Web text is left out: "Kết quả thực hiện" heads the value column in most tables, and a web
    // copy places its cells by the header's words; only the grid shows the column holds words.
    @Test(arguments: [Format.docx, .pdf])
    func anEarlierPeriodIsNeverTheValue(_ format: Format) throws {
        try Self.check(Self.earlierPeriod, [
            Expected(code: "1", target: "13 - 14", actual: "12,5", stated: "Không hoàn thành", verdict: .missed),
            Expected(code: "2", target: "15", actual: "15,8", stated: "Hoàn thành", verdict: .met),
            Expected(code: "3", target: "18", actual: "18,04", stated: "Cơ bản hoàn thành", verdict: .met),
        ], as: format)
    }

    /// A row numbering the columns under the header ("(1)" … "(7)", as many reports print it) is
    /// no row of figures: "(7)" under "Kết quả thực hiện" must not make the verdict words read as
    /// a value column.
    @Test(arguments: [Format.docx, .web])
    func verdictsStayVerdictsUnderAColumnNumberingRow(_ format: Format) throws {
        var layout = Self.earlierPeriod
        layout.name = "ky-truoc-danh-so-cot"
        layout.rows.insert(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"], at: 1)
        try Self.check(layout, [
            Expected(code: "1", target: "13 - 14", actual: "12,5", stated: "Không hoàn thành", verdict: .missed),
            Expected(code: "2", target: "15", actual: "15,8", stated: "Hoàn thành", verdict: .met),
            Expected(code: "3", target: "18", actual: "18,04", stated: "Cơ bản hoàn thành", verdict: .met),
        ], as: format)
    }

    // MARK: Year columns with no "Thực hiện", the average, then the resolution's target

    // http://luongson.hoabinh.gov.vn/tia-ng-anh/ba-o-ca-o-tha-ng-ka/3088-ka-t-qua-tha-c-hia-n-ca-c-cha-tia-u-kinh-ta-xa-ha-i-giai-oa-n-2016-2020
    // ("tốc độ tăng trưởng … 13,86"; "02 chỉ tiêu không đạt … tỷ lệ hộ nghèo giảm bình quân hàng
    // năm và Tỷ lệ che phủ rừng"); the years' figures were typed for the shape.
    static let yearsThenAverage = WebLayout(name: "tung-nam-binh-quan-muc-tieu", before: [
        "Kết quả thực hiện các chỉ tiêu kinh tế - xã hội chủ yếu", PeriodColumnTests.intro,
    ], rows: [
        ["TT", "Chỉ tiêu", "ĐVT", "2016", "2017", "2018", "2019", "Ước 2020", "Bình quân 5 năm", "Mục tiêu NQ", "Mức độ hoàn thành"],
        ["1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "12,5", "13,2", "14,1", "14,6", "14,9", "13,86", "12 - 13", "Vượt"],
        ["2", "Tỷ lệ hộ nghèo giảm bình quân hàng năm", "%", "2,1", "1,9", "1,6", "1,4", "1,2", "1,64", "2", "Không đạt"],
        ["3", "Tổng vốn đầu tư toàn xã hội so với GRDP", "%", "34,1", "35,2", "35,8", "35,0", "34,9", "35", "35", "Đạt"],
    ])

    /// "Bình quân 5 năm" is the five years' figure the resolution's target is judged on, not
    /// "Ước 2020"; the year columns are the path to it.
    @Test(arguments: Format.allCases)
    func theAverageOfTheYearsIsJudgedAgainstTheResolution(_ format: Format) throws {
        try Self.check(Self.yearsThenAverage, [
            Expected(code: "1", target: "12 - 13", actual: "13,86", stated: "Vượt", verdict: .exceeded),
            Expected(code: "2", target: "2", actual: "1,64", stated: "Không đạt", verdict: .missed),
            Expected(code: "3", target: "35", actual: "35", stated: "Đạt", verdict: .met),
        ], as: format)
    }

    // MARK: Half-way through the plan

    // https://baonghean.vn/nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-nghe-an-khoa-xx-nhiem-ky-2025-2030-10307613.html
    // (a province's mid-term reading of its five-year targets); the figures were typed for the shape.
    static let midTerm = WebLayout(name: "giua-nhiem-ky-2021-2025", before: [
        "BÁO CÁO ĐÁNH GIÁ GIỮA NHIỆM KỲ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021 - 2025",
        "Nghệ An, ngày 15 tháng 7 năm 2023", PeriodColumnTests.intro,
    ], rows: [
        ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu Nghị quyết Đại hội (2021 - 2025)", "Thực hiện 2021", "Thực hiện 2022", "Ước 2023", "Đánh giá khả năng thực hiện"],
        ["1", "Tốc độ tăng trưởng GRDP bình quân", "%", "9 - 10", "6,2", "9,1", "8,5", "Khó đạt"],
        ["2", "Tỷ lệ che phủ rừng", "%", "58", "58,3", "58,4", "58,4", "Có khả năng đạt"],
    ])

    /// Three years of a five-year plan: no figure is the period's yet, and "Khó đạt" is a
    /// forecast, not a verdict. The targets are read; nothing is judged or called missed.
    @Test(arguments: Format.allCases)
    func halfWayThroughAPlanNothingIsJudged(_ format: Format) throws {
        try Self.check(Self.midTerm, [
            Expected(code: "1", target: "9 - 10", actual: nil, stated: "Khó đạt", verdict: nil),
            Expected(code: "2", target: "58", actual: nil, stated: "Có khả năng đạt", verdict: nil),
        ], as: format)
    }

    // MARK: Two header rows

    // http://ttbd.gov.vn/Home/Default.aspx?portalid=52&tabid=108&catid=515&distid=4948 ("TỔNG QUÁT KẾT
    // QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2016-2020"); figures as above.
    static let yearsUnderThucHien = WebLayout(name: "thuc-hien-tung-nam-2016-2020", before: [
        "TỔNG QUÁT KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2016-2020", PeriodColumnTests.intro,
    ], rows: [
        ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch 5 năm", "Thực hiện", "<", "<", "<", "<", "Ước TH 5 năm", "Đánh giá"],
        ["^", "^", "^", "^", "2016", "2017", "2018", "2019", "Ước 2020", "^", "^"],
        ["1", "Tốc độ tăng tổng sản phẩm trong nước (GDP) bình quân", "%", "6,5 - 7", "6,21", "6,81", "7,08", "7,02", "2,91", "5,99", "Không đạt"],
        ["2", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "Trên 80", "81,9", "86,4", "88,5", "90,0", "90,7", "90,7", "Vượt"],
    ], headerRows: 2)

    /// "Thực hiện" over the years, the plan and the five years' figure merged down beside them.
    // Web text is left out, as in `PeriodColumnTests`: the web-text grid places a cell merged over
    // five years, two merged down after it, one column off.
    @Test(arguments: [Format.docx, .pdf])
    func yearsUnderAMergedThucHienAndTheFiveYearsFigure(_ format: Format) throws {
        try Self.check(Self.yearsUnderThucHien, [
            Expected(code: "1", target: "6,5 - 7", actual: "5,99", stated: "Không đạt", verdict: .missed),
            Expected(code: "2", target: "Trên 80", actual: "90,7", stated: "Vượt", verdict: .exceeded),
        ], as: format)
    }

    // http://baoapbac.vn/chinh-tri/202010/nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-tien-giang-lan-thu-xi-911161/
    // (figures as above), the period over its target, value and verdict as many congress reports set them.
    static let periodOverItsColumns = WebLayout(name: "giai-doan-tren-cot", before: [
        "BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ X", PeriodColumnTests.intro,
    ], rows: [
        ["TT", "Chỉ tiêu", "Đơn vị", "Giai đoạn 2015 - 2020", "<", "<"],
        ["^", "^", "^", "Mục tiêu", "Thực hiện", "Đánh giá"],
        ["1", "Tổng thu ngân sách nhà nước trên địa bàn (5 năm)", "Tỷ đồng", "36.875", "45.799", "Vượt"],
        ["2", "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "50", "83,2", "Vượt"],
    ], headerRows: 2)

    /// "Giai đoạn 2015 - 2020" spans the target, the value and the verdict under it: each reads
    /// as its own role of that period, the span adding no column of its own.
    // Web text is left out: its grid takes a spanning period ("Giai đoạn …", read as an earlier
    // period by its words) over a verdict column for a column of its own (see /tmp/contracts5.md, H1).
    @Test(arguments: [Format.docx, .pdf])
    func thePeriodOverTargetValueAndVerdict(_ format: Format) throws {
        try Self.check(Self.periodOverItsColumns, [
            Expected(code: "1", target: "36.875", actual: "45.799", stated: "Vượt", verdict: .exceeded),
            Expected(code: "2", target: "50", actual: "83,2", stated: "Vượt", verdict: .exceeded),
        ], as: format)
    }

    // MARK: The previous plan's results beside this plan's

    // https://skhdt.quangnam.gov.vn/webcenter/portal/sokhdt/pages_tin-tuc/chi-tiet?dDocName=PORTAL342241
    // (a province's five-year plan reported against the one before); the figures were typed for the shape.
    static let previousPlanBeside = WebLayout(name: "giai-doan-truoc-ben-canh", before: [
        "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM", PeriodColumnTests.intro,
    ], rows: [
        ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện giai đoạn 2011 - 2015", "Mục tiêu giai đoạn 2016 - 2020", "Ước TH giai đoạn 2016 - 2020", "Đánh giá"],
        ["1", "Tốc độ tăng trưởng GRDP bình quân", "%/năm", "11,2", "12 - 13", "12,4", "Đạt"],
        ["2", "Tỷ lệ hộ nghèo giảm bình quân", "%/năm", "2,1", "2 - 2,5", "1,8", "Không đạt"],
    ])

    @Test(arguments: Format.allCases)
    func thePreviousPlansResultsAreNotThisPlans(_ format: Format) throws {
        try Self.check(Self.previousPlanBeside, [
            Expected(code: "1", target: "12 - 13", actual: "12,4", stated: "Đạt", verdict: .met),
            Expected(code: "2", target: "2 - 2,5", actual: "1,8", stated: "Không đạt", verdict: .missed),
        ], as: format)
    }

    /// The words five-year reports write in their verdict columns; a forecast ("Khó đạt", "Có
    /// khả năng đạt") states no verdict.
    @Test func fiveYearVerdictWords() {
        let words: [(String, Verdict?)] = [
            ("Hoàn thành", .met), ("Không hoàn thành", .missed), ("Cơ bản hoàn thành", .met), ("Vượt mục tiêu", .exceeded),
            ("Hoàn thành vượt mục tiêu", .exceeded), ("Chưa đạt", .missed), ("Không đạt mục tiêu", .missed),
            ("Đạt mục tiêu Nghị quyết", .met), ("Khó đạt", nil), ("Có khả năng đạt", nil),
            ("Vượt 3,5%", .exceeded), ("Vượt 0,35 điểm %", .exceeded), ("Đạt 98,5%", nil),
        ]
        for (text, verdict) in words { #expect(StatedVerdict.read(text) == verdict, "“\(text)”") }
    }

    // MARK: A value column headed with no result word

    // http://danvan.vn/Home/Vinh-Phuc-Hoi-nhap-va-phat-trien/16688/Dang-bo-va-nhan-dan-Vinh-Phuc-60-nam-thuc-hien-loi-can-dan-cua-Bac
    // ("giai đoạn 1997-2021, tốc độ tăng trưởng GRDP … bình quân tăng 13,4%/năm"; "năm 2021, tốc
    // độ tăng trưởng kinh tế của tỉnh tăng 8,29%"); the targets were typed for the shape.
    static let resultsReached = WebLayout(name: "ket-qua-dat-duoc", before: [
        "BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH", PeriodColumnTests.intro,
    ], rows: [
        ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu Nghị quyết", "Kết quả đạt được", "Đánh giá"],
        ["1", "Tốc độ tăng trưởng GRDP bình quân giai đoạn 1997 - 2021", "%/năm", "13", "13,4", "Vượt"],
        ["2", "Tốc độ tăng trưởng kinh tế năm 2021", "%", "8,5", "8,29", "Không đạt"],
    ])

    /// "Kết quả đạt được" holds the figures reached: the value, beside the resolution's target.
    @Test(arguments: Format.allCases)
    func resultsReachedAreTheValue(_ format: Format) throws {
        try Self.check(Self.resultsReached, [
            Expected(code: "1", target: "13", actual: "13,4", stated: "Vượt", verdict: .exceeded),
            Expected(code: "2", target: "8,5", actual: "8,29", stated: "Không đạt", verdict: .missed),
        ], as: format)
    }

    // http://ktxh.khdt.bgo.vn/target/509 (Bắc Giang, "Tỷ lệ hộ nghèo % 15.40 12.11 10.44 8.88 7.50 7.00
    // 9.55 7.55", a column a year); the target and verdict were typed for the shape.
    static let yearsAndTheTargetsYear = WebLayout(name: "cot-tung-nam-muc-tieu-nam-cuoi", before: [
        "Kết quả thực hiện chỉ tiêu giảm nghèo", PeriodColumnTests.intro,
    ], rows: [
        ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2015", "2011", "2012", "2013", "2014", "2015", "Đánh giá"],
        ["1", "Tỷ lệ hộ nghèo", "%", "Dưới 8", "12,11", "10,44", "8,88", "7,50", "7,00", "Đạt"],
    ])

    /// The target is the level of 2015 and the table states verdicts: the "2015" column is the value.
    @Test(arguments: Format.allCases)
    func theTargetsYearAmongYearColumnsIsTheValue(_ format: Format) throws {
        try Self.check(Self.yearsAndTheTargetsYear, [
            Expected(code: "1", target: "Dưới 8", actual: "7,00", stated: "Đạt", verdict: .met),
        ], as: format)
    }

    /// The same years as a plan's annual targets, stating no verdict: nothing is taken for a value.
    @Test func annualTargetsUnderYearsAreNoValues() throws {
        let report = SmallTable.audit(title: "NGHỊ QUYẾT VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021 - 2025", [
            ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2025", "2021", "2022", "2023", "2024", "2025"],
            ["1", "Tỷ lệ hộ nghèo", "%", "Dưới 3", "6,5", "5,5", "4,5", "3,5", "3"],
        ])
        let row = try #require(PeriodColumnTests.row(report, "1"), "tỷ lệ hộ nghèo không được đọc")
        #expect(row.indicator.line.target?.text == "Dưới 3")
        #expect(row.indicator.line.actual == nil, "tỷ lệ hộ nghèo: năm 2025 là kế hoạch của năm, không phải số thực hiện")
    }

    // https://www.scribd.com/document/531754769/Bao-cao-danh-gia-5-nam-2016-2020-va-Kh-5-nam-2021-2025 (figures as above)
    static let wholePeriodColumn = WebLayout(name: "cot-ca-giai-doan", before: [
        "BÁO CÁO ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2016 – 2020", PeriodColumnTests.intro,
    ], rows: [
        ["TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu NQ Đại hội XII", "2016", "2017", "2018", "2019", "2020", "Cả giai đoạn", "Đánh giá"],
        ["1", "Tốc độ tăng tổng sản phẩm trong nước (GDP) bình quân", "%", "6,5 - 7", "6,21", "6,81", "7,08", "7,02", "2,91", "5,99", "Không đạt"],
    ])

    /// "Cả giai đoạn" is the five years' figure, under no result word.
    @Test(arguments: Format.allCases)
    func theWholePeriodsColumnIsTheValue(_ format: Format) throws {
        try Self.check(Self.wholePeriodColumn, [
            Expected(code: "1", target: "6,5 - 7", actual: "5,99", stated: "Không đạt", verdict: .missed),
        ], as: format)
    }

    // MARK: Headers alone

    struct Header: CustomStringConvertible {
        var title: String
        var headers: [String]
        /// The columns (from 1, as a person counts them) of the target, the period's value and the verdict.
        var target: Int, value: Int?, verdict: Int?
        var description: String { headers.joined(separator: " | ") }
    }

    /// Header rows of five-year results as offices head them; the roles written by hand.
    static let headers = [
        Header(title: "Kết quả thực hiện kế hoạch 5 năm 2016 - 2020",
               headers: ["TT", "Chỉ tiêu", "ĐVT", "NQ Đại hội XI", "TH 2016 - 2019", "Ước TH 2020", "Ước TH 2016 - 2020", "Đánh giá"],
               target: 4, value: 7, verdict: 8),
        Header(title: "", headers: ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu KH 5 năm", "Thực hiện 5 năm", "Đánh giá"], target: 4, value: 5, verdict: 6),
        Header(title: "", headers: ["Chỉ tiêu", "Mục tiêu KH 2016-2020", "Thực hiện 2016-2020", "Tỷ lệ hoàn thành (%)", "Mức độ hoàn thành"],
               target: 2, value: 3, verdict: 5),
        Header(title: "", headers: ["TT", "Nội dung", "ĐVT", "KH 5 năm 2016-2020 (Nghị quyết số 01/2016/NQ-HĐND)", "Thực hiện 2016", "TH 5 năm", "So KH (%)"],
               target: 4, value: 6, verdict: nil),
        Header(title: "", headers: ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu Đại hội", "Ước thực hiện đến hết nhiệm kỳ", "Đánh giá"], target: 4, value: 5, verdict: 6),
        Header(title: "", headers: ["STT", "Chỉ tiêu", "Đơn vị", "Năm 2015", "Mục tiêu 2020", "Ước 2020", "Bình quân giai đoạn", "Kết quả"],
               target: 5, value: 6, verdict: 8),
        Header(title: "Kết quả 5 năm 2016-2020", headers: ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 2011-2015", "Kế hoạch", "Ước TH 2016-2020", "Kết quả so với kế hoạch"],
               target: 5, value: 6, verdict: 7),
        Header(title: "", headers: ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 5 năm", "2016", "2017", "2018", "2019", "Ước 2020", "Ước TH 5 năm", "Đánh giá"],
               target: 4, value: 10, verdict: 11),
        Header(title: "", headers: ["TT", "Chỉ tiêu", "ĐVT", "KH giai đoạn", "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019", "Năm 2020",
                                    "Bình quân giai đoạn", "Đánh giá"], target: 4, value: 10, verdict: 11),
        Header(title: "", headers: ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 2006-2010", "Kế hoạch 5 năm", "Thực hiện 5 năm", "Đánh giá"],
               target: 5, value: 6, verdict: 7),
        Header(title: "", headers: ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện nhiệm kỳ 2010-2015", "Mục tiêu nhiệm kỳ", "Kết quả thực hiện nhiệm kỳ", "Đánh giá"],
               target: 5, value: 6, verdict: 7),
        // Two years are no plan's span: the average of "giai đoạn" is not guessed into a value.
        Header(title: "", headers: ["TT", "Chỉ tiêu", "ĐVT", "KH giai đoạn", "Năm 2019", "Năm 2020", "Bình quân giai đoạn"],
               target: 4, value: nil, verdict: nil),
    ]

    @Test(arguments: headers)
    func theRolesOfAFiveYearHeader(_ header: Header) {
        let assignment = ColumnAssignment(headers: header.headers, title: header.title)
        let roles = assignment.roles
        #expect(assignment.governingTarget.map { $0 + 1 } == header.target, "kế hoạch: \(roles)")
        #expect(roles.firstIndex(of: .actual).map { $0 + 1 } == header.value, "số của cả kỳ: \(roles)")
        #expect(roles.firstIndex(of: .evaluation).map { $0 + 1 } == header.verdict, "đánh giá: \(roles)")
    }
}
