import Vapor
import VeDichCore
import VeDichStore

/// The early warning and what it rests on: `GET /api/v1/plans/{planID}/outlook?as_of=2024-06-30`
/// (every indicator's outlook, at risk first), `PUT /api/v1/indicators/{id}/seasonality`
/// (the first half's share w) and `PUT /api/v1/indicators/{id}/nature` (rate, level or flow).
struct OutlookController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped("plans", ":planID").grouped(PlanAccess(need: .read)).get("outlook", use: outlook)
        routes.put("indicators", ":indicatorID", "seasonality", use: setSeasonality)
        routes.put("indicators", ":indicatorID", "nature", use: setNature)
    }

    struct OutlookAnswer: Content {
        var planID: UUID
        var asOf: String
        var counts: [String: Int]
        var indicators: [IndicatorOutlook]

        enum CodingKeys: String, CodingKey {
            case counts, indicators
            case planID = "plan_id", asOf = "as_of"
        }
    }

    @Sendable func outlook(req: Request) async throws -> OutlookAnswer {
        let planID = try req.planID()
        let asOf = try Self.asOf(req)
        let outlooks = try await req.store.outlooks(planID: planID, asOf: asOf)
        let counts = Dictionary(grouping: outlooks, by: \.outlook.status.rawValue).mapValues(\.count)
        return OutlookAnswer(planID: planID, asOf: asOf.iso, counts: counts, indicators: outlooks)
    }

    /// `?as_of=2024-06-30` (or 30/06/2024); today when left out.
    static func asOf(_ req: Request) throws -> CalendarDay {
        guard let text = req.query[String.self, at: "as_of"], !text.isEmpty else { return today() }
        guard let day = CalendarDay(text) else {
            throw APIError(status: .badRequest, code: "invalid_date", userMessage: UserMessage(
                what: "Ngày “\(text)” không đọc được", fix: "Ghi ngày dạng 2024-06-30 hoặc 30/06/2024"))
        }
        return day
    }

    static func today() -> CalendarDay {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Ho_Chi_Minh")!, from: Date())
        return CalendarDay(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)!
    }

    /// `{"first_half_share": "0,461"}` (Vietnamese decimal comma or a point; a number too; null clears).
    struct NewSeasonality: Content {
        var firstHalfShare: String?

        enum CodingKeys: String, CodingKey { case firstHalfShare = "first_half_share" }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let number = try? container.decodeIfPresent(Double.self, forKey: .firstHalfShare) {
                firstHalfShare = String(number)
            } else {
                firstHalfShare = try container.decodeIfPresent(String.self, forKey: .firstHalfShare)
            }
        }
    }

    @Sendable func setSeasonality(req: Request) async throws -> InYearSettings {
        let indicatorID = try req.indicatorID()
        try await DirectionController.authorize(req, indicatorID: indicatorID)
        let body = try req.content.decode(NewSeasonality.self)
        return try await Self.setSeasonality(req, indicatorID: indicatorID, text: body.firstHalfShare)
    }

    /// Reads the share as people write it ("0,461", "0.461", "46,1%"), then stores it: shared by the API and the page.
    static func setSeasonality(_ req: Request, indicatorID: UUID, text: String?) async throws -> InYearSettings {
        try await DirectionController.authorize(req, indicatorID: indicatorID)
        let share = try text.flatMap { try Self.share($0) }
        try await req.store.setFirstHalfShare(indicatorID: indicatorID, to: share, actor: req.actor)
        return try await Self.settings(req, indicatorID)
    }

    static func share(_ text: String) throws -> Double? {
        let tidy = text.trimmed
        guard !tidy.isEmpty else { return nil }
        guard let number = try? VietnameseNumber.parse(tidy.replacingOccurrences(of: ".", with: ",")) else {
            throw APIError(status: .badRequest, code: "invalid_share", userMessage: UserMessage(
                what: "Tỷ trọng “\(tidy)” không đọc được", fix: "Ghi tỷ trọng như 0,461 hoặc 46,1%"))
        }
        return number.isPercent ? number.value / 100 : number.value
    }

    /// `{"value_nature": "rate" | "level" | "flow"}`.
    struct NewNature: Content {
        var valueNature: ValueNature
        enum CodingKeys: String, CodingKey { case valueNature = "value_nature" }
    }

    @Sendable func setNature(req: Request) async throws -> InYearSettings {
        let indicatorID = try req.indicatorID()
        try await DirectionController.authorize(req, indicatorID: indicatorID)
        let body = try req.content.decode(NewNature.self)
        try await req.store.setValueNature(indicatorID: indicatorID, to: body.valueNature, actor: req.actor)
        return try await Self.settings(req, indicatorID)
    }

    static func settings(_ req: Request, _ indicatorID: UUID) async throws -> InYearSettings {
        guard let settings = try await req.store.inYearSettings(indicatorIDs: [indicatorID])[indicatorID] else {
            throw StoreError.indicatorNotFound(id: indicatorID.uuidString)
        }
        return settings
    }
}

extension InYearSettings: Content {}
