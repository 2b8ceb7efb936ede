import Vapor
import VeDichCore
import VeDichStore

/// `/plans/{id}/workflow`: each responsible agency's figures for a value version — entered,
/// submitted, approved (locked) or returned — with the steps the person may take.
struct WorkflowPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("plans", ":planID", "workflow", use: show)
        routes.post("plans", ":planID", "workflow", use: step)
    }

    struct StepForm: Content {
        var agency: UUID
        var version: ValueVersion
        var step: SubmissionStep
        var reason: String?
        var revision: Int
        /// "yes" from the confirmation step (`WorkflowConfirmation`).
        var confirmed: String?
    }

    @Sendable func show(req: Request) async throws -> Response {
        let done = req.query[String.self, at: "done"].flatMap(SubmissionStep.init(rawValue:))
        return try await render(req, version: try req.version(), notice: done.map { "Đã \($0.label.lowercased())." }, alert: nil)
    }

    @Sendable func step(req: Request) async throws -> Response {
        let planID = try req.planID()
        let form = try req.content.decode(StepForm.self)
        guard (form.reason?.count ?? 0) <= 2000 else {
            return try await render(req, version: form.version, notice: nil, alert: "Lý do quá dài (tối đa 2.000 ký tự).", status: .badRequest)
        }
        let confirmed = form.confirmed == "yes"
        // Approving and unlocking are asked again, once the person is known to may take the step
        // and has given the reason it needs; otherwise the step's own refusal says why.
        if WorkflowConfirmation.asksAgain(form.step), !confirmed, !(form.step.needsReason && (form.reason ?? "").trimmed.isEmpty) {
            let submission = try await req.store.submission(planID: planID, agencyID: form.agency, version: form.version)
            if Self.steps(req, submission, province: try await req.province(planID: planID)).contains(form.step) {
                return WorkflowConfirmation.page(req, plan: try await req.store.plan(planID), form: form, submission: submission, missing: [])
            }
        }
        do {
            _ = try await WorkflowController.take(form.step, req: req, planID: planID, agencyID: form.agency, version: form.version,
                                                  reason: form.reason, basedOnRevision: form.revision, confirmingMissing: confirmed)
        } catch StoreError.missingValues(_, let missing) {
            let submission = try await req.store.submission(planID: planID, agencyID: form.agency, version: form.version)
            return WorkflowConfirmation.page(req, plan: try await req.store.plan(planID), form: form, submission: submission, missing: missing)
        } catch let error as StoreError {
            let status: HTTPResponseStatus = if case .staleRevision = error { .conflict } else { .badRequest }
            return try await render(req, version: form.version, notice: nil,
                                    alert: "\(error.userMessage.what). \(error.userMessage.fix).", status: status)
        }
        return req.redirect(to: "/plans/\(planID.uuidString)/workflow?version=\(form.version.rawValue)&done=\(form.step.rawValue)",
                            redirectType: .normal)
    }

    func render(_ req: Request, version: ValueVersion, notice: String?, alert: String?,
                status: HTTPResponseStatus = .ok) async throws -> Response {
        let planID = try req.planID()
        let plan = try await req.store.plan(planID)
        let province = try await req.province(planID: planID)
        let submissions = try await req.store.submissions(planID: planID, version: version)
        let base = "/plans/\(planID.uuidString)"
        let people = try await PeopleNames.load(req)
        let readOnly = !(try await PlanPermissions.of(req, planID: planID)).mayTakeWorkflowSteps
        let response = Layout.page(req, PlanPermissions.title("Gửi và phê duyệt — \(plan.title)", readOnly: readOnly)) {
            el("h1") { PlanPermissions.title("Gửi và phê duyệt số liệu: \(plan.title)", readOnly: readOnly) }
            el("p", ["class": "muted"]) { "Số liệu đã phê duyệt được khóa; chỉ quản trị hệ thống mở khóa được, kèm lý do." }
            Layout.versionSwitch(version) { "\(base)/workflow?version=\($0.rawValue)" }
            if let notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            if let alert { el("p", ["class": "alert", "role": "alert"]) { alert } }
            if submissions.isEmpty {
                el("p") { "Chưa phân công cơ quan phụ trách chỉ tiêu nào của kế hoạch này." }
            } else {
                el("div", ["class": "wrap"]) {
                    el("table", ["class": "data", "id": "quy-trinh"]) {
                        el("thead") { el("tr") { el("th") { "Cơ quan" }; el("th") { "Trạng thái" }; el("th") { "Người, thời điểm" }; el("th") { "Ghi chú" }; el("th") { "Thao tác" } } }
                        el("tbody") {
                            for submission in submissions {
                                el("tr", ["data-agency": submission.agency, "data-status": submission.status.rawValue]) {
                                    el("td") { submission.agency }
                                    el("td") { el("span", ["class": "status s-\(submission.status.rawValue)"]) { submission.status.label } }
                                    el("td") {
                                        if let by = submission.changedBy { people[by] }
                                        if let at = submission.changedAt { " · \(StoreError.vietnameseTime(at))" }
                                    }
                                    el("td") { submission.comment ?? "" }
                                    el("td") {
                                        for step in Self.steps(req, submission, province: province) {
                                            el("form", ["method": "post", "action": "\(base)/workflow", "class": "step"]) {
                                                Layout.csrfField(req)
                                                el("input", ["type": "hidden", "name": "agency", "value": submission.agencyID.uuidString])
                                                el("input", ["type": "hidden", "name": "version", "value": version.rawValue])
                                                el("input", ["type": "hidden", "name": "step", "value": step.rawValue])
                                                el("input", ["type": "hidden", "name": "revision", "value": String(submission.revision)])
                                                if step.needsReason {
                                                    let id = "ly-do-\(step.rawValue)-\(submission.agencyID.uuidString)"
                                                    el("label", ["for": id]) { "Lý do" }
                                                    el("input", ["type": "text", "id": id, "name": "reason", "required": "required", "maxlength": "2000"])
                                                }
                                                el("button", ["type": "submit", "class": step == .approve || step == .submit ? "" : "secondary"]) { step.label }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        response.status = status
        return response
    }

    /// The steps that apply now and that this person may take.
    static func steps(_ req: Request, _ submission: SubmissionInfo, province: UUID) -> [SubmissionStep] {
        SubmissionStep.allCases.filter { step in
            guard step.next(after: submission.status) != nil else { return false }
            switch step {
            case .submit: return req.may(.enterValue(province: province, agency: submission.agencyID))
            case .approve, .giveBack: return req.may(.approve(province: province))
            case .unlock: return req.may(.administer)
            }
        }
    }
}
