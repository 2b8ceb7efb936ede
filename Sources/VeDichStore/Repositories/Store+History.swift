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
    /// The values of the period before a plan, for the "previous period" column: for an annual
    /// plan of year Y the official value of Y − 1, else the average of a span that ends in Y − 1.
    /// Two queries whatever the number of indicators.
    public func previousValues(planID: UUID, indicatorIDs: [UUID]) async throws -> (period: Period, values: [UUID: FigureValue])? {
        let plan = try await self.plan(planID)
        let candidates = try await PeriodRecord.query(on: database).filter(\.$endYear == plan.startYear - 1).all()
            .filter { $0.kind != Period.Kind.firstHalf.rawValue && $0.kind != Period.Kind.secondHalf.rawValue }
            .sorted { $0.kind == Period.Kind.year.rawValue && $1.kind != Period.Kind.year.rawValue }
        guard !indicatorIDs.isEmpty, !candidates.isEmpty else { return nil }
        let rows = try await ObservationRecord.query(on: database)
            .filter(\.$indicatorID ~~ indicatorIDs).filter(\.$periodID ~~ candidates.compactMap(\.id))
            .filter(\.$version == ValueVersion.official.rawValue).all()
        for candidate in candidates {
            let latest = Dictionary(grouping: rows.filter { $0.periodID == candidate.id }, by: \.indicatorID)
                .compactMapValues { $0.max { $0.revision < $1.revision } }
            guard !latest.isEmpty else { continue }
            return (Self.period(candidate), try latest.mapValues { FigureValue(try $0.figure.figure()) })
        }
        return nil
    }

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
