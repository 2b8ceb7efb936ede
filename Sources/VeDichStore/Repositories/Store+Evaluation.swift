import Fluent
import Foundation
import SQLKit
import VeDichCore

extension Store {
    /// Every indicator of a plan with its target, its latest value of `version` for the plan's
    /// period, the verdict and its reason; the summary per group and in total. Read afresh in
    /// four queries whatever the number of indicators, or one while the plan's snapshot is kept
    /// (two after a value was saved: only that indicator is read again).
    public func evaluation(planID: UUID, version: ValueVersion) async throws -> PlanEvaluation {
        try await snapshot(planID: planID).evaluation(version)
    }

    // The plan's snapshot, kept or read: `snapshot(planID:)` in PlanSnapshots.swift.

    static func snapshot(plan: PlanInfo, indicators: [IndicatorInfo], targets: [PlanRows.Target],
                         observations: [PlanRows.Observation]) throws -> PlanSnapshot {
        snapshot(plan: plan, indicators: indicators, inputs: try PlanInputs(plan: plan, targets: targets, observations: observations))
    }

    /// The plan judged in every version. With `reusing`, a snapshot of the same plan and
    /// indicators whose values differ only for `touched`, in `versions`: a version not among them
    /// keeps its evaluation, and so does a headline whose line and parts were not touched (the
    /// same inputs give the same one); the rest, the previous period and the summary are made anew.
    static func snapshot(plan: PlanInfo, indicators: [IndicatorInfo], inputs: PlanInputs,
                         reusing kept: PlanSnapshot? = nil, touched: Set<UUID> = [],
                         in versions: Set<ValueVersion> = Set(ValueVersion.allCases)) -> PlanSnapshot {
        let previous = PreviousPeriod.choose(for: plan.period, from: inputs.previousCandidates)
            .map { PreviousPeriodValues(period: $0.period, values: $0.values) }
        let componentsByHeadline = Dictionary(grouping: indicators.filter { $0.parentID != nil }, by: { $0.parentID ?? $0.id })
        var evaluations: [ValueVersion: PlanEvaluation] = [:]
        for version in ValueVersion.allCases {
            if let kept = kept?.evaluations[version], !versions.contains(version) {
                evaluations[version] = kept
                continue
            }
            evaluations[version] = evaluation(plan: plan, version: version, indicators: indicators, components: componentsByHeadline,
                                              targets: inputs.targets, values: inputs.values[version] ?? [:],
                                              reusing: kept?.evaluations[version], touched: touched)
        }
        return PlanSnapshot(plan: plan, indicators: indicators, evaluations: evaluations, previous: previous)
    }

    /// A plan's targets and values parsed: the target each indicator is judged against, the newest
    /// value of each version for the plan's period, and the candidates for the previous period.
    struct PlanInputs: Sendable {
        var targets: [UUID: (issuer: String, figure: Figure)] = [:]
        var values: [ValueVersion: [UUID: (revision: Int, figure: Figure)]] = [:]
        var previousCandidates: [PreviousPeriod.Candidate<UUID>] = []
        let period: Period

        init(plan: PlanInfo, targets: [PlanRows.Target], observations: [PlanRows.Observation]) throws {
            period = plan.period
            // Which issuer's target each verdict uses: the core's one rule, with the plan's setting.
            for (indicatorID, issued) in Dictionary(grouping: targets, by: \.indicatorID) {
                guard let issuer = TargetIssuer.governing(among: issued.map(\.issuer), preferred: plan.governingIssuer),
                      let target = issued.first(where: { $0.issuer == issuer }) else { continue }
                self.targets[indicatorID] = (target.issuer, try Figure.parse(target.text))
            }
            for observation in observations { try add(observation) }
        }

        /// The same inputs with `observations` in place of every value of `indicatorIDs`.
        func replacingValues(of indicatorIDs: Set<UUID>, with observations: [PlanRows.Observation]) throws -> PlanInputs {
            var inputs = self
            for version in inputs.values.keys { inputs.values[version] = inputs.values[version]?.filter { !indicatorIDs.contains($0.key) } }
            inputs.previousCandidates.removeAll { indicatorIDs.contains($0.key) }
            for observation in observations { try inputs.add(observation) }
            return inputs
        }

        private mutating func add(_ observation: PlanRows.Observation) throws {
            guard let version = ValueVersion(rawValue: observation.version) else { return }
            if observation.period == version.period(for: period) {
                values[version, default: [:]][observation.indicatorID] = (observation.revision, try Figure.parse(observation.text))
            } else {
                previousCandidates.append(.init(key: observation.indicatorID, period: observation.period, version: version,
                                                revision: observation.revision, figure: FigureValue(try Figure.parse(observation.text))))
            }
        }
    }

    private static func evaluation(plan: PlanInfo, version: ValueVersion, indicators: [IndicatorInfo], components: [UUID: [IndicatorInfo]],
                                   targets: [UUID: (issuer: String, figure: Figure)],
                                   values: [UUID: (revision: Int, figure: Figure)],
                                   reusing kept: PlanEvaluation? = nil, touched: Set<UUID> = []) -> PlanEvaluation {
        // A value for part of the year is judged only against a target for that part, and plans
        // hold annual targets: the first half's values are shown beside the year's target (and
        // its "% kế hoạch"), not judged; the outlook reads them.
        let period = version.period(for: plan.period)
        let judged = period == plan.period
        let notJudged = PartOfYear.notJudged(period.description)
        func line(_ info: IndicatorInfo) -> Line {
            Line(info: info, line: IndicatorLine(name: info.name, unit: info.unit, target: targets[info.id]?.figure,
                                                 value: values[info.id]?.figure, direction: info.direction),
                 issuer: targets[info.id]?.issuer, revision: values[info.id]?.revision, rangeEnd: plan.rangeEnd)
        }
        var evaluations: [IndicatorEvaluation] = []
        var verdicts: [(group: String, verdict: Verdict)] = []
        for headline in indicators where headline.parentID == nil {
            let parts = components[headline.id] ?? []
            if let kept, kept.indicators.indices.contains(evaluations.count), kept.indicators[evaluations.count].indicatorID == headline.id,
               !touched.contains(headline.id), !parts.contains(where: { touched.contains($0.id) }) {
                let evaluation = kept.indicators[evaluations.count]
                verdicts.append((IndicatorCode(parsing: headline.code).group, evaluation.verdict))
                evaluations.append(evaluation)
                continue
            }
            let own = line(headline)
            let lines = parts.map(line)
            // A breakdown printed without a verdict of its own is shown, not judged with its row (as the audit reads it).
            let indicator = Indicator(code: IndicatorCode(parsing: headline.code), line: own.line,
                                      components: lines.filter { !$0.info.outsideVerdict }.map(\.line))
            let assessment = indicator.assess(policy: plan.compositePolicy)
            guard judged else {
                verdicts.append((indicator.code.group, .noData))
                var evaluation = own.evaluation(verdict: .noData, reason: notJudged)
                evaluation.components = lines.map { $0.evaluation(verdict: .noData, reason: notJudged) }
                evaluations.append(evaluation)
                continue
            }
            verdicts.append((indicator.code.group, assessment.verdict))
            var evaluation = own.evaluation(verdict: assessment.verdict, reason: assessment.reason)
            evaluation.components = lines.map { part in
                let single = part.line.evaluate()
                return part.evaluation(verdict: single?.verdict ?? .noData, reason: single?.reason.explanation ?? "Không có kế hoạch để đánh giá")
            }
            if indicator.isComposite {
                // The lines the policy combined: the headline's own when it has a target, then its parts.
                let judged = (own.line.target == nil ? [] : [own.evaluation(verdict: own.line.evaluate()?.verdict ?? .noData, reason: "")])
                    + zip(lines, evaluation.components).filter { !$0.0.info.outsideVerdict }.map(\.1)
                evaluation.decidingComponent = plan.compositePolicy.decidingComponent(judged.map(\.verdict)).map { DecidingComponent(judged[$0]) }
            }
            evaluations.append(evaluation)
        }
        // The verdicts just given, counted: `PlanSummary(_:policy:)` would judge every line again.
        let summary = PlanSummary(verdicts: verdicts)
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
        /// The plan's setting: which end of a range target the ratio is measured against.
        var rangeEnd: PlanComparison.RangeEnd

        func evaluation(verdict: Verdict, reason: String) -> IndicatorEvaluation {
            let comparison = comparison
            return IndicatorEvaluation(
                indicatorID: info.id, code: info.code, name: info.name, unit: info.unit, group: info.group, groupTitle: info.groupTitle,
                direction: info.direction, target: line.target.map(FigureValue.init), issuer: issuer,
                value: line.value.map(FigureValue.init), revision: revision, percentOfTarget: comparison?.percentOfTarget,
                comparison: comparison, verdict: verdict, label: verdict.label, reason: reason, components: [])
        }

        /// The "% kế hoạch" figure by the core's one rule.
        var comparison: PlanComparison? {
            guard let target = line.target else { return nil }
            let unit = MeasureUnit(info.unit)
            return PlanComparison(value: line.value, target: target, direction: info.direction, rangeEnd: rangeEnd,
                                  isGrowthRate: PlanComparison.isGrowthRate(name: info.name, target: target, unit: unit), unit: unit)
        }
    }

    /// The newest revision per indicator of one period and version: one query.
    func latestObservations(indicatorIDs: [UUID], period: Period, version: ValueVersion) async throws -> [UUID: ObservationRecord] {
        guard !indicatorIDs.isEmpty, let periodID = try await periodID(version.period(for: period)) else { return [:] }
        let rows = try await ObservationRecord.query(on: database)
            .filter(\.$indicatorID ~~ indicatorIDs).filter(\.$periodID == periodID).filter(\.$version == version.rawValue)
            .all()
        return Dictionary(grouping: rows, by: \.indicatorID).compactMapValues { $0.max { $0.revision < $1.revision } }
    }

    func periodID(_ period: Period) async throws -> UUID? {
        try await PeriodRecord.query(on: database)
            .filter(\.$kind == period.storageKind).filter(\.$startYear == period.startYear).filter(\.$endYear == period.endYear)
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
