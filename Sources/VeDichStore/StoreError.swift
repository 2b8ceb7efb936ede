import Foundation
import VeDichCore

/// What the store refuses, with a stable code for the API and a Vietnamese message for people.
public enum StoreError: Error, Sendable, Equatable {
    case planNotFound(id: String)
    case indicatorNotFound(id: String)
    case indicatorNotInPlan(indicator: String, plan: String)
    case invalidValue(text: String, cause: FigureParseError)
    /// The value changed since the revision the edit was based on.
    case staleRevision(expected: Int, current: Int)
    /// An imported indicator clashes with one already in the system (same name, other unit).
    case conflictingIndicator(name: String, existingUnit: String?, importedUnit: String?)
    /// A table row of the report could not be read; importing would lose it.
    case unreadableReport(findings: [String])
    /// An account that cannot be made or used as asked.
    case invalidAccount(UserMessage)
    /// A workflow step that does not apply now.
    case workflow(WorkflowError)
    /// The value's agency had this period approved: locked until an admin unlocks it.
    case locked(agency: String, by: String, at: Date?)
    /// A workflow step for an agency that answers for none of the plan's indicators (another
    /// province's agency, or one with nothing in this plan).
    case agencyNotInPlan(agency: String, plan: String)
    /// Submitting while some of the agency's values are missing, not confirmed.
    case missingValues(agency: String, missing: [MissingValue])
    /// Withdrawing a value that is not there (none yet, or already withdrawn).
    case nothingToWithdraw(period: String)
    /// A withdrawal or a change of direction without its reason.
    case reasonRequired(UserMessage)
    /// A catalogue edit (an indicator, an agency, an account) that cannot be made as asked.
    case invalidCatalogue(UserMessage)
    /// The indicator's catalogue entry changed since the revision the edit was based on.
    case staleCatalogue(indicator: String, expected: Int, current: Int)
    /// A value for an indicator the planning office stopped following.
    case indicatorRetired(name: String, at: Date?)
    case agencyNotFound(id: String)
    case accountNotFound(id: String)

    public var code: String {
        switch self {
        case .planNotFound: "plan_not_found"
        case .indicatorNotFound: "indicator_not_found"
        case .indicatorNotInPlan: "indicator_not_in_plan"
        case .invalidValue: "invalid_value"
        case .staleRevision: "stale_revision"
        case .conflictingIndicator: "conflicting_indicator"
        case .unreadableReport: "unreadable_report"
        case .invalidAccount: "invalid_account"
        case .workflow: "workflow_step_refused"
        case .locked: "locked"
        case .agencyNotInPlan: "agency_not_in_plan"
        case .missingValues: "missing_values"
        case .nothingToWithdraw: "nothing_to_withdraw"
        case .reasonRequired: "reason_required"
        case .invalidCatalogue: "invalid_catalogue"
        case .staleCatalogue: "stale_revision"
        case .indicatorRetired: "indicator_retired"
        case .agencyNotFound: "agency_not_found"
        case .accountNotFound: "account_not_found"
        }
    }
}

extension StoreError: UserFacingError {
    public var userMessage: UserMessage {
        switch self {
        case .planNotFound(let id):
            UserMessage(what: "Không có kế hoạch mã “\(id)”", fix: "Xem danh sách kế hoạch tại /api/v1/plans hoặc bằng lệnh vedich plans")
        case .indicatorNotFound(let id):
            UserMessage(what: "Không có chỉ tiêu mã “\(id)”", fix: "Xem các chỉ tiêu của kế hoạch tại /api/v1/plans/{id}/indicators")
        case .indicatorNotInPlan(let indicator, let plan):
            UserMessage(what: "Chỉ tiêu “\(indicator)” không thuộc kế hoạch “\(plan)”", fix: "Chọn một chỉ tiêu của kế hoạch này")
        case .invalidValue(let text, let cause):
            UserMessage(what: "Giá trị “\(text)” không đọc được: \(cause.userMessage.what)", fix: cause.userMessage.fix)
        case .staleRevision(let expected, let current):
            UserMessage(what: "Số liệu đã được người khác cập nhật (bản sửa \(current), trong khi bạn sửa từ bản \(expected))",
                        fix: "Xem giá trị hiện tại, rồi nhập lại nếu vẫn cần thay đổi")
        case .conflictingIndicator(let name, let existing, let imported):
            UserMessage(what: "Chỉ tiêu “\(name)” đã có trong hệ thống với đơn vị “\(existing ?? "không ghi")”, nhưng tệp nhập ghi đơn vị “\(imported ?? "không ghi")”",
                        fix: "Sửa đơn vị trong tệp cho khớp, hoặc đổi tên chỉ tiêu nếu đây là chỉ tiêu khác")
        case .unreadableReport(let findings):
            UserMessage(what: "Báo cáo có hàng không đọc được hoặc không đặt được vào kế hoạch, nhập sẽ làm mất số liệu: \(findings.joined(separator: "; "))",
                        fix: "Sửa các hàng được nêu trong tệp rồi nhập lại; chưa có gì được ghi vào cơ sở dữ liệu")
        case .invalidAccount(let message):
            message
        case .workflow(let error):
            error.userMessage
        case .locked(let agency, let by, let at):
            UserMessage(what: "Số liệu của \(agency) kỳ này đã được \(by) phê duyệt và khóa\(at.map { " lúc " + Self.vietnameseTime($0) } ?? "")",
                        fix: "Cần sửa thì đề nghị quản trị hệ thống mở khóa (ghi rõ lý do)")
        case .agencyNotInPlan(let agency, let plan):
            UserMessage(what: "Cơ quan “\(agency)” không phụ trách chỉ tiêu nào của kế hoạch “\(plan)”",
                        fix: "Chọn một cơ quan trong danh sách gửi và phê duyệt của kế hoạch này")
        case .missingValues(let agency, let missing):
            UserMessage(what: "\(agency) còn thiếu \(missing.count) giá trị: "
                            + missing.map { "\($0.code) \($0.name)" }.joined(separator: "; "),
                        fix: "Nhập các giá trị còn thiếu rồi gửi, hoặc xác nhận gửi khi còn thiếu (API: \"confirm_missing\": true)")
        case .nothingToWithdraw(let period):
            UserMessage(what: "Không có giá trị nào kỳ \(period) để rút (chưa nhập, hoặc đã rút)",
                        fix: "Tải lại trang để xem giá trị hiện tại")
        case .reasonRequired(let message):
            message
        case .invalidCatalogue(let message):
            message
        case .staleCatalogue(let indicator, let expected, let current):
            UserMessage(what: "Chỉ tiêu “\(indicator)” đã được người khác sửa trong danh mục (bản sửa \(current), trong khi bạn sửa từ bản \(expected)); chưa lưu thay đổi của bạn",
                        fix: "Tải lại danh mục để xem nội dung hiện tại, rồi sửa lại nếu vẫn cần")
        case .indicatorRetired(let name, let at):
            UserMessage(what: "Chỉ tiêu “\(name)” đã thôi theo dõi\(at.map { " từ " + Self.vietnameseTime($0) } ?? ""), không nhận số liệu mới",
                        fix: "Nhập số liệu cho chỉ tiêu đang theo dõi, hoặc đề nghị Sở Tài chính dùng lại chỉ tiêu này trong danh mục")
        case .agencyNotFound(let id):
            UserMessage(what: "Không có cơ quan mã “\(id)”", fix: "Xem danh sách cơ quan tại /api/v1/agencies")
        case .accountNotFound(let id):
            UserMessage(what: "Không có tài khoản mã “\(id)”", fix: "Xem danh sách tài khoản tại /api/v1/users")
        }
    }
}

extension StoreError {
    /// "25/11/2026 17:30" in Vietnam's time (UTC+7), as people there read a time.
    public static func vietnameseTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.day, .month, .year, .hour, .minute], from: date)
        func two(_ number: Int?) -> String { (number ?? 0) < 10 ? "0\(number ?? 0)" : "\(number ?? 0)" }
        return "\(two(parts.day))/\(two(parts.month))/\(parts.year ?? 0) \(two(parts.hour)):\(two(parts.minute))"
    }
}
