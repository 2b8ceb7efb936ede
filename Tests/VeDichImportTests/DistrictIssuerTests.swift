import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// A budget table that gives the province's council's estimate beside a district council's
/// ("Dự toán HĐND tỉnh giao" | "Dự toán HĐND huyện giao"): two issuers, both kept, the
/// province's governing. Both were read as the provincial council's, the columns tied, and the
/// province's target dropped.
struct DistrictIssuerTests {
    @Test func aDistrictCouncilsEstimateIsAnIssuerOfItsOwn() throws {
        let report = SmallTable.audit(title: "KẾT QUẢ THU NGÂN SÁCH NĂM 2023", [
            ["TT", "Chỉ tiêu", "Dự toán HĐND tỉnh giao", "Dự toán HĐND huyện giao", "Ước thực hiện năm 2023", "Đánh giá"],
            ["1", "Thu nội địa (tỷ đồng)", "120", "135", "128", "Vượt"],
        ])
        let revenue = try #require(report.tables.first?.rows.first, "Thu nội địa is read: \(report.findings.map(\.message))")
        let issued = revenue.indicator.line.targets.map { "\($0.issuer): \($0.figure.text)" }
        #expect(issued == ["HĐND tỉnh giao: 120", "HĐND huyện giao: 135"], "Thu nội địa: both councils' estimates are kept: \(issued)")
        #expect(revenue.indicator.line.target?.text == "120", "Thu nội địa: the province's council governs")
        #expect(revenue.computed == .exceeded, "Thu nội địa: 128 against 120")
        #expect(!report.findings.contains { $0.kind == .ambiguousColumn && $0.severity == .warning },
                "no tie between the two councils: \(report.findings.map(\.message))")
        #expect(report.errorCount == 0, "\(report.findings.map(\.message))")
    }

    @Test func aDistrictsBodiesByTheirHeaders() {
        #expect(IssuerName.of("Dự toán HĐND huyện giao") == "HĐND huyện giao")
        #expect(IssuerName.of("KH UBND huyện phấn đấu") == "UBND huyện phấn đấu")
        #expect(IssuerName.of("NQ HĐND quận") == "HĐND quận giao")
        // The province assigning a district its target is the province.
        #expect(IssuerName.of("Chỉ tiêu tỉnh giao huyện") == TargetIssuer.province.label)
        #expect(IssuerName.of("Dự toán HĐND tỉnh giao") == TargetIssuer.provincialCouncil.label)
    }
}
