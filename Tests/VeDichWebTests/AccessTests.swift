import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichImport
import VeDichStore
@testable import VeDichWeb

/// Every route and page, asked by nobody, by each role, and by the planning office of another
/// province: refused without log-in, refused with the wrong role or another agency's or
/// province's data, let through with the right one.
@Suite(.serialized) struct AccessTests {
    static let everyone: Set<Role> = Set(Role.allCases)
    static let editors: Set<Role> = [.admin, .planner]
    static let enterers: Set<Role> = [.admin, .planner, .agencyClerk]
    static let ministry: Set<Role> = [.admin, .viewer]

    /// Who may use each route, "METHOD /path/:param". A route missing here fails the test.
    static let allowed: [String: Set<Role>] = [
        // Exchange (QCVN 125): receiving a packet is the receiving server's admin's; a packet is read
        // as its province is (without `province` the answer is 404 for everyone).
        "POST /api/v1/exchange/packets": [.admin],
        "GET /api/v1/exchange/packets": everyone,
        "GET /api/v1/plans": everyone,
        "GET /api/v1/plans/:planID": everyone,
        "GET /api/v1/plans/:planID/indicators": everyone,
        "GET /api/v1/plans/:planID/targets": everyone,
        "GET /api/v1/plans/:planID/evaluation": everyone,
        "GET /api/v1/plans/:planID/evaluation.csv": everyone,
        "GET /api/v1/plans/:planID/submissions": everyone,
        // The step in the body is "submit": the insurance indicator's agency, or the office.
        "POST /api/v1/plans/:planID/submissions/:agencyID": enterers,
        "GET /api/v1/plans/:planID/changes": everyone,
        "GET /api/v1/plans/:planID/changes.csv": everyone,
        "GET /api/v1/indicators/:indicatorID/observations": everyone,
        "POST /api/v1/indicators/:indicatorID/observations": enterers,
        // The insurance indicator is Sở Y tế's: its clerk may withdraw its values.
        "POST /api/v1/indicators/:indicatorID/observations/withdrawals": enterers,
        "PUT /api/v1/indicators/:indicatorID/direction": editors,
        // The early warning: read by all who read the plan; w and the kind of figure set by the office.
        "GET /api/v1/plans/:planID/outlook": everyone,
        "PUT /api/v1/indicators/:indicatorID/seasonality": editors,
        "PUT /api/v1/indicators/:indicatorID/nature": editors,
        "POST /indicators/:indicatorID/in-year": editors,
        "GET /api/v1/indicators/:indicatorID/changes": everyone,
        "GET /api/v1/indicators/:indicatorID/changes.csv": everyone,
        // A report: editors (the clerk's JSON body here is refused as a report with 400); a
        // workbook of values: whoever enters values.
        "POST /api/v1/imports": enterers,
        "POST /api/v1/imports/:token/confirm": enterers,
        "DELETE /api/v1/imports/:token": enterers,
        "GET /api/v1/plans/:planID/sections": everyone,
        "GET /api/v1/plans/:planID/sections/:key": everyone,
        "GET /api/v1/plans/:planID/sections/:key/history": everyone,
        "PUT /api/v1/plans/:planID/sections/:key": editors,
        "GET /": everyone,
        "GET /plans/:planID": everyone,
        "GET /plans/:planID/table": everyone,
        "GET /plans/:planID/entry": everyone,
        "POST /plans/:planID/entry": enterers,
        "GET /plans/:planID/entry/template.xlsx": enterers,
        "POST /plans/:planID/entry/import": enterers,
        "POST /plans/:planID/entry/import/:token/confirm": enterers,
        "POST /plans/:planID/entry/import/:token/cancel": enterers,
        "GET /plans/:planID/table.xlsx": everyone,
        "GET /plans/:planID/workflow": everyone,
        "POST /plans/:planID/workflow": enterers,
        "GET /plans/:planID/sections": everyone,
        "POST /plans/:planID/sections/:key": editors,
        "GET /plans/:planID/report.docx": everyone,
        "GET /plans/:planID/report.xlsx": everyone,
        "GET /plans/:planID/report.pdf": everyone,
        "GET /indicators/:indicatorID": everyone,
        "POST /indicators/:indicatorID/direction": editors,
        "POST /indicators/:indicatorID/withdraw": enterers,
        "GET /import": editors,
        "POST /import": editors,
        "POST /import/:token/confirm": editors,
        "POST /import/:token/cancel": editors,
        // Writing plans: the province's planning office and admins; unlocking an issued plan: admins.
        "POST /api/v1/plans": editors,
        "PATCH /api/v1/plans/:planID": editors,
        "PUT /api/v1/plans/:planID/targets/:indicatorID": editors,
        "DELETE /api/v1/plans/:planID/targets/:indicatorID": editors,
        "POST /api/v1/plans/:planID/issue": editors,
        "POST /api/v1/plans/:planID/unlock": [.admin],
        "GET /plans/new": editors,
        "POST /plans/new": editors,
        "GET /plans/:planID/targets": everyone,
        "POST /plans/:planID/targets": editors,
        "GET /plans/:planID/settings": everyone,
        "POST /plans/:planID/settings": editors,
        "POST /plans/:planID/issue": editors,
        "POST /plans/:planID/unlock": [.admin],
        "GET /account": everyone,
        "POST /account/password": everyone,
        // The catalogue: read by all who read the plan, kept by the province's planning office.
        "GET /api/v1/plans/:planID/catalogue": everyone,
        "POST /api/v1/plans/:planID/catalogue": editors,
        "PATCH /api/v1/plans/:planID/catalogue/:indicatorID": editors,
        "POST /api/v1/plans/:planID/catalogue/:indicatorID/retirement": editors,
        "PUT /api/v1/plans/:planID/assignments": editors,
        "GET /plans/:planID/catalogue": everyone,
        "POST /plans/:planID/catalogue": editors,
        "GET /plans/:planID/catalogue/:indicatorID": everyone,
        "POST /plans/:planID/catalogue/:indicatorID": editors,
        "POST /plans/:planID/catalogue/:indicatorID/retire": editors,
        "POST /plans/:planID/catalogue/:indicatorID/reinstate": editors,
        "GET /plans/:planID/assignments": everyone,
        "POST /plans/:planID/assignments": editors,
        // Agencies and accounts: admins, and the planning office for its province's agencies and clerks
        // (`:userID` is a Lạng Sơn clerk made for this test).
        "GET /api/v1/agencies": editors,
        "POST /api/v1/agencies": editors,
        "PATCH /api/v1/agencies/:agencyID": editors,
        "GET /api/v1/users": editors,
        "POST /api/v1/users": editors,
        "PATCH /api/v1/users/:userID": editors,
        "POST /api/v1/users/:userID/password-reset": editors,
        "POST /api/v1/users/:userID/deactivation": editors,
        "POST /api/v1/users/:userID/activation": editors,
        "GET /agencies": editors,
        "POST /agencies": editors,
        "POST /agencies/:agencyID": editors,
        "GET /users": editors,
        "POST /users": editors,
        "POST /users/:userID": editors,
        "POST /users/:userID/password": editors,
        "POST /users/:userID/deactivate": editors,
        "POST /users/:userID/activate": editors,
        // The ministry's national views: its viewer and admins; no province's account, whatever its role.
        "GET /api/v1/national/summary": ministry,
        "GET /api/v1/national/indicators/:code": ministry,
        "GET /api/v1/national/status": ministry,
        "GET /national": ministry,
        "GET /national/summary.xlsx": ministry,
        "GET /national/indicators/:code": ministry,
        "GET /national/indicators/:code/table.xlsx": ministry,
        "GET /national/status": ministry,
        "GET /national/status.xlsx": ministry,
        "GET /national/provinces/:provinceID": ministry,
        "GET /national/provinces/:provinceID/agencies/:agencyID": ministry,
        "GET /national/provinces/:provinceID/agencies/:agencyID/table.xlsx": ministry,
        // Tasks: read by all who read the plan; edited by the planning office and the clerk of the
        // agency leading the task (`:taskID` is led by Sở Y tế). Giải trình: asked by a leader or
        // the office, answered only by the asked agency (`:explanationID` asks Sở Y tế).
        "GET /api/v1/plans/:planID/tasks": everyone,
        "GET /api/v1/tasks/:taskID": everyone,
        "PATCH /api/v1/tasks/:taskID": enterers,
        "GET /api/v1/plans/:planID/explanations": everyone,
        "POST /api/v1/explanations": [.admin, .planner, .approver],
        "POST /api/v1/explanations/:explanationID/answers": [.admin, .agencyClerk],
        "GET /plans/:planID/tasks": everyone,
        "POST /plans/:planID/tasks/read": editors,
        "POST /plans/:planID/tasks/section": editors,
        "GET /tasks/:taskID": everyone,
        "POST /tasks/:taskID": enterers,
        "GET /plans/:planID/explanations": everyone,
        "POST /plans/:planID/explanations": [.admin, .planner, .approver],
        "POST /explanations/:explanationID/answer": [.admin, .agencyClerk],
    ]
    /// Open to all: the API's description, health, the stylesheet, logging in and out.
    static let open: Set<String> = ["GET /api/openapi.json", "GET /api/v1/health", "GET /metrics", "GET /styles.css", "GET /login", "POST /login", "POST /logout"]

    struct Asker: CustomStringConvertible {
        var role: Role?
        var outsider = false
        var description: String { outsider ? "\(role?.rawValue ?? "") tỉnh khác" : role?.rawValue ?? "chưa đăng nhập" }
    }

    /// The roles that belong to one province, each asked as a person of another province too.
    static let provinceRoles: [Role] = [.planner, .approver, .agencyClerk]

    @Test(arguments: Engine.allCases)
    func everyRouteChecksWhoAsks(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let store = Store(database: app.db)
            let plan = try await app.planID(2024, 2024)
            let planUUID = try #require(UUID(uuidString: plan))
            let insurance = try #require(try await store.indicators(planID: planUUID).first { $0.name.hasPrefix("Tỷ lệ người dân tham gia bảo hiểm y tế") })
            let health = try await store.agencyID(named: "Sở Y tế", provinceID: try await store.provinceID(planID: planUUID), create: false)
            let outsiders = try await Self.outsiderHeaders(app)
            let target = try await store.addUser(login: "langson-dich", displayName: "Cán bộ thử", passwordHash: "x", role: .agencyClerk,
                                                 province: "Lạng Sơn", agency: "Sở Y tế", actor: "test")
            // The national indicator routes name it by its higher-level code.
            let entry = try await store.catalogueEntry(planID: planUUID, indicatorID: insurance.id)
            _ = try await store.editIndicator(planID: planUUID, indicatorID: insurance.id,
                                              CatalogueEdit(basedOnRevision: entry.revision, nationalCode: "QG-01"), actor: "test")
            let province = try await store.provinceID(planID: planUUID)
            let task = try #require(try await store.tasks(planID: planUUID, today: .today).first, "the seed's 2024 plan has its tasks")
            _ = try await store.editTask(task.id, TaskEdit(basedOnRevision: task.revision, owner: .some(health)), actor: "test", today: .today)
            let explanation = try await store.askExplanation(NewExplanation(taskID: task.id, question: "Vì sao chậm?"), actor: "test")

            let routes = app.routes.all.map { route in
                (route.method.rawValue, "/" + route.path.map(\.description).joined(separator: "/"))
            }
            let keys = Set(routes.map { "\($0.0) \($0.1)" })
            #expect(keys.subtracting(Self.open).subtracting(Self.allowed.keys).isEmpty,
                    "các địa chỉ chưa có quy tắc quyền: \(keys.subtracting(Self.open).subtracting(Self.allowed.keys).sorted())")

            let askers = [Asker(role: nil)] + Role.allCases.map { Asker(role: $0) } + Self.provinceRoles.map { Asker(role: $0, outsider: true) }
            for (method, template) in routes where !Self.open.contains("\(method) \(template)") {
                let key = "\(method) \(template)"
                guard let allowed = Self.allowed[key] else { continue }
                let path = template.replacingOccurrences(of: ":planID", with: plan)
                    .replacingOccurrences(of: ":indicatorID", with: insurance.id.uuidString)
                    .replacingOccurrences(of: ":agencyID", with: health.uuidString)
                    .replacingOccurrences(of: ":token", with: UUID().uuidString)
                    .replacingOccurrences(of: ":key", with: "x")
                    .replacingOccurrences(of: ":userID", with: target.id.uuidString)
                    .replacingOccurrences(of: ":provinceID", with: province.uuidString)
                    .replacingOccurrences(of: ":code", with: "QG-01")
                    .replacingOccurrences(of: ":taskID", with: task.id.uuidString)
                    .replacingOccurrences(of: ":explanationID", with: explanation.id.uuidString)
                let scoped = [":planID", ":indicatorID", ":agencyID", ":userID", ":taskID", ":explanationID"].contains { template.contains($0) }
                for asker in askers {
                    let headers = asker.outsider ? outsiders[asker.role!] ?? [:] : app.auth(asker.role)
                    var status = HTTPResponseStatus.ok
                    var location: String?
                    try await app.testing().test(HTTPMethod(rawValue: method), path, headers: headers, beforeRequest: { request in
                        if method == "POST" || method == "PUT" {
                            request.headers.contentType = template.hasPrefix("/api") ? .json : .urlEncodedForm
                            request.body = ByteBuffer(string: template.hasPrefix("/api")
                                ? #"{"version": "uoc_ca_nam", "step": "submit", "based_on_revision": 0, "text": "1", "period": {"kind": "year", "start_year": 2024, "end_year": 2024}}"#
                                : "version=uoc_ca_nam&step=submit&revision=0&agency=\(health.uuidString)")
                        }
                    }) { response in
                        status = response.status
                        location = response.headers.first(name: .location)
                    }
                    let expected: String
                    let refusedAs: [UInt] = asker.role == nil ? [401, 303] : asker.outsider ? [403, 404] : [403]
                    let refused = asker.role == nil || (asker.outsider && scoped) || !allowed.contains(asker.role!)
                    if refused {
                        expected = "bị từ chối"
                        #expect(refusedAs.contains(status.code), "\(key) — \(asker): \(status.code), cần \(expected)")
                        if status.code == 303 { #expect(location?.hasPrefix("/login?next=") == true, "\(key): \(location ?? "")") }
                    } else {
                        expected = "được phép"
                        #expect(![401, 403].contains(status.code) && status.code < 500, "\(key) — \(asker): \(status.code), cần \(expected)")
                    }
                }
            }
        }
    }

    /// People of Cao Bằng: its planning office, its approver and the clerk of its Sở Y tế, each
    /// with the same role as someone of Lạng Sơn, but of another province.
    static func outsiderHeaders(_ app: Application) async throws -> [Role: HTTPHeaders] {
        if try await AdminUnitRecord.query(on: app.db).filter(\.$name == "Cao Bằng").first() == nil {
            try await AdminUnitRecord(name: "Cao Bằng", level: "province").create(on: app.db)
        }
        let store = Store(database: app.db)
        let hash = try await app.password.async.hash(People.password).get()
        var headers: [Role: HTTPHeaders] = [:]
        for role in provinceRoles {
            let login = "caobang-\(role.rawValue)"
            _ = try await store.addUser(login: login, displayName: "\(role.label) Cao Bằng", passwordHash: hash, role: role,
                                        province: "Cao Bằng", agency: role == .agencyClerk ? "Sở Y tế" : nil, actor: "test")
            headers[role] = ["Authorization": "Bearer \(try await APITokens.issue(store, login: login, label: "test", days: 1))"]
        }
        return headers
    }

    /// Cao Bằng has plans of its own. Its planner and approver name Lạng Sơn's Sở Y tế in a step
    /// under a Cao Bằng plan: refused, and Lạng Sơn's values stay open to its clerk.
    @Test(arguments: Engine.allCases)
    func anotherProvinceCannotSubmitOrApproveAnAgencyUnderItsOwnPlan(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let report = try Auditor().audit(contentsOf: TestApp.seedURL)
            _ = try await ReportImporter(database: app.db).apply(report, province: "Cao Bằng", recordedBy: "test")
            let outsiders = try await Self.outsiderHeaders(app)
            let store = Store(database: app.db)
            let plans = try await store.plans()
            let ownPlan = try #require(plans.first { $0.province == "Cao Bằng" && $0.startYear == 2021 && $0.endYear == 2025 })
            let langSonPlan = try #require(plans.first { $0.province == "Lạng Sơn" && $0.startYear == 2021 && $0.endYear == 2025 })
            let health = try await store.agencyID(named: "Sở Y tế", provinceID: try await store.provinceID(planID: langSonPlan.id), create: false)
            let insurance = try #require(try await store.indicators(planID: langSonPlan.id).first { $0.name.hasPrefix("Tỷ lệ người dân tham gia bảo hiểm y tế") })

            for (role, step, revision) in [(Role.planner, "submit", 0), (.approver, "submit", 0), (.approver, "approve", 1), (.planner, "return", 1)] {
                for plan in [ownPlan.id, langSonPlan.id] {
                    try await app.testing().test(.POST, "/api/v1/plans/\(plan)/submissions/\(health)", headers: outsiders[role] ?? [:],
                                                 beforeRequest: { request in
                        request.headers.contentType = .json
                        request.body = ByteBuffer(string: #"{"version": "uoc_ca_nam", "step": "\#(step)", "reason": "thử", "based_on_revision": \#(revision)}"#)
                    }) { response in
                        #expect([403, 404].contains(response.status.code),
                                "\(role.rawValue) Cao Bằng, \(step) Sở Y tế Lạng Sơn under \(plan == ownPlan.id ? "Cao Bằng's" : "Lạng Sơn's") plan: \(response.status.code)")
                    }
                }
            }
            #expect(try await store.locks(planID: ownPlan.id, version: .fullYearEstimate).isEmpty)
            #expect(try await store.locks(planID: langSonPlan.id, version: .fullYearEstimate).isEmpty)
            let period = Period(kind: .span, startYear: 2021, endYear: 2025)
            #expect(try await store.lock(indicatorID: insurance.id, period: period, version: .fullYearEstimate) == nil,
                    "“\(insurance.name)” of Lạng Sơn stays unlocked")
            let latest = try await store.latestObservation(indicatorID: insurance.id, period: period, version: .fullYearEstimate)
            try await app.testing().test(.POST, "/api/v1/indicators/\(insurance.id)/observations", headers: app.auth(.agencyClerk),
                                         beforeRequest: { request in
                request.headers.contentType = .json
                request.body = ByteBuffer(string: #"{"period": {"kind": "span", "start_year": 2021, "end_year": 2025}, "version": "uoc_ca_nam", "text": "\#(latest?.figure.text ?? "95")", "based_on_revision": \#(latest?.revision ?? 0)}"#)
            }) { response in
                #expect(response.status == .created, "Lạng Sơn's clerk still saves “\(insurance.name)”: \(response.status.code)")
            }
        }
    }
}
