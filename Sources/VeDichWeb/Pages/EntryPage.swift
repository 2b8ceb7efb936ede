import Fluent
import Vapor
import VeDichCore
import VeDichStore

/// Entering values for a plan's period: one field per indicator line, accepting numbers as people
/// write them (`7,5`, `4.400`, `<5`). A bad value is refused next to its field with the text kept;
/// the rows of one save are written together or not at all.
struct EntryPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("plans", ":planID", "entry", use: show)
        routes.grouped(RequireRole(roles: [.admin, .planner, .agencyClerk])).post("plans", ":planID", "entry", use: save)
    }

    struct FieldState {
        var typed: String?
        var error: String?
        /// Plausibility warnings on the typed value, to confirm before it is saved.
        var warnings: [String] = []
    }

    @Sendable func show(req: Request) async throws -> Response {
        let saved = req.query[Int.self, at: "saved"]
        return try await render(req, version: try req.version(), fields: [:], notice: saved.map { "Đã lưu \($0) giá trị. Đánh giá bên dưới đã được tính lại." })
    }

    @Sendable func save(req: Request) async throws -> Response {
        let planID = try req.planID()
        let form = try req.content.decode([String: String].self)
        guard let version = form["version"].flatMap(ValueVersion.init(rawValue:)) else { throw Abort(.badRequest) }
        let evaluation = try await req.store.evaluation(planID: planID, version: version)
        let access = try await EntryAccess.load(req, planID: planID, version: version)
        let lines = Self.lines(evaluation).filter { access.shows($0.indicatorID) }
        var fields: [UUID: FieldState] = [:]
        var drafts: [ObservationDraft] = []
        var unconfirmed = false
        for line in lines {
            let key = line.indicatorID.uuidString
            guard let typed = form["v_\(key)"]?.trimmingCharacters(in: .whitespaces) else { continue }
            let current = line.value?.text ?? ""
            // Changed is what the person changed from what they were shown, not from what is
            // stored now: a field they did not touch must never overwrite someone else's save.
            let shown = form["o_\(key)"] ?? current
            guard typed != shown else { continue }
            if let refusal = access.refusal(line.indicatorID) {
                fields[line.indicatorID] = FieldState(typed: typed, error: refusal)
                continue
            }
            guard typed.count <= 200 else {
                fields[line.indicatorID] = FieldState(typed: String(typed.prefix(200)), error: "Giá trị quá dài (tối đa 200 ký tự)")
                continue
            }
            if typed.isEmpty {
                fields[line.indicatorID] = FieldState(typed: typed, error: "Không xóa được số liệu đã có; nhập giá trị mới, để nguyên “\(current)”, hoặc rút giá trị nhập nhầm bằng nút “Rút giá trị” trên trang của chỉ tiêu")
                continue
            }
            do {
                _ = try Figure.parse(typed)
            } catch {
                fields[line.indicatorID] = FieldState(typed: typed, error: "\(error.userMessage.what). \(error.userMessage.fix).")
                continue
            }
            let warnings = try await PlausibilityCheck.warnings(req, indicatorID: line.indicatorID, period: evaluation.period,
                                                                text: typed, current: line.value?.text)
            fields[line.indicatorID] = FieldState(typed: typed, warnings: warnings)
            // Confirmed: the confirmation step showed these warnings for this very text.
            guard warnings.isEmpty || form["w_\(key)"] == typed else {
                unconfirmed = true
                continue
            }
            drafts.append(ObservationDraft(indicatorID: line.indicatorID, period: evaluation.period, version: version, text: typed,
                                           basedOnRevision: form["r_\(key)"].flatMap { Int($0) }, recordedBy: req.actor,
                                           confirmedWarnings: warnings))
        }
        guard !fields.values.contains(where: { $0.error != nil }) else {
            return try await render(req, version: version, fields: fields, status: .badRequest,
                                    alert: "Chưa lưu gì: có giá trị không hợp lệ, xem thông báo cạnh từng ô.")
        }
        guard !unconfirmed else {
            return try await render(req, version: version, fields: fields,
                                    alert: "Chưa lưu gì: có giá trị cần kiểm tra, xem cảnh báo cạnh từng ô. Nếu các giá trị đúng, bấm “Xác nhận và lưu”; giá trị được lưu cùng cảnh báo.")
        }
        let toSave = drafts
        do {
            try await req.db.writeTransaction { database in
                for draft in toSave { _ = try await Store(database: database).record(draft) }
            }
        } catch let error as StoreError {
            switch error {
            case .staleRevision:
                return try await render(req, version: version, fields: fields, status: .conflict,
                                        alert: "Chưa lưu gì: \(error.userMessage.what). Giá trị hiện tại đang hiển thị; các ô bạn đã gõ được giữ nguyên.")
            case .locked:
                return try await render(req, version: version, fields: fields, status: .conflict,
                                        alert: "Chưa lưu gì: \(error.userMessage.what). \(error.userMessage.fix).")
            default:
                throw error
            }
        }
        return req.redirect(to: "/plans/\(planID.uuidString)/entry?version=\(version.rawValue)&saved=\(drafts.count)", redirectType: .normal)
    }

    /// Why figures were returned, for the agencies this person enters for (a clerk: their own),
    /// so the clerk reads the approver's reason where the figures are fixed.
    static func returnMessages(_ req: Request, planID: UUID, version: ValueVersion, access: EntryAccess) async throws -> [String] {
        let people = try await PeopleNames.load(req)
        return try await req.store.submissions(planID: planID, version: version)
            .filter { $0.status == .returned && (access.clerkAgency == nil || $0.agencyID == access.clerkAgency) }
            .map { returned in
                let by = returned.changedBy.map { " bởi \(people[$0])" } ?? ""
                let at = returned.changedAt.map { " lúc \(StoreError.vietnameseTime($0))" } ?? ""
                return "Số liệu của \(returned.agency) bị trả lại\(by)\(at). Lý do: \(returned.comment ?? "không ghi"). Sửa rồi gửi lại ở trang Gửi và phê duyệt."
            }
    }

    /// The name with its unit, unless the name already ends with it: "Trồng rừng mới (ha)".
    static func label(_ line: IndicatorEvaluation) -> String {
        guard let unit = line.unit, !line.name.hasSuffix("(\(unit))") else { return line.name }
        return "\(line.name) (\(unit))"
    }

    /// Every line that has a target: headlines and components.
    static func lines(_ evaluation: PlanEvaluation) -> [IndicatorEvaluation] {
        evaluation.indicators.flatMap { [$0] + $0.components }.filter { $0.target != nil }
    }

    func render(_ req: Request, version: ValueVersion, fields: [UUID: FieldState], status: HTTPResponseStatus = .ok,
                notice: String? = nil, alert: String? = nil) async throws -> Response {
        let evaluation = try await req.store.evaluation(planID: try req.planID(), version: version)
        let plan = evaluation.plan
        let base = "/plans/\(plan.id.uuidString)"
        let access = try await EntryAccess.load(req, planID: plan.id, version: version)
        let lines = Self.lines(evaluation).filter { access.shows($0.indicatorID) }
        let returns = try await Self.returnMessages(req, planID: plan.id, version: version, access: access)
        // A clerk's open giải trình requests, where the clerk works: answered on the requests' page.
        var openRequests: [ExplanationInfo] = []
        if let agency = access.clerkAgency { openRequests = try await req.store.explanations(planID: plan.id, agencyID: agency, openOnly: true) }
        let workbookAgencies = try await req.store.responsibleAgencies(planID: plan.id)
        let confirming = fields.values.contains { !$0.warnings.isEmpty }
        // The form is there only for someone who may send it: a line this person may not change
        // shows its value as text, and a page with no such line is titled as read-only.
        let editable = lines.contains { access.refusal($0.indicatorID) == nil }
        let title = editable ? "Nhập số liệu" : "Số liệu đã nhập (chỉ xem)"
        let response = Layout.page(req, "\(title) — \(plan.title)") {
            el("h1") { "\(title): \(plan.title)" }
            el("p", ["class": "muted"]) { "Kỳ: \(evaluation.periodLabel). Viết số như trong văn bản: 7,5 · 4.400 · <5 · ≥3." }
            Layout.versionSwitch(version) { "\(base)/entry?version=\($0.rawValue)" }
            if let notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            if let alert { el("p", ["class": "alert", "role": "alert"]) { alert } }
            for lock in access.lockMessages { el("p", ["class": "locked", "role": "status"]) { lock } }
            for returned in returns { el("p", ["class": "alert returned", "role": "alert"]) { returned } }
            if let agency = access.clerkAgency {
                OpenExplanationsView.entrySection(openRequests, planID: plan.id, agency: agency, people: access.people)
            }
            el("p") { el("a", ["href": "\(base)/workflow?version=\(version.rawValue)"]) { "Gửi và phê duyệt số liệu" } }
            let table = el("div", ["class": "wrap"]) {
                el("table", ["class": "data"]) {
                    el("thead") { el("tr") { el("th") { "TT" }; el("th") { "Chỉ tiêu" }; el("th") { "Kế hoạch" }; el("th") { "Giá trị" }; el("th") { "Đánh giá" } } }
                    el("tbody") {
                        for line in lines {
                            let key = line.indicatorID.uuidString
                            let state = fields[line.indicatorID]
                            let mayChange = access.refusal(line.indicatorID) == nil
                            el("tr", ["data-name": line.name]) {
                                el("td") { line.code }
                                el("td") { if mayChange { el("label", ["for": "v_\(key)"]) { Self.label(line) } } else { Self.label(line) } }
                                el("td", ["class": "num"]) { line.target?.text ?? "" }
                                if mayChange {
                                    el("td") {
                                        el("input", attributes: [("type", "text"), ("id", "v_\(key)"), ("name", "v_\(key)"),
                                                                 ("value", state?.typed ?? line.value?.text ?? ""), ("inputmode", "decimal"),
                                                                 ("autocomplete", "off"),
                                                                 ("aria-invalid", state?.error == nil ? nil : "true"),
                                                                 ("aria-describedby", state?.error == nil ? nil : "e_\(key)")])
                                        el("input", ["type": "hidden", "name": "r_\(key)", "value": line.revision.map(String.init) ?? ""])
                                        el("input", ["type": "hidden", "name": "o_\(key)", "value": line.value?.text ?? ""])
                                        if let error = state?.error { el("span", ["class": "error", "id": "e_\(key)"]) { error } }
                                        if let state, !state.warnings.isEmpty {
                                            el("span", ["class": "warning", "role": "note"]) { state.warnings.joined(separator: " ") }
                                            el("input", ["type": "hidden", "name": "w_\(key)", "value": state.typed ?? ""])
                                        }
                                    }
                                } else {
                                    el("td", ["class": "num value"]) {
                                        line.value?.text ?? ""
                                        if let error = state?.error { el("span", ["class": "error", "id": "e_\(key)"]) { error } }
                                    }
                                }
                                el("td") {
                                    Layout.verdict(line.verdict)
                                    if let deciding = line.decidingComponent, deciding.indicatorID != line.indicatorID { Layout.deciding(deciding) }
                                }
                            }
                        }
                    }
                }
            }
            if editable {
                el("form", ["class": "entry", "method": "post", "action": "\(base)/entry", "novalidate": "novalidate"]) {
                    Layout.csrfField(req)
                    el("input", ["type": "hidden", "name": "version", "value": version.rawValue])
                    table
                    el("p") { el("button", ["type": "submit"]) { confirming ? "Xác nhận và lưu" : "Lưu số liệu" } }
                }
            } else {
                table
            }
            if editable { ValueWorkbookPages.entrySection(req, planID: plan.id, version: version, agencies: workbookAgencies) }
        }
        response.status = status
        return response
    }
}
