import Fluent
import Foundation
import SQLKit
import VeDichCore

extension Store {
    /// One indicator's lines of a plan judged as the plan's snapshot judges them: the indicator,
    /// its parts, and its headline with the headline's other parts, with their targets and values,
    /// through the same `snapshot(plan:indicators:inputs:)`. A headline's verdict is made from its
    /// own line and its parts only, so each of these lines is the one the plan's table shows; the
    /// slice's summary counts these lines alone and is not the plan's. Four small queries, where
    /// the plan's snapshot reads and judges every indicator (≈3 900 in a generated province): one
    /// indicator's page reads only what it shows.
    public func indicatorSlice(planID: UUID, indicatorID: UUID) async throws -> PlanSnapshot {
        let sql = try database.sql
        let plan = try await PlanRows.plan(planID, on: sql)
        let indicators = try await PlanRows.indicators(planID: planID, familyOf: indicatorID, on: sql)
        let ids = Set(indicators.map(\.id))
        guard !ids.isEmpty else {
            return Self.snapshot(plan: plan, indicators: [], inputs: try PlanInputs(plan: plan, targets: [], observations: []))
        }
        let targets = try await PlanRows.targets(planID: planID, only: ids, on: sql)
        let observations = try await PlanRows.observations(planID: planID, period: plan.period, previousYear: plan.startYear - 1,
                                                           only: ids, on: sql)
        return try Self.snapshot(plan: plan, indicators: indicators, targets: targets, observations: observations)
    }

    /// Which of an indicator's values an approval locks (`lock(indicatorID:period:version:)` for
    /// each, answered from one read of the indicator's approvals): the indices of `values` locked.
    public func lockedValues(indicatorID: UUID, values: [(period: Period, version: ValueVersion)]) async throws -> Set<Int> {
        guard !values.isEmpty, let indicator = try await IndicatorRecord.find(indicatorID, on: database),
              let agencyID = indicator.agencyID else { return [] }
        // Only an approval under a plan that holds the indicator locks it, as `lock` says.
        let plans = try await database.sql.raw("SELECT plan_id FROM plan_indicators WHERE indicator_id = \(bind: indicatorID)").all()
            .map { try $0.decode(column: "plan_id", as: UUID.self) }
        guard !plans.isEmpty else { return [] }
        let approved = try await SubmissionRecord.query(on: database).filter(\.$agencyID == agencyID).filter(\.$planID ~~ plans)
            .filter(\.$status == SubmissionStatus.approved.rawValue).all()
        var locked: Set<Int> = []
        for (index, value) in values.enumerated() {
            let period = Self.submissionPeriod(of: value.period, version: value.version)
            if approved.contains(where: { $0.version == value.version.rawValue && $0.periodKind == period.kind.rawValue
                && $0.startYear == period.startYear && $0.endYear == period.endYear }) {
                locked.insert(index)
            }
        }
        return locked
    }
}
