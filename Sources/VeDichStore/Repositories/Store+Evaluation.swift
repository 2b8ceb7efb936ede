import Fluent
import Foundation
import SQLKit
import VeDichCore

extension Store {
    /// Which issuer's target a plan is judged against when an indicator has several: the
    /// province's own first, then the council's, then the centre's.
    static let issuerPriority = ["tỉnh giao", "hđnd giao", "trung ương giao"]

    /// Every indicator of a plan with its target, its latest value of `version` for the plan's
    /// period, the verdict and its reason; the summary per group and in total. Read afresh in
    /// four queries whatever the number of indicators, or one while the plan's snapshot is kept.
    public func evaluation(planID: UUID, version: ValueVersion) async throws -> PlanEvaluation {
        try await snapshot(planID: planID).evaluation(version)
    }

    /// The plan's snapshot: kept while the data generation stays the same, else read again.
    public func snapshot(planID: UUID) async throws -> PlanSnapshot {
        guard let snapshots, let generation = try await generation() else { return try await readSnapshot(planID: planID) }
        if let kept = await snapshots.snapshot(of: planID, at: generation) { return kept }
        // The generation is read before the rows: a write that lands in between makes the rows
        // newer than their generation, never older, and the next read sees the bumped one.
        let snapshot = try await readSnapshot(planID: planID)
        await snapshots.keep(snapshot, at: generation)
        return snapshot
    }

    /// Four queries: the plan, its indicators, its targets, and the newest revisions of the
    /// values of its period (every version) and of the period before it.
    func readSnapshot(planID: UUID) async throws -> PlanSnapshot {
        let sql = try database.sql
        let plan = try await PlanRows.plan(planID, on: sql)
        let indicators = try await PlanRows.indicators(planID: planID, on: sql)
        let targets = try await PlanRows.targets(planID: planID, on: sql)
        let observations = try await PlanRows.observations(planID: planID, period: plan.period, previousYear: plan.startYear - 1, on: sql)
        return try Self.snapshot(plan: plan, indicators: indicators, targets: targets, observations: observations)
    }

    static func snapshot(plan: PlanInfo, indicators: [IndicatorInfo], targets: [PlanRows.Target],
                         observations: [PlanRows.Observation]) throws -> PlanSnapshot {
        var chosenTargets: [UUID: (issuer: String, figure: Figure)] = [:]
        for target in targets.sorted(by: { (issuerRank($0.issuer), $0.issuer) < (issuerRank($1.issuer), $1.issuer) })
        where chosenTargets[target.indicatorID] == nil {
            chosenTargets[target.indicatorID] = (target.issuer, try Figure.parse(target.text))
        }
        var values: [ValueVersion: [UUID: (revision: Int, figure: Figure)]] = [:]
        var previousByPeriod: [Period: [UUID: FigureValue]] = [:]
        for observation in observations {
            if observation.period == plan.period {
                guard let version = ValueVersion(rawValue: observation.version) else { continue }
                values[version, default: [:]][observation.indicatorID] = (observation.revision, try Figure.parse(observation.text))
            } else {
                previousByPeriod[observation.period, default: [:]][observation.indicatorID] = FigureValue(try Figure.parse(observation.text))
            }
        }
        // A year before a span; of two spans, the longer.
        let previous = previousByPeriod
            .min { ($0.key.kind == .year ? 0 : 1, $0.key.startYear, $0.key.kind.rawValue) < ($1.key.kind == .year ? 0 : 1, $1.key.startYear, $1.key.kind.rawValue) }
            .map { PreviousPeriodValues(period: $0.key, values: $0.value) }
        let componentsByHeadline = Dictionary(grouping: indicators.filter { $0.parentID != nil }, by: { $0.parentID ?? $0.id })
        var evaluations: [ValueVersion: PlanEvaluation] = [:]
        for version in ValueVersion.allCases {
            evaluations[version] = evaluation(plan: plan, version: version, indicators: indicators, components: componentsByHeadline,
                                              targets: chosenTargets, values: values[version] ?? [:])
        }
        return PlanSnapshot(plan: plan, indicators: indicators, evaluations: evaluations, previous: previous)
    }

    private static func evaluation(plan: PlanInfo, version: ValueVersion, indicators: [IndicatorInfo], components: [UUID: [IndicatorInfo]],
                                   targets: [UUID: (issuer: String, figure: Figure)],
                                   values: [UUID: (revision: Int, figure: Figure)]) -> PlanEvaluation {
        func line(_ info: IndicatorInfo) -> Line {
            Line(info: info, line: IndicatorLine(name: info.name, unit: info.unit, target: targets[info.id]?.figure,
                                                 value: values[info.id]?.figure, direction: info.direction),
                 issuer: targets[info.id]?.issuer, revision: values[info.id]?.revision)
        }
        var evaluations: [IndicatorEvaluation] = []
        var cores: [Indicator] = []
        for headline in indicators where headline.parentID == nil {
            let own = line(headline)
            let parts = (components[headline.id] ?? []).map(line)
            let indicator = Indicator(code: IndicatorCode(parsing: headline.code), line: own.line, components: parts.map(\.line))
            let assessment = indicator.assess(policy: plan.compositePolicy)
            cores.append(indicator)
            var evaluation = own.evaluation(verdict: assessment.verdict, reason: assessment.reason)
            evaluation.components = parts.map { part in
                let single = part.line.evaluate()
                return part.evaluation(verdict: single?.verdict ?? .noData, reason: single?.reason.explanation ?? "Không có kế hoạch để đánh giá")
            }
            evaluations.append(evaluation)
        }
        let summary = PlanSummary(cores, policy: plan.compositePolicy)
        let period = plan.period
        return PlanEvaluation(plan: plan, version: version, period: period, periodLabel: period.description,
                              policy: plan.compositePolicy, policyLabel: plan.compositePolicy.label,
                              indicators: evaluations, summary: summary, summaryText: summary.total.sentence)
    }

    /// One indicator's line with where its figures came from.
    private struct Line {
        var info: IndicatorInfo
        var line: IndicatorLine
        var issuer: String?
        var revision: Int?

        func evaluation(verdict: Verdict, reason: String) -> IndicatorEvaluation {
            IndicatorEvaluation(
                indicatorID: info.id, code: info.code, name: info.name, unit: info.unit, group: info.group, groupTitle: info.groupTitle,
                direction: info.direction, target: line.target.map(FigureValue.init), issuer: issuer,
                value: line.value.map(FigureValue.init), revision: revision, percentOfTarget: line.percentOfTarget,
                verdict: verdict, label: verdict.label, reason: reason, components: [])
        }
    }

    static func issuerRank(_ issuer: String) -> Int {
        issuerPriority.firstIndex(of: issuer.lowercased()) ?? issuerPriority.count
    }

    /// The newest revision per indicator of one period and version: one query.
    func latestObservations(indicatorIDs: [UUID], period: Period, version: ValueVersion) async throws -> [UUID: ObservationRecord] {
        guard !indicatorIDs.isEmpty, let periodID = try await periodID(period) else { return [:] }
        let rows = try await ObservationRecord.query(on: database)
            .filter(\.$indicatorID ~~ indicatorIDs).filter(\.$periodID == periodID).filter(\.$version == version.rawValue)
            .all()
        return Dictionary(grouping: rows, by: \.indicatorID).compactMapValues { $0.max { $0.revision < $1.revision } }
    }

    func periodID(_ period: Period) async throws -> UUID? {
        try await PeriodRecord.query(on: database)
            .filter(\.$kind == period.kind.rawValue).filter(\.$startYear == period.startYear).filter(\.$endYear == period.endYear)
            .first()?.id
    }
}

extension IndicatorCode {
    /// "II.5" → group II, number 5; "7" → no group, number 7.
    init(parsing code: String) {
        let parts = code.split(separator: ".", maxSplits: 1)
        if parts.count == 2 {
            self.init(group: String(parts[0]), number: Int(parts[1]))
        } else {
            self.init(group: "", number: Int(code))
        }
    }
}
