import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// A table copied from a web page: one cell a line, empty cells as lines of spaces (or a no-break
/// space), a verdict merged over an indicator's sub-row missing from that row.
struct WebTextTests {
    static let url = Bundle.module.url(forResource: "web-copy-2023", withExtension: "txt", subdirectory: "Fixtures")!

    static func table() throws -> RawTable {
        let document = try TextReportReader.read(contentsOf: url)
        let tables = document.blocks.compactMap { block -> RawTable? in
            if case .table(let table) = block { table } else { nil }
        }
        #expect(tables.count == 1)
        return try #require(tables.first)
    }

    @Test func readsEveryRowAsAGridRow() throws {
        let table = try Self.table()
        #expect(table.rows.map(\.count).allSatisfy { $0 == 6 })
        #expect(table.rows.map { $0[1].text } == [
            "Chỉ tiêu", "Các chỉ tiêu kinh tế", "Tốc độ tăng trưởng kinh tế (GRDP)", "Tổng thu ngân sách nhà nước trên địa bàn",
            "Trong đó: thu nội địa", "Kim ngạch xuất khẩu", "Các chỉ tiêu xã hội", "Tỷ lệ trường học đạt chuẩn quốc gia",
            "Số bác sĩ trên 1 vạn dân", "Tỷ lệ lao động qua đào tạo",
        ])
    }

    @Test func emptyCellsStayInTheirColumns() throws {
        let table = try Self.table()
        let group = try #require(table.rows.first { $0[1].text == "Các chỉ tiêu kinh tế" })
        #expect(group[2...].allSatisfy { $0.text.isEmpty && $0.merge == nil }, "a group row's empty cells, no-break spaces included")
        let training = try #require(table.rows.first { $0[1].text == "Tỷ lệ lao động qua đào tạo" })
        #expect(training.map(\.text) == ["3", "Tỷ lệ lao động qua đào tạo", "%", "68", "", "Chưa có số liệu"])
    }

    @Test func aMergedVerdictIsMissingFromTheSubRow() throws {
        let table = try Self.table()
        let domestic = try #require(table.rows.first { $0[1].text == "Trong đó: thu nội địa" })
        #expect(domestic.map(\.text) == ["", "Trong đó: thu nội địa", "Tỷ đồng", "2.600", "2.810", ""])
        #expect(domestic[5].merge == .continuesAbove)
        let exports = try #require(table.rows.first { $0[1].text == "Kim ngạch xuất khẩu" })
        #expect(exports.map(\.text) == ["3", "Kim ngạch xuất khẩu", "Triệu USD", "420", "436,5", "Vượt"])
    }

    @Test func theAuditReadsTargetsValuesAndStatedVerdicts() throws {
        let report = try Auditor().audit(contentsOf: Self.url)
        let table = try #require(report.tables.first)
        #expect(table.rows.map(\.indicator.code.description) == ["I.1", "I.2", "I.3", "II.1", "II.2", "II.3"])
        let expected: [String: (String?, String?, String?)] = [
            "I.1": ("7,5", "6,8", "Không đạt"), "I.2": ("3.200", "3.450", "Vượt"), "I.3": ("420", "436,5", "Vượt"),
            "II.1": ("62", "60,5", "Không đạt"), "II.2": ("12", "12", "Đạt"), "II.3": ("68", nil, "Chưa có số liệu"),
        ]
        for row in table.rows {
            let code = row.indicator.code.description
            guard let (target, value, stated) = expected[code] else { continue }
            #expect(row.indicator.line.target?.text == target, "\(code) \(row.indicator.line.name)")
            #expect(row.indicator.line.actual?.text == value, "\(code) \(row.indicator.line.name)")
            #expect(row.indicator.statedText == stated, "\(code) \(row.indicator.line.name)")
        }
        #expect(report.findings.filter { $0.kind == .statedVerdictContradictsValues }.isEmpty)
    }

    /// "Kế hoạch năm 2023" spanning "Quốc hội giao" | "Chính phủ phấn đấu": a page copies the two
    /// issuers after the first header row's cells. Each row is then one cell short of the header's
    /// lines, which must not be read as a merged cell (the second target taken for the value, a
    /// false contradiction).
    @Test func issuersUnderASpanningTargetAreTwoTargetColumns() throws {
        let cells = ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2023", "Ước thực hiện năm 2023", "Đánh giá", "Quốc hội giao", "Chính phủ phấn đấu",
                     "1", "GDP bình quân đầu người", "USD", "4.400", "4.400", "4.284", "Không đạt",
                     "2", "Tỷ lệ tham gia bảo hiểm y tế", "%", "93,2", "93,5", "93,35", "Vượt"]
        let text = (["Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023"] + cells).joined(separator: "\n\n")
        let report = Auditor().audit(TextReportReader.read(text: text, name: "quoc-gia-2023.txt"))
        let rows = try #require(report.tables.first).rows
        let gdp = try #require(rows.first { $0.indicator.line.name == "GDP bình quân đầu người" })
        #expect(gdp.indicator.line.actual?.text == "4.284", "GDP bình quân đầu người: the value is the estimate, not Chính phủ's target")
        #expect(gdp.indicator.line.targets.map(\.issuer) == ["Quốc hội giao", "Chính phủ phấn đấu"], "GDP bình quân đầu người: \(gdp.indicator.line.targets)")
        let insurance = try #require(rows.first { $0.indicator.line.name == "Tỷ lệ tham gia bảo hiểm y tế" })
        #expect(insurance.indicator.line.actual?.text == "93,35")
        #expect(!report.findings.contains { $0.severity == .error }, "\(report.findings.map(\.message))")
    }

    @Test func textExtractedFromWordIsNotTakenForWebText() {
        let document = Seed.report
        #expect(document.tables.count == 2)
        #expect(document.tables.map(\.rows.count) == [18, 18])
    }
}
