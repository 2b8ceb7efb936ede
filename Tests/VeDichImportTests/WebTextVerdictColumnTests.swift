import Testing
import VeDichCore
@testable import VeDichImport

/// Five-year reports state their verdicts under "Kết quả thực hiện" ("Hoàn thành", "Không hoàn
/// thành"), a header whose words name a value. Copied from a web page, the verdict cells were
/// taken for the names of parts and every row folded into the first one.
struct WebTextVerdictColumnTests {
    @Test func verdictsUnderKetQuaThucHienAreVerdicts() throws {
        let layout = ResultsTableShapesTests.earlierPeriod
        for style in WebLayout.CopyStyle.allCases {
            let report = layout.webAudit(style)
            let rows = report.tables.flatMap(\.rows)
            #expect(rows.count == 3, "\(style): \(RowReading.lines(report))")
            let growth = try #require(rows.first { $0.indicator.line.name.contains("Tốc độ tăng GDP") }, "\(style): \(RowReading.lines(report))")
            #expect(growth.indicator.line.target?.text == "13 - 14", "Tốc độ tăng GDP bình quân (\(style)): \(RowReading.lines(report))")
            #expect(growth.indicator.line.actual?.text == "12,5", "Tốc độ tăng GDP bình quân (\(style)): \(RowReading.lines(report))")
            #expect(growth.indicator.statedText == "Không hoàn thành", "Tốc độ tăng GDP bình quân (\(style)): \(RowReading.lines(report))")
            #expect(growth.indicator.components.isEmpty, "Tốc độ tăng GDP bình quân (\(style)): \(RowReading.lines(report))")
        }
    }

    /// A value column whose cells are figures keeps its role: the verdict column is decided by
    /// what its cells say, not by a guess from its place.
    @Test func aLastColumnOfFiguresStaysTheValue() {
        let roles: [ColumnRole] = [.code, .name, .target, .actual]
        let body: [WebTextTableReader.Line] = ["1", "Thu ngân sách", "5.000", "5.200", "2", "Trồng rừng", "800", "Đạt"].enumerated().map { ($0.element, $0.offset + 10) }
        #expect(WebTextTableReader.verdictColumnByContent(roles, body: body[...]) == roles)
    }
}
