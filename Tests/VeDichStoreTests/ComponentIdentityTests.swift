import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichImport
import VeDichStore

/// Components are indicators of their headline: the same name under two headlines is two indicators.
@Suite struct ComponentIdentityTests {
    static let twoHeadlines = """
        KẾT QUẢ NĂM 2024
        TT
        Chỉ tiêu
        Kế hoạch
        Ước TH năm 2024
        Đánh giá
        I
        Kinh tế
        1
        Cơ cấu kinh tế (%)
        Đạt
        - Nông, lâm nghiệp
        20 - 22
        21
        2
        Tốc độ tăng giá trị sản xuất (%)
        Đạt
        - Nông, lâm nghiệp
        3 - 3,5
        3,2
        """

    @Test(arguments: Engine.allCases)
    func sameNamedComponentsOfTwoHeadlinesStayApart(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let report = Auditor().audit(TextReportReader.read(text: Self.twoHeadlines, name: "hai-chi-tieu.txt"))
            _ = try await ReportImporter(database: database).apply(report, province: "Lạng Sơn", recordedBy: "test")
            let store = Store(database: database)
            let plan = try #require(try await store.plans().first)
            let shares = try await store.indicators(planID: plan.id).filter { $0.name == "Nông, lâm nghiệp" }
            #expect(shares.count == 2, "“Nông, lâm nghiệp” under two headlines")
            #expect(Set(shares.map(\.id)).count == 2)
            let evaluation = try await store.evaluation(planID: plan.id, version: .fullYearEstimate)
            #expect(evaluation.indicators.map { $0.components.first?.value?.text } == ["21", "3,2"])
            #expect(evaluation.summaryText == "đạt và vượt 2/2 chỉ tiêu")
        }
    }
}
