/// Where an agency's figures for a plan's period and value version stand: entered (draft),
/// sent to the planning office, approved (and locked), or returned with a comment.
public enum SubmissionStatus: String, Sendable, Codable, CaseIterable {
    case draft
    case submitted
    case approved
    case returned

    public var label: String {
        switch self {
        case .draft: "Đang nhập"
        case .submitted: "Đã gửi, chờ phê duyệt"
        case .approved: "Đã phê duyệt (khóa)"
        case .returned: "Bị trả lại"
        }
    }

    /// Approved figures are locked: nobody edits them until an admin unlocks.
    public var locksValues: Bool { self == .approved }
}

/// A step of the workflow. `submit` by the agency (or the planning office for it), `approve` and
/// `giveBack` by the approver, `unlock` by an admin; the last two need a written reason.
public enum SubmissionStep: String, Sendable, Codable, CaseIterable {
    case submit
    case approve
    case giveBack = "return"
    case unlock

    public var label: String {
        switch self {
        case .submit: "Gửi phê duyệt"
        case .approve: "Phê duyệt"
        case .giveBack: "Trả lại"
        case .unlock: "Mở khóa"
        }
    }

    public var needsReason: Bool { self == .giveBack || self == .unlock }

    /// The status this step leads to from `status`, or nil when it does not apply there.
    public func next(after status: SubmissionStatus) -> SubmissionStatus? {
        switch (self, status) {
        case (.submit, .draft), (.submit, .returned): .submitted
        case (.approve, .submitted): .approved
        case (.giveBack, .submitted): .returned
        case (.unlock, .approved): .draft
        default: nil
        }
    }

    /// The status after this step, or why the step does not apply now.
    public func apply(to status: SubmissionStatus, reason: String?) -> Result<SubmissionStatus, WorkflowError> {
        if needsReason, (reason ?? "").trimmed.isEmpty {
            return .failure(.reasonRequired(self))
        }
        guard let next = next(after: status) else { return .failure(.notApplicable(self, status)) }
        return .success(next)
    }
}

public enum WorkflowError: Error, Sendable, Equatable, UserFacingError {
    case reasonRequired(SubmissionStep)
    case notApplicable(SubmissionStep, SubmissionStatus)

    public var userMessage: UserMessage {
        switch self {
        case .reasonRequired(let step):
            UserMessage(what: "Cần ghi lý do khi “\(step.label.lowercased())”", fix: "Nhập lý do vào ô ghi chú rồi thực hiện lại")
        case .notApplicable(let step, let status):
            UserMessage(what: "Không thể “\(step.label.lowercased())” khi số liệu đang ở trạng thái “\(status.label)”",
                        fix: "Tải lại trang để xem trạng thái hiện tại")
        }
    }
}
