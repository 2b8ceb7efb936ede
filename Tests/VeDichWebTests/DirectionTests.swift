import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// The planning office corrects which way an indicator is better: only it (and an admin) may,
/// only with a reason; the change log keeps who, when, old, new and why, and the verdict follows.
@Suite(.serialized) struct DirectionTests {
    /// A 2024 line judged higher-is-better whose value is above its point target: read the
    /// other way, it fails.
    static func beatenTarget(_ app: Application, planID: UUID) async throws -> IndicatorEvaluation {
        let evaluation = try await Store(database: app.db).evaluation(planID: planID, version: .fullYearEstimate)
        return try #require(evaluation.indicators.first { line in
            line.components.isEmpty && line.direction == .higher && line.target?.form == .point
                && (line.value?.lower ?? 0) > (line.target?.lower ?? .infinity)
        })
    }

    func put(_ app: Application, _ indicator: UUID, _ json: String, as role: Role,
             _ check: (TestingHTTPResponse) throws -> Void) async throws {
        try await app.testing().test(.PUT, "/api/v1/indicators/\(indicator)/direction", headers: app.auth(role), beforeRequest: { request in
            request.headers.contentType = .json
            request.body = ByteBuffer(string: json)
        }, afterResponse: check)
    }

    @Test(arguments: Engine.allCases)
    func thePlannerChangesADirectionWithAReasonAndTheVerdictFollows(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try #require(UUID(uuidString: try await app.planID(2024, 2024)))
            let line = try await Self.beatenTarget(app, planID: plan)
            #expect([Verdict.met, .exceeded].contains(line.verdict), "\(line.name) beats its target \(line.target?.text ?? "")")
            let lower = #"{"direction": "lower", "reason": "Chỉ tiêu đo số vụ vi phạm, càng thấp càng tốt"}"#
            for role in [Role.agencyClerk, .approver, .viewer] {
                try await put(app, line.indicatorID, lower, as: role) { response in
                    #expect(response.status == .forbidden, "\(role) may not change \(line.name)'s direction")
                }
            }
            try await put(app, line.indicatorID, #"{"direction": "lower", "reason": "   "}"#, as: .planner) { response in
                #expect(response.status == .badRequest)
                #expect(response.object["code"] as? String == "reason_required")
            }
            #expect(try await Self.beatenTarget(app, planID: plan).indicatorID == line.indicatorID, "a refused change changes nothing")

            try await put(app, line.indicatorID, lower, as: .planner) { response in
                #expect(response.status == .ok)
                #expect(response.object["direction"] as? String == "lower")
                #expect((response.object["direction_reason"] as? String)?.contains("càng thấp càng tốt") == true)
            }
            let after = try #require(try await Store(database: app.db).evaluation(planID: plan, version: .fullYearEstimate)
                .indicators.first { $0.indicatorID == line.indicatorID })
            #expect(after.direction == .lower)
            #expect(after.verdict == .missed, "\(line.name): \(line.value?.text ?? "") above \(line.target?.text ?? "") fails when lower is better")

            try await app.testing().test(.GET, "/api/v1/indicators/\(line.indicatorID)/changes", headers: app.auth(.viewer)) { response in
                let change = response.array.first { $0["field"] as? String == "hướng đánh giá" }
                #expect(change?["actor"] as? String == "bientap")
                #expect(change?["old_value"] as? String == Direction.higher.label)
                #expect(change?["new_value"] as? String == Direction.lower.label)
                #expect(change?["reason"] as? String == "Chỉ tiêu đo số vụ vi phạm, càng thấp càng tốt")
                #expect(change?["at"] != nil)
            }
        }
    }

    @Test func theDirectionFormIsForThePlanningOfficeOnly() async throws {
        try await TestApp.with(.sqlite) { app in
            let plan = try #require(UUID(uuidString: try await app.planID(2024, 2024)))
            let line = try await Self.beatenTarget(app, planID: plan)
            for role in Role.allCases {
                try await app.testing().test(.GET, "/indicators/\(line.indicatorID)?plan=\(plan)", headers: app.auth(role)) { response in
                    #expect(response.text.contains("id=\"doi-huong\"") == (role == .admin || role == .planner), "the direction form as \(role)")
                }
            }
            try await app.testing().test(.POST, "/indicators/\(line.indicatorID)/direction", headers: app.auth(.planner), beforeRequest: { request in
                try request.content.encode(["direction": "band", "reason": ""], as: .urlEncodedForm)
            }, afterResponse: { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("Cần ghi lý do đổi hướng đánh giá"))
            })
            try await app.testing().test(.POST, "/indicators/\(line.indicatorID)/direction", headers: app.auth(.planner), beforeRequest: { request in
                try request.content.encode(["direction": "lower", "reason": "Đo số vụ vi phạm", "plan": plan.uuidString], as: .urlEncodedForm)
            }, afterResponse: { response in
                #expect(response.status == .seeOther)
            })
            try await app.testing().test(.GET, "/indicators/\(line.indicatorID)?plan=\(plan)&done=huong", headers: app.auth(.planner)) { response in
                #expect(response.text.contains("Đã đổi hướng đánh giá"))
                #expect(response.text.contains("hướng: \(Direction.lower.label)"))
                #expect(response.text.contains("Đo số vụ vi phạm"))
            }
        }
    }
}
