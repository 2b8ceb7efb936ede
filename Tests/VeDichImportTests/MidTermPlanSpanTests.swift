import Testing
import VeDichCore
@testable import VeDichImport

/// A mid-term review: a five-year plan's targets beside the years done so far. The plan ends
/// where the header naming it says ("Thực hiện giai đoạn 2021 - 2025" over "2021 | 2022 | Ước
/// 2023"), not at the latest year column: the values run to 2023, the plan to 2025.
struct MidTermPlanSpanTests {
    typealias Format = PeriodColumnTests.Format

    // The shape of `ResultsTableShapesTests.midTerm` (a province's mid-term reading of its
    // five-year targets), with an undated plan and a title that names no years: only the header
    // over the year columns says which five years.
    static let spanOverTheYears = WebLayout(name: "giua-ky-giai-doan-tren-cac-nam", before: [
        "BÁO CÁO ĐÁNH GIÁ GIỮA NHIỆM KỲ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI",
        "Nghệ An, ngày 15 tháng 7 năm 2023", PeriodColumnTests.intro,
    ], rows: [
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 5 năm", "Thực hiện giai đoạn 2021 - 2025", "<", "<"],
        ["^", "^", "^", "^", "2021", "2022", "Ước 2023"],
        ["1", "Tốc độ tăng trưởng GRDP bình quân", "%", "9 - 10", "6,2", "9,1", "8,5"],
        ["2", "Tỷ lệ che phủ rừng", "%", "58", "58,3", "58,4", "58,4"],
    ], headerRows: 2)

    // The same with one header row, as the web copies it: the year columns run to 2023 and the
    // last column, the five years' forecast, names the plan's years.
    static let forecastBeside = WebLayout(name: "giua-ky-du-kien-ca-giai-doan", before: [
        "BÁO CÁO ĐÁNH GIÁ GIỮA NHIỆM KỲ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI",
        "Nghệ An, ngày 15 tháng 7 năm 2023", PeriodColumnTests.intro,
    ], rows: [
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 5 năm", "Thực hiện 2021", "Thực hiện 2022", "Ước 2023", "Dự kiến giai đoạn 2021 - 2025"],
        ["1", "Tốc độ tăng trưởng GRDP bình quân", "%", "9 - 10", "6,2", "9,1", "8,5", "8,2"],
        ["2", "Tỷ lệ che phủ rừng", "%", "58", "58,3", "58,4", "58,4", "58,5"],
    ])

    /// The targets are read, no year's figure is taken for the five years', nothing is judged,
    /// and the note on the columns names the plan's own five years.
    static func check(_ layout: WebLayout, as format: Format, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let report = try PeriodColumnTests.read(layout, as: format)
        for (code, target) in [("1", "9 - 10"), ("2", "58")] {
            let row = try #require(PeriodColumnTests.row(report, code), "\(format): hàng \(code) không được đọc: \(RowReading.lines(report))",
                                   sourceLocation: sourceLocation)
            let name = row.indicator.line.name
            #expect(row.indicator.line.target?.text == target, "\(format): \(name): kế hoạch 5 năm", sourceLocation: sourceLocation)
            #expect(row.indicator.line.actual == nil, "\(format): \(name): half way through, no year's figure is the five years'",
                    sourceLocation: sourceLocation)
            #expect(row.computed != .missed, "\(format): \(name): not judged half way", sourceLocation: sourceLocation)
        }
        let notes = report.findings.filter { $0.kind == .ambiguousColumn }.map(\.message)
        #expect(notes.contains { $0.contains("giai đoạn 2021-2025") }, "\(format): the plan's five years are 2021-2025: \(notes)",
                sourceLocation: sourceLocation)
        #expect(!notes.contains { $0.contains("2019-2023") || $0.contains("2017-2021") },
                "\(format): the latest year column is not the plan's end: \(notes)", sourceLocation: sourceLocation)
        #expect(PeriodColumnTests.errors(report).isEmpty, "\(format): \(PeriodColumnTests.errors(report))", sourceLocation: sourceLocation)
    }

    @Test(arguments: [Format.docx, .web])
    func theFiveYearsAreTheOnesTheForecastNames(_ format: Format) throws {
        try Self.check(Self.forecastBeside, as: format)
    }

    /// "Ước 2023" under the span is one of its years, as "2021" and "2022" are: the row of years
    /// is the header's second row. Web text is left out: its grid places the cell spanning the
    /// years one column off when a cell merged down stands before it (the plan's), as
    /// `ResultsTableShapesTests` notes; PDF too: the span's header wraps ("Thực hiện giai" over
    /// "đoạn 2021 - 2025") and the PDF's header lines are not joined into it yet.
    @Test func theFiveYearsAreTheOnesOverTheYearColumns() throws {
        try Self.check(Self.spanOverTheYears, as: .docx)
    }

    @Test func theSpanIsTakenFromTheHeaderThatNamesIt() {
        let headers = ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 5 năm", "Thực hiện giai đoạn 2021 - 2025 2021",
                       "Thực hiện giai đoạn 2021 - 2025 2022", "Thực hiện giai đoạn 2021 - 2025 Ước 2023"]
        #expect(ColumnAssignment.spanOfYearColumns(headers: headers) == 2021...2025)
        #expect(ColumnAssignment.spanOfYearColumns(headers: ["Chỉ tiêu", "Kế hoạch 5 năm", "Thực hiện 2021", "Thực hiện 2022", "Ước 2023",
                                                             "Dự kiến giai đoạn 2021 - 2025"]) == 2021...2025)
        // An earlier period beside the years does not hold them: it is not this plan's.
        #expect(ColumnAssignment.spanOfYearColumns(headers: ["Chỉ tiêu", "Kế hoạch 5 năm", "Thực hiện 2016 - 2020", "Thực hiện 2021",
                                                             "Thực hiện 2022", "Thực hiện 2023", "Ước 2024", "Ước 2025"]) == 2021...2025)
        // No header names the five years: they end with the latest year column, as before.
        #expect(ColumnAssignment.spanOfYearColumns(headers: ["Chỉ tiêu", "Kế hoạch 5 năm", "2016", "2017", "2018", "2019", "Ước 2020"]) == 2016...2020)
    }
}
