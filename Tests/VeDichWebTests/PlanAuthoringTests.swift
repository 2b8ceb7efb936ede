import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichImport
import VeDichStore
@testable import VeDichWeb

/// A planning office writes next year's plan through the API, on SQLite and PostgreSQL: it
/// creates 2026 from 2025, sets targets (a stale edit and a misspelt target are refused), chooses
/// the settings its verdicts follow, issues the plan, and an admin unlocks it with a reason.
@Suite(.serialized) struct PlanAuthoringTests {
    @Test(arguments: Engine.allCases)
    func the2026PlanIsWrittenIssuedAndUnlockedThroughTheAPI(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan2025 = try await app.planID(2025, 2025)
            var answer = try await app.call(.POST, "/api/v1/plans", [
                "province": "Lạng Sơn", "horizon": "annual", "start_year": 2026, "end_year": 2026, "copy_from": plan2025,
            ])
            #expect(answer.status == .created, "\(answer.text)")
            let plan = try #require(answer.object["id"] as? String)
            #expect(answer.object["title"] as? String == "Kế hoạch phát triển kinh tế - xã hội năm 2026")
            #expect(answer.object["issued_at"] is NSNull)

            // The indicator system came along, in its order, with its components; no target did.
            let before = try await app.call(.GET, "/api/v1/plans/\(plan2025)/indicators").array
            let indicators = try await app.call(.GET, "/api/v1/plans/\(plan)/indicators").array
            #expect(indicators.map { $0["code"] as? String } == before.map { $0["code"] as? String })
            #expect(indicators.map { $0["id"] as? String } == before.map { $0["id"] as? String })
            #expect(indicators.first { $0["name"] as? String == "Dịch vụ" }?["parent_id"] as? String != nil)
            #expect(try await app.call(.GET, "/api/v1/plans/\(plan)/targets").array.isEmpty)
            answer = try await app.call(.POST, "/api/v1/plans", ["province": "Lạng Sơn", "horizon": "annual", "start_year": 2026])
            #expect(answer.status == .conflict && answer.object["code"] as? String == "plan_exists", "\(answer.text)")

            func id(_ prefix: String) throws -> String {
                try #require(indicators.first { ($0["name"] as? String)?.hasPrefix(prefix) == true }?["id"] as? String, "chỉ tiêu “\(prefix)”")
            }
            let growth = try id("Tốc độ tăng trưởng kinh tế"), perCapita = try id("Tổng sản phẩm bình quân đầu người"),
                forest = try id("Trồng rừng mới")
            func setTarget(_ indicator: String, _ text: String, issuer: String = "hdnd_tinh", basedOn: Int? = nil) async throws -> Answer {
                try await app.call(.PUT, "/api/v1/plans/\(plan)/targets/\(indicator)",
                                   ["text": text, "issuer": issuer, "based_on_revision": basedOn.map { $0 as Any } ?? NSNull()])
            }

            // Three targets of the HĐND tỉnh, as the resolution writes them.
            answer = try await setTarget(growth, "7,5 - 8")
            #expect(answer.status == .created, "\(answer.text)")
            #expect(answer.object["revision"] as? Int == 1)
            #expect(answer.object["issuer"] as? String == "HĐND tỉnh giao" && answer.object["issuer_code"] as? String == "hdnd_tinh")
            #expect(try await setTarget(perCapita, "80 - 100").status == .created)
            #expect(try await setTarget(forest, "12.000").status == .created)
            answer = try await setTarget(growth, "8 - 8,5", basedOn: 1)
            #expect(answer.status == .ok && answer.object["revision"] as? Int == 2, "\(answer.text)")

            // A stale edit: someone changed the growth target since revision 1.
            answer = try await setTarget(growth, "9", basedOn: 1)
            #expect(answer.status == .conflict && answer.object["code"] as? String == "stale_revision", "\(answer.text)")
            #expect((answer.object["message"] as? String)?.contains("bản sửa 2") == true, "\(answer.text)")
            // A misspelt target: named, with what is wrong in it, and nothing changed.
            answer = try await setTarget(perCapita, "80,,5")
            #expect(answer.status == .unprocessableEntity && answer.object["code"] as? String == "invalid_target", "\(answer.text)")
            #expect((answer.object["message"] as? String)?.contains("“80,,5” không đọc được") == true, "\(answer.text)")
            let targets = try await app.call(.GET, "/api/v1/plans/\(plan)/targets").array
            func target(_ indicator: String) -> [String: Any]? { targets.first { $0["indicator_id"] as? String == indicator } }
            #expect(targets.count == 3)
            #expect((target(growth)?["figure"] as? [String: Any])?["text"] as? String == "8 - 8,5")
            #expect((target(perCapita)?["figure"] as? [String: Any])?["text"] as? String == "80 - 100", "the refused text changed nothing")

            // Which issuer governs: the province's own (HĐND) by default, the UBND's aim once chosen.
            #expect(try await setTarget(growth, "9", issuer: "ubnd_tinh").status == .created)
            #expect(try await app.line(plan, growth)["issuer"] as? String == "HĐND tỉnh giao")
            answer = try await app.call(.PATCH, "/api/v1/plans/\(plan)", ["governing_issuer": "ubnd_tinh"])
            #expect(answer.status == .ok && answer.object["governing_issuer"] as? String == "ubnd_tinh", "\(answer.text)")
            let governed = try await app.line(plan, growth)
            #expect(governed["issuer"] as? String == "UBND tỉnh phấn đấu")
            #expect((governed["target"] as? [String: Any])?["text"] as? String == "9")

            // The range end for "% kế hoạch": 90 of 80 - 100 is 90% of the upper end, 112,5% of the lower,
            // in the evaluation and in the CSV alike.
            answer = try await app.call(.POST, "/api/v1/indicators/\(perCapita)/observations", [
                "period": ["kind": "year", "start_year": 2026, "end_year": 2026], "version": "uoc_ca_nam", "text": "90", "based_on_revision": 0,
            ])
            #expect(answer.status == .created, "\(answer.text)")
            var comparison = try await app.line(plan, perCapita)["comparison"] as? [String: Any]
            #expect(comparison?["basis"] as? String == "upper_end" && comparison?["percent"] as? Double == 90)
            answer = try await app.call(.PATCH, "/api/v1/plans/\(plan)", ["range_end": "lower", "data_cutoffs": ["uoc_6_thang": "2026-06-15"]])
            #expect(answer.status == .ok && answer.object["range_end"] as? String == "lower", "\(answer.text)")
            #expect((answer.object["data_cutoffs"] as? [String: Any])?["uoc_6_thang"] as? String == "2026-06-15")
            comparison = try await app.line(plan, perCapita)["comparison"] as? [String: Any]
            #expect(comparison?["basis"] as? String == "lower_end" && comparison?["percent"] as? Double == 112.5, "\(String(describing: comparison))")
            let csv = try await app.call(.GET, "/api/v1/plans/\(plan)/evaluation.csv").text
            #expect(csv.split(separator: "\r\n").contains { $0.contains("bình quân đầu người") && $0.contains(#",80 - 100,,90,"112,5","#) }, "\(csv)")
            answer = try await app.call(.PATCH, "/api/v1/plans/\(plan)", ["data_cutoffs": ["uoc_ca_nam": "2026-02-30"]])
            #expect(answer.status == .unprocessableEntity && answer.object["code"] as? String == "invalid_setting", "\(answer.text)")

            // Issued: targets are locked for the office; only an admin unlocks, and only with a reason.
            answer = try await app.call(.POST, "/api/v1/plans/\(plan)/issue")
            #expect(answer.status == .ok && answer.object["issued_at"] as? String != nil, "\(answer.text)")
            answer = try await setTarget(forest, "13.000", basedOn: 1)
            #expect(answer.status == .conflict && answer.object["code"] as? String == "plan_issued", "\(answer.text)")
            #expect(try await app.call(.POST, "/api/v1/plans/\(plan)/unlock", ["reason": "sửa số"]).status == .forbidden)
            answer = try await app.call(.POST, "/api/v1/plans/\(plan)/unlock", ["reason": "  "], as: .admin)
            #expect(answer.status == .unprocessableEntity && answer.object["code"] as? String == "reason_required", "\(answer.text)")
            answer = try await app.call(.POST, "/api/v1/plans/\(plan)/unlock", ["reason": "HĐND điều chỉnh chỉ tiêu trồng rừng"], as: .admin)
            #expect(answer.status == .ok && answer.object["issued_at"] is NSNull, "\(answer.text)")
            answer = try await setTarget(forest, "13.000", basedOn: 1)
            #expect(answer.status == .ok && answer.object["revision"] as? Int == 2, "\(answer.text)")

            // Every step in the plan's change log: who, what, from what to what, why.
            let changes = try await app.call(.GET, "/api/v1/plans/\(plan)/changes").array
            func logged(_ field: String, old: String? = nil, new: String? = nil) -> [String: Any]? {
                changes.first { $0["field"] as? String == field && (old == nil || $0["old_value"] as? String == old)
                    && (new == nil || $0["new_value"] as? String == new) }
            }
            #expect(logged("tạo kế hoạch")?["actor"] as? String == "bientap")
            #expect((logged("tạo kế hoạch")?["reason"] as? String)?.contains("năm 2025") == true)
            #expect(logged("kế hoạch (HĐND tỉnh giao)", old: "7,5 - 8", new: "8 - 8,5") != nil)
            #expect(logged("kế hoạch (HĐND tỉnh giao)", old: "12.000", new: "13.000")?["actor"] as? String == "bientap")
            #expect(logged("kế hoạch dùng để đánh giá", new: "kế hoạch UBND tỉnh phấn đấu") != nil)
            #expect(logged("ngày chốt số liệu ước 6 tháng", new: "2026-06-15") != nil)
            #expect(logged("ban hành kế hoạch", new: "đã ban hành")?["actor"] as? String == "bientap")
            let unlocked = logged("mở khóa kế hoạch đã ban hành")
            #expect(unlocked?["actor"] as? String == "quantri" && unlocked?["reason"] as? String == "HĐND điều chỉnh chỉ tiêu trồng rừng")
            #expect(logged("kế hoạch (HĐND tỉnh giao)", new: "9") == nil, "the stale edit left no trace")
        }
    }

    @Test(arguments: Engine.allCases)
    func plansAreWrittenOnlyForOnesOwnProvinceAndWithSensibleYears(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let outsiders = try await AccessTests.outsiderHeaders(app)
            let plan2025 = try await app.planID(2025, 2025)
            let growth = try #require(try await app.call(.GET, "/api/v1/plans/\(plan2025)/indicators").array.first?["id"] as? String)
            var answer = try await app.call(.POST, "/api/v1/plans", ["province": "Lạng Sơn", "horizon": "annual", "start_year": 2026],
                                            headers: outsiders[.planner] ?? [:])
            #expect(answer.status == .forbidden, "Cao Bằng's office creates a Lạng Sơn plan: \(answer.status.code)")
            answer = try await app.call(.PUT, "/api/v1/plans/\(plan2025)/targets/\(growth)", ["text": "9", "issuer": "hdnd_tinh"],
                                        headers: outsiders[.planner] ?? [:])
            #expect([403, 404].contains(answer.status.code), "Cao Bằng's office sets a Lạng Sơn target: \(answer.status.code)")
            answer = try await app.call(.PUT, "/api/v1/plans/\(plan2025)/targets/\(growth)", ["text": "9", "issuer": "hdnd_tinh"], as: .agencyClerk)
            #expect(answer.status == .forbidden)

            answer = try await app.call(.POST, "/api/v1/plans", ["province": "Cao Bằng", "horizon": "annual", "start_year": 2026, "copy_from": plan2025],
                                        as: .admin)
            #expect(answer.status == .unprocessableEntity && answer.object["code"] as? String == "copy_source_not_found", "\(answer.text)")
            let otherProvinceMessage = answer.object["message"] as? String
            // Another province's plan and a made-up id get the same answer: an id reveals nothing.
            answer = try await app.call(.POST, "/api/v1/plans", ["province": "Cao Bằng", "horizon": "annual", "start_year": 2026, "copy_from": UUID().uuidString],
                                        as: .admin)
            #expect(answer.object["code"] as? String == "copy_source_not_found", "\(answer.text)")
            #expect(otherProvinceMessage?.contains("Kế hoạch phát triển") == false, "the other province's plan title is not quoted: \(otherProvinceMessage ?? "")")
            answer = try await app.call(.POST, "/api/v1/plans", ["province": "Lạng Sơn", "horizon": "annual", "start_year": 2026, "end_year": 2027])
            #expect(answer.status == .unprocessableEntity && (answer.object["message"] as? String)?.contains("cùng một năm") == true, "\(answer.text)")
            answer = try await app.call(.POST, "/api/v1/plans", ["province": "Lạng Sơn", "horizon": "five_year", "start_year": 2026, "end_year": 2029])
            #expect(answer.status == .unprocessableEntity && (answer.object["message"] as? String)?.contains("2030") == true, "\(answer.text)")
            answer = try await app.call(.POST, "/api/v1/plans", ["province": "Hà Giang cũ", "horizon": "annual", "start_year": 2026], as: .admin)
            #expect(answer.status == .unprocessableEntity && answer.object["code"] as? String == "province_not_found", "\(answer.text)")
            answer = try await app.call(.PUT, "/api/v1/plans/\(plan2025)/targets/\(growth)", ["text": "9", "issuer": "tinh_uy"])
            #expect(answer.status == .unprocessableEntity && answer.object["code"] as? String == "unknown_issuer", "\(answer.text)")

            // An empty five-year plan has no indicators.
            answer = try await app.call(.POST, "/api/v1/plans", ["province": "Lạng Sơn", "horizon": "five_year", "start_year": 2031])
            #expect(answer.status == .created && answer.object["end_year"] as? Int == 2035, "\(answer.text)")
            let empty = try #require(answer.object["id"] as? String)
            #expect(try await app.call(.GET, "/api/v1/plans/\(empty)/indicators").array.isEmpty)
        }
    }

    /// A retired indicator (and its components) stays in 2025 but is not copied into 2026.
    @Test(arguments: Engine.allCases)
    func aRetiredIndicatorIsNotCopiedIntoTheNewPlan(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan2025 = try await app.planID(2025, 2025)
            let before = try await app.call(.GET, "/api/v1/plans/\(plan2025)/indicators").array
            let structure = try #require(before.first { $0["name"] as? String == "Cơ cấu kinh tế" })
            let structureID = try #require(structure["id"] as? String)
            let parts = before.filter { $0["parent_id"] as? String == structureID }
            #expect(parts.count == 4)
            let answer = try await app.call(.POST, "/api/v1/plans/\(plan2025)/catalogue/\(structureID)/retirement",
                                            ["reason": "Không còn trong hệ thống chỉ tiêu 2026-2030"])
            #expect(answer.status == .ok, "\(answer.text)")
            let plan = try #require(try await app.call(.POST, "/api/v1/plans", [
                "province": "Lạng Sơn", "horizon": "annual", "start_year": 2026, "copy_from": plan2025]).object["id"] as? String)
            let copied = Set(try await app.call(.GET, "/api/v1/plans/\(plan)/indicators").array.compactMap { $0["id"] as? String })
            #expect(!copied.contains(structureID), "“Cơ cấu kinh tế” was retired")
            #expect(parts.allSatisfy { !copied.contains($0["id"] as? String ?? "") }, "its components go with it")
            #expect(copied.count == before.count - 5)
            #expect(try await app.call(.GET, "/api/v1/plans/\(plan2025)/indicators").array.count == before.count, "2025 keeps it")
        }
    }

    /// 2026-2030 and 2026 both start from 2025's indicators, so the annual plan's table shows the
    /// five-year target of the same indicator beside its own.
    @Test(arguments: Engine.allCases)
    func theAnnualTargetsTableShowsTheFiveYearTargetBeside(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan2025 = try await app.planID(2025, 2025)
            let fiveYears = try #require(try await app.call(.POST, "/api/v1/plans", [
                "province": "Lạng Sơn", "horizon": "five_year", "start_year": 2026, "copy_from": plan2025]).object["id"] as? String)
            let year = try #require(try await app.call(.POST, "/api/v1/plans", [
                "province": "Lạng Sơn", "horizon": "annual", "start_year": 2026, "copy_from": plan2025]).object["id"] as? String)
            let indicators = try await app.call(.GET, "/api/v1/plans/\(year)/indicators").array
            let growth = try #require(indicators.first { ($0["name"] as? String)?.hasPrefix("Tốc độ tăng trưởng kinh tế") == true })
            let growthID = try #require(growth["id"] as? String)
            var answer = try await app.call(.PUT, "/api/v1/plans/\(fiveYears)/targets/\(growthID)", ["text": "8 - 8,5", "issuer": "hdnd_tinh"])
            #expect(answer.status == .created, "\(answer.text)")
            answer = try await app.call(.PUT, "/api/v1/plans/\(year)/targets/\(growthID)", ["text": "8", "issuer": "hdnd_tinh"])
            #expect(answer.status == .created, "\(answer.text)")
            let table = try await Store(database: app.db).targetTable(planID: try #require(UUID(uuidString: year)))
            #expect(table.fiveYearPlan?.startYear == 2026 && table.fiveYearPlan?.endYear == 2030)
            let row = try #require(table.rows.first { $0.indicator.id.uuidString == growthID })
            #expect(row.targets[.provincialCouncil]?.text == "8", "“\(row.indicator.name)” 2026")
            #expect(row.fiveYear?.text == "8 - 8,5" && row.fiveYearIssuer == "HĐND tỉnh giao", "“\(row.indicator.name)” 2026-2030 beside")
            try await app.testing().test(.GET, "/plans/\(year)/targets", headers: app.auth()) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030"))
                #expect(response.text.contains("8 - 8,5 (HĐND tỉnh giao)"))
            }
        }
    }
}

/// An issued plan's targets are locked for a re-imported report as for a person: the import is
/// refused whole, naming the plan, and the targets stay as issued.
@Suite(.serialized) struct IssuedPlanImportTests {
    @Test(arguments: Engine.allCases)
    func reimportingTheReportCannotChangeAnIssuedPlansTargets(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2025, 2025)
            let growth = try #require(try await app.call(.GET, "/api/v1/plans/\(plan)/targets").array.first { $0["code"] as? String == "I.1" })
            let growthID = try #require(growth["indicator_id"] as? String)
            var answer = try await app.call(.PUT, "/api/v1/plans/\(plan)/targets/\(growthID)",
                                            ["text": "8 - 8,5%", "issuer": "tinh", "based_on_revision": growth["revision"] ?? 1])
            #expect(answer.status == .ok, "\(answer.text)")
            #expect(try await app.call(.POST, "/api/v1/plans/\(plan)/issue").status == .ok)

            let report = try Auditor().audit(contentsOf: TestApp.seedURL)
            await #expect(throws: PlanAuthoringError.self) {
                _ = try await ReportImporter(database: app.db).apply(report, province: "Lạng Sơn", recordedBy: "test")
            }
            answer = try await app.call(.GET, "/api/v1/plans/\(plan)/targets")
            let kept = answer.array.first { $0["indicator_id"] as? String == growthID }
            #expect((kept?["figure"] as? [String: Any])?["text"] as? String == "8 - 8,5%", "I.1 stays as issued")
        }
    }
}

/// The pages post what the API does: the settings form, the targets table form (a stale cell is
/// refused whole with what was typed kept), and the dashboard says the data cut-off date.
@Suite(.serialized) struct PlanAuthoringPageTests {
    @Test(arguments: Engine.allCases)
    func theSettingsAndTargetsFormsSaveAndRefuseAsTheAPIDoes(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2025, 2025)
            func post(_ path: String, _ form: [String: String], _ check: @escaping (TestingHTTPResponse) throws -> Void) async throws {
                try await app.testing().test(.POST, path, headers: app.auth(), beforeRequest: { request in
                    try request.content.encode(form, as: .urlEncodedForm)
                }, afterResponse: check)
            }
            try await post("/plans/\(plan)/settings", ["composite_policy": "strict", "governing_issuer": "", "range_end": "upper",
                                                      "cutoff_uoc_6_thang": "2025-06-31"]) { response in
                #expect(response.status == .unprocessableEntity)
                #expect(response.text.contains("“2025-06-31” không đúng dạng năm-tháng-ngày"))
            }
            try await post("/plans/\(plan)/settings", ["composite_policy": "strict", "governing_issuer": "hdnd_tinh", "range_end": "upper",
                                                      "cutoff_uoc_6_thang": "2025-06-15"]) { response in
                #expect(response.status == .seeOther)
            }
            try await app.testing().test(.GET, "/plans/\(plan)?version=uoc_6_thang", headers: app.auth()) { response in
                #expect(response.text.contains("số liệu ước 6 tháng đầu năm 2025 tính đến ngày 15/06/2025"))
            }
            #expect(try await app.call(.GET, "/api/v1/plans/\(plan)").object["governing_issuer"] as? String == "hdnd_tinh")

            // The growth target, as the table form shows it, changed by someone else meanwhile.
            let growth = try #require(try await app.call(.GET, "/api/v1/plans/\(plan)/targets").array.first { $0["code"] as? String == "I.1" })
            let indicator = try #require(growth["indicator_id"] as? String)
            let key = "t_\(indicator)_tinh"
            try await app.testing().test(.GET, "/plans/\(plan)/targets", headers: app.auth()) { response in
                #expect(response.text.contains("name=\"\(key)\" value=\"7,5 - 8%\""), "I.1's cell on the form")
            }
            #expect(try await app.call(.PUT, "/api/v1/plans/\(plan)/targets/\(indicator)", ["text": "8%", "issuer": "tinh", "based_on_revision": 1]).status == .ok)
            try await post("/plans/\(plan)/targets", [key: "9%", "o_\(key)": "7,5 - 8%", "r_\(key)": "1"]) { response in
                #expect(response.status == .conflict)
                #expect(response.text.contains("Chưa lưu gì"))
                #expect(response.text.contains("value=\"9%\""), "what was typed is kept")
            }
            try await post("/plans/\(plan)/targets", [key: "9%", "o_\(key)": "8%", "r_\(key)": "2"]) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location)?.hasSuffix("done=luu&n=1") == true)
            }
            #expect(try await app.line(plan, indicator)["target"].flatMap { ($0 as? [String: Any])?["text"] as? String } == "9%")
        }
    }
}

/// A response read as loose JSON.
struct Answer {
    var status: HTTPResponseStatus
    var json: Any
    var text: String
    var object: [String: Any] { json as? [String: Any] ?? [:] }
    var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
}

extension Application {
    /// One request with a JSON body, as `role` (the planning office by default) or with `headers`.
    func call(_ method: HTTPMethod, _ path: String, _ body: [String: Any]? = nil, as role: Role = .planner,
              headers: HTTPHeaders? = nil) async throws -> Answer {
        var answer = Answer(status: .internalServerError, json: NSNull(), text: "")
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        try await testing().test(method, path, headers: headers ?? auth(role), beforeRequest: { request in
            if let data {
                request.headers.contentType = .json
                request.body = ByteBuffer(data: data)
            }
        }) { response in
            answer = Answer(status: response.status, json: response.json, text: response.text)
        }
        return answer
    }

    /// One indicator's line of the plan's evaluation (estimate of the whole year).
    func line(_ plan: String, _ indicator: String) async throws -> [String: Any] {
        let indicators = try await call(.GET, "/api/v1/plans/\(plan)/evaluation").object["indicators"] as? [[String: Any]] ?? []
        let lines = indicators.flatMap { [$0] + ($0["components"] as? [[String: Any]] ?? []) }
        return try #require(lines.first { $0["indicator_id"] as? String == indicator }, "chỉ tiêu \(indicator) trong đánh giá")
    }
}

/// Done when "the same cycle runs on PostgreSQL through the API": the planning office writes and
/// issues 2026, hands three indicators to a department, the admin gives that department's officer an
/// account, the officer's workbook comes back filled in and confirmed, and the plan's evaluation
/// gives the three verdicts. On both engines.
@Suite(.serialized) struct PlanCycleAPITests {
    static let agency = "Sở Nông nghiệp và Môi trường"
    /// name: (the HĐND's target, the officer's estimate, the verdict)
    static let lines: [(name: String, target: String, value: String, verdict: String)] = [
        ("Xây dựng thêm xã đạt chuẩn nông thôn mới", "10", "11", "vuot"),
        ("Tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh", "đạt 99,2%", "99.2", "dat"),
        ("Tỷ lệ hộ nghèo", "còn 1,5%", "1.7", "khong_dat"),
    ]

    @Test(arguments: Engine.allCases)
    func theYearsCycleRunsThroughTheAPI(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan2025 = try await app.planID(2025, 2025)
            var answer = try await app.call(.POST, "/api/v1/plans", ["province": "Lạng Sơn", "horizon": "annual", "start_year": 2026, "copy_from": plan2025])
            let plan = try #require(answer.object["id"] as? String, "\(answer.text)")
            let indicators = try await app.call(.GET, "/api/v1/plans/\(plan)/indicators").array
            var ids: [String] = []
            for line in Self.lines {
                let id = try #require(indicators.first { ($0["name"] as? String)?.hasPrefix(line.name) == true }?["id"] as? String, "“\(line.name)”")
                ids.append(id)
                answer = try await app.call(.PUT, "/api/v1/plans/\(plan)/targets/\(id)", ["text": line.target, "issuer": "hdnd_tinh", "based_on_revision": NSNull()])
                #expect(answer.status == .created, "“\(line.name)”: \(answer.text)")
            }
            #expect(try await app.call(.POST, "/api/v1/plans/\(plan)/issue").status == .ok)

            answer = try await app.call(.POST, "/api/v1/agencies", ["province": "Lạng Sơn", "name": Self.agency])
            #expect(answer.status == .created, "\(answer.text)")
            let agencyID = try #require(answer.object["id"] as? String)
            answer = try await app.call(.PUT, "/api/v1/plans/\(plan)/assignments", ["agency_id": agencyID, "indicator_ids": ids])
            #expect(answer.status == .ok, "\(answer.text)")

            answer = try await app.call(.POST, "/api/v1/users", [
                "login": "nongnghiep", "display_name": "Cán bộ \(Self.agency)", "role": "agency_clerk", "province": "Lạng Sơn", "agency": Self.agency,
            ], as: .admin)
            #expect(answer.status == .created && answer.object["temporary_password"] as? String != nil, "\(answer.text)")
            // Their API key, as `vedich user token nongnghiep` makes it.
            let clerk: HTTPHeaders = ["Authorization": "Bearer \(try await APITokens.issue(Store(database: app.db), login: "nongnghiep", label: "test", days: 1))"]

            var workbook = Data()
            try await app.testing().test(.GET, "/plans/\(plan)/entry/template.xlsx?version=uoc_ca_nam", headers: clerk) { response in
                #expect(response.status == .ok)
                workbook = Data(response.body.readableBytesView)
            }
            let rows = try Self.rowsByName(workbook)
            var cells: [(String, String)] = []
            for line in Self.lines {
                let row = try #require(rows.first { $0.key.hasPrefix(line.name) }?.value, "“\(line.name)” in the officer's workbook")
                cells.append(("F\(row)", line.value))
            }
            let filled = try Workbooks.setting(cells, in: workbook)
            var token = ""
            var headers = clerk
            headers.contentType = .binary
            try await app.testing().test(.POST, "/api/v1/imports?filename=so-lieu.xlsx", headers: headers, body: ByteBuffer(data: filled)) { response in
                #expect(response.status == .ok, "\(response.text)")
                token = response.object["token"] as? String ?? ""
            }
            answer = try await app.call(.POST, "/api/v1/imports/\(token)/confirm", headers: clerk)
            #expect(answer.status == .ok && answer.object["saved"] as? Int == 3, "\(answer.text)")

            for (line, id) in zip(Self.lines, ids) {
                let judged = try await app.line(plan, id)
                #expect(judged["verdict"] as? String == line.verdict, "“\(line.name)”: \(String(describing: judged["reason"]))")
                #expect(judged["issuer"] as? String == "HĐND tỉnh giao", "“\(line.name)”")
            }
            let total = (try await app.call(.GET, "/api/v1/plans/\(plan)/evaluation").object["summary"] as? [String: Any])?["total"] as? [String: Any]
            #expect(total?["vuot"] as? Int == 1 && total?["dat"] as? Int == 1 && total?["khong_dat"] as? Int == 1, "\(String(describing: total))")
        }
    }

    /// The row of each indicator in the workbook's first sheet, by the name in its row.
    static func rowsByName(_ workbook: Data) throws -> [String: Int] {
        let sheet = try Workbooks.part("xl/worksheets/sheet1.xml", of: workbook)
        let shared = (try? Workbooks.part("xl/sharedStrings.xml", of: workbook)) ?? ""
        let strings = shared.matches(of: /<si>(.*?)<\/si>/).map { match in
            String(match.1).matches(of: /<t[^>]*>([^<]*)<\/t>/).map { String($0.1) }.joined()
                .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        }
        var rows: [String: Int] = [:]
        for cell in sheet.matches(of: /<c r="[A-Z]+(\d+)"[^>]*t="s"[^>]*>\s*<v>(\d+)<\/v>/) {
            guard let row = Int(cell.1), let index = Int(cell.2), strings.indices.contains(index) else { continue }
            rows[strings[index]] = rows[strings[index]] ?? row
        }
        return rows
    }
}
