import Fluent
import Foundation
import VeDichCore

/// A target of an indicator in one of the plans that hold it.
public struct IndicatorTarget: Sendable, Codable, Equatable {
    public var plan: PlanInfo
    public var issuer: String
    public var figure: FigureValue
}

extension Store {
    /// Every target of an indicator, in every plan that holds it.
    public func targets(indicatorID: UUID) async throws -> [IndicatorTarget] {
        let targets = try await TargetRecord.query(on: database).filter(\.$indicatorID == indicatorID).all()
        let plans = try await PlanRecord.query(on: database).filter(\.$id ~~ Set(targets.map(\.planID))).all()
        let units = try await unitNames(Set(plans.map(\.unitID)))
        let infos = Dictionary(uniqueKeysWithValues: try plans.map { (try $0.requireID(), try Self.info($0, province: units[$0.unitID] ?? "")) })
        return try targets.compactMap { target in
            guard let plan = infos[target.planID] else { return nil }
            return IndicatorTarget(plan: plan, issuer: target.issuer, figure: FigureValue(try target.figure.figure()))
        }.sorted { ($0.plan.startYear, $0.plan.endYear, $0.issuer) < ($1.plan.startYear, $1.plan.endYear, $1.issuer) }
    }

    /// The indicator itself: its name, unit and direction.
    public func indicator(_ id: UUID) async throws -> (name: String, unit: String?, direction: Direction, directionReason: String) {
        guard let record = try await IndicatorRecord.find(id, on: database) else { throw StoreError.indicatorNotFound(id: id.uuidString) }
        return (record.name, record.measureUnit, Direction(rawValue: record.direction) ?? .higher, record.directionReason)
    }
}
