import Vapor
import VeDichCore
import VeDichStore

extension CatalogueEntry: Content {}
extension AgencyListing: Content {}

/// `/api/v1/plans/{id}/catalogue` and `/assignments`: the plan's indicator catalogue, kept by the
/// province's planning office: add, edit (409 on a stale revision), retire, assign in bulk.
/// Every change is logged and every plan is judged anew from the next read.
struct CatalogueController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let plan = routes.grouped("plans", ":planID")
        plan.get("catalogue") { req in try await req.store.catalogue(planID: try req.planID()) }
        plan.post("catalogue", use: add)
        plan.patch("catalogue", ":indicatorID", use: edit)
        plan.post("catalogue", ":indicatorID", "retirement", use: retire)
        plan.put("assignments", use: assign)
    }

    /// `POST`: a new indicator.
    struct NewEntry: Content {
        var name: String
        var unit: String?
        var group: String
        var groupTitle: String?
        var code: String?
        var parentID: UUID?
        var direction: Direction?
        var directionReason: String?
        var agencyID: UUID?
        var coAgencyIDs: [UUID]?
        var nationalCode: String?

        enum CodingKeys: String, CodingKey {
            case name, unit, group, code, direction
            case groupTitle = "group_title", parentID = "parent_id", directionReason = "direction_reason", agencyID = "agency_id"
            case coAgencyIDs = "co_agency_ids", nationalCode = "national_code"
        }
    }

    /// `PATCH`: the fields to change; absent ones stay. `parent_id` and `agency_id` take `""` to
    /// remove the link (a headline again; the planning office's own).
    struct Edit: Content {
        var basedOnRevision: Int
        var name: String?
        var unit: String?
        var code: String?
        var nationalCode: String?
        var group: String?
        var order: Int?
        var parentID: String?
        var agencyID: String?
        var coAgencyIDs: [UUID]?
        var direction: Direction?
        var directionReason: String?
        var reason: String?

        enum CodingKeys: String, CodingKey {
            case name, unit, code, group, order, direction, reason
            case basedOnRevision = "based_on_revision", nationalCode = "national_code", parentID = "parent_id", agencyID = "agency_id"
            case coAgencyIDs = "co_agency_ids", directionReason = "direction_reason"
        }
    }

    struct Retirement: Content {
        var reason: String
        var basedOnRevision: Int?

        enum CodingKeys: String, CodingKey {
            case reason
            case basedOnRevision = "based_on_revision"
        }
    }

    /// `PUT /assignments`: `agency_id` null hands the indicators back to the planning office.
    struct Assignment: Content {
        var agencyID: UUID?
        var indicatorIDs: [UUID]

        enum CodingKeys: String, CodingKey {
            case agencyID = "agency_id", indicatorIDs = "indicator_ids"
        }
    }

    struct Assigned: Content {
        var agencyID: UUID?
        var assigned: Int
        var changed: Int

        enum CodingKeys: String, CodingKey {
            case assigned, changed
            case agencyID = "agency_id"
        }
    }

    @Sendable func add(req: Request) async throws -> Response {
        let planID = try req.planID()
        try await Self.authorize(req, planID: planID)
        let body = try req.content.decode(NewEntry.self)
        try Self.limit(body.directionReason)
        let entry = try await req.store.addIndicator(planID: planID, NewIndicator(
            name: body.name, unit: body.unit, group: body.group, groupTitle: body.groupTitle, code: body.code, parentID: body.parentID,
            direction: body.direction ?? .higher, directionReason: body.directionReason ?? "", agencyID: body.agencyID,
            coAgencyIDs: body.coAgencyIDs ?? [], nationalCode: body.nationalCode), actor: req.actor)
        return try await entry.encodeResponse(status: .created, for: req)
    }

    @Sendable func edit(req: Request) async throws -> CatalogueEntry {
        let planID = try req.planID()
        try await Self.authorize(req, planID: planID)
        let body = try req.content.decode(Edit.self)
        try Self.limit(body.reason)
        try Self.limit(body.directionReason)
        return try await req.store.editIndicator(planID: planID, indicatorID: try req.indicatorID(), CatalogueEdit(
            basedOnRevision: body.basedOnRevision, name: body.name, unit: body.unit, code: body.code, nationalCode: body.nationalCode,
            group: body.group, order: body.order, parent: try Self.link(body.parentID, field: "parent_id"),
            agency: try Self.link(body.agencyID, field: "agency_id"), coAgencyIDs: body.coAgencyIDs, direction: body.direction,
            directionReason: body.directionReason, reason: body.reason), actor: req.actor)
    }

    @Sendable func retire(req: Request) async throws -> CatalogueEntry {
        let planID = try req.planID()
        try await Self.authorize(req, planID: planID)
        let body = try req.content.decode(Retirement.self)
        return try await req.store.retireIndicator(planID: planID, indicatorID: try req.indicatorID(), reason: body.reason,
                                                   basedOnRevision: body.basedOnRevision, actor: req.actor)
    }

    @Sendable func assign(req: Request) async throws -> Assigned {
        let planID = try req.planID()
        try req.authorize(.manageAgencies(province: try await req.province(planID: planID)))
        let body = try req.content.decode(Assignment.self)
        guard body.indicatorIDs.count <= 2000 else {
            throw APIError(status: .badRequest, code: "field_too_long", userMessage: UserMessage(
                what: "Giao quá nhiều chỉ tiêu một lần", fix: "Giao tối đa 2.000 chỉ tiêu mỗi lần"))
        }
        let changed = try await req.store.assign(planID: planID, indicatorIDs: body.indicatorIDs, toAgency: body.agencyID, actor: req.actor)
        return Assigned(agencyID: body.agencyID, assigned: Set(body.indicatorIDs).count, changed: changed)
    }

    /// The province's planning office (and admins) keep its catalogue.
    static func authorize(_ req: Request, planID: UUID) async throws {
        try req.authorize(.edit(province: try await req.province(planID: planID)))
    }

    static func limit(_ text: String?) throws {
        guard (text?.count ?? 0) <= 2000 else {
            throw APIError(status: .badRequest, code: "field_too_long", userMessage: UserMessage(
                what: "Lý do quá dài", fix: "Ghi lý do tối đa 2.000 ký tự"))
        }
    }

    /// nil: keep; "": remove; a UUID: set.
    static func link(_ text: String?, field: String) throws -> LinkChange {
        guard let text else { return .keep }
        if text.trimmed.isEmpty { return .clear }
        guard let id = UUID(uuidString: text.trimmed) else {
            throw APIError(status: .badRequest, code: "invalid_input", userMessage: UserMessage(
                what: "“\(text)” ở trường \(field) không phải mã (UUID)", fix: "Gửi mã lấy từ danh mục hoặc danh sách cơ quan, hoặc \"\" để bỏ"))
        }
        return .set(id)
    }
}
