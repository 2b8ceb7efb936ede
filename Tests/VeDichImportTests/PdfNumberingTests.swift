import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// A table typed in Word with list numbering in its "TT" column, number and verdict cells merged
/// down over a sub-row, and narrow header cells, exported to PDF by LibreOffice: how most reports
/// are downloaded. The numbers print a few points left of the labels, a merged number prints
/// centred between the indicator and its sub-row, and header cells stand a space apart.
@Suite(.serialized)
struct PdfNumberingTests {
    static func numbered(_ number: Int) -> String { "<ol start=\"\(number)\"><li></li></ol>" }

    static let html = HTMLDocument.page("""
        <p>KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023</p>
        <table border="1">
        <tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị</th><th>TH năm 2022</th><th>KH năm 2023</th><th>Ước TH năm 2023</th><th>Đánh giá</th></tr>
        <tr><td>\(numbered(1))</td><td>Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)</td><td>%</td><td>6,1</td><td>6,5-7</td><td>7,2</td><td>Vượt</td></tr>
        <tr><td rowspan="2">\(numbered(2))</td><td>Tỷ lệ lao động qua đào tạo</td><td>%</td><td>66</td><td>68</td><td>68,5</td><td rowspan="2">Đạt</td></tr>
        <tr><td>- Trong đó: có bằng cấp, chứng chỉ</td><td>%</td><td>26</td><td>27</td><td>26,8</td></tr>
        <tr><td>\(numbered(3))</td><td>Tỷ lệ dân số tham gia bảo hiểm y tế</td><td>%</td><td>92</td><td>93</td><td>93,4</td><td>Vượt</td></tr>
        </table>
        <p>Ủy ban nhân dân tỉnh trân trọng báo cáo.</p>
        """)

    static let report: Result<AuditReport, any Error> = Result {
        try Auditor().audit(contentsOf: try LibreOffice.pdf(fromHTML: html, name: "danh-so-tu-dong-2023"))
    }

    @Test func listNumbersBesideTheLabelsAreTheirOwnColumn() throws {
        let table = try #require(try Self.report.get().tables.first)
        #expect(table.table.roles.prefix(2) == [.code, .name], "\(table.table.columns)")
        #expect(table.rows.map(\.indicator.code.description) == ["1", "2", "3"])
    }

    @Test func aNumberCentredOverASubRowIsTheIndicatorsAndItsSubRowStaysAPart() throws {
        let training = try #require(try Self.report.get().tables.first?.row("2"))
        #expect(training.indicator.line.name == "Tỷ lệ lao động qua đào tạo")
        #expect(training.indicator.line.target?.text == "68", "Tỷ lệ lao động qua đào tạo: KH năm 2023")
        #expect(training.indicator.statedText == "Đạt")
        #expect(training.indicator.components.map(\.name) == ["có bằng cấp, chứng chỉ"])
    }

    @Test func headerCellsASpaceApartKeepTheirYears() throws {
        let table = try #require(try Self.report.get().tables.first)
        let columns = table.table.columns.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(columns.contains("TH năm 2022") && columns.contains("KH năm 2023"), "\(columns)")
        #expect(table.row("1")?.indicator.line.target?.text == "6,5-7", "Tốc độ tăng GRDP: KH năm 2023")
        #expect(table.row("1")?.indicator.line.actual?.text == "7,2")
    }

    @Test func nothingInItIsAnError() throws {
        let report = try Self.report.get()
        #expect(!report.findings.contains { $0.severity == .error }, "\(report.findings.map(\.message))")
    }
}
