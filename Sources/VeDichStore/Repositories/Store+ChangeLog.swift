import Fluent
import Foundation
import VeDichCore

/// One kept change: who, when, what, from what to what, and why.
public struct ChangeInfo: Sendable, Codable, Equatable {
    public var id: UUID
    public var at: Date
    public var actor: String
    public var entity: String
    public var entityID: UUID?
    public var planID: UUID?
    public var indicatorID: UUID?
    /// The indicator's name when the change concerns one: a log read outside the app (the CSV)
    /// cannot resolve an id.
    public var indicatorName: String?
    public var field: String
    public var oldValue: String?
    public var newValue: String?
    public var reason: String?

    enum CodingKeys: String, CodingKey {
        case id, at, actor, entity, field, reason
        case entityID = "entity_id", planID = "plan_id", indicatorID = "indicator_id", indicatorName = "indicator_name"
        case oldValue = "old_value", newValue = "new_value"
    }
}

extension Store {
    /// Appends to the change log, inside the caller's transaction so the change and its record
    /// land together or not at all.
    func logChange(actor: String, entity: String, entityID: UUID?, planID: UUID? = nil, indicatorID: UUID? = nil,
                   field: String, old: String? = nil, new: String?, reason: String? = nil, at: Date = Date()) async throws {
        let change = ChangeRecord()
        change.at = at
        change.actor = actor
        change.entity = entity
        change.entityID = entityID
        change.planID = planID
        change.indicatorID = indicatorID
        change.field = field
        change.oldValue = old
        change.newValue = new
        change.reason = reason
        try await change.create(on: database)
    }

    /// The changes of one indicator (its values and targets), of one plan (and its indicators and
    /// workflow), or all; newest first.
    public func changes(indicatorID: UUID? = nil, planID: UUID? = nil, limit: Int = 500) async throws -> [ChangeInfo] {
        var query = ChangeRecord.query(on: database)
        if let indicatorID { query = query.filter(\.$indicatorID == indicatorID) }
        if let planID { query = query.filter(\.$planID == planID) }
        let records = try await query.sort(\.$at, .descending).limit(limit).all()
        let indicatorIDs = Set(records.compactMap(\.indicatorID))
        let names = indicatorIDs.isEmpty ? [:] : Dictionary(
            try await IndicatorRecord.query(on: database).filter(\.$id ~~ Array(indicatorIDs)).all().map { (try $0.requireID(), $0.name) },
            uniquingKeysWith: { first, _ in first })
        return try records.map { change in
            ChangeInfo(id: try change.requireID(), at: change.at, actor: change.actor, entity: change.entity,
                       entityID: change.entityID, planID: change.planID, indicatorID: change.indicatorID,
                       indicatorName: change.indicatorID.flatMap { names[$0] },
                       field: change.field, oldValue: change.oldValue, newValue: change.newValue, reason: change.reason)
        }
    }
}
