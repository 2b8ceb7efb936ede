import Fluent
import Foundation
import VeDichCore

/// Plans, indicators, targets and observations, read as core values and judged when read: an
/// evaluation always uses the latest revision of the version asked for; nothing is cached.
public struct Store: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    // MARK: Plans

    public func plans() async throws -> [PlanInfo] {
        let plans = try await PlanRecord.query(on: database).sort("start_year").sort("end_year").all()
        let units = try await unitNames(Set(plans.map(\.unitID)))
        return try plans.map { try Self.info($0, province: units[$0.unitID] ?? "") }
    }

    public func plan(_ id: UUID) async throws -> PlanInfo {
        guard let plan = try await PlanRecord.find(id, on: database) else { throw StoreError.planNotFound(id: id.uuidString) }
        return try Self.info(plan, province: try await unitNames([plan.unitID])[plan.unitID] ?? "")
    }

    public func indicators(planID: UUID) async throws -> [IndicatorInfo] {
        _ = try await plan(planID)
        let placements = try await PlanIndicatorRecord.query(on: database).filter(\.$planID == planID).sort("position").all()
        let indicators = try await indicatorRecords(placements.map(\.indicatorID))
        let groups = try await IndicatorGroupRecord.query(on: database).filter(\.$planID == planID).all()
        let groupByID = Dictionary(uniqueKeysWithValues: groups.compactMap { group in group.id.map { ($0, group) } })
        return placements.compactMap { placement in
            guard let indicator = indicators[placement.indicatorID] else { return nil }
            let group = placement.groupID.flatMap { groupByID[$0] }
            return IndicatorInfo(
                id: placement.indicatorID, code: placement.code, name: indicator.name, unit: indicator.measureUnit,
                direction: Direction(rawValue: indicator.direction) ?? .higher, directionReason: indicator.directionReason,
                group: group?.numeral, groupTitle: group?.title, parentID: placement.parentIndicatorID, position: placement.position)
        }
    }

    public func targets(planID: UUID) async throws -> [TargetInfo] {
        _ = try await plan(planID)
        let placements = try await PlanIndicatorRecord.query(on: database).filter(\.$planID == planID).all()
        let codes = Dictionary(placements.map { ($0.indicatorID, $0.code) }, uniquingKeysWith: { first, _ in first })
        let positions = Dictionary(placements.map { ($0.indicatorID, $0.position) }, uniquingKeysWith: { first, _ in first })
        return try await TargetRecord.query(on: database).filter(\.$planID == planID).all()
            .sorted { (positions[$0.indicatorID] ?? 0, $0.issuer) < (positions[$1.indicatorID] ?? 0, $1.issuer) }
            .map { target in
                TargetInfo(id: try target.requireID(), indicatorID: target.indicatorID, code: codes[target.indicatorID] ?? "",
                           issuer: target.issuer, figure: FigureValue(try target.figure.figure()))
            }
    }

    // MARK: Helpers

    func unitNames(_ ids: Set<UUID>) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let units = try await AdminUnitRecord.query(on: database).filter(\.$id ~~ Array(ids)).all()
        return Dictionary(uniqueKeysWithValues: units.compactMap { unit in unit.id.map { ($0, unit.name) } })
    }

    func indicatorRecords(_ ids: [UUID]) async throws -> [UUID: IndicatorRecord] {
        guard !ids.isEmpty else { return [:] }
        let records = try await IndicatorRecord.query(on: database).filter(\.$id ~~ ids).all()
        return Dictionary(uniqueKeysWithValues: records.compactMap { record in record.id.map { ($0, record) } })
    }

    static func info(_ plan: PlanRecord, province: String) throws -> PlanInfo {
        PlanInfo(id: try plan.requireID(), title: plan.title, province: province, horizon: plan.horizon,
                 startYear: plan.startYear, endYear: plan.endYear,
                 compositePolicy: CompositePolicy(rawValue: plan.compositePolicy) ?? .strict)
    }
}

extension FigureFields {
    /// The stored text read again: the text is the source of truth, the bounds serve queries.
    func figure() throws -> Figure {
        try Figure.parse(text)
    }

    func set(_ figure: Figure) {
        text = figure.text
        form = figure.form.rawValue
        lower = figure.interval.lower?.value
        lowerInclusive = figure.interval.lower?.isInclusive
        upper = figure.interval.upper?.value
        upperInclusive = figure.interval.upper?.isInclusive
    }
}
