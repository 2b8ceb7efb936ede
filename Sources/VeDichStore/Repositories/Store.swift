import Fluent
import Foundation
import SQLKit
import VeDichCore

/// Plans, indicators, targets and observations, read as core values and judged when read: an
/// evaluation always uses the latest revision of the version asked for. With `snapshots`, what a
/// plan's pages need is kept between reads for as long as the data generation stays the same
/// (one query tells), so a write anywhere, by any server on the same database, is seen next read.
public struct Store: Sendable {
    public let database: any Database
    public let snapshots: PlanSnapshots?

    public init(database: any Database, snapshots: PlanSnapshots? = nil) {
        self.database = database
        self.snapshots = snapshots
    }

    // MARK: Plans

    /// One query.
    public func plans() async throws -> [PlanInfo] {
        try await database.sql.raw("""
            SELECT \(unsafeRaw: PlanRows.planColumns) FROM plans p LEFT JOIN admin_units u ON u.id = p.unit_id
            ORDER BY p.start_year, p.end_year
            """).all().map { try PlanRows.planInfo($0) }
    }

    /// One query.
    public func plan(_ id: UUID) async throws -> PlanInfo {
        try await PlanRows.plan(id, on: database.sql)
    }

    /// The plan's indicators in their order, headlines followed by their components.
    public func indicators(planID: UUID) async throws -> [IndicatorInfo] {
        try await snapshot(planID: planID).indicators
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
                           issuer: target.issuer, figure: FigureValue(try target.figure.figure()), revision: target.revision ?? 1)
            }
    }

    // MARK: Helpers

    func unitNames(_ ids: Set<UUID>) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let units = try await AdminUnitRecord.query(on: database).filter(\.$id ~~ Array(ids)).all()
        return Dictionary(uniqueKeysWithValues: units.compactMap { unit in unit.id.map { ($0, unit.name) } })
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
