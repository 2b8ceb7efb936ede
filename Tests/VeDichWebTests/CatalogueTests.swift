import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// The planning office keeps the plan's catalogue: adds an indicator with its national code,
/// renames it, changes its unit, agencies and headline, retires it; every change is logged with
/// its field in Vietnamese, a stale edit is refused with 409, and a retired indicator keeps its
/// history but takes no new value.
@Suite(.serialized) struct CatalogueTests {
    static func send(_ app: Application, _ method: HTTPMethod, _ path: String, _ json: String, as role: Role = .planner,
                     _ check: (TestingHTTPResponse) throws -> Void) async throws {
        try await app.testing().test(method, path, headers: app.auth(role), beforeRequest: { request in
            request.headers.contentType = .json
            request.body = ByteBuffer(string: json)
        }, afterResponse: check)
    }

    static func catalogue(_ app: Application, _ plan: String) async throws -> [[String: Any]] {
        var entries: [[String: Any]] = []
        try await app.testing().test(.GET, "/api/v1/plans/\(plan)/catalogue", headers: app.auth(.viewer)) { response in
            #expect(response.status == .ok)
            entries = response.array
        }
        return entries
    }

    @Test(arguments: Engine.allCases)
    func anIndicatorIsAddedRenamedAndRetiredWithEveryChangeLogged(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2024, 2024)
            let store = Store(database: app.db)
            let health = try await store.agencyID(named: "Sở Y tế", provinceID: try await store.provinceID(named: "Lạng Sơn"), create: false)
            let home = try await store.agencyID(named: "Sở Nội vụ", provinceID: try await store.provinceID(named: "Lạng Sơn"), create: true)
            let add = #"{"name": "Tỷ lệ trạm y tế xã có bác sỹ", "unit": "%", "group": "II", "national_code": "0412", "agency_id": "\#(health)", "co_agency_ids": ["\#(home)"]}"#
            for role in [Role.agencyClerk, .approver, .viewer] {
                try await Self.send(app, .POST, "/api/v1/plans/\(plan)/catalogue", add, as: role) { #expect($0.status == .forbidden, "\(role) may not add") }
            }
            var id = "", code = ""
            try await Self.send(app, .POST, "/api/v1/plans/\(plan)/catalogue", add) { response in
                #expect(response.status == .created)
                id = response.object["id"] as? String ?? ""
                code = response.object["code"] as? String ?? ""
                #expect(response.object["national_code"] as? String == "0412", "the code in the higher-level system is kept")
                #expect((response.object["agency"] as? [String: Any])?["name"] as? String == "Sở Y tế")
                #expect(response.object["revision"] as? Int == 0)
                #expect((response.object["co_agencies"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Sở Nội vụ"])
            }
            #expect(code.hasPrefix("II."), "a new indicator of group II is numbered in it: \(code)")
            let added = try #require(try await Self.catalogue(app, plan).first { $0["id"] as? String == id })
            #expect(added["name"] as? String == "Tỷ lệ trạm y tế xã có bác sỹ")
            try await Self.send(app, .POST, "/api/v1/plans/\(plan)/catalogue", add) { response in
                #expect(response.status == .badRequest, "the same indicator twice is refused")
                #expect((response.object["message"] as? String)?.contains("Đã có chỉ tiêu") == true)
            }

            let rename = #"{"based_on_revision": 0, "name": "Tỷ lệ trạm y tế xã có bác sĩ làm việc", "unit": "(%)", "national_code": "0412.1", "reason": "Theo QĐ 293"}"#
            try await Self.send(app, .PATCH, "/api/v1/plans/\(plan)/catalogue/\(id)", rename) { response in
                #expect(response.status == .ok)
                #expect(response.object["name"] as? String == "Tỷ lệ trạm y tế xã có bác sĩ làm việc")
                #expect(response.object["unit"] as? String == "%", "“(%)” and “%” are the same unit: unchanged")
                #expect(response.object["revision"] as? Int == 1)
            }
            try await Self.send(app, .PATCH, "/api/v1/plans/\(plan)/catalogue/\(id)", #"{"based_on_revision": 0, "name": "Tên khác"}"#) { response in
                #expect(response.status == .conflict, "an edit made from revision 0 after revision 1 is stale")
                #expect(response.object["code"] as? String == "stale_revision")
            }
            try await Self.send(app, .PATCH, "/api/v1/plans/\(plan)/catalogue/\(id)", #"{"based_on_revision": 1, "national_code": "04 12!"}"#) { response in
                #expect(response.status == .badRequest)
                #expect((response.object["message"] as? String)?.contains("Mã số ở hệ thống cấp cao hơn") == true)
            }

            try await Self.send(app, .POST, "/api/v1/plans/\(plan)/catalogue/\(id)/retirement", #"{"reason": " "}"#) { response in
                #expect(response.status == .badRequest, "retiring needs a reason")
            }
            try await Self.send(app, .POST, "/api/v1/plans/\(plan)/catalogue/\(id)/retirement", #"{"reason": "Trung ương bỏ chỉ tiêu từ 2026", "based_on_revision": 1}"#) { response in
                #expect(response.status == .ok)
                #expect(response.object["retired_at"] != nil)
                #expect(response.object["retired_reason"] as? String == "Trung ương bỏ chỉ tiêu từ 2026")
            }
            #expect(try await Self.catalogue(app, plan).contains { $0["id"] as? String == id }, "a retired indicator stays in its plan")

            var fields: [String: [String: Any]] = [:]
            try await app.testing().test(.GET, "/api/v1/indicators/\(id)/changes", headers: app.auth(.viewer)) { response in
                // Newest first: keep each field's latest change.
                for change in response.array where fields[change["field"] as? String ?? ""] == nil { fields[change["field"] as? String ?? ""] = change }
            }
            #expect(fields["thêm chỉ tiêu"]?["actor"] as? String == "bientap")
            #expect(fields["tên chỉ tiêu"]?["old_value"] as? String == "Tỷ lệ trạm y tế xã có bác sỹ")
            #expect(fields["tên chỉ tiêu"]?["new_value"] as? String == "Tỷ lệ trạm y tế xã có bác sĩ làm việc")
            #expect(fields["tên chỉ tiêu"]?["reason"] as? String == "Theo QĐ 293")
            #expect(fields["mã số ở hệ thống cấp cao hơn"]?["old_value"] as? String == "0412")
            #expect(fields["mã số ở hệ thống cấp cao hơn"]?["new_value"] as? String == "0412.1")
            #expect(fields["tình trạng theo dõi"]?["new_value"] as? String == "thôi theo dõi")
            #expect(fields["đơn vị tính"] == nil, "an unchanged unit is not logged")
            try await Self.send(app, .PATCH, "/api/v1/plans/\(plan)/catalogue/\(id)", #"{"based_on_revision": 2, "co_agency_ids": []}"#) { response in
                #expect(response.status == .ok, "a retired indicator's catalogue entry can still be corrected")
                #expect((response.object["co_agencies"] as? [Any])?.isEmpty == true)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aRetiredIndicatorKeepsItsHistoryButTakesNoNewValue(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try #require(UUID(uuidString: try await app.planID(2024, 2024)))
            let store = Store(database: app.db)
            let line = try #require(try await store.evaluation(planID: plan, version: .fullYearEstimate).indicators
                .first { $0.value != nil && $0.components.isEmpty })
            let before = try await store.observations(indicatorID: line.indicatorID)
            #expect(!before.isEmpty, "\(line.name) has values")
            try await app.testing().test(.GET, "/plans/\(plan)/entry", headers: app.auth(.planner)) { response in
                #expect(response.text.contains(line.indicatorID.uuidString), "the entry form offers \(line.name) while followed")
            }
            _ = try await store.retireIndicator(planID: plan, indicatorID: line.indicatorID, reason: "Không còn trong hệ thống chỉ tiêu",
                                                basedOnRevision: nil, actor: "bientap")

            #expect(try await store.observations(indicatorID: line.indicatorID) == before, "\(line.name): its values stay")
            let after = try #require(try await store.evaluation(planID: plan, version: .fullYearEstimate).indicators
                .first { $0.indicatorID == line.indicatorID })
            #expect(after.verdict == line.verdict, "\(line.name) is still judged in the plan that has it")
            #expect(try await store.retiredIndicatorIDs(planID: plan) == [line.indicatorID])

            try await Self.send(app, .POST, "/api/v1/indicators/\(line.indicatorID)/observations",
                                #"{"period": {"kind": "year", "start_year": 2024, "end_year": 2024}, "version": "chinh_thuc", "text": "1", "based_on_revision": 0, "confirm_warnings": true}"#) { response in
                #expect(response.status == .conflict, "\(line.name) is retired: no new value")
                #expect(response.object["code"] as? String == "indicator_retired")
            }
            try await app.testing().test(.GET, "/plans/\(plan)/catalogue", headers: app.auth(.planner)) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Thôi theo dõi từ"), "the catalogue marks \(line.name) retired")
            }
            try await app.testing().test(.GET, "/plans/\(plan)/entry", headers: app.auth(.planner)) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains(line.indicatorID.uuidString), "the entry form no longer offers \(line.name)")
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func indicatorsAreAssignedToAnAgencyInBulk(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2024, 2024)
            let planID = try #require(UUID(uuidString: plan))
            let store = Store(database: app.db)
            let province = try await store.provinceID(named: "Lạng Sơn")
            let agriculture = try await store.addAgency(provinceID: province, name: "Sở Nông nghiệp và Môi trường", actor: "test")
            let forest = try await store.catalogue(planID: planID).filter { $0.name.lowercased().contains("rừng") || $0.name.lowercased().contains("nông") }
            #expect(!forest.isEmpty)
            let ids = forest.map { "\"\($0.id)\"" }.joined(separator: ",")
            try await Self.send(app, .PUT, "/api/v1/plans/\(plan)/assignments", #"{"agency_id": "\#(agriculture.id)", "indicator_ids": [\#(ids)]}"#,
                                as: .agencyClerk) { #expect($0.status == .forbidden) }
            try await Self.send(app, .PUT, "/api/v1/plans/\(plan)/assignments", #"{"agency_id": "\#(agriculture.id)", "indicator_ids": [\#(ids), "\#(UUID())"]}"#) { response in
                #expect(response.status == .badRequest, "an indicator of no plan refuses the whole assignment")
            }
            #expect(try await store.catalogue(planID: planID).filter { $0.agency?.id == agriculture.id }.isEmpty, "nothing assigned by a refused request")
            try await Self.send(app, .PUT, "/api/v1/plans/\(plan)/assignments", #"{"agency_id": "\#(agriculture.id)", "indicator_ids": [\#(ids)]}"#) { response in
                #expect(response.status == .ok)
                #expect(response.object["changed"] as? Int == forest.count)
            }
            for entry in try await store.catalogue(planID: planID) where forest.contains(where: { $0.id == entry.id }) {
                #expect(entry.agency?.name == "Sở Nông nghiệp và Môi trường", "\(entry.code) \(entry.name) is the agency's now")
            }
            let logged = try await store.changes(planID: planID).filter { $0.field == "cơ quan phụ trách" && $0.newValue == "Sở Nông nghiệp và Môi trường" }
            #expect(logged.count == forest.count)
        }
    }

    @Test func theCataloguePagesAddEditAndRefuseAStaleEdit() async throws {
        try await TestApp.with(.sqlite) { app in
            let plan = try await app.planID(2024, 2024)
            let (cookie, csrf) = try await SessionTests.logIn(app)
            try await app.testing().test(.GET, "/plans/\(plan)/catalogue", headers: cookie) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("id=\"them\""), "the planning office sees the add form")
            }
            try await app.testing().test(.GET, "/plans/\(plan)/catalogue", headers: app.auth(.agencyClerk)) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("id=\"them\""), "a clerk reads the catalogue without forms")
                #expect(response.text.contains("(chỉ xem)"))
            }
            try await app.testing().test(.POST, "/plans/\(plan)/catalogue", headers: cookie, beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: "_csrf=\(csrf)&name=&group=II")
            }) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("Chưa ghi tên chỉ tiêu"), "the form says what is missing")
            }
            var location = ""
            try await app.testing().test(.POST, "/plans/\(plan)/catalogue", headers: cookie, beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: "_csrf=\(csrf)&name=S%E1%BB%91%20h%E1%BB%A3p%20t%C3%A1c%20x%C3%A3&unit=HTX&group=I&direction=higher&national_code=0105")
            }) { response in
                #expect(response.status == .seeOther)
                location = response.headers.first(name: .location) ?? ""
            }
            let id = try #require(location.split(separator: "#chi-tieu-").last.map(String.init))
            let form = "_csrf=\(csrf)&revision=0&name=S%E1%BB%91%20HTX&unit=HTX&code=I.20&national_code=0105&group=I&parent=&agency=&direction=higher"
            try await app.testing().test(.POST, "/plans/\(plan)/catalogue/\(id)", headers: cookie, beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: form)
            }) { #expect($0.status == .seeOther) }
            try await app.testing().test(.POST, "/plans/\(plan)/catalogue/\(id)", headers: cookie, beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: form.replacingOccurrences(of: "S%E1%BB%91%20HTX", with: "HTX"))
            }) { response in
                #expect(response.status == .conflict, "the same form sent again is based on an old revision")
                #expect(response.text.contains("đã được người khác sửa"))
            }
            let entry = try #require(try await Self.catalogue(app, plan).first { $0["id"] as? String == id })
            #expect(entry["name"] as? String == "Số HTX")
            #expect(entry["code"] as? String == "I.20")
        }
    }
}
