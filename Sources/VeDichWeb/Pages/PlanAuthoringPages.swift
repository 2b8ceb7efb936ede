import Vapor
import VeDichCore
import VeDichStore

/// Writing a plan in the browser: "Tạo kế hoạch" (empty or from another plan), its settings, the
/// targets table form, issuing it and (admin) unlocking it. Each form is shown only to whom the
/// policy lets send it, and the POST asks the same policy again; the writes are the API's.
struct PlanAuthoringPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let authors = routes.grouped(RequireRole(roles: [.admin, .planner]))
        authors.get("plans", "new", use: newPlan)
        authors.post("plans", "new", use: createPlan)
        routes.get("plans", ":planID", "targets", use: targets)
        routes.post("plans", ":planID", "targets", use: saveTargets)
        routes.get("plans", ":planID", "settings", use: settings)
        routes.post("plans", ":planID", "settings", use: saveSettings)
        routes.post("plans", ":planID", "issue", use: issue)
        routes.post("plans", ":planID", "unlock", use: unlock)
    }

    // MARK: Tạo kế hoạch

    @Sendable func newPlan(req: Request) async throws -> Response {
        let provinces = try await Self.provinces(req)
        let next = try await req.readablePlans().filter { $0.horizon == "annual" }.map(\.endYear).max().map { $0 + 1 }
        return try await renderNewPlan(req, NewPlanModel(provinces: provinces, sources: [], province: provinces.first,
                                                          startYear: String(next ?? Calendar.current.component(.year, from: Date()) + 1)))
    }

    @Sendable func createPlan(req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        var model = NewPlanModel(provinces: try await Self.provinces(req), sources: [], province: form["province"],
                                 horizon: form["horizon"] ?? "annual", startYear: form["start_year"] ?? "", endYear: form["end_year"] ?? "",
                                 copyFrom: form["copy_from"])
        guard let start = Int(model.startYear.trimmed) else {
            model.alert = "Chưa tạo kế hoạch: năm bắt đầu “\(model.startYear)” không phải một năm. Ghi năm bằng số, ví dụ 2026."
            return try await renderNewPlan(req, model, status: .unprocessableEntity)
        }
        let end = model.endYear.trimmed
        guard end.isEmpty || Int(end) != nil else {
            model.alert = "Chưa tạo kế hoạch: năm kết thúc “\(end)” không phải một năm. Ghi năm bằng số, hoặc để trống."
            return try await renderNewPlan(req, model, status: .unprocessableEntity)
        }
        let body = PlanAuthoringController.NewPlan(province: form["province"] ?? "", horizon: model.horizon, startYear: start,
                                                   endYear: Int(end), copyFrom: form["copy_from"].flatMap(UUID.init(uuidString:)))
        do {
            let plan = try await PlanAuthoringController.create(req, body)
            return req.redirect(to: "/plans/\(plan.id.uuidString)/targets?done=tao", redirectType: .normal)
        } catch let error as PlanAuthoringError {
            model.alert = "Chưa tạo kế hoạch: \(error.userMessage.what). \(error.userMessage.fix)."
            return try await renderNewPlan(req, model, status: error.kind == .conflict ? .conflict : .unprocessableEntity)
        }
    }

    func renderNewPlan(_ req: Request, _ model: NewPlanModel, status: HTTPResponseStatus = .ok) async throws -> Response {
        var model = model
        model.sources = try await req.readablePlans().filter { model.provinces.contains($0.province) }
            .sorted { ($0.endYear, $0.horizon) > ($1.endYear, $1.horizon) }
            .map { NewPlanModel.Source(id: $0.id, title: $0.title, province: $0.province) }
        let response = Layout.page(req, "Tạo kế hoạch") { PlanFormsView.newPlan(model, csrf: Layout.csrfField(req)) }
        response.status = status
        return response
    }

    /// An admin's every province, a planning office's own.
    static func provinces(_ req: Request) async throws -> [String] {
        let principal = try req.requirePrincipal()
        if principal.role == .admin { return try await req.store.planProvinceChoices().map(\.name) }
        guard let province = principal.provinceID else { return [] }
        return try await req.store.planProvinceChoices(only: province).map(\.name)
    }

    // MARK: Chỉ tiêu kế hoạch

    @Sendable func targets(req: Request) async throws -> Response {
        let notice: String? = switch req.query[String.self, at: "done"] {
        case "tao": "Đã tạo kế hoạch. Nhập chỉ tiêu kế hoạch bên dưới, rồi ban hành khi đã kiểm tra."
        case "luu": "Đã lưu \(req.query[Int.self, at: "n"] ?? 0) chỉ tiêu kế hoạch. Đánh giá đã được tính lại."
        case "ban-hanh": "Đã ban hành kế hoạch; các chỉ tiêu kế hoạch đã khóa."
        case "mo-khoa": "Đã mở khóa kế hoạch; lý do được ghi vào nhật ký."
        default: nil
        }
        return try await renderTargets(req, notice: notice)
    }

    @Sendable func saveTargets(req: Request) async throws -> Response {
        let planID = try req.planID()
        try req.authorize(.edit(province: try await req.province(planID: planID)))
        let form = try req.content.decode([String: String].self)
        let table = try await req.store.targetTable(planID: planID)
        let model = TargetTableModel(table, mayEdit: true, mayUnlock: false, issuedBy: nil)
        var fields: [String: (typed: String, error: String?)] = [:]
        var drafts: [TargetDraft] = []
        for row in model.rows {
            for cell in row.cells {
                guard let typed = form[cell.key]?.trimmed else { continue }
                // Changed is what the person changed from what they were shown, never from what is
                // stored now: a cell they left alone must not undo someone else's save.
                guard typed != (form["o_\(cell.key)"] ?? cell.stored).trimmed else { continue }
                if typed.count > 200 {
                    fields[cell.key] = (String(typed.prefix(200)), "Quá dài (tối đa 200 ký tự)")
                    continue
                }
                if !typed.isEmpty {
                    do { _ = try Figure.parse(typed) } catch {
                        fields[cell.key] = (typed, "\(error.userMessage.what). \(error.userMessage.fix).")
                        continue
                    }
                }
                fields[cell.key] = (typed, nil)
                drafts.append(TargetDraft(planID: planID, indicatorID: row.indicatorID, issuer: cell.issuer, text: typed,
                                          basedOnRevision: form["r_\(cell.key)"].flatMap { Int($0) }, recordedBy: req.actor))
            }
        }
        guard !fields.values.contains(where: { $0.error != nil }) else {
            return try await renderTargets(req, fields: fields, status: .unprocessableEntity,
                                           alert: "Chưa lưu gì: có chỉ tiêu kế hoạch không đọc được, xem thông báo cạnh từng ô.")
        }
        do {
            _ = try await req.store.setTargets(drafts)
        } catch let error as PlanAuthoringError {
            return try await renderTargets(req, fields: fields, status: error.kind == .conflict ? .conflict : .unprocessableEntity,
                                           alert: "Chưa lưu gì: \(error.userMessage.what). \(error.userMessage.fix). Các ô bạn đã gõ được giữ nguyên.")
        }
        return req.redirect(to: "/plans/\(planID.uuidString)/targets?done=luu&n=\(drafts.count)", redirectType: .normal)
    }

    @Sendable func issue(req: Request) async throws -> Response {
        let planID = try req.planID()
        try req.authorize(.edit(province: try await req.province(planID: planID)))
        do {
            _ = try await req.store.issuePlan(planID: planID, actor: req.actor)
        } catch let error as PlanAuthoringError {
            return try await renderTargets(req, status: .conflict, alert: "Chưa ban hành: \(error.userMessage.what). \(error.userMessage.fix).")
        }
        return req.redirect(to: "/plans/\(planID.uuidString)/targets?done=ban-hanh", redirectType: .normal)
    }

    @Sendable func unlock(req: Request) async throws -> Response {
        let planID = try req.planID()
        try req.authorize(.administer)
        let reason = (try? req.content.get(String.self, at: "reason")) ?? ""
        guard reason.count <= 2000 else {
            return try await renderTargets(req, status: .unprocessableEntity, alert: "Chưa mở khóa: lý do quá dài. Ghi lý do tối đa 2.000 ký tự.")
        }
        do {
            _ = try await req.store.unlockPlan(planID: planID, reason: reason, actor: req.actor)
        } catch let error as PlanAuthoringError {
            return try await renderTargets(req, status: error.kind == .conflict ? .conflict : .unprocessableEntity,
                                           alert: "Chưa mở khóa: \(error.userMessage.what). \(error.userMessage.fix).")
        }
        return req.redirect(to: "/plans/\(planID.uuidString)/targets?done=mo-khoa", redirectType: .normal)
    }

    func renderTargets(_ req: Request, fields: [String: (typed: String, error: String?)] = [:], status: HTTPResponseStatus = .ok,
                       notice: String? = nil, alert: String? = nil) async throws -> Response {
        let planID = try req.planID()
        let table = try await req.store.targetTable(planID: planID)
        let permissions = try await PlanPermissions.of(req, planID: planID)
        let people = try await PeopleNames.load(req)
        let model = TargetTableModel(table, mayEdit: permissions.mayEdit, mayUnlock: permissions.mayUnlock,
                                     issuedBy: table.plan.issuedBy.map { people[$0] }, fields: fields, notice: notice, alert: alert)
        let response = Layout.page(req, "Chỉ tiêu kế hoạch — \(table.plan.title)") { TargetTableView.content(model, csrf: Layout.csrfField(req)) }
        response.status = status
        return response
    }

    // MARK: Cài đặt

    @Sendable func settings(req: Request) async throws -> Response {
        let planID = try req.planID()
        let saved = req.query[String.self, at: "done"] == "luu"
        return try await renderSettings(req, plan: try await req.store.plan(planID),
                                        notice: saved ? "Đã lưu cài đặt. Đánh giá của mọi trang, CSV và báo cáo đã được tính lại." : nil)
    }

    @Sendable func saveSettings(req: Request) async throws -> Response {
        let planID = try req.planID()
        try req.authorize(.edit(province: try await req.province(planID: planID)))
        let form = try req.content.decode([String: String].self)
        var change = PlanSettingsChange()
        change.compositePolicy = form["composite_policy"].flatMap(CompositePolicy.init(rawValue:))
        if let issuer = form["governing_issuer"] { change.governingIssuer = .some(TargetIssuer(rawValue: issuer)) }
        change.rangeEnd = form["range_end"].flatMap(PlanComparison.RangeEnd.init(rawValue:))
        for version in ValueVersion.allCases {
            if let date = form["cutoff_\(version.rawValue)"] { change.dataCutoffs[version] = .some(date.trimmed.isEmpty ? nil : date) }
        }
        do {
            _ = try await req.store.updatePlanSettings(planID: planID, change, actor: req.actor)
        } catch let error as PlanAuthoringError {
            return try await renderSettings(req, plan: try await req.store.plan(planID), status: .unprocessableEntity,
                                            alert: "Chưa lưu: \(error.userMessage.what). \(error.userMessage.fix).")
        }
        return req.redirect(to: "/plans/\(planID.uuidString)/settings?done=luu", redirectType: .normal)
    }

    func renderSettings(_ req: Request, plan: PlanInfo, status: HTTPResponseStatus = .ok, notice: String? = nil, alert: String? = nil) async throws -> Response {
        let permissions = try await PlanPermissions.of(req, planID: plan.id)
        let model = PlanSettingsModel(plan: plan, mayEdit: permissions.mayEdit, notice: notice, alert: alert)
        let response = Layout.page(req, "Cài đặt kế hoạch — \(plan.title)") { PlanFormsView.settings(model, csrf: Layout.csrfField(req)) }
        response.status = status
        return response
    }
}
