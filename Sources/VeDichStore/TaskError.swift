import VeDichCore

/// What the store refuses about tasks and giải trình, with a stable code for the API and a
/// Vietnamese message for people.
public enum TaskError: Error, Sendable, Equatable {
    case taskNotFound(id: String)
    case explanationNotFound(id: String)
    /// Someone saved the task since the revision the edit started from.
    case staleRevision(expected: Int, current: Int)
    /// An edit that cannot be made as asked: an empty title, a date that is no date, an agency of another province.
    case invalid(UserMessage)

    public var code: String {
        switch self {
        case .taskNotFound: "task_not_found"
        case .explanationNotFound: "explanation_not_found"
        case .staleRevision: "stale_revision"
        case .invalid: "invalid_task"
        }
    }
}

extension TaskError: UserFacingError {
    public var userMessage: UserMessage {
        switch self {
        case .taskNotFound(let id):
            UserMessage(what: "Không có nhiệm vụ “\(id)”", fix: "Mở danh sách nhiệm vụ của kế hoạch và chọn lại")
        case .explanationNotFound(let id):
            UserMessage(what: "Không có yêu cầu giải trình “\(id)”", fix: "Mở danh sách yêu cầu giải trình và chọn lại")
        case .staleRevision(let expected, let current):
            UserMessage(what: "Nhiệm vụ này đã được người khác sửa (bản sửa \(current), trong khi bạn sửa từ bản \(expected))",
                        fix: "Tải lại trang để xem nội dung hiện tại, rồi sửa lại")
        case .invalid(let message):
            message
        }
    }
}
