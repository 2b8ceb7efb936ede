import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichImport
@testable import VeDichStore

/// The import places rows by the codes the reader gives them (issue 13, item 2): lettered rows
/// under their letters, a yearbook's decimal points stored as the numbers they are, and a list
/// that lost Word's numbering ("1." on every row) in the order it is printed.
@Suite struct RowNumberingImportTests {
    static let lettered = """
        KẾT QUẢ THU NGÂN SÁCH NĂM 2023
        TT
        Chỉ tiêu
        ĐVT
        Dự toán năm 2023
        Ước thực hiện năm 2023
        a)
        Tổng thu ngân sách trên địa bàn
        Tỷ đồng
        5.000
        5.100
        b)
        Thu nội địa
        Tỷ đồng
        4.200
        4.000
        """

    @Test(arguments: Engine.allCases)
    func letteredRowsArePlacedUnderTheirLetters(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let report = Auditor().audit(TextReportReader.read(text: Self.lettered, name: "ngan-sach.txt"))
            try await ReportImporter(database: database).apply(report, province: "Cao Bằng", recordedBy: "test")
            let placements = try await PlanIndicatorRecord.query(on: database).sort(\.$position).all()
            #expect(placements.map(\.code) == ["a", "b"], "Tổng thu ngân sách, Thu nội địa: placed at \(placements.map(\.code))")
            let plan = try #require(try await PlanRecord.query(on: database).first())
            let evaluation = try await Store(database: database).evaluation(planID: plan.requireID(), version: .fullYearEstimate)
            let domestic = evaluation.indicators.first { $0.name == "Thu nội địa" }
            #expect(domestic?.code == "b")
            #expect(domestic?.verdict == .missed, "Thu nội địa: 4.000 of 4.200")
        }
    }

    static let yearbook = """
        CHỈ TIÊU Y TẾ NĂM 2020
        TT
        Chỉ tiêu
        Kế hoạch năm 2020
        Ước thực hiện năm 2020
        1.
        Số bác sỹ cho 10000 dân
        9
        9.81
        1.
        Tỷ lệ dân số tham gia bảo hiểm y tế (%)
        95.5
        90.85
        """

    @Test(arguments: Engine.allCases)
    func aYearbooksDecimalPointsAreStoredAsTheNumbersTheyAre(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let report = Auditor().audit(TextReportReader.read(text: Self.yearbook, name: "y-te.txt"))
            try await ReportImporter(database: database).apply(report, province: "Cả nước", recordedBy: "test")
            let placements = try await PlanIndicatorRecord.query(on: database).sort(\.$position).all()
            #expect(placements.map(\.code) == ["1", "2"], "“1.” on every row: placed in printed order, \(placements.map(\.code))")
            let plan = try #require(try await PlanRecord.query(on: database).first())
            let evaluation = try await Store(database: database).evaluation(planID: plan.requireID(), version: .fullYearEstimate)
            let doctors = evaluation.indicators.first { $0.name == "Số bác sỹ cho 10000 dân" }
            #expect(doctors?.value?.lower == 9.81, "Số bác sỹ cho 10000 dân: 9.81, not 981")
            let insured = evaluation.indicators.first { $0.name.hasPrefix("Tỷ lệ dân số tham gia bảo hiểm y tế") }
            #expect(insured?.target?.lower == 95.5)
            #expect(insured?.verdict == .missed, "Tỷ lệ tham gia BHYT: 90.85 of 95.5")
        }
    }
}
