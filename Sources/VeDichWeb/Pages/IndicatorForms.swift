import Vapor
import VeDichCore
import VeDichStore

/// The indicator page's two forms and what they post to: changing which way the indicator is
/// better (the province's planning office, with a reason) and withdrawing a value typed in the
/// wrong row (whoever may enter it, with a reason). Each is shown only to a person who may send
/// it, by the same policy the server applies when it arrives.
struct IndicatorForms: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post("indicators", ":indicatorID", "direction", use: changeDirection)
        routes.post("indicators", ":indicatorID", "withdraw", use: withdraw)
    }

    struct DirectionForm: Content {
        var direction: Direction
        var reason: String?
    }

    struct WithdrawForm: Content {
        /// The period's stored kind ("year", "first_half", "quarter_2", "month_06").
        var kind: String
        var startYear: Int
        var endYear: Int
        var version: ValueVersion
        var revision: Int
        var reason: String?

        enum CodingKeys: String, CodingKey {
            case kind, version, revision, reason
            case startYear = "start_year", endYear = "end_year"
        }
    }

    @Sendable func changeDirection(req: Request) async throws -> Response {
        let indicatorID = try req.indicatorID()
        try await DirectionController.authorize(req, indicatorID: indicatorID)
        let form = try req.content.decode(DirectionForm.self)
        do {
            _ = try await DirectionController.change(req, indicatorID: indicatorID, to: form.direction, reason: form.reason ?? "")
        } catch let error as StoreError {
            return Self.refused(req, indicatorID: indicatorID, "Chưa đổi hướng đánh giá", error.userMessage, status: .badRequest)
        } catch let error as APIError {
            return Self.refused(req, indicatorID: indicatorID, "Chưa đổi hướng đánh giá", error.userMessage, status: error.status)
        }
        return req.redirect(to: Self.back(req, indicatorID, done: "huong"), redirectType: .normal)
    }

    @Sendable func withdraw(req: Request) async throws -> Response {
        let indicatorID = try req.indicatorID()
        let owner = try await req.store.owner(indicatorID: indicatorID)
        try req.authorize(.enterValue(province: owner.province, agency: owner.agency))
        let form = try req.content.decode(WithdrawForm.self)
        guard (form.reason?.count ?? 0) <= 2000 else {
            return Self.refused(req, indicatorID: indicatorID, "Chưa rút giá trị",
                                UserMessage(what: "Lý do quá dài", fix: "Ghi lý do tối đa 2.000 ký tự"), status: .badRequest)
        }
        guard let period = Period(storageKind: form.kind, startYear: form.startYear, endYear: form.endYear) else {
            return Self.refused(req, indicatorID: indicatorID, "Chưa rút giá trị",
                                UserMessage(what: "Kỳ số liệu “\(form.kind)” không có", fix: "Tải lại trang chỉ tiêu rồi rút lại"), status: .badRequest)
        }
        do {
            _ = try await req.store.withdraw(indicatorID: indicatorID, period: period, version: form.version,
                                             basedOnRevision: form.revision, reason: form.reason ?? "", actor: req.actor)
        } catch let error as StoreError {
            let status: HTTPResponseStatus = switch error {
            case .staleRevision, .locked, .nothingToWithdraw: .conflict
            default: .badRequest
            }
            return Self.refused(req, indicatorID: indicatorID, "Chưa rút giá trị", error.userMessage, status: status)
        }
        return req.redirect(to: Self.back(req, indicatorID, done: "rut"), redirectType: .normal)
    }

    /// Back to the indicator page (of the plan it was opened for), saying what was done.
    static func back(_ req: Request, _ indicatorID: UUID, done: String) -> String {
        let plan = (try? req.content.get(String.self, at: "plan")).flatMap(UUID.init(uuidString:))
        return "/indicators/\(indicatorID.uuidString)?" + (plan.map { "plan=\($0.uuidString)&" } ?? "") + "done=\(done)"
    }

    /// What a form's success reads like on the page it returns to.
    static func notice(_ req: Request) -> String? {
        switch req.query[String.self, at: "done"] {
        case "huong": "Đã đổi hướng đánh giá; đánh giá của mọi kế hoạch có chỉ tiêu này đã được tính lại."
        case "rut": "Đã rút giá trị. Kỳ đó được coi là chưa có số liệu cho đến khi nhập giá trị mới."
        case "trong-nam": "Đã lưu loại số liệu và tỷ trọng 6 tháng đầu năm; cảnh báo sớm đã được tính lại."
        default: nil
        }
    }

    /// A refused form: what was not done, why and how to fix it, and the way back.
    static func refused(_ req: Request, indicatorID: UUID, _ title: String, _ message: UserMessage, status: HTTPResponseStatus) -> Response {
        let response = Layout.page(req, title) {
            el("h1") { title }
            el("p", ["class": "alert", "role": "alert"]) { "\(message.what). \(message.fix)." }
            el("p") { el("a", ["href": "/indicators/\(indicatorID.uuidString)"]) { "Quay lại trang chỉ tiêu" } }
        }
        response.status = status
        return response
    }

    // MARK: The forms, for the indicator page

    /// The direction form, for the province's planning office (and admins) only.
    static func directionForm(_ req: Request, indicatorID: UUID, current: Direction, province: UUID, plan: UUID?) -> HTML {
        guard req.may(.edit(province: province)) else { return .fragment([]) }
        return el("form", ["method": "post", "action": "/indicators/\(indicatorID.uuidString)/direction", "class": "direction", "id": "doi-huong"]) {
            Layout.csrfField(req)
            if let plan { el("input", ["type": "hidden", "name": "plan", "value": plan.uuidString]) }
            el("fieldset") {
                el("legend") { "Đổi hướng đánh giá" }
                el("label", ["for": "huong"]) { "Hướng" }
                el("select", ["id": "huong", "name": "direction"]) {
                    for direction in Direction.allCases {
                        el("option", attributes: [("value", direction.rawValue), ("selected", direction == current ? "selected" : nil)]) {
                            direction.label
                        }
                    }
                }
                el("label", ["for": "ly-do-huong"]) { "Lý do (bắt buộc, được ghi vào nhật ký)" }
                el("input", ["type": "text", "id": "ly-do-huong", "name": "reason", "required": "required", "maxlength": "2000"])
                el("button", ["type": "submit"]) { "Lưu hướng đánh giá" }
            }
        }
    }

    /// One form per current value (the newest revision of a period and version, not withdrawn),
    /// for a person who may enter the indicator's values; none where the value is locked.
    static func withdrawForms(_ req: Request, indicatorID: UUID, observations: [ObservationInfo],
                              owner: (province: UUID, agency: UUID?), locked: Set<String>, plan: UUID?) -> HTML {
        guard req.may(.enterValue(province: owner.province, agency: owner.agency)) else { return .fragment([]) }
        let current = currentValues(observations).filter { !locked.contains(key($0)) }
        guard !current.isEmpty else { return .fragment([]) }
        return el("section", ["id": "rut-gia-tri"]) {
            el("h2") { "Rút giá trị nhập nhầm" }
            el("p", ["class": "muted"]) { "Giá trị bị rút vẫn được giữ trong lịch sử và nhật ký; kỳ đó được coi là chưa có số liệu." }
            for observation in current {
                let id = "ly-do-rut-\(observation.id.uuidString)"
                el("form", ["method": "post", "action": "/indicators/\(indicatorID.uuidString)/withdraw", "class": "withdraw"]) {
                    Layout.csrfField(req)
                    if let plan { el("input", ["type": "hidden", "name": "plan", "value": plan.uuidString]) }
                    el("input", ["type": "hidden", "name": "kind", "value": observation.period.storageKind])
                    el("input", ["type": "hidden", "name": "start_year", "value": String(observation.period.startYear)])
                    el("input", ["type": "hidden", "name": "end_year", "value": String(observation.period.endYear)])
                    el("input", ["type": "hidden", "name": "version", "value": observation.version.rawValue])
                    el("input", ["type": "hidden", "name": "revision", "value": String(observation.revision)])
                    el("label", ["for": id]) { "Lý do rút \(observation.figure.text) (\(Layout.versionAndPeriod(observation.version, observation.periodLabel)))" }
                    el("input", ["type": "text", "id": id, "name": "reason", "required": "required", "maxlength": "2000"])
                    el("button", ["type": "submit", "class": "secondary"]) { "Rút giá trị" }
                }
            }
        }
    }

    /// The newest revision of each period and version that still holds a value.
    static func currentValues(_ observations: [ObservationInfo]) -> [ObservationInfo] {
        Dictionary(grouping: observations, by: key).compactMap { $0.value.max { $0.revision < $1.revision } }
            .filter { !$0.withdrawn }
            .sorted { ($0.period.endYear, $0.period.startYear, $0.version.rawValue) < ($1.period.endYear, $1.period.startYear, $1.version.rawValue) }
    }

    static func key(_ observation: ObservationInfo) -> String {
        "\(observation.period.storageKind)|\(observation.period.startYear)|\(observation.period.endYear)|\(observation.version.rawValue)"
    }

    /// The value as the history shows it: withdrawn revisions say so, with what they withdrew.
    static func historyText(_ observation: ObservationInfo) -> String {
        observation.withdrawn ? "Đã rút (\(observation.figure.text))" : observation.figure.text
    }
}

extension IndicatorForms {
    /// Every revision of the values still standing: a period and version whose newest revision
    /// withdraws it is left out whole, so nothing reads the value before the withdrawal either.
    static func live(_ observations: [ObservationInfo]) -> [ObservationInfo] {
        let withdrawn = Set(Dictionary(grouping: observations, by: key)
            .compactMap { $0.value.max { $0.revision < $1.revision } }.filter(\.withdrawn).map(key))
        return observations.filter { !withdrawn.contains(key($0)) }
    }

    /// The keys of the current values that an approval locks (no withdrawal form for those).
    static func lockedValues(_ req: Request, indicatorID: UUID, observations: [ObservationInfo]) async throws -> Set<String> {
        // The indicator's approvals read once, not once per value (each was four queries).
        let current = currentValues(observations)
        let indices = try await req.store.lockedValues(indicatorID: indicatorID, values: current.map { ($0.period, $0.version) })
        return Set(indices.map { key(current[$0]) })
    }

    /// Why values were withdrawn and which warnings were confirmed, revision by revision.
    static func historyNotes(_ observations: [ObservationInfo]) -> HTML {
        let noted = observations.filter { $0.withdrawn || !$0.warnings.isEmpty }
        guard !noted.isEmpty else { return .fragment([]) }
        return el("ul", ["class": "history-notes", "id": "ghi-chu-ban-sua"]) {
            for observation in noted {
                el("li") {
                    let place = "\(observation.version.label) \(observation.periodLabel), bản sửa \(observation.revision)"
                    if observation.withdrawn {
                        "\(place): rút giá trị \(observation.figure.text) — lý do: \(observation.note ?? "")"
                    } else {
                        "\(place): \(observation.figure.text), đã xác nhận cảnh báo: \(observation.warnings.joined(separator: "; "))"
                    }
                }
            }
        }
    }
}
