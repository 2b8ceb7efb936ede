import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// Sở Y tế's 2021-2025 health-insurance estimate (95) typed in the wrong row: the clerk withdraws
/// it with a reason; it stays in the history and the change log, and the plan reads it as missing.
/// Submitting then asks to confirm the missing value; an edit after submitting sends the
/// figures back to draft, in the log.
@Suite(.serialized) struct WithdrawalAndConfirmationTests {
    static let fiveYears = #"{"kind": "span", "start_year": 2021, "end_year": 2025}"#

    struct Setting {
        var plan: String
        var planID: UUID
        var insurance: IndicatorInfo
        var health: String
    }

    static func setting(_ app: Application) async throws -> Setting {
        let store = Store(database: app.db)
        let plan = try await app.planID(2021, 2025)
        let planID = try #require(UUID(uuidString: plan))
        let insurance = try #require(try await store.indicators(planID: planID).first { $0.name.hasPrefix("Tỷ lệ người dân tham gia bảo hiểm y tế") })
        let health = try await store.agencyID(named: "Sở Y tế", provinceID: try await store.provinceID(planID: planID), create: false)
        return Setting(plan: plan, planID: planID, insurance: insurance, health: health.uuidString)
    }

    func post(_ app: Application, _ path: String, _ json: String, as role: Role,
              _ check: (TestingHTTPResponse) throws -> Void) async throws {
        try await app.testing().test(.POST, path, headers: app.auth(role), beforeRequest: { request in
            request.headers.contentType = .json
            request.body = ByteBuffer(string: json)
        }, afterResponse: check)
    }

    func withdraw(_ app: Application, _ indicator: UUID, revision: Int, reason: String, as role: Role,
                  _ check: (TestingHTTPResponse) throws -> Void) async throws {
        try await post(app, "/api/v1/indicators/\(indicator)/observations/withdrawals",
                       #"{"period": \#(Self.fiveYears), "version": "uoc_ca_nam", "based_on_revision": \#(revision), "reason": "\#(reason)"}"#,
                       as: role, check)
    }

    static func line(_ app: Application, _ setting: Setting) async throws -> IndicatorEvaluation? {
        let evaluation = try await Store(database: app.db).evaluation(planID: setting.planID, version: .fullYearEstimate)
        return evaluation.indicators.flatMap { [$0] + $0.components }.first { $0.indicatorID == setting.insurance.id }
    }

    @Test(arguments: Engine.allCases)
    func aWithdrawnValueIsKeptInTheHistoryAndReadsAsMissing(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let setting = try await Self.setting(app)
            let insurance = setting.insurance.id
            #expect(try await Self.line(app, setting)?.value?.text == "95", "\(setting.insurance.name) starts with the seed's 95")

            try await withdraw(app, insurance, revision: 1, reason: "  ", as: .agencyClerk) { response in
                #expect(response.status == .badRequest)
                #expect(response.object["code"] as? String == "reason_required")
            }
            try await withdraw(app, insurance, revision: 1, reason: "nhập nhầm dòng", as: .viewer) { response in
                #expect(response.status == .forbidden)
            }
            try await withdraw(app, insurance, revision: 0, reason: "nhập nhầm dòng", as: .agencyClerk) { response in
                #expect(response.status == .conflict)
                #expect(response.object["code"] as? String == "stale_revision")
                #expect((response.object["current"] as? [String: Any])?["revision"] as? Int == 1)
            }
            try await withdraw(app, insurance, revision: 1, reason: "nhập nhầm dòng", as: .agencyClerk) { response in
                #expect(response.status == .created)
                #expect(response.object["withdrawn"] as? Bool == true)
                #expect(response.object["revision"] as? Int == 2)
                #expect((response.object["figure"] as? [String: Any])?["text"] as? String == "95", "the revision keeps what it withdrew")
                #expect(response.object["note"] as? String == "nhập nhầm dòng")
            }
            try await withdraw(app, insurance, revision: 2, reason: "lần nữa", as: .agencyClerk) { response in
                #expect(response.status == .conflict)
                #expect(response.object["code"] as? String == "nothing_to_withdraw")
            }

            let line = try #require(try await Self.line(app, setting))
            #expect(line.value == nil, "\(line.name): a withdrawn value is no value")
            #expect(line.verdict == .noData, "\(line.name)")
            try await app.testing().test(.GET, "/api/v1/indicators/\(insurance)/observations", headers: app.auth(.viewer)) { response in
                let series = response.array.filter { ($0["period"] as? [String: Any])?["kind"] as? String == "span" && $0["version"] as? String == "uoc_ca_nam" }
                #expect(series.map { $0["revision"] as? Int } == [2, 1], "nothing is deleted")
                #expect(series.map { $0["withdrawn"] as? Bool } == [true, false])
            }
            try await app.testing().test(.GET, "/api/v1/indicators/\(insurance)/changes", headers: app.auth(.viewer)) { response in
                let value = response.array.first { $0["entity"] as? String == "value" }
                #expect(value?["actor"] as? String == "soyte")
                #expect(value?["old_value"] as? String == "95")
                #expect(value?["new_value"] as? String == "(đã rút 95)")
                #expect(value?["reason"] as? String == "nhập nhầm dòng")
            }

            // Submitting with the value missing asks first, naming it.
            let submit = #"{"version": "uoc_ca_nam", "step": "submit", "based_on_revision": 0}"#
            try await post(app, "/api/v1/plans/\(setting.plan)/submissions/\(setting.health)", submit, as: .agencyClerk) { response in
                #expect(response.status == .unprocessableEntity)
                #expect(response.object["code"] as? String == "missing_values")
                let missing = (response.object["missing"] as? [[String: Any]])?.compactMap { $0["indicator_id"] as? String } ?? []
                #expect(missing.contains(insurance.uuidString))
                #expect((response.object["message"] as? String)?.contains("Tỷ lệ người dân tham gia bảo hiểm y tế") == true)
            }
            #expect(try await Store(database: app.db).submission(planID: setting.planID, agencyID: try #require(UUID(uuidString: setting.health)),
                                                                 version: .fullYearEstimate).status == .draft, "nothing was sent")
            try await post(app, "/api/v1/plans/\(setting.plan)/submissions/\(setting.health)",
                           #"{"version": "uoc_ca_nam", "step": "submit", "based_on_revision": 0, "confirm_missing": true}"#, as: .agencyClerk) { response in
                #expect(response.status == .ok)
                #expect(response.object["status"] as? String == "submitted")
            }

            // A new value after submitting: back to draft, and the log says which value did it.
            try await post(app, "/api/v1/indicators/\(insurance)/observations",
                           #"{"period": \#(Self.fiveYears), "version": "uoc_ca_nam", "text": "96", "based_on_revision": 2}"#, as: .agencyClerk) { response in
                #expect(response.status == .created)
                #expect(response.object["withdrawn"] as? Bool == false)
            }
            #expect(try await Self.line(app, setting)?.value?.text == "96")
            try await app.testing().test(.GET, "/api/v1/plans/\(setting.plan)/submissions?version=uoc_ca_nam", headers: app.auth(.approver)) { response in
                let health = response.array.first { $0["agency_id"] as? String == setting.health }
                #expect(health?["status"] as? String == "draft", "an edit after submitting reopens the figures")
                #expect((health?["comment"] as? String)?.contains("được sửa sau khi gửi") == true)
            }
            try await app.testing().test(.GET, "/api/v1/plans/\(setting.plan)/changes", headers: app.auth(.viewer)) { response in
                let reopened = response.array.first { $0["entity"] as? String == "submission" }
                #expect(reopened?["old_value"] as? String == "Đã gửi, chờ phê duyệt")
                #expect(reopened?["new_value"] as? String == "Đang nhập")
                #expect((reopened?["reason"] as? String)?.contains("Tỷ lệ người dân tham gia bảo hiểm y tế") == true)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func approvingAndUnlockingOnThePageAskAgain(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let setting = try await Self.setting(app)
            let agency = try #require(UUID(uuidString: setting.health))
            let store = Store(database: app.db)
            func status() async throws -> SubmissionStatus {
                try await store.submission(planID: setting.planID, agencyID: agency, version: .fullYearEstimate).status
            }
            func page(_ fields: [String: String], as role: Role, _ check: (TestingHTTPResponse) throws -> Void) async throws {
                try await app.testing().test(.POST, "/plans/\(setting.plan)/workflow", headers: app.auth(role), beforeRequest: { request in
                    try request.content.encode(["agency": setting.health, "version": "uoc_ca_nam"].merging(fields) { $1 }, as: .urlEncodedForm)
                }, afterResponse: check)
            }
            try await withdraw(app, setting.insurance.id, revision: 1, reason: "nhập nhầm dòng", as: .agencyClerk) { #expect($0.status == .created) }

            try await page(["step": "submit", "revision": "0"], as: .agencyClerk) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Xác nhận gửi khi còn thiếu số liệu"))
                #expect(response.text.contains("Tỷ lệ người dân tham gia bảo hiểm y tế"), "the missing value is listed")
                #expect(response.text.contains("name=\"confirmed\" value=\"yes\""))
            }
            #expect(try await status() == .draft)
            try await page(["step": "submit", "revision": "0", "confirmed": "yes"], as: .agencyClerk) { #expect($0.status == .seeOther) }
            #expect(try await status() == .submitted)

            try await page(["step": "approve", "revision": "1"], as: .approver) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Xác nhận phê duyệt và khóa"))
            }
            #expect(try await status() == .submitted, "approving waits for the confirmation")
            try await page(["step": "approve", "revision": "1"], as: .agencyClerk) { response in
                #expect(response.status == .forbidden, "no confirmation page for someone who may not approve")
            }
            try await page(["step": "approve", "revision": "1", "confirmed": "yes"], as: .approver) { #expect($0.status == .seeOther) }
            #expect(try await status() == .approved)

            try await page(["step": "unlock", "revision": "2", "reason": "Sở Y tế báo sai"], as: .admin) { response in
                #expect(response.text.contains("Xác nhận mở khóa"))
                #expect(response.text.contains("name=\"reason\" value=\"Sở Y tế báo sai\""), "the reason goes on to the second step")
            }
            #expect(try await status() == .approved)
            try await page(["step": "unlock", "revision": "2", "reason": "Sở Y tế báo sai", "confirmed": "yes"], as: .admin) { #expect($0.status == .seeOther) }
            #expect(try await status() == .draft)
        }
    }

    @Test func theReturnReasonShowsOnTheClerksEntryPage() async throws {
        try await TestApp.with(.sqlite) { app in
            let setting = try await Self.setting(app)
            let path = "/api/v1/plans/\(setting.plan)/submissions/\(setting.health)"
            try await post(app, path, #"{"version": "uoc_ca_nam", "step": "submit", "based_on_revision": 0, "confirm_missing": true}"#, as: .agencyClerk) {
                #expect($0.status == .ok)
            }
            try await post(app, path, #"{"version": "uoc_ca_nam", "step": "return", "reason": "Số BHYT chưa khớp báo cáo BHXH", "based_on_revision": 1}"#, as: .approver) {
                #expect($0.status == .ok)
            }
            try await app.testing().test(.GET, "/plans/\(setting.plan)/entry?version=uoc_ca_nam", headers: app.auth(.agencyClerk)) { response in
                #expect(response.text.contains("Số liệu của Sở Y tế bị trả lại bởi"))
                #expect(response.text.contains("Lý do: Số BHYT chưa khớp báo cáo BHXH"))
            }
        }
    }

    @Test func theWithdrawFormIsForThoseWhoMayEnterTheValue() async throws {
        try await TestApp.with(.sqlite) { app in
            let setting = try await Self.setting(app)
            for role in Role.allCases {
                try await app.testing().test(.GET, "/indicators/\(setting.insurance.id)?plan=\(setting.plan)", headers: app.auth(role)) { response in
                    let enters = role == .admin || role == .planner || role == .agencyClerk
                    #expect(response.text.contains("Rút giá trị") == enters, "the withdraw form as \(role)")
                }
            }
            try await app.testing().test(.POST, "/indicators/\(setting.insurance.id)/withdraw", headers: app.auth(.agencyClerk), beforeRequest: { request in
                try request.content.encode(["kind": "span", "start_year": "2021", "end_year": "2025", "version": "uoc_ca_nam",
                                            "revision": "1", "reason": "nhập nhầm dòng", "plan": setting.plan], as: .urlEncodedForm)
            }, afterResponse: { response in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location)?.hasSuffix("done=rut") == true)
            })
            try await app.testing().test(.GET, "/indicators/\(setting.insurance.id)?plan=\(setting.plan)&done=rut", headers: app.auth(.agencyClerk)) { response in
                #expect(response.text.contains("Đã rút giá trị"))
                #expect(response.text.contains("Đã rút (95)"))
                #expect(response.text.contains("rút giá trị 95 — lý do: nhập nhầm dòng"))
            }
        }
    }
}
