import Foundation
import Testing
import Vapor
import VaporTesting

/// `/api/v1/plans…` on the Lạng Sơn demo, on SQLite and PostgreSQL.
@Suite(.serialized) struct PlanAPITests {
    @Test(arguments: Engine.allCases)
    func listsTheThreeDemoPlans(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            try await app.testing().test(.GET, "/api/v1/plans", headers: app.auth()) { response in
                #expect(response.status == .ok)
                #expect(response.array.map { "\($0["start_year"] ?? "")-\($0["end_year"] ?? "")" } == ["2021-2025", "2024-2024", "2025-2025"])
                #expect(response.array.allSatisfy { $0["province"] as? String == "Lạng Sơn" && $0["composite_policy"] as? String == "strict" })
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func fiveYearEvaluationIs14Of18WithII5Missed(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2021, 2025)
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/evaluation", headers: app.auth()) { response in
                #expect(response.status == .ok)
                let body = response.object
                #expect(body["summary_text"] as? String == "đạt và vượt 14/18 chỉ tiêu")
                #expect(body["version"] as? String == "uoc_ca_nam")
                let indicators = body["indicators"] as? [[String: Any]] ?? []
                #expect(indicators.count == 18)
                let health = indicators.first { $0["code"] as? String == "II.5" }
                #expect(health?["verdict"] as? String == "khong_dat")
                #expect((health?["reason"] as? String)?.contains("“95” thấp hơn mức kế hoạch 98") == true)
                #expect((health?["components"] as? [[String: Any]])?.count == 3)
                let total = (body["summary"] as? [String: Any])?["total"] as? [String: Any]
                #expect(total?["khong_dat"] as? Int == 4)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func year2024EvaluationHasII2Missed(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2024, 2024)
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/evaluation?version=uoc_ca_nam", headers: app.auth()) { response in
                let indicators = response.object["indicators"] as? [[String: Any]] ?? []
                let roads = indicators.first { $0["code"] as? String == "II.2" }
                #expect(roads?["verdict"] as? String == "khong_dat")
                #expect(roads?["label"] as? String == "Không đạt")
                let tourism = indicators.first { $0["code"] as? String == "I.4" }
                #expect((tourism?["percent_of_target"] as? [String: Any])?["basis"] as? String == "point")
            }
            // No official values yet: every indicator has no data.
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/evaluation?version=chinh_thuc", headers: app.auth()) { response in
                #expect(response.object["summary_text"] as? String == "đạt và vượt 0/18 chỉ tiêu")
            }
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/evaluation?version=uoc", headers: app.auth()) { response in
                #expect(response.status == .badRequest)
                #expect(response.object["code"] as? String == "invalid_version")
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func indicatorsAndTargetsOfAPlan(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2025, 2025)
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)", headers: app.auth()) { response in
                #expect(response.object["title"] as? String == "Kế hoạch phát triển kinh tế - xã hội năm 2025")
            }
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/indicators", headers: app.auth()) { response in
                let poverty = response.array.first { $0["name"] as? String == "Tỷ lệ hộ nghèo" }
                #expect(poverty?["direction"] as? String == "lower")
                #expect(poverty?["code"] as? String == "II.7")
                let services = response.array.first { $0["name"] as? String == "Dịch vụ" }
                #expect(services?["parent_id"] as? String != nil)
            }
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/targets", headers: app.auth()) { response in
                #expect(response.array.count == 30)
                let growth = response.array.first { $0["code"] as? String == "I.1" }
                #expect((growth?["figure"] as? [String: Any])?["text"] as? String == "7,5 - 8%")
                #expect(growth?["issuer"] as? String == "Tỉnh giao")
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func evaluationExportsAsCSV(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2021, 2025)
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/evaluation.csv", headers: app.auth()) { response in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.subType == "csv")
                let lines = response.text.split(separator: "\r\n")
                #expect(lines.first?.hasSuffix("TT,Chỉ tiêu,Đơn vị,Kế hoạch,Thực hiện kỳ trước,Thực hiện,% kế hoạch,Đánh giá,Thành phần quyết định,Lý do") == true)
                #expect(lines.contains { $0.hasPrefix("II.5,") && $0.contains(",Không đạt,") })
                #expect(lines.last?.contains("đạt và vượt 14/18 chỉ tiêu") == true)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func refusalsAreVietnameseJSONWithAStableCode(_ engine: Engine) async throws {
        try await TestApp.with(engine, seeded: false) { app in
            try await app.testing().test(.GET, "/api/v1/plans/khong-co", headers: app.auth()) { response in
                #expect(response.status == .notFound)
                #expect(response.object["code"] as? String == "plan_not_found")
                #expect((response.object["message"] as? String)?.contains("Không có kế hoạch mã “khong-co”") == true)
            }
            try await app.testing().test(.GET, "/api/v1/plans/\(UUID().uuidString)/evaluation", headers: app.auth()) { response in
                #expect(response.status == .notFound)
            }
            // Who may read the plan is decided before anything else is read, so a missing plan
            // is said first even when the version is wrong too.
            try await app.testing().test(.GET, "/api/v1/plans/\(UUID().uuidString)/evaluation?version=uoc", headers: app.auth()) { response in
                #expect(response.status == .notFound)
                #expect(response.object["code"] as? String == "plan_not_found")
            }
            try await app.testing().test(.GET, "/api/v1/khong-co", headers: app.auth()) { response in
                #expect(response.status == .notFound)
                #expect(response.object["code"] as? String == "not_found")
            }
        }
    }
}
