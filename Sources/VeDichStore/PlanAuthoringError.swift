import Foundation
import VeDichCore

/// What creating a plan, changing its settings or its targets, issuing or unlocking it refuses,
/// with a stable code for the API and a Vietnamese message. Nothing is written when one is thrown.
public enum PlanAuthoringError: Error, Sendable, Equatable {
    /// How the web answers: 409 (the data changed or is locked) or 422 (what was sent is wrong).
    public enum Kind: Sendable { case conflict, invalid }

    case provinceNotFound(name: String)
    case invalidPlan(UserMessage)
    case planExists(title: String)
    /// No plan of the province by that id: the same answer whether it is missing or another
    /// province's, so an id tells nobody what another province has.
    case copySourceNotFound(id: String, province: String)
    case invalidSetting(UserMessage)
    /// A target text that does not read as a target: the same parser and message as a value's.
    case invalidTarget(code: String, issuer: TargetIssuer, text: String, cause: FigureParseError)
    case unknownIssuer(String)
    case staleTarget(code: String, issuer: TargetIssuer, expected: Int, current: Int)
    /// The plan was issued: its targets stay as issued until an admin unlocks it.
    case issued(plan: String, by: String, at: Date)
    case notIssued(plan: String)
    case reasonRequired

    public var code: String {
        switch self {
        case .provinceNotFound: "province_not_found"
        case .invalidPlan: "invalid_plan"
        case .planExists: "plan_exists"
        case .copySourceNotFound: "copy_source_not_found"
        case .invalidSetting: "invalid_setting"
        case .invalidTarget: "invalid_target"
        case .unknownIssuer: "unknown_issuer"
        case .staleTarget: "stale_revision"
        case .issued: "plan_issued"
        case .notIssued: "plan_not_issued"
        case .reasonRequired: "reason_required"
        }
    }

    public var kind: Kind {
        switch self {
        case .planExists, .staleTarget, .issued, .notIssued: .conflict
        case .provinceNotFound, .invalidPlan, .copySourceNotFound, .invalidSetting, .invalidTarget, .unknownIssuer, .reasonRequired: .invalid
        }
    }
}

extension PlanAuthoringError: UserFacingError {
    public var userMessage: UserMessage {
        switch self {
        case .provinceNotFound(let name):
            UserMessage(what: "Không có tỉnh “\(name)” trong hệ thống", fix: "Chọn một tỉnh đã có, hoặc nhập báo cáo của tỉnh trước")
        case .invalidPlan(let message), .invalidSetting(let message):
            message
        case .planExists(let title):
            UserMessage(what: "Đã có “\(title)” của tỉnh này", fix: "Mở kế hoạch đó để sửa, hoặc chọn năm khác")
        case .copySourceNotFound(let id, let province):
            UserMessage(what: "Tỉnh \(province) không có kế hoạch mã “\(id)” để sao chép hệ thống chỉ tiêu",
                        fix: "Chọn một kế hoạch của tỉnh \(province) trong danh sách, hoặc tạo kế hoạch trống")
        case .invalidTarget(let code, let issuer, let text, let cause):
            UserMessage(what: "Kế hoạch chỉ tiêu \(code) (\(issuer.label)) “\(text)” không đọc được: \(cause.userMessage.what)",
                        fix: cause.userMessage.fix)
        case .unknownIssuer(let text):
            UserMessage(what: "Không có cấp giao kế hoạch “\(text)”",
                        fix: "Dùng một trong: " + TargetIssuer.allCases.map { "\($0.rawValue) (\($0.label))" }.joined(separator: ", "))
        case .staleTarget(let code, let issuer, let expected, let current):
            UserMessage(what: "Kế hoạch chỉ tiêu \(code) (\(issuer.label)) đã được người khác sửa (bản sửa \(current), trong khi bạn sửa từ bản \(expected))",
                        fix: "Tải lại để xem kế hoạch hiện tại, rồi nhập lại nếu vẫn cần thay đổi")
        case .issued(let plan, let by, let at):
            UserMessage(what: "“\(plan)” đã được \(by) ban hành lúc \(StoreError.vietnameseTime(at)); các chỉ tiêu kế hoạch đã khóa",
                        fix: "Cần sửa thì đề nghị quản trị hệ thống mở khóa kế hoạch (ghi rõ lý do)")
        case .notIssued(let plan):
            UserMessage(what: "“\(plan)” chưa ban hành nên không có gì để mở khóa", fix: "Tải lại trang để xem tình trạng hiện tại")
        case .reasonRequired:
            UserMessage(what: "Chưa ghi lý do mở khóa", fix: "Ghi lý do (được lưu vào nhật ký thay đổi) rồi gửi lại")
        }
    }
}
