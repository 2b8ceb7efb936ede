import Fluent
import SQLKit
import Foundation
import VeDichCore

/// A sở, ngành or UBND cấp xã responsible for indicators.
public struct AgencyInfo: Sendable, Codable, Equatable, Hashable {
    public var id: UUID
    public var name: String
}

extension Store {
    /// The province a plan belongs to: what access is decided on.
    public func provinceID(planID: UUID) async throws -> UUID {
        guard let plan = try await PlanRecord.find(planID, on: database) else { throw StoreError.planNotFound(id: planID.uuidString) }
        return plan.unitID
    }

    /// The province and responsible agency of an indicator.
    public func owner(indicatorID: UUID) async throws -> (province: UUID, agency: UUID?) {
        guard let indicator = try await IndicatorRecord.find(indicatorID, on: database) else {
            throw StoreError.indicatorNotFound(id: indicatorID.uuidString)
        }
        return (indicator.unitID, indicator.agencyID)
    }

    /// Each indicator of the plan with the agency responsible for it (indicators nobody was made
    /// responsible for are the planning office's own and are absent).
    public func indicatorAgencies(planID: UUID) async throws -> [UUID: UUID] {
        let rows = try await database.sql.raw("""
            SELECT i.id, i.agency_id FROM plan_indicators p JOIN indicators i ON i.id = p.indicator_id
            WHERE p.plan_id = \(bind: planID) AND i.agency_id IS NOT NULL
            """).all()
        return Dictionary(try rows.map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "agency_id", as: UUID.self)) },
                          uniquingKeysWith: { first, _ in first })
    }

    /// The agencies responsible for at least one indicator of the plan, by name.
    public func responsibleAgencies(planID: UUID) async throws -> [AgencyInfo] {
        let ids = Set(try await indicatorAgencies(planID: planID).values)
        guard !ids.isEmpty else { return [] }
        return try await AgencyRecord.query(on: database).filter(\.$id ~~ ids).all()
            .map { AgencyInfo(id: try $0.requireID(), name: $0.name) }.sorted { $0.name < $1.name }
    }

    /// Makes `agency` responsible for an indicator, kept in the change log.
    public func assign(indicatorID: UUID, toAgency agency: String, actor: String) async throws {
        try await database.writeTransaction { database in
            let store = Store(database: database)
            guard let indicator = try await IndicatorRecord.find(indicatorID, on: database) else {
                throw StoreError.indicatorNotFound(id: indicatorID.uuidString)
            }
            let agencyID = try await store.agencyID(named: agency, provinceID: indicator.unitID, create: true)
            guard indicator.agencyID != agencyID else { return }
            let old = try await indicator.agencyID.asyncMap { try await AgencyRecord.find($0, on: database)?.name } ?? nil
            indicator.agencyID = agencyID
            try await indicator.save(on: database)
            try await store.logChange(actor: actor, entity: "indicator", entityID: indicatorID, indicatorID: indicatorID,
                                      field: "cơ quan phụ trách", old: old, new: agency)
            // The national reporting status counts each agency's indicators (persisted per plan):
            // the plans holding this one are judged again. Named as touched, so a kept snapshot
            // (which holds no agency) re-reads this indicator alone.
            try await store.bumpGeneration(touching: indicatorID)
        }
    }
}

extension Store {
    /// Each plan's province, for listing only the plans a person may read.
    public func planProvinces() async throws -> [UUID: UUID] {
        Dictionary(try await PlanRecord.query(on: database).all().compactMap { plan in plan.id.map { ($0, plan.unitID) } },
                   uniquingKeysWith: { first, _ in first })
    }
}
