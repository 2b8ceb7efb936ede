import Testing
import VeDichCore
@testable import VeDichImport

/// A period spanning its target, value and verdict columns ("Giai đoạn 2015 - 2020" over "Mục
/// tiêu" | "Thực hiện" | "Đánh giá"), as congress reports set them, copied from a web page: the
/// span is a header of those three columns, not a column of its own (which shifted every row:
/// the target read as the value).
struct WebTextSpanningPeriodTests {
    @Test func aPeriodOverTargetValueAndVerdictReadsAsTheDocx() throws {
        let layout = ResultsTableShapesTests.periodOverItsColumns
        for style in WebLayout.CopyStyle.allCases {
            let report = layout.webAudit(style)
            let rows = report.tables.flatMap(\.rows)
            #expect(rows.count == 2, "\(style): \(RowReading.lines(report))")
            let budget = try #require(rows.first { $0.indicator.line.name.contains("Tổng thu ngân sách") }, "\(style): \(RowReading.lines(report))")
            #expect(budget.indicator.line.target?.text == "36.875", "Tổng thu ngân sách (\(style)): \(RowReading.lines(report))")
            #expect(budget.indicator.line.actual?.text == "45.799", "Tổng thu ngân sách (\(style)): \(RowReading.lines(report))")
            #expect(budget.indicator.statedText == "Vượt", "Tổng thu ngân sách (\(style)): \(RowReading.lines(report))")
        }
    }

    /// "Thực hiện" over "2016" … "2019" | "Ước 2020", the five years' figure merged down beside:
    /// the estimate's cell is one of the years, and the five years' column is the value.
    @Test func yearsWithTheLastOnesEstimateUnderThucHien() throws {
        let layout = ResultsTableShapesTests.yearsUnderThucHien
        for style in WebLayout.CopyStyle.allCases {
            let report = layout.webAudit(style)
            let rows = report.tables.flatMap(\.rows)
            let growth = try #require(rows.first { $0.indicator.line.name.contains("Tốc độ tăng tổng sản phẩm") }, "\(style): \(RowReading.lines(report))")
            #expect(growth.indicator.line.target?.text == "6,5 - 7", "Tốc độ tăng GDP (\(style)): \(RowReading.lines(report))")
            #expect(growth.indicator.line.actual?.text == "5,99", "Tốc độ tăng GDP (\(style)): \(RowReading.lines(report))")
            #expect(growth.indicator.statedText == "Không đạt", "Tốc độ tăng GDP (\(style)): \(RowReading.lines(report))")
        }
    }

    /// With no TT column the header ends where the first row starts: at a name followed by its
    /// figures, and "Ước 2023" after "Thực hiện 2022" is a header's year, not a row's figure.
    @Test func aHeaderNamingTheLastYearsEstimateIsNotARow() throws {
        var layout = ResultsTableShapesTests.midTerm
        layout.rows = layout.rows.map { Array($0.dropFirst()) }
        for style in WebLayout.CopyStyle.allCases {
            let report = layout.webAudit(style)
            let rows = report.tables.flatMap(\.rows)
            #expect(rows.count == 2, "\(style): \(RowReading.lines(report))")
            let forest = try #require(rows.first { $0.indicator.line.name.contains("Tỷ lệ che phủ rừng") }, "\(style): \(RowReading.lines(report))")
            #expect(forest.indicator.line.target?.text == "58", "Tỷ lệ che phủ rừng (\(style)): \(RowReading.lines(report))")
            #expect(forest.indicator.line.actual == nil, "Tỷ lệ che phủ rừng (\(style)), half way through the plan: \(RowReading.lines(report))")
        }
    }
}

