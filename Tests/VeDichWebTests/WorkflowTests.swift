import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichImport
import VeDichStore
@testable import VeDichWeb

/// Sở Y tế submits its 2021-2025 figures, the approver approves and they lock; an admin unlocks
/// with a reason; every step and value change is in the append-only change log.
@Suite(.serialized) struct WorkflowTests {
    static let fiveYears = #"{"kind": "span", "start_year": 2021, "end_year": 2025}"#
    /// The seed with the locked 2021-2025 health-insurance estimate changed from 95 to 99.
    static func insuranceReport() throws -> String {
        let seed = try String(contentsOf: TestApp.seedURL, encoding: .utf8)
        let row = "Tỷ lệ người dân tham gia bảo hiểm y tế (%)\n98\n95\n"
        #expect(seed.contains(row))
        return seed.replacingOccurrences(of: row, with: "Tỷ lệ người dân tham gia bảo hiểm y tế (%)\n98\n99\n")
    }

    func step(_ app: Application, plan: String, agency: String, _ json: String, as role: Role,
              _ check: (TestingHTTPResponse) throws -> Void) async throws {
        try await app.testing().test(.POST, "/api/v1/plans/\(plan)/submissions/\(agency)", headers: app.auth(role), beforeRequest: { request in
            request.headers.contentType = .json
            request.body = ByteBuffer(string: json)
        }, afterResponse: check)
    }

    func record(_ app: Application, _ indicator: UUID, text: String, revision: Int, as role: Role,
                _ check: (TestingHTTPResponse) throws -> Void) async throws {
        try await app.testing().test(.POST, "/api/v1/indicators/\(indicator)/observations", headers: app.auth(role), beforeRequest: { request in
            request.headers.contentType = .json
            request.body = ByteBuffer(string: #"{"period": \#(Self.fiveYears), "version": "uoc_ca_nam", "text": "\#(text)", "based_on_revision": \#(revision)}"#)
        }, afterResponse: check)
    }

    @Test(arguments: Engine.allCases)
    func approvalLocksUntilAnAdminUnlocksWithAReason(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let store = Store(database: app.db)
            let plan = try await app.planID(2021, 2025)
            let planID = try #require(UUID(uuidString: plan))
            let insurance = try #require(try await store.indicators(planID: planID).first { $0.name.hasPrefix("Tỷ lệ người dân tham gia bảo hiểm y tế") })
            let health = try await store.agencyID(named: "Sở Y tế", provinceID: try await store.provinceID(planID: planID), create: false).uuidString

            try await step(app, plan: plan, agency: health, #"{"version": "uoc_ca_nam", "step": "approve", "based_on_revision": 0}"#, as: .approver) { response in
                #expect(response.status == .badRequest, "nothing was submitted yet")
                #expect(response.object["code"] as? String == "workflow_step_refused")
            }
            try await step(app, plan: plan, agency: health, #"{"version": "uoc_ca_nam", "step": "submit", "based_on_revision": 0}"#, as: .agencyClerk) { response in
                #expect(response.status == .ok)
                #expect(response.object["status"] as? String == "submitted")
            }
            try await step(app, plan: plan, agency: health, #"{"version": "uoc_ca_nam", "step": "approve", "based_on_revision": 1}"#, as: .agencyClerk) { response in
                #expect(response.status == .forbidden, "a clerk does not approve")
            }
            try await step(app, plan: plan, agency: health, #"{"version": "uoc_ca_nam", "step": "approve", "based_on_revision": 1}"#, as: .approver) { response in
                #expect(response.object["status"] as? String == "approved")
            }
            for role in [Role.agencyClerk, .planner] {
                try await record(app, insurance.id, text: "98", revision: 1, as: role) { response in
                    #expect(response.status == .conflict)
                    #expect(response.object["code"] as? String == "locked")
                    #expect((response.object["message"] as? String)?.contains("Sở Y tế kỳ này đã được pheduyet phê duyệt và khóa lúc") == true)
                }
            }
            try await app.testing().test(.GET, "/plans/\(plan)/entry", headers: app.auth(.agencyClerk)) { response in
                #expect(response.text.contains("đã được \(Role.approver.label) phê duyệt và khóa"), "people by their names, not their log-ins")
                #expect(!response.text.contains("class=\"entry\""), "nothing left to send: no form")
                #expect(!response.text.contains("Tốc độ tăng tổng sản phẩm"), "a clerk sees only the agency's own indicators")
            }
            let lockedImport = Auditor().audit(TextReportReader.read(text: try Self.insuranceReport(), name: "bhyt.txt"))
            await #expect(throws: StoreError.self) {
                _ = try await ReportImporter(database: app.db).apply(lockedImport, province: "Lạng Sơn", recordedBy: "nhập tệp bhyt.txt")
            }
            try await step(app, plan: plan, agency: health, #"{"version": "uoc_ca_nam", "step": "unlock", "based_on_revision": 2}"#, as: .admin) { response in
                #expect(response.status == .badRequest)
                #expect((response.object["message"] as? String)?.contains("Cần ghi lý do") == true)
            }
            try await step(app, plan: plan, agency: health, #"{"version": "uoc_ca_nam", "step": "unlock", "reason": "Sở Y tế báo sai số liệu BHYT", "based_on_revision": 2}"#, as: .admin) { response in
                #expect(response.object["status"] as? String == "draft")
            }
            try await record(app, insurance.id, text: "98", revision: 1, as: .agencyClerk) { response in
                #expect(response.status == .created)
            }

            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/changes", headers: app.auth(.viewer)) { response in
                let steps = response.array.filter { $0["entity"] as? String == "submission" }.map { "\($0["actor"] as? String ?? "") \($0["old_value"] as? String ?? "") → \($0["new_value"] as? String ?? "")" }
                #expect(steps == ["quantri Đã phê duyệt (khóa) → Đang nhập", "pheduyet Đã gửi, chờ phê duyệt → Đã phê duyệt (khóa)",
                                  "soyte Đang nhập → Đã gửi, chờ phê duyệt"])
                #expect(response.array.first?["reason"] as? String == "Sở Y tế báo sai số liệu BHYT")
                let target = response.array.first { $0["entity"] as? String == "target" && $0["new_value"] as? String == "98" }
                #expect(target?["actor"] as? String == "test", "the import's targets are in the log too")
            }
            try await app.testing().test(.GET, "/api/v1/indicators/\(insurance.id)/changes", headers: app.auth(.viewer)) { response in
                let value = response.array.first { $0["entity"] as? String == "value" }
                #expect(value?["actor"] as? String == "soyte")
                #expect(value?["old_value"] as? String == "95")
                #expect(value?["new_value"] as? String == "98")
            }
            try await app.testing().test(.GET, "/api/v1/indicators/\(insurance.id)/changes.csv", headers: app.auth(.viewer)) { response in
                #expect(response.text.contains("Thời điểm,Người thay đổi"))
                #expect(response.text.contains("soyte"))
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func theChangeLogRefusesEditsAndDeletes(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let sql = try #require(app.db as? any SQLDatabase)
            let before = try await Store(database: app.db).changes().count
            #expect(before > 0)
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE change_log SET actor = 'ai-do'").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM change_log").run() }
            #expect(try await Store(database: app.db).changes().count == before)
        }
    }
}
