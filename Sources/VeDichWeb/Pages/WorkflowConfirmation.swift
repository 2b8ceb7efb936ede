import Vapor
import VeDichCore
import VeDichStore

/// The second step of the workflow form, answered by the server (no script): approving locks
/// the figures and unlocking reopens approved ones, so both are asked again with what they do;
/// submitting while values are missing lists them and asks whether to send anyway.
enum WorkflowConfirmation {
    /// Steps asked again whatever the data.
    static func asksAgain(_ step: SubmissionStep) -> Bool { step == .approve || step == .unlock }

    static func page(_ req: Request, plan: PlanInfo, form: WorkflowPage.StepForm, submission: SubmissionInfo,
                     missing: [MissingValue]) -> Response {
        let base = "/plans/\(plan.id.uuidString)"
        let back = "\(base)/workflow?version=\(form.version.rawValue)"
        let period = Layout.versionAndPeriod(form.version, plan.period.description)
        let (title, explanation, button): (String, String, String) = switch form.step {
        case .approve:
            ("Xác nhận phê duyệt",
             "Phê duyệt số liệu \(period) của \(submission.agency)? Sau khi phê duyệt, số liệu bị khóa: cơ quan và Sở Tài chính không sửa được nữa, chỉ quản trị hệ thống mở khóa được.",
             "Xác nhận phê duyệt và khóa")
        case .unlock:
            ("Xác nhận mở khóa",
             "Mở khóa số liệu \(period) đã phê duyệt của \(submission.agency)? Số liệu trở về trạng thái đang nhập và phải được gửi, phê duyệt lại.",
             "Xác nhận mở khóa")
        case .submit, .giveBack:
            ("Xác nhận gửi khi còn thiếu số liệu",
             "\(submission.agency) còn thiếu \(missing.count) giá trị \(period). Nên nhập đủ trước khi gửi; nếu chưa có số liệu, vẫn có thể gửi.",
             "Vẫn gửi khi còn thiếu")
        }
        return Layout.page(req, "\(title) — \(plan.title)") {
            el("h1") { title }
            el("p", ["id": "xac-nhan"]) { explanation }
            if !missing.isEmpty {
                el("ul", ["id": "con-thieu"]) {
                    for line in missing { el("li") { "\(line.code) \(line.name)" } }
                }
            }
            if let reason = form.reason, !reason.trimmed.isEmpty { el("p") { "Lý do: \(reason)" } }
            el("form", ["method": "post", "action": "\(base)/workflow", "class": "step confirm"]) {
                Layout.csrfField(req)
                el("input", ["type": "hidden", "name": "agency", "value": form.agency.uuidString])
                el("input", ["type": "hidden", "name": "version", "value": form.version.rawValue])
                el("input", ["type": "hidden", "name": "step", "value": form.step.rawValue])
                el("input", ["type": "hidden", "name": "revision", "value": String(form.revision)])
                el("input", ["type": "hidden", "name": "confirmed", "value": "yes"])
                if let reason = form.reason { el("input", ["type": "hidden", "name": "reason", "value": reason]) }
                el("button", ["type": "submit"]) { button }
            }
            el("p") {
                if !missing.isEmpty {
                    el("a", ["href": "\(base)/entry?version=\(form.version.rawValue)"]) { "Quay lại nhập số liệu" }
                    " · "
                }
                el("a", ["href": back]) { "Hủy" }
            }
        }
    }
}
