import Testing
import VeDichCore
@testable import VeDichImport

/// A header cell naming one year, whatever words say which figure of it the column gives: one
/// rule (`PeriodHeader`) for a DOCX's second header row and a web page's row of years.
struct YearHeaderTests {
    @Test func theWordsOfAYearsFigureAroundOneYear() {
        for header in ["2019", "Năm 2021", "Sơ bộ 2023", "Ước 2020", "ƯTH 2020", "Ước thực hiện 2020", "Ước TH năm 2020",
                       "Thực hiện 2020", "Ước tính 2020", "Dự kiến 2025"] {
            #expect(PeriodHeader.namesOneYear(header), "“\(header)” names one year")
            #expect(WebTextTableReader.namesOneYear(header), "“\(header)”: the web text reads it by the same rule")
        }
        for header in ["Kế hoạch 2020", "6 tháng 2020", "2016 - 2020", "2020,5", "Ước TH 5 năm", "Thực hiện 9 tháng năm 2023"] {
            #expect(!PeriodHeader.namesOneYear(header), "“\(header)” does not name one year alone")
        }
        // A period alone stays what it was: the words of a figure ("Thực hiện") are not a period.
        #expect(TableInterpreter.isPeriod("Giai đoạn 2016 - 2020") && !TableInterpreter.isPeriod("Ước thực hiện 2020"))
    }

    /// "Thực hiện" over "2016" … "2019" | "Ước thực hiện 2020" (or "Ước TH năm 2020"), the five
    /// years' figure merged down beside: the estimate's cell is one of the years, and the five
    /// years' column is the value, in the web copy as in the DOCX.
    @Test(arguments: ["Ước thực hiện 2020", "Ước TH năm 2020"])
    func theLastYearsEstimateUnderThucHien(_ estimate: String) throws {
        var layout = ResultsTableShapesTests.yearsUnderThucHien
        layout.rows[1] = layout.rows[1].map { $0 == "Ước 2020" ? estimate : $0 }
        var readings: [(String, AuditReport)] = WebLayout.CopyStyle.allCases.map { ("\($0)", layout.webAudit($0)) }
        readings.append(("docx", try PeriodColumnTests.read(layout, as: .docx)))
        for (format, report) in readings {
            let rows = report.tables.flatMap(\.rows)
            let growth = try #require(rows.first { $0.indicator.line.name.contains("Tốc độ tăng tổng sản phẩm") },
                                      "\(format), \(estimate): \(RowReading.lines(report))")
            #expect(growth.indicator.line.target?.text == "6,5 - 7", "Tốc độ tăng GDP (\(format), \(estimate)): \(RowReading.lines(report))")
            #expect(growth.indicator.line.actual?.text == "5,99", "Tốc độ tăng GDP (\(format), \(estimate)): \(RowReading.lines(report))")
            #expect(growth.indicator.statedText == "Không đạt", "Tốc độ tăng GDP (\(format), \(estimate)): \(RowReading.lines(report))")
            #expect(PeriodColumnTests.errors(report).isEmpty, "\(format), \(estimate): \(PeriodColumnTests.errors(report))")
        }
    }
}
