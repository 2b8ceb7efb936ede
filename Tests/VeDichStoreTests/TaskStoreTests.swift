import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichStore

/// The plan's tasks, giải trình and reminder digests in the store, on both engines: the seed's
/// numbered "nhiệm vụ, giải pháp" become tasks, edits are checked and logged, an overdue task and
/// a missing value reach the agency's digest.
@Suite struct TaskStoreTests {
    /// The 2025 plan's nine numbered items under "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", as the seed writes them.
    static let seedTasks2025 = [
        (1, "Các cấp, các ngành tập trung thực hiện các Nghị quyết của Chính phủ, Ban Chấp hành Đảng bộ tỉnh, HĐND tỉnh về mục tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2025"),
        (2, "Tổ chức triển khai hiệu quả kế hoạch thực hiện Quy hoạch tỉnh Lạng Sơn thời kỳ 2021-2030, tầm nhìn đến năm 2050"),
        (3, "Về phát triển kinh tế"),
        (4, "Tiếp tục phát triển toàn diện, đồng bộ các lĩnh vực văn hóa, xã hội, bảo đảm gắn kết hài hòa giữa phát triển kinh tế với phát triển xã hội"),
        (5, "Công tác thông tin, truyền thông và chuyển đổi số"),
        (6, "Tài nguyên môi trường và khoa học công nghệ"),
        (7, "Công tác thanh tra, kiểm tra; giải quyết khiếu nại, tố cáo; phòng chống tham nhũng; chống buôn lậu, gian lận thương mại và hàng giả"),
        (8, "Tăng cường quốc phòng, an ninh; công tác đối ngoại"),
        (9, "Công tác cải cách hành chính"),
    ]

    static let today = CalendarDay(year: 2025, month: 10, day: 15)!

    @Test(arguments: Engine.allCases)
    func theSeeds2025PlanImportsItsNumberedTasks(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let store = Store(database: database)
            let plan = try await store.plan(2025, 2025)
            let tasks = try await store.tasks(planID: plan.id, today: Self.today)
            #expect(tasks.map(\.number) == Self.seedTasks2025.map(\.0))
            for (number, title) in Self.seedTasks2025 {
                let task = tasks.first { $0.number == number }
                #expect(task?.title.hasPrefix(title) == true, "nhiệm vụ \(number): “\(task?.title ?? "không có")”, cần “\(title)”")
                #expect(task?.status == .notStarted, "nhiệm vụ \(number)")
            }
            // Item 3's bullets stay with it: "Đẩy mạnh xây dựng nền nông nghiệp …".
            #expect(tasks.first { $0.number == 3 }?.text.contains("Đẩy mạnh xây dựng nền nông nghiệp phát triển toàn diện") == true)
            // The 2024 part's tasks for the second half: thirteen numbered items.
            let tasks2024 = try await store.tasks(planID: try await store.plan(2024, 2024).id, today: Self.today)
            #expect(tasks2024.count >= 13, "2024: \(tasks2024.map(\.number))")
            #expect(tasks2024.first?.title.hasPrefix("Tiếp tục tập trung thực hiện đồng bộ, quyết liệt các Nghị quyết của Chính phủ") == true)

            // Importing the same report again adds no task and keeps an edit.
            let first = try #require(tasks.first)
            _ = try await store.editTask(first.id, TaskEdit(basedOnRevision: first.revision, title: "Thực hiện các Nghị quyết năm 2025"),
                                         actor: "bientap", today: Self.today)
            try await Seed.importSeed(into: database)
            let again = try await store.tasks(planID: plan.id, today: Self.today)
            #expect(again.count == tasks.count)
            #expect(again.first?.title == "Thực hiện các Nghị quyết năm 2025")
        }
    }

    @Test(arguments: Engine.allCases)
    func aTaskPastItsDueDateIsOverdueAndAStaleEditIsRefused(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let store = Store(database: database)
            let plan = try await store.plan(2025, 2025)
            let province = try await store.provinceID(planID: plan.id)
            let health = try await store.agencyID(named: "Sở Y tế", provinceID: province, create: true)
            let culture = try await store.agencyID(named: "Sở Văn hóa, Thể thao và Du lịch", provinceID: province, create: true)
            let task = try #require(try await store.tasks(planID: plan.id, today: Self.today).first { $0.number == 4 })

            let edited = try await store.editTask(task.id, TaskEdit(basedOnRevision: task.revision, owner: .some(health), coAgencies: [culture],
                                                                    dueDate: .some("30/09/2025"), status: .inProgress,
                                                                    note: "Đã trình UBND tỉnh kế hoạch y tế cơ sở"),
                                                  actor: "bientap", today: Self.today)
            #expect(edited.status == .overdue, "nhiệm vụ 4 hạn 30/09/2025, hôm nay 15/10/2025")
            #expect(edited.recordedStatus == .inProgress)
            #expect(edited.owner?.name == "Sở Y tế")
            #expect(edited.coAgencies.map(\.name) == ["Sở Văn hóa, Thể thao và Du lịch"])
            #expect(edited.notes.map(\.text) == ["Đã trình UBND tỉnh kế hoạch y tế cơ sở"])
            #expect(edited.revision == task.revision + 1)

            let overdue = try await store.tasks(planID: plan.id, filter: TaskFilter(agencyID: health, overdueOnly: true), today: Self.today)
            #expect(overdue.map(\.number) == [4])
            let byPartner = try await store.tasks(planID: plan.id, filter: TaskFilter(agencyID: culture), today: Self.today)
            #expect(byPartner.map(\.number) == [4], "a co-agency sees the task among its own")

            await #expect(throws: TaskError.staleRevision(expected: task.revision, current: edited.revision)) {
                _ = try await store.editTask(task.id, TaskEdit(basedOnRevision: task.revision, status: .done), actor: "pheduyet", today: Self.today)
            }
            await #expect(throws: TaskError.self) {
                _ = try await store.editTask(task.id, TaskEdit(basedOnRevision: edited.revision, status: .overdue), actor: "bientap", today: Self.today)
            }
            await #expect(throws: TaskError.self) {
                _ = try await store.editTask(task.id, TaskEdit(basedOnRevision: edited.revision, dueDate: .some("31/02/2025")), actor: "bientap", today: Self.today)
            }
            let unchanged = try await store.task(task.id, today: Self.today)
            #expect(unchanged.revision == edited.revision && unchanged.recordedStatus == .inProgress && unchanged.dueDate == "2025-09-30"
                     && unchanged.notes.count == 1, "refused edits write nothing")

            // Closing it ends its overdue state; every change is in the log.
            let done = try await store.editTask(task.id, TaskEdit(basedOnRevision: edited.revision, status: .done), actor: "soyte", today: Self.today)
            #expect(done.status == .done)
            let logged = try await store.changes(planID: plan.id).filter { $0.entity == "task" && $0.entityID == task.id }.map(\.field)
            for field in ["cơ quan chủ trì", "thời hạn", "trạng thái", "cơ quan phối hợp", "tiến độ"] {
                #expect(logged.contains { $0.hasSuffix(field) }, "nhật ký thiếu “\(field)”: \(logged)")
            }

            // The section text written from the tasks names the owner, due date and status.
            let text = try await store.tasksSectionText(planID: plan.id, today: Self.today)
            #expect(text.contains("4. Tiếp tục phát triển toàn diện"))
            #expect(text.contains("Cơ quan chủ trì: Sở Y tế; phối hợp: Sở Văn hóa, Thể thao và Du lịch; thời hạn: 30/09/2025. Tình hình thực hiện: hoàn thành (Đã trình UBND tỉnh kế hoạch y tế cơ sở)."))
        }
    }

    @Test(arguments: Engine.allCases)
    func aGiaiTrinhThreadIsKeptAndTheDigestListsMissingValuesAndOverdueTasks(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let store = Store(database: database)
            let plan = try await store.plan(2025, 2025)
            let province = try await store.provinceID(planID: plan.id)
            let health = try await store.agencyID(named: "Sở Y tế", provinceID: province, create: true)
            let bed = try #require(try await store.indicators(planID: plan.id).first { $0.name.lowercased().contains("giường bệnh") })
            try await store.assign(indicatorID: bed.id, toAgency: "Sở Y tế", actor: "test")
            let task = try #require(try await store.tasks(planID: plan.id, today: Self.today).first { $0.number == 4 })
            _ = try await store.editTask(task.id, TaskEdit(basedOnRevision: task.revision, owner: .some(health), dueDate: .some("2025-09-30")),
                                         actor: "bientap", today: Self.today)

            let asked = try await store.askExplanation(NewExplanation(taskID: task.id, question: "Vì sao nhiệm vụ 4 chậm?"), actor: "pheduyet")
            #expect(asked.agency.name == "Sở Y tế")
            #expect(asked.isOpen)
            let answered = try await store.answerExplanation(asked.id, text: "Chờ phân bổ vốn đầu tư công", actor: "soyte")
            #expect(!answered.isOpen)
            #expect(answered.answers.map(\.text) == ["Chờ phân bổ vốn đầu tư công"])
            let question = try await store.askExplanation(NewExplanation(planID: plan.id, indicatorID: bed.id, question: "Số giường bệnh chưa đạt?"),
                                                          actor: "bientap")
            #expect(question.agency.id == health, "asked of the indicator's responsible agency")
            await #expect(throws: TaskError.self) {
                _ = try await store.answerExplanation(question.id, text: "  ", actor: "soyte")
            }
            let logged = try await store.changes(planID: plan.id).filter { $0.entity == "explanation" }
            #expect(logged.count == 3)

            // The plan's values of the full-year estimate are due on 20/10/2025.
            _ = try await store.updatePlanSettings(planID: plan.id, PlanSettingsChange(dataCutoffs: [.fullYearEstimate: "2025-10-20"]), actor: "bientap")
            let missing = try await store.missingValues(planID: plan.id, agencyID: health, version: .fullYearEstimate)
            let digests = try await store.reminderDigests(planID: plan.id, today: Self.today)
            let digest = try #require(digests.first { $0.agency.id == health })
            #expect(digest.overdueTasks.map(\.task.number) == [4])
            #expect(digest.openRequests.map(\.explanation.id) == [question.id])
            #expect(digest.missing.first?.values == missing)
            #expect(digest.missing.first?.daysLeft == 5)
            #expect(missing.contains { $0.indicatorID == bed.id }, "“\(bed.name)” has no full-year estimate in the seed's 2025 plan")
        }
    }
}
