import Testing
import VeDichCore
@testable import VeDichImport

/// A web page's table copied as text, one cell a line, where a cell holds several paragraphs: each
/// paragraph is a line of its own ("Tỷ lệ trẻ em suy dinh dưỡng:" / "-Thể nhẹ cân (%)" / …, and
/// "0,8%" / "(còn 3,9%)"). Rows after such a row used to vanish without a finding.
struct WebTextStackedCellTests {
    static let text = """
        CÁC CHỈ TIÊU CHỦ YẾU NĂM 2020

        Stt

        Chỉ tiêu chủ yếu

        TH năm 2019

        KH năm 2020

        Ước TH năm 2020

        Ghi chú

        1

        Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng:

        -Thể nhẹ cân (%)

        -Thể thấp còi (%)

        8,0

        12,1

        \u{00A0}

        < 7,8

        < 11,8

        \u{00A0}

        7,5

        11,2

        \u{00A0}

        Đạt

        2

        Tỷ lệ hộ nghèo giảm (%)

        1,1

        0,8%

        (còn 3,9%)

        0,9%

        (còn 3,8%)

        \u{00A0}

        Đạt

        3

        Tỷ lệ dân số tham gia bảo hiểm y tế (%)

        94

        95,5

        96

        Đạt

        """

    @Test func everyRowAfterAStackedCellIsStillRead() throws {
        let report = Auditor().audit(TextReportReader.read(text: Self.text, name: "web.txt"))
        let table = try #require(report.tables.first)
        #expect(table.rows.map(\.indicator.code.description) == ["1", "2", "3"])
        let children = try #require(table.row("1")).indicator.components
        #expect(children.map(\.name) == ["Thể nhẹ cân (%)", "Thể thấp còi (%)"], "Tỷ lệ trẻ em suy dinh dưỡng: one line per paragraph")
        #expect(children.map { $0.actual?.text } == ["7,5", "11,2"])
        let poverty = try #require(table.row("2")).indicator.line
        #expect(poverty.target?.text == "0,8% (còn 3,9%)", "Tỷ lệ hộ nghèo giảm: the note stays with its figure")
        #expect(poverty.actual?.text == "0,9% (còn 3,8%)")
        #expect(table.row("3")?.indicator.line.actual?.text == "96")
        #expect(!report.findings.contains { $0.severity == .error }, "\(report.findings.map(\.message))")
    }
}
