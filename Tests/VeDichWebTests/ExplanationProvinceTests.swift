import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// Another province's planner or approver naming Lạng Sơn's task or plan in a giải trình request
/// is told it is not found, whatever else is wrong with the request. Found by a tester: a task
/// without a leading agency answered 422 "Chưa có cơ quan phụ trách để hỏi giải trình", and a plan
/// with an indicator not in it 422 "không thuộc kế hoạch": both said the task or plan exists.
@Suite(.serialized) struct ExplanationProvinceTests {
    @Test(arguments: Engine.allCases)
    func anotherProvinceLearnsNothingOfATaskOrPlanItNames(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2025, 2025)
            let planID = try #require(UUID(uuidString: plan))
            let store = Store(database: app.db)
            let task = try #require(try await store.tasks(planID: planID, today: CalendarDay(year: 2025, month: 6, day: 30)!)
                .first { $0.owner == nil })
            let outsiders = try await AccessTests.outsiderHeaders(app)
            let requests = [
                #"{"task_id": "\#(task.id.uuidString)", "question": "Vì sao chậm?"}"#,
                #"{"plan_id": "\#(plan)", "indicator_id": "\#(UUID().uuidString)", "question": "Vì sao chậm?"}"#,
            ]
            for role in [Role.planner, .approver] {
                for json in requests {
                    try await app.testing().test(.POST, "/api/v1/explanations", headers: outsiders[role] ?? [:], beforeRequest: { request in
                        request.headers.contentType = .json
                        request.body = ByteBuffer(string: json)
                    }) { response in
                        #expect(response.status == .notFound, "Cao Bằng's \(role.rawValue) naming Lạng Sơn's task \(task.number) or plan: \(response.text)")
                    }
                }
            }
            #expect(try await store.explanations(planID: planID).isEmpty)
        }
    }
}
