import Testing
import VeDichCore

/// The rules of tasks and giải trình: when a task is overdue, how tasks are found in a report's
/// sections, which agency a task names, and who may ask and answer.
@Suite struct TaskRulesTests {
    static let october15 = CalendarDay(year: 2025, month: 10, day: 15)!

    struct OverdueCase: Sendable, CustomTestStringConvertible {
        var recorded: TaskStatus
        var due: String?
        var expected: TaskStatus
        var testDescription: String { "\(recorded.label), hạn \(due ?? "chưa đặt") → \(expected.label)" }
    }

    @Test(arguments: [
        OverdueCase(recorded: .notStarted, due: "2025-10-14", expected: .overdue),
        OverdueCase(recorded: .inProgress, due: "30/09/2025", expected: .overdue),
        OverdueCase(recorded: .inProgress, due: "2025-10-15", expected: .inProgress),
        OverdueCase(recorded: .notStarted, due: nil, expected: .notStarted),
        OverdueCase(recorded: .done, due: "2025-01-01", expected: .done),
        OverdueCase(recorded: .notDone, due: "2025-01-01", expected: .notDone),
    ])
    func aTaskStillOpenAfterItsDueDateIsOverdue(_ example: OverdueCase) {
        let due = example.due.map { CalendarDay($0)! }
        #expect(TaskStatus.effective(recorded: example.recorded, due: due, today: Self.october15) == example.expected)
    }

    @Test func daysAreReadAsPeopleWriteThem() {
        #expect(CalendarDay("30/09/2025") == CalendarDay(year: 2025, month: 9, day: 30))
        #expect(CalendarDay("2024-02-29")?.display == "29/02/2024")
        #expect(CalendarDay("2025-02-29") == nil)
        #expect(CalendarDay("31/4/2025") == nil)
        #expect(CalendarDay("ngày mai") == nil)
        #expect(CalendarDay("2025-10-20")!.daysSince(Self.october15) == 5)
        #expect(CalendarDay("2026-01-01")!.daysSince(CalendarDay("2025-12-31")!) == 1)
    }

    @Test func numberedItemsUnderTheTasksHeadingAreTasks() {
        let sections = [
            TaskExtraction.Section(key: "ket-qua", heading: "II. KẾT QUẢ", level: 1, text: "1. Không phải nhiệm vụ."),
            TaskExtraction.Section(key: "nhiem-vu", heading: "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", level: 1,
                                   text: "1.  Sở Công Thương chủ trì đẩy mạnh xuất khẩu. Tăng cường xúc tiến.\n- Mở rộng thị trường.\n2.  Cải cách hành chính."),
            TaskExtraction.Section(key: "ve-kinh-te", heading: "3. Về phát triển kinh tế", level: 2, text: "- Đẩy mạnh nông nghiệp.\n- Phát triển du lịch."),
            TaskExtraction.Section(key: "kien-nghi", heading: "IV. KIẾN NGHỊ", level: 1, text: "1. Đề nghị Chính phủ."),
        ]
        let tasks = TaskExtraction.tasks(in: sections)
        #expect(tasks.map(\.number) == [1, 2, 3])
        #expect(tasks.map(\.title) == ["Sở Công Thương chủ trì đẩy mạnh xuất khẩu", "Cải cách hành chính", "Về phát triển kinh tế"])
        #expect(tasks[0].text == "Sở Công Thương chủ trì đẩy mạnh xuất khẩu. Tăng cường xúc tiến.\n- Mở rộng thị trường.")
        #expect(tasks[2].text.contains("- Phát triển du lịch."))
        #expect(tasks.map(\.key) == ["nhiem-vu/1", "nhiem-vu/2", "nhiem-vu/3"])
    }

    @Test func aTaskNamingOneAgencyIsGivenToIt() {
        let agencies = ["Sở Công Thương", "Sở Y tế", "Sở Tài chính", "Sở Tài chính - Kế hoạch"]
        #expect(AgencyMention.owner(in: "Sở Công Thương chủ trì đẩy mạnh xuất khẩu", agencies: agencies) == "Sở Công Thương")
        #expect(AgencyMention.owner(in: "Sở Tài chính - Kế hoạch tham mưu", agencies: agencies) == "Sở Tài chính - Kế hoạch")
        #expect(AgencyMention.owner(in: "Sở Y tế và Sở Công Thương phối hợp", agencies: agencies) == nil, "two agencies: the office decides")
        #expect(AgencyMention.owner(in: "Các cấp, các ngành tập trung", agencies: agencies) == nil)
    }

    @Test func leadersAskAndOnlyTheAskedAgencyAnswers() {
        let policy = AccessPolicy<String>()
        let health = AccessPolicy<String>.Person(role: .agencyClerk, province: "LS", agency: "Sở Y tế")
        let finance = AccessPolicy<String>.Person(role: .agencyClerk, province: "LS", agency: "Sở Tài chính")
        let planner = AccessPolicy<String>.Person(role: .planner, province: "LS")
        let approver = AccessPolicy<String>.Person(role: .approver, province: "LS")
        let outsider = AccessPolicy<String>.Person(role: .approver, province: "CB")
        #expect(policy.decide(approver, .askExplanation(province: "LS")) == .allowed)
        #expect(policy.decide(planner, .askExplanation(province: "LS")) == .allowed)
        #expect(policy.decide(health, .askExplanation(province: "LS")) != .allowed)
        #expect(policy.decide(outsider, .askExplanation(province: "LS")) != .allowed)
        #expect(policy.decide(health, .answerExplanation(province: "LS", agency: "Sở Y tế")) == .allowed)
        #expect(policy.decide(finance, .answerExplanation(province: "LS", agency: "Sở Y tế")) != .allowed)
        #expect(policy.decide(planner, .answerExplanation(province: "LS", agency: "Sở Y tế")) != .allowed)
        #expect(policy.decide(health, .editTask(province: "LS", owner: "Sở Y tế")) == .allowed)
        #expect(policy.decide(finance, .editTask(province: "LS", owner: "Sở Y tế")) != .allowed)
        #expect(policy.decide(approver, .editTask(province: "LS", owner: nil)) != .allowed)
    }
}
