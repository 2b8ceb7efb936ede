/// Where a task of the plan ("nhiệm vụ, giải pháp") stands. `overdue` is never stored: a task
/// not finished whose due date has passed is overdue, whatever was last recorded (`effective`).
public enum TaskStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case notStarted = "chua_trien_khai"
    case inProgress = "dang_thuc_hien"
    case done = "hoan_thanh"
    case overdue = "qua_han"
    case notDone = "khong_hoan_thanh"

    public var label: String {
        switch self {
        case .notStarted: "Chưa triển khai"
        case .inProgress: "Đang thực hiện"
        case .done: "Hoàn thành"
        case .overdue: "Quá hạn"
        case .notDone: "Không hoàn thành"
        }
    }

    /// What a person may record; `overdue` follows from the due date.
    public static let recordable: [TaskStatus] = [.notStarted, .inProgress, .done, .notDone]

    /// The status shown and filtered on: a task still open (not started or in progress) whose due
    /// date is before `today` is overdue; a finished one (done, or closed as not done) keeps its
    /// status, so closing a late task ends its overdue state.
    public static func effective(recorded: TaskStatus, due: CalendarDay?, today: CalendarDay) -> TaskStatus {
        guard recorded == .notStarted || recorded == .inProgress, let due, due < today else { return recorded }
        return .overdue
    }

    /// Due within `days` from `today` (today included) and still open: what a reminder lists as due soon.
    public static func isDueSoon(recorded: TaskStatus, due: CalendarDay?, today: CalendarDay, days: Int) -> Bool {
        guard recorded == .notStarted || recorded == .inProgress, let due, !(due < today) else { return false }
        return due.daysSince(today) <= days
    }
}
