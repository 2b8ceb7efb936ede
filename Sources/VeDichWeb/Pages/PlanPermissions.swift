import Vapor
import VeDichCore

/// What the person asking may send for one plan, asked of the same policy the server applies to
/// the form's POST: a page shows a form (or a link to one) only when this says yes, and says
/// "chỉ xem" in its title otherwise.
struct PlanPermissions {
    /// Entering or submitting values: for a clerk, those of their own agency.
    var mayEnter: Bool
    /// Editing the report's text (and importing).
    var mayEdit: Bool
    /// Approving or returning an agency's figures.
    var mayApprove: Bool
    /// Unlocking approved figures.
    var mayUnlock: Bool

    var mayTakeWorkflowSteps: Bool { mayEnter || mayApprove || mayUnlock }

    static func of(_ req: Request, planID: UUID) async throws -> PlanPermissions {
        let province = try await req.province(planID: planID)
        let agency = req.principal?.role == .agencyClerk ? req.principal?.agencyID : nil
        return PlanPermissions(mayEnter: req.may(.enterValue(province: province, agency: agency)),
                               mayEdit: req.may(.edit(province: province)),
                               mayApprove: req.may(.approve(province: province)),
                               mayUnlock: req.may(.administer))
    }

    /// "Nội dung báo cáo" or "Nội dung báo cáo (chỉ xem)".
    static func title(_ title: String, readOnly: Bool) -> String {
        readOnly ? "\(title) (chỉ xem)" : title
    }
}
