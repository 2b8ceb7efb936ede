import Vapor
import VeDichCore
import VeDichStore

/// `PUT /api/v1/indicators/{id}/direction`: the province's planning office sets which way an
/// indicator is better, with a reason; the change is logged and every plan is judged anew.
struct DirectionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.put("indicators", ":indicatorID", "direction", use: set)
    }

    /// `{ "direction": "higher|lower|band", "reason": "…" }`
    struct NewDirection: Content {
        var direction: Direction
        var reason: String
    }

    /// The indicator's direction after the change.
    struct DirectionInfo: Content {
        var indicatorID: UUID
        var direction: Direction
        var directionLabel: String
        var directionReason: String

        enum CodingKeys: String, CodingKey {
            case direction
            case indicatorID = "indicator_id", directionLabel = "direction_label", directionReason = "direction_reason"
        }
    }

    @Sendable func set(req: Request) async throws -> DirectionInfo {
        let indicatorID = try req.indicatorID()
        // Who asks first: a person who may not change it learns that, not what the body lacks.
        try await Self.authorize(req, indicatorID: indicatorID)
        let body = try req.content.decode(NewDirection.self)
        return try await Self.change(req, indicatorID: indicatorID, to: body.direction, reason: body.reason)
    }

    /// Checks that the person may edit the indicator's province, then changes it: shared by the
    /// API and the indicator page.
    static func authorize(_ req: Request, indicatorID: UUID) async throws {
        try req.authorize(.edit(province: try await req.province(indicatorID: indicatorID)))
    }

    static func change(_ req: Request, indicatorID: UUID, to direction: Direction, reason: String) async throws -> DirectionInfo {
        try await authorize(req, indicatorID: indicatorID)
        guard reason.count <= 2000 else {
            throw APIError(status: .badRequest, code: "field_too_long", userMessage: UserMessage(
                what: "Lý do quá dài", fix: "Ghi lý do tối đa 2.000 ký tự"))
        }
        try await req.store.setDirection(indicatorID: indicatorID, to: direction, reason: reason, actor: req.actor)
        let indicator = try await req.store.indicator(indicatorID)
        return DirectionInfo(indicatorID: indicatorID, direction: indicator.direction, directionLabel: indicator.direction.label,
                             directionReason: indicator.directionReason)
    }
}
