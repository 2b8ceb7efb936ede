import Vapor
import VeDichCore
import VeDichStore

/// Writing plans through `/api/v1/plans`: creating one (empty or from another plan's indicator
/// system), its settings, its targets per indicator and issuer, issuing it and (admin) unlocking
/// it. The province's planning office and admins only; another province's plan is refused as
/// every plan route refuses it (`ReadAccess`, `PlanAccess`).
struct PlanAuthoringController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let plans = routes.grouped("plans")
        plans.post(use: create)
        let plan = plans.grouped(":planID")
        let editing = plan.grouped(PlanAccess(need: .edit))
        editing.patch(use: settings)
        editing.put("targets", ":indicatorID", use: setTarget)
        editing.delete("targets", ":indicatorID", use: removeTarget)
        editing.post("issue") { req in try await req.store.issuePlan(planID: try req.planID(), actor: req.actor) }
        plan.post("unlock", use: unlock)
    }

    /// `{"province": "Lạng Sơn", "horizon": "annual", "start_year": 2026, "end_year": 2026, "copy_from": "<plan id>"}`
    struct NewPlan: Content {
        var province: String
        var horizon: String
        var startYear: Int
        var endYear: Int?
        var copyFrom: UUID?

        enum CodingKeys: String, CodingKey {
            case province, horizon
            case startYear = "start_year", endYear = "end_year", copyFrom = "copy_from"
        }
    }

    /// 201 with the plan; 422 when the years, horizon, province or source are wrong; 409 when
    /// the province already has that plan.
    @Sendable func create(req: Request) async throws -> Response {
        // Who may create plans at all is said before the body is read.
        if try req.requirePrincipal().role != .admin { try req.authorize(.edit(province: req.requirePrincipal().provinceID ?? UUID())) }
        let body = try req.content.decode(NewPlan.self)
        let plan = try await Self.create(req, body)
        let response = Response(status: .created)
        try response.content.encode(plan, as: .json)
        return response
    }

    /// The planning office of the province, or an admin: asked before anything is looked at, so
    /// another province's account learns nothing from the answer.
    static func create(_ req: Request, _ body: NewPlan) async throws -> PlanInfo {
        guard body.province.count <= 200 else {
            throw APIError(status: .unprocessableEntity, code: "field_too_long", userMessage: UserMessage(
                what: "Tên tỉnh quá dài", fix: "Ghi tên tỉnh như trong danh sách, ví dụ Lạng Sơn"))
        }
        let principal = try req.requirePrincipal()
        if principal.role != .admin {
            let province = try? await req.store.provinceID(named: body.province)
            try req.authorize(.edit(province: province ?? UUID()))
        }
        return try await req.store.createPlan(
            PlanDraft(province: body.province, horizon: body.horizon, startYear: body.startYear, endYear: body.endYear, copyFrom: body.copyFrom),
            actor: req.actor)
    }

    /// `{"composite_policy": "lenient", "governing_issuer": "hdnd_tinh" | null, "range_end": "lower",
    ///   "data_cutoffs": {"uoc_6_thang": "2026-06-15", "uoc_ca_nam": null}}`: a field left out stays
    /// as it is; `governing_issuer: null` goes back to the province's own target; a null date removes it.
    struct Settings: Content {
        var compositePolicy: CompositePolicy?
        var governingIssuer: TargetIssuer??
        var rangeEnd: PlanComparison.RangeEnd?
        var dataCutoffs: [String: String?]?

        enum CodingKeys: String, CodingKey {
            case compositePolicy = "composite_policy", governingIssuer = "governing_issuer", rangeEnd = "range_end"
            case dataCutoffs = "data_cutoffs"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            compositePolicy = try container.decodeIfPresent(CompositePolicy.self, forKey: .compositePolicy)
            // Present and null means "the default"; absent means "unchanged".
            if container.contains(.governingIssuer) {
                governingIssuer = .some(try container.decodeNil(forKey: .governingIssuer) ? nil
                                            : try container.decode(TargetIssuer.self, forKey: .governingIssuer))
            }
            rangeEnd = try container.decodeIfPresent(PlanComparison.RangeEnd.self, forKey: .rangeEnd)
            dataCutoffs = try container.decodeIfPresent([String: String?].self, forKey: .dataCutoffs)
        }

        func change() throws -> PlanSettingsChange {
            var cutoffs: [ValueVersion: String?] = [:]
            for (key, date) in dataCutoffs ?? [:] {
                guard let version = ValueVersion(rawValue: key) else {
                    throw APIError(status: .unprocessableEntity, code: "invalid_version", userMessage: UserMessage(
                        what: "Loại số liệu “\(key)” không có",
                        fix: "Dùng một trong: " + ValueVersion.allCases.map(\.rawValue).joined(separator: ", ")))
                }
                cutoffs[version] = date
            }
            return PlanSettingsChange(compositePolicy: compositePolicy, governingIssuer: governingIssuer, rangeEnd: rangeEnd, dataCutoffs: cutoffs)
        }
    }

    @Sendable func settings(req: Request) async throws -> PlanInfo {
        let body = try req.content.decode(Settings.self)
        return try await req.store.updatePlanSettings(planID: try req.planID(), try body.change(), actor: req.actor)
    }

    /// `{"text": "7,5 - 8", "issuer": "hdnd_tinh", "based_on_revision": null}`
    struct TargetBody: Content {
        var text: String
        /// A `TargetIssuer` code or label; the province's own ("tinh") when left out.
        var issuer: String?
        var basedOnRevision: Int?

        enum CodingKeys: String, CodingKey {
            case text, issuer
            case basedOnRevision = "based_on_revision"
        }
    }

    /// 201 with the new target, 200 with the changed (or unchanged) one; 422 naming what is wrong
    /// in the text; 409 when the revision is stale or the plan is issued.
    @Sendable func setTarget(req: Request) async throws -> Response {
        let body = try req.content.decode(TargetBody.self)
        guard body.text.count <= 200 else {
            throw APIError(status: .unprocessableEntity, code: "field_too_long", userMessage: UserMessage(
                what: "Kế hoạch quá dài", fix: "Ghi kế hoạch tối đa 200 ký tự, ví dụ 7,5 - 8"))
        }
        let issuer = try Self.issuer(body.issuer)
        // An empty text here is a mistake, not a removal (that is DELETE): the parser's own message says so.
        guard !body.text.trimmed.isEmpty else {
            throw APIError(status: .unprocessableEntity, code: "invalid_target", userMessage: FigureParseError.empty.userMessage)
        }
        let write = try await Self.set(req, indicatorID: try req.indicatorID(), issuer: issuer, text: body.text, basedOn: body.basedOnRevision)
        let response = Response(status: write.outcome == .created ? .created : .ok)
        try response.content.encode(write.target, as: .json)
        return response
    }

    /// `?issuer=hdnd_tinh&based_on_revision=2`: 204; 409 when stale or issued; 404 when there is none.
    @Sendable func removeTarget(req: Request) async throws -> Response {
        let issuer = try Self.issuer(req.query[String.self, at: "issuer"])
        let basedOn = req.query[Int.self, at: "based_on_revision"]
        let write = try await Self.set(req, indicatorID: try req.indicatorID(), issuer: issuer, text: "", basedOn: basedOn)
        guard write.outcome == .removed else {
            throw APIError(status: .notFound, code: "target_not_found", userMessage: UserMessage(
                what: "Chỉ tiêu chưa có kế hoạch \(issuer.label) để xóa", fix: "Xem các kế hoạch tại /api/v1/plans/{id}/targets"))
        }
        return Response(status: .noContent)
    }

    static func set(_ req: Request, indicatorID: UUID, issuer: TargetIssuer, text: String, basedOn: Int?) async throws -> TargetWrite {
        try await req.store.setTarget(TargetDraft(planID: try req.planID(), indicatorID: indicatorID, issuer: issuer, text: text,
                                                  basedOnRevision: basedOn, recordedBy: req.actor))
    }

    static func issuer(_ text: String?) throws -> TargetIssuer {
        guard let text else { return .province }
        guard let issuer = TargetIssuer(stored: text) else { throw PlanAuthoringError.unknownIssuer(text) }
        return issuer
    }

    struct Unlock: Content {
        var reason: String
    }

    /// An admin only, with a reason kept in the change log.
    @Sendable func unlock(req: Request) async throws -> PlanInfo {
        try req.authorize(.administer)
        let body = try req.content.decode(Unlock.self)
        guard body.reason.count <= 2000 else {
            throw APIError(status: .unprocessableEntity, code: "field_too_long", userMessage: UserMessage(
                what: "Lý do quá dài", fix: "Ghi lý do tối đa 2.000 ký tự"))
        }
        return try await req.store.unlockPlan(planID: try req.planID(), reason: body.reason, actor: req.actor)
    }
}
