import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichImport
@testable import VeDichStore

/// A district council's estimate beside the province's council's is imported under its own
/// issuer ("HĐND huyện giao"), stored as written as a national plan's "Quốc hội giao" is, and
/// the province's council governs the verdict, on SQLite and PostgreSQL alike.
@Suite struct DistrictIssuerImportTests {
    static let budget = """
        Hà Giang, ngày 10 tháng 12 năm 2023
        BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ TOÁN NĂM 2023
        1. Kết quả thu ngân sách năm 2023
        TT
        Chỉ tiêu
        Dự toán HĐND tỉnh giao năm 2023
        Dự toán HĐND huyện giao năm 2023
        Ước thực hiện năm 2023
        Đánh giá
        1
        Thu nội địa (tỷ đồng)
        120
        135
        128
        Vượt
        """

    @Test(arguments: Engine.allCases)
    func bothCouncilsEstimatesAreStoredAndTheProvincesGoverns(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let report = Auditor().audit(TextReportReader.read(text: Self.budget, name: "ngan-sach-huyen.txt"))
            try #require(report.tables.count == 1, "\(report.findings.map(\.message))")
            try await ReportImporter(database: database).apply(report, province: "Hà Giang", recordedBy: "test")

            let targets = try await TargetRecord.query(on: database).all().map { "\($0.issuer): \($0.figure.text)" }.sorted()
            #expect(targets == ["HĐND huyện giao: 135", "HĐND tỉnh giao: 120"], "Thu nội địa 2023: both councils' estimates")
            let plan = try #require(try await PlanRecord.query(on: database).first()?.requireID())
            let evaluation = try await Store(database: database).evaluation(planID: plan, version: .fullYearEstimate)
            let revenue = evaluation.indicators.first { $0.name.hasPrefix("Thu nội địa") }
            #expect(revenue?.issuer == "HĐND tỉnh giao", "Thu nội địa: judged against the province's council")
            #expect(revenue?.verdict == .exceeded, "Thu nội địa: 128 against 120")
        }
    }
}
