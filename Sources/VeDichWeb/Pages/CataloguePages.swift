import Vapor
import VeDichCore
import VeDichStore

/// `/plans/{id}/catalogue` ("Danh mục chỉ tiêu": add, edit, retire) and `/plans/{id}/assignments`
/// ("Giao chỉ tiêu": many indicators to one agency). Reading is for whoever may read the plan;
/// the forms are shown to, and accepted from, the province's planning office and admins, through
/// the same store calls as the API.
struct CataloguePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let plan = routes.grouped("plans", ":planID")
        plan.get("catalogue", use: show)
        plan.post("catalogue", use: add)
        plan.get("catalogue", ":indicatorID", use: showEntry)
        plan.post("catalogue", ":indicatorID", use: edit)
        plan.post("catalogue", ":indicatorID", "retire", use: retire)
        plan.post("catalogue", ":indicatorID", "reinstate", use: reinstate)
        plan.get("assignments", use: showAssignments)
        plan.post("assignments", use: assign)
    }

    struct AddForm: Content {
        var name: String?
        var unit: String?
        var group: String?
        var code: String?
        var parent: String?
        var direction: Direction?
        var directionReason: String?
        var agency: String?
        var coAgencies: [UUID]?
        var nationalCode: String?

        enum CodingKeys: String, CodingKey {
            case name, unit, group, code, parent, direction, agency
            case directionReason = "direction_reason", coAgencies = "co_agencies", nationalCode = "national_code"
        }
    }

    struct EditForm: Content {
        var revision: Int
        var name: String?
        var unit: String?
        var code: String?
        var nationalCode: String?
        var group: String?
        var order: Int?
        var parent: String?
        var agency: String?
        var coAgencies: [UUID]?
        /// Present when the form showed the co-agency boxes: none ticked then means none.
        var coAgenciesShown: String?
        var direction: Direction?
        var directionReason: String?
        var reason: String?

        enum CodingKeys: String, CodingKey {
            case revision, name, unit, code, group, order, parent, agency, direction, reason
            case nationalCode = "national_code", coAgencies = "co_agencies", coAgenciesShown = "co_agencies_shown"
            case directionReason = "direction_reason"
        }
    }

    struct ReasonForm: Content {
        var revision: Int?
        var reason: String?
    }

    struct AssignForm: Content {
        var agency: String?
        var indicators: [UUID]?
    }

    // MARK: The catalogue

    @Sendable func show(req: Request) async throws -> Response {
        try await CatalogueView.page(req, model: try await catalogueModel(req, notice: Self.notice(req)))
    }

    @Sendable func add(req: Request) async throws -> Response {
        let planID = try req.planID()
        try await CatalogueController.authorize(req, planID: planID)
        let form = try req.content.decode(AddForm.self)
        do {
            try CatalogueController.limit(form.directionReason)
            let entry = try await req.store.addIndicator(planID: planID, NewIndicator(
                name: form.name ?? "", unit: form.unit, group: form.group ?? "", code: form.code,
                parentID: try Self.optionalID(form.parent), direction: form.direction ?? .higher,
                directionReason: form.directionReason ?? "", agencyID: try Self.optionalID(form.agency),
                coAgencyIDs: form.coAgencies ?? [], nationalCode: form.nationalCode), actor: req.actor)
            return req.redirect(to: "/plans/\(planID.uuidString)/catalogue?done=them#chi-tieu-\(entry.id.uuidString)", redirectType: .normal)
        } catch let error as any UserFacingError {
            var model = try await catalogueModel(req, notice: nil)
            model.alert = error.userMessage
            model.draft = form
            let response = try await CatalogueView.page(req, model: model)
            response.status = Self.status(error)
            return response
        }
    }

    func catalogueModel(_ req: Request, notice: String?) async throws -> CatalogueView.Model {
        let planID = try req.planID()
        let plan = try await req.store.plan(planID)
        let province = try await req.province(planID: planID)
        return CatalogueView.Model(plan: plan, entries: try await req.store.catalogue(planID: planID),
                                   agencies: try await req.store.agencies(provinceID: province),
                                   mayEdit: req.may(.edit(province: province)), mayAssign: req.may(.manageAgencies(province: province)),
                                   notice: notice)
    }

    // MARK: One entry

    @Sendable func showEntry(req: Request) async throws -> Response {
        try await CatalogueEntryView.page(req, model: try await entryModel(req, alert: nil))
    }

    func entryModel(_ req: Request, alert: UserMessage?) async throws -> CatalogueEntryView.Model {
        let planID = try req.planID()
        let indicatorID = try req.indicatorID()
        let plan = try await req.store.plan(planID)
        let province = try await req.province(planID: planID)
        let entries = try await req.store.catalogue(planID: planID)
        guard let entry = entries.first(where: { $0.id == indicatorID }) else {
            throw StoreError.indicatorNotInPlan(indicator: indicatorID.uuidString, plan: plan.title)
        }
        return CatalogueEntryView.Model(
            plan: plan, entry: entry,
            headlines: entries.filter { $0.parentID == nil && $0.id != indicatorID },
            groups: CatalogueView.groups(entries),
            agencies: try await req.store.agencies(provinceID: province),
            order: Self.order(of: entry, in: entries),
            history: try await req.store.changes(indicatorID: indicatorID, limit: 50).filter { $0.entity == "indicator" },
            mayEdit: req.may(.edit(province: province)), alert: alert)
    }

    /// Its 1-based place among its siblings: the group's headlines, or its headline's components.
    static func order(of entry: CatalogueEntry, in entries: [CatalogueEntry]) -> Int {
        let siblings = entries.filter { $0.parentID == entry.parentID && (entry.parentID != nil || $0.group == entry.group) }
        return (siblings.firstIndex { $0.id == entry.id } ?? siblings.count) + 1
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let planID = try req.planID()
        let indicatorID = try req.indicatorID()
        try await CatalogueController.authorize(req, planID: planID)
        let form = try req.content.decode(EditForm.self)
        return try await answer(req) {
            try CatalogueController.limit(form.reason)
            try CatalogueController.limit(form.directionReason)
            // A field left as it was changes nothing; a field the form did not send stays too.
            _ = try await req.store.editIndicator(planID: planID, indicatorID: indicatorID, CatalogueEdit(
                basedOnRevision: form.revision, name: form.name, unit: form.unit, code: form.code, nationalCode: form.nationalCode,
                group: form.group, order: form.order, parent: try CatalogueController.link(form.parent, field: "parent"),
                agency: try CatalogueController.link(form.agency, field: "agency"),
                coAgencyIDs: form.coAgenciesShown == nil ? form.coAgencies : form.coAgencies ?? [], direction: form.direction,
                directionReason: form.directionReason, reason: form.reason),
                actor: req.actor)
            return "sua"
        }
    }

    @Sendable func retire(req: Request) async throws -> Response {
        let planID = try req.planID()
        try await CatalogueController.authorize(req, planID: planID)
        let form = try req.content.decode(ReasonForm.self)
        return try await answer(req) {
            _ = try await req.store.retireIndicator(planID: planID, indicatorID: try req.indicatorID(), reason: form.reason ?? "",
                                                    basedOnRevision: form.revision, actor: req.actor)
            return "thoi"
        }
    }

    @Sendable func reinstate(req: Request) async throws -> Response {
        let planID = try req.planID()
        try await CatalogueController.authorize(req, planID: planID)
        let form = try req.content.decode(ReasonForm.self)
        return try await answer(req) {
            try CatalogueController.limit(form.reason)
            _ = try await req.store.reinstateIndicator(planID: planID, indicatorID: try req.indicatorID(), reason: form.reason ?? "",
                                                       actor: req.actor)
            return "lai"
        }
    }

    /// Back to the catalogue, at the row, when done; the entry's page with the message when refused.
    func answer(_ req: Request, _ body: () async throws -> String) async throws -> Response {
        let planID = try req.planID()
        let indicatorID = try req.indicatorID()
        do {
            let done = try await body()
            return req.redirect(to: "/plans/\(planID.uuidString)/catalogue?done=\(done)#chi-tieu-\(indicatorID.uuidString)", redirectType: .normal)
        } catch let error as any UserFacingError {
            let response = try await CatalogueEntryView.page(req, model: try await entryModel(req, alert: error.userMessage))
            response.status = Self.status(error)
            return response
        }
    }

    // MARK: Assigning in bulk

    @Sendable func showAssignments(req: Request) async throws -> Response {
        let agency = req.query[String.self, at: "agency"].flatMap(UUID.init(uuidString:))
        return try await AssignmentView.page(req, model: try await assignmentModel(req, agency: agency, notice: Self.notice(req)))
    }

    @Sendable func assign(req: Request) async throws -> Response {
        let planID = try req.planID()
        try req.authorize(.manageAgencies(province: try await req.province(planID: planID)))
        let form = try req.content.decode(AssignForm.self)
        let agency = try? Self.optionalID(form.agency)
        do {
            let changed = try await req.store.assign(planID: planID, indicatorIDs: form.indicators ?? [], toAgency: agency ?? nil, actor: req.actor)
            return req.redirect(to: "/plans/\(planID.uuidString)/assignments?done=giao&n=\(changed)"
                                + ((agency ?? nil).map { "&agency=\($0.uuidString)" } ?? ""), redirectType: .normal)
        } catch let error as any UserFacingError {
            var model = try await assignmentModel(req, agency: agency ?? nil, notice: nil)
            model.alert = error.userMessage
            model.checked = Set(form.indicators ?? [])
            let response = try await AssignmentView.page(req, model: model)
            response.status = Self.status(error)
            return response
        }
    }

    func assignmentModel(_ req: Request, agency: UUID?, notice: String?) async throws -> AssignmentView.Model {
        let planID = try req.planID()
        let province = try await req.province(planID: planID)
        return AssignmentView.Model(plan: try await req.store.plan(planID),
                                    entries: try await req.store.catalogue(planID: planID).filter { !$0.isRetired },
                                    agencies: try await req.store.agencies(provinceID: province), agency: agency,
                                    mayAssign: req.may(.manageAgencies(province: province)), notice: notice)
    }

    // MARK: Helpers

    static func notice(_ req: Request) -> String? {
        switch req.query[String.self, at: "done"] {
        case "them": "Đã thêm chỉ tiêu vào danh mục."
        case "sua": "Đã lưu thay đổi; mọi thay đổi được ghi vào nhật ký."
        case "thoi": "Đã thôi theo dõi chỉ tiêu. Chỉ tiêu vẫn ở các kế hoạch đã có cùng số liệu và lịch sử, nhưng không nhận số liệu mới và không được sao chép sang kế hoạch mới."
        case "lai": "Đã theo dõi lại chỉ tiêu."
        case "giao": "Đã giao \(req.query[Int.self, at: "n"] ?? 0) chỉ tiêu (các chỉ tiêu đã thuộc cơ quan này không đổi)."
        default: nil
        }
    }

    static func status(_ error: any Error) -> HTTPResponseStatus {
        switch error {
        case StoreError.staleCatalogue, StoreError.indicatorRetired: .conflict
        case StoreError.planNotFound, StoreError.indicatorNotFound, StoreError.agencyNotFound: .notFound
        case let error as APIError: error.status
        case let error as AuthError: error.status
        default: .badRequest
        }
    }

    static func optionalID(_ text: String?) throws -> UUID? {
        switch try CatalogueController.link(text, field: "") {
        case .set(let id): id
        default: nil
        }
    }
}
