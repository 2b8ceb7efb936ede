import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// Free text of giải trình and tasks with control characters in it (NUL, ESC, a bell — what a
/// copy from a terminal or a broken export carries). Found by a tester: a question of only
/// "\u0000\u0001" was kept as a request that shows as empty everywhere; PostgreSQL refuses NUL in
/// text. Each is refused in Vietnamese naming the character, and nothing is written; line breaks
/// and tabs stay allowed.
@Suite(.serialized) struct UnprintableTextTests {
    static let today = CalendarDay(year: 2025, month: 6, day: 30)!

    func send(_ app: Application, _ method: HTTPMethod, _ path: String, as role: Role, _ json: String,
              _ check: (TestingHTTPResponse) throws -> Void) async throws {
        try await app.testing().test(method, path, headers: app.auth(role), beforeRequest: { request in
            request.headers.contentType = .json
            request.body = ByteBuffer(string: json)
        }, afterResponse: check)
    }

    @Test(arguments: Engine.allCases)
    func controlCharactersInAGiaiTrinhOrATaskAreRefusedAndNothingIsWritten(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2025, 2025)
            let planID = try #require(UUID(uuidString: plan))
            let store = Store(database: app.db)
            let bed = try #require(try await store.indicators(planID: planID).first { $0.name.lowercased().contains("giường bệnh") })
            let logged = try await store.changes(planID: planID).count
            for question in [#"\u0000\u0001"#, #"Vì sao\u001b[31m chưa đạt?"#] {
                try await send(app, .POST, "/api/v1/explanations", as: .approver,
                               #"{"plan_id": "\#(plan)", "indicator_id": "\#(bed.id.uuidString)", "question": "\#(question)"}"#) { response in
                    #expect(response.status == .unprocessableEntity, "question \(question) about “\(bed.name)”: \(response.text)")
                    #expect((response.object["message"] as? String)?.contains("ký tự điều khiển không in được (mã U+00") == true, "\(response.text)")
                }
            }
            #expect(try await store.explanations(planID: planID).isEmpty, "a refused request was kept")

            var id = ""
            try await send(app, .POST, "/api/v1/explanations", as: .approver,
                           #"{"plan_id": "\#(plan)", "indicator_id": "\#(bed.id.uuidString)", "question": "Vì sao?\nNêu rõ nguyên nhân."}"#) { response in
                #expect(response.status == .created, "a question on two lines: \(response.text)")
                id = response.object["id"] as? String ?? ""
            }
            try await send(app, .POST, "/api/v1/explanations/\(id)/answers", as: .agencyClerk, #"{"text": "Đã trả lời\u0007"}"#) { response in
                #expect(response.status == .unprocessableEntity, "\(response.text)")
                #expect((response.object["message"] as? String)?.contains("U+0007") == true, "\(response.text)")
            }
            #expect(try await store.explanation(try #require(UUID(uuidString: id))).isOpen, "a refused answer closed the request")

            let task = try #require(try await store.tasks(planID: planID, today: Self.today).first)
            for edit in [#""title": "Nhiệm vụ\u0000""#, #""note": "Tiến độ\u001b[0m""#] {
                try await send(app, .PATCH, "/api/v1/tasks/\(task.id.uuidString)", as: .planner, #"{"revision": \#(task.revision), \#(edit)}"#) { response in
                    #expect(response.status == .unprocessableEntity, "task \(task.number) \(edit): \(response.text)")
                    #expect((response.object["message"] as? String)?.contains("ký tự điều khiển") == true, "\(response.text)")
                }
            }
            let after = try await store.task(task.id, today: Self.today)
            #expect(after.revision == task.revision && after.title == task.title && after.notes.isEmpty, "task \(task.number) changed")
            #expect(try await store.changes(planID: planID).count == logged + 1, "only the accepted question is logged")
        }
    }

    @Test(arguments: Engine.allCases)
    func anAgencyOrAnAccountNamedWithAControlCharacterIsRefused(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let store = Store(database: app.db)
            let agencies = try await store.agencies(provinceID: nil).count
            try await send(app, .POST, "/api/v1/agencies", as: .planner, #"{"name": "Sở Khoa học\u0007\u001b[31m"}"#) { response in
                #expect(response.status == .badRequest, "\(response.text)")
                #expect((response.object["message"] as? String)?.contains("Tên cơ quan có ký tự điều khiển không in được (mã U+0007)") == true,
                        "\(response.text)")
            }
            #expect(try await store.agencies(provinceID: nil).count == agencies, "a refused agency was added")
            try await send(app, .POST, "/api/v1/users", as: .admin,
                           #"{"login": "nguyenvana", "display_name": "Nguyễn Văn A\u001b[0m", "role": "viewer"}"#) { response in
                #expect(response.status == .badRequest || response.status == .unprocessableEntity, "\(response.text)")
                #expect((response.object["message"] as? String)?.contains("ký tự điều khiển") == true, "\(response.text)")
            }
        }
    }
}
