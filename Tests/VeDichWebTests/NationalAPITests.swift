import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// The ministry's API and pages answer with the province's own figures: the counts and verdicts
/// of `/api/v1/plans/{id}/evaluation`, never figures of their own; the pages lay them out with
/// no inline style (the content policy forbids it) and their workbooks carry the same rows.
@Suite struct NationalAPITests {
    /// The seeded 2024 plan, with its insurance indicator given the higher-level code "QG-01".
    static func prepare(_ app: Application) async throws -> (plan: String, indicator: IndicatorInfo) {
        let store = Store(database: app.db)
        let plan = try await app.planID(2024, 2024)
        let planUUID = try #require(UUID(uuidString: plan))
        let insurance = try #require(try await store.indicators(planID: planUUID).first { $0.name.hasPrefix("Tỷ lệ người dân tham gia bảo hiểm y tế") })
        let entry = try await store.catalogueEntry(planID: planUUID, indicatorID: insurance.id)
        _ = try await store.editIndicator(planID: planUUID, indicatorID: insurance.id,
                                          CatalogueEdit(basedOnRevision: entry.revision, nationalCode: "QG-01"), actor: "test")
        return (plan, insurance)
    }

    @Test(arguments: Engine.allCases)
    func summaryAndIndicatorAreTheProvincesOwnFigures(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let (plan, insurance) = try await Self.prepare(app)
            var own: [String: Any] = [:]
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/evaluation?version=uoc_ca_nam", headers: app.auth(.viewer)) { response in
                own = response.object
            }
            let ownTotal = ((own["summary"] as? [String: Any])?["total"] as? [String: Int]) ?? [:]
            try await app.testing().test(.GET, "/api/v1/national/summary?year=2024&version=uoc_ca_nam", headers: app.auth(.viewer)) { response in
                #expect(response.status == .ok)
                let provinces = response.object["provinces"] as? [[String: Any]] ?? []
                let langSon = provinces.first { $0["province"] as? String == "Lạng Sơn" }
                #expect(langSon?["plan_id"] as? String == plan)
                #expect((langSon?["counts"] as? [String: Int]) == ownTotal, "Lạng Sơn: the plan's own summary \(ownTotal)")
            }
            // Headline or component: the insurance line may be a part of a compound row.
            let headlines = (own["indicators"] as? [[String: Any]]) ?? []
            let lines = headlines + headlines.flatMap { ($0["components"] as? [[String: Any]]) ?? [] }
            let line = lines.first { $0["indicator_id"] as? String == insurance.id.uuidString }
            try await app.testing().test(.GET, "/api/v1/national/indicators/QG-01?year=2024", headers: app.auth(.viewer)) { response in
                #expect(response.status == .ok)
                let row = (response.object["provinces"] as? [[String: Any]])?.first
                #expect(row?["province"] as? String == "Lạng Sơn")
                #expect(row?["verdict"] as? String == line?["verdict"] as? String, "“\(insurance.name)”: the plan's own verdict")
                #expect((row?["target"] as? [String: Any])?["text"] as? String == (line?["target"] as? [String: Any])?["text"] as? String)
                #expect((row?["value"] as? [String: Any])?["text"] as? String == (line?["value"] as? [String: Any])?["text"] as? String)
            }
            try await app.testing().test(.GET, "/api/v1/national/indicators/QG-99?year=2024", headers: app.auth(.viewer)) { response in
                #expect(response.status == .notFound && response.object["code"] as? String == "national_code_not_found")
                #expect((response.object["message"] as? String)?.contains("QG-99") == true)
            }
            try await app.testing().test(.GET, "/api/v1/national/summary?year=hai-nghin", headers: app.auth(.viewer)) { response in
                #expect(response.status == .badRequest && response.object["code"] as? String == "invalid_year")
            }
            try await app.testing().test(.GET, "/api/v1/national/status?year=2024", headers: app.auth(.viewer)) { response in
                let provinces = response.object["provinces"] as? [[String: Any]] ?? []
                let agencies = (provinces.first { $0["province"] as? String == "Lạng Sơn" }?["agencies"] as? [[String: Any]]) ?? []
                #expect(Set(agencies.compactMap { $0["agency"] as? String }) == ["Sở Tài chính", "Sở Y tế"])
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func pagesAndWorkbooksShowTheSameRowsWithoutInlineStyles(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let (_, insurance) = try await Self.prepare(app)
            let province = try await Store(database: app.db).provinceID(named: "Lạng Sơn")
            let health = try await Store(database: app.db).agencyID(named: "Sở Y tế", provinceID: province, create: false)
            for path in ["/national?year=2024", "/national/indicators/QG-01?year=2024", "/national/status?year=2024",
                         "/national/provinces/\(province)?year=2024", "/national/provinces/\(province)/agencies/\(health)?year=2024"] {
                try await app.testing().test(.GET, path, headers: app.auth(.viewer)) { response in
                    #expect(response.status == .ok, "\(path): \(response.status.code)")
                    #expect(response.text.contains("Lạng Sơn"), "\(path) names the province")
                    #expect(!response.text.contains(" style="), "\(path): no inline style")
                }
            }
            try await app.testing().test(.GET, "/national/provinces/\(province)/agencies/\(health)?year=2024", headers: app.auth(.viewer)) { response in
                #expect(response.text.contains("/indicators/\(insurance.id.uuidString)"), "Sở Y tế's page links “\(insurance.name)”")
            }
            for path in ["/national/summary.xlsx?year=2024", "/national/indicators/QG-01/table.xlsx?year=2024", "/national/status.xlsx?year=2024",
                         "/national/provinces/\(province)/agencies/\(health)/table.xlsx?year=2024"] {
                try await app.testing().test(.GET, path, headers: app.auth(.viewer)) { response in
                    #expect(response.status == .ok, "\(path): \(response.status.code)")
                    let strings = try Workbooks.part("xl/sharedStrings.xml", of: Data(response.body.readableBytesView))
                    #expect(strings.contains("Lạng Sơn"), "\(path): the workbook names the province")
                }
            }
        }
    }
}
