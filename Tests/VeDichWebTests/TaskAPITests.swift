import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// Tasks and giải trình over the API: the 2025 plan's tasks listed and filtered, an edit by the
/// leading agency's clerk, a stale edit 409 and a wrong field 422 in Vietnamese; a request asked
/// by the approver, answered by Sở Y tế only.
@Suite(.serialized) struct TaskAPITests {
    func send(_ app: Application, _ method: HTTPMethod, _ path: String, as role: Role?, _ json: String,
              _ check: (TestingHTTPResponse) throws -> Void) async throws {
        try await app.testing().test(method, path, headers: app.auth(role), beforeRequest: { request in
            request.headers.contentType = .json
            request.body = ByteBuffer(string: json)
        }, afterResponse: check)
    }

    @Test(arguments: Engine.allCases)
    func theLeadingAgencyUpdatesItsTaskAndAStaleEditIsRefused(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2025, 2025)
            let store = Store(database: app.db)
            let health = try await store.agencyID(named: "Sở Y tế", provinceID: try await store.provinceID(planID: UUID(uuidString: plan)!), create: false)
            var task: [String: Any] = [:]
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/tasks", headers: app.auth(.viewer)) { response in
                #expect(response.status == .ok)
                #expect(response.array.map { $0["number"] as? Int } == Array(1...9).map { $0 })
                task = response.array.first { $0["number"] as? Int == 4 } ?? [:]
            }
            let id = try #require(task["id"] as? String)
            // The office gives task 4 to Sở Y tế with a due date already past.
            try await send(app, .PATCH, "/api/v1/tasks/\(id)", as: .planner,
                           #"{"revision": 1, "owner_agency_id": "\#(health.uuidString)", "due_date": "2025-03-31"}"#) { response in
                #expect(response.status == .ok, "\(response.text)")
                #expect(response.object["status"] as? String == "qua_han")
                #expect(response.object["revision"] as? Int == 2)
            }
            // Its clerk records progress; the approver may not.
            try await send(app, .PATCH, "/api/v1/tasks/\(id)", as: .approver, #"{"revision": 2, "status": "hoan_thanh"}"#) { response in
                #expect(response.status == .forbidden)
            }
            try await send(app, .PATCH, "/api/v1/tasks/\(id)", as: .agencyClerk,
                           #"{"revision": 2, "status": "dang_thuc_hien", "note": "Đã khởi công 2 trạm y tế"}"#) { response in
                #expect(response.status == .ok, "\(response.text)")
                #expect((response.object["notes"] as? [[String: Any]])?.first?["recorded_by"] as? String == "soyte")
            }
            try await send(app, .PATCH, "/api/v1/tasks/\(id)", as: .planner, #"{"revision": 2, "title": "Cũ"}"#) { response in
                #expect(response.status == .conflict)
                #expect((response.object["current"] as? [String: Any])?["revision"] as? Int == 3)
            }
            try await send(app, .PATCH, "/api/v1/tasks/\(id)", as: .planner, #"{"revision": 3, "due_date": "31/02/2025"}"#) { response in
                #expect(response.status == .unprocessableEntity)
                #expect((response.object["message"] as? String)?.contains("không phải ngày hợp lệ") == true, "\(response.text)")
            }
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/tasks?agency=\(health.uuidString)&overdue=true", headers: app.auth(.agencyClerk)) { response in
                #expect(response.array.map { $0["number"] as? Int } == [4], "Sở Y tế's overdue tasks")
            }
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/tasks?status=hoan_thanh", headers: app.auth()) { response in
                #expect(response.array.isEmpty)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func onlyTheAskedAgencyAnswersAGiaiTrinhRequest(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2025, 2025)
            let store = Store(database: app.db)
            let bed = try #require(try await store.indicators(planID: UUID(uuidString: plan)!).first { $0.name.lowercased().contains("giường bệnh") })
            var id = ""
            try await send(app, .POST, "/api/v1/explanations", as: .agencyClerk,
                           #"{"plan_id": "\#(plan)", "indicator_id": "\#(bed.id.uuidString)", "question": "?"}"#) { response in
                #expect(response.status == .forbidden)
            }
            try await send(app, .POST, "/api/v1/explanations", as: .approver, #"{"plan_id": "\#(plan)", "question": "Vì sao?"}"#) { response in
                #expect(response.status == .unprocessableEntity)
            }
            try await send(app, .POST, "/api/v1/explanations", as: .approver,
                           #"{"plan_id": "\#(plan)", "indicator_id": "\#(bed.id.uuidString)", "question": "Vì sao số giường bệnh chưa đạt?"}"#) { response in
                #expect(response.status == .created, "\(response.text)")
                #expect((response.object["agency"] as? [String: Any])?["name"] as? String == "Sở Y tế")
                #expect(response.object["open"] as? Bool == true)
                id = response.object["id"] as? String ?? ""
            }
            let outsiders = try await AccessTests.outsiderHeaders(app)
            try await app.testing().test(.POST, "/api/v1/explanations/\(id)/answers", headers: outsiders[.agencyClerk] ?? [:], beforeRequest: { request in
                request.headers.contentType = .json
                request.body = ByteBuffer(string: #"{"text": "Cao Bằng trả lời"}"#)
            }) { response in
                #expect(response.status == .notFound, "another province's Sở Y tế")
            }
            for role in [Role.planner, .approver, .viewer] {
                try await send(app, .POST, "/api/v1/explanations/\(id)/answers", as: role, #"{"text": "Không phải cơ quan được hỏi"}"#) { response in
                    #expect(response.status == .forbidden, "\(role.rawValue)")
                }
            }
            try await send(app, .POST, "/api/v1/explanations/\(id)/answers", as: .agencyClerk, #"{"text": "  "}"#) { response in
                #expect(response.status == .unprocessableEntity)
            }
            try await send(app, .POST, "/api/v1/explanations/\(id)/answers", as: .agencyClerk, #"{"text": "Bệnh viện đa khoa mới chậm bàn giao"}"#) { response in
                #expect(response.status == .created)
                #expect(response.object["open"] as? Bool == false)
                #expect((response.object["answers"] as? [[String: Any]])?.first?["answered_by"] as? String == "soyte")
            }
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/explanations?open=true", headers: app.auth(.viewer)) { response in
                #expect(response.array.isEmpty)
            }
            let logged = try await store.changes(planID: UUID(uuidString: plan)!).filter { $0.entity == "explanation" }
            #expect(logged.map(\.actor).sorted() == ["pheduyet", "soyte"])
        }
    }

    /// An open request shows where the asked agency works (its clerk's entry page, with a link to
    /// answer) and on the dashboard as a count per agency; answering it takes it off both, even
    /// from a dashboard kept since before it was asked.
    @Test(arguments: Engine.allCases)
    func anOpenRequestShowsOnTheClerksEntryPageAndTheDashboard(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2025, 2025)
            let store = Store(database: app.db)
            let health = try await store.agencyID(named: "Sở Y tế", provinceID: try await store.provinceID(planID: UUID(uuidString: plan)!), create: false)
            let bed = try #require(try await store.indicators(planID: UUID(uuidString: plan)!).first { $0.name.lowercased().contains("giường bệnh") })
            func page(_ path: String, as role: Role) async throws -> String {
                var html = ""
                try await app.testing().test(.GET, path, headers: app.auth(role)) { response in
                    #expect(response.status == .ok, "\(path)")
                    html = response.text
                }
                return html
            }
            let before = try await page("/plans/\(plan)", as: .planner)
            #expect(before.contains("Yêu cầu giải trình chưa trả lời (0)"))
            #expect(!(try await page("/plans/\(plan)/entry", as: .agencyClerk)).contains("Yêu cầu giải trình cần trả lời"))

            var id = ""
            try await send(app, .POST, "/api/v1/explanations", as: .approver,
                           #"{"plan_id": "\#(plan)", "indicator_id": "\#(bed.id.uuidString)", "question": "Vì sao số giường bệnh chưa đạt?"}"#) { response in
                #expect(response.status == .created, "\(response.text)")
                id = response.object["id"] as? String ?? ""
            }
            let asked = try await store.explanation(try #require(UUID(uuidString: id)))
            let entry = try await page("/plans/\(plan)/entry", as: .agencyClerk)
            #expect(entry.contains("Yêu cầu giải trình cần trả lời (1)"), "Sở Y tế's clerk sees the request on the entry page")
            #expect(entry.contains("\(asked.subject)</strong>: “Vì sao số giường bệnh chưa đạt?”"))
            #expect(entry.contains("hỏi lúc \(ExplanationPages.time(asked.askedAt))"))
            #expect(entry.contains("/plans/\(plan)/explanations?agency=\(health.uuidString)&amp;open=true#e-\(id)\">Trả lời</a>")
                    || entry.contains("/plans/\(plan)/explanations?agency=\(health.uuidString)&open=true#e-\(id)\">Trả lời</a>"), "a link to answer it")
            #expect(!(try await page("/plans/\(plan)/entry", as: .planner)).contains("Yêu cầu giải trình cần trả lời"),
                    "the office's entry page is not an agency's")
            for role in [Role.planner, .agencyClerk] {
                let dashboard = try await page("/plans/\(plan)", as: role)
                #expect(dashboard.contains("Yêu cầu giải trình chưa trả lời (1)"), "\(role.rawValue)")
                #expect(dashboard.contains(">Sở Y tế</a>: 1 yêu cầu"), "\(role.rawValue)")
            }

            try await send(app, .POST, "/api/v1/explanations/\(id)/answers", as: .agencyClerk, #"{"text": "Bệnh viện đa khoa mới chậm bàn giao"}"#) { response in
                #expect(response.status == .created)
            }
            #expect(!(try await page("/plans/\(plan)/entry", as: .agencyClerk)).contains("Yêu cầu giải trình cần trả lời"))
            #expect((try await page("/plans/\(plan)", as: .planner)).contains("Yêu cầu giải trình chưa trả lời (0)"), "answered: no longer counted")
        }
    }
}
