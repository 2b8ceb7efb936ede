import Fluent
import Foundation
import VeDichCore

extension Store {
    /// Which issuer's target a plan is judged against when an indicator has several: the
    /// province's own first, then the council's, then the centre's.
    static let issuerPriority = ["tỉnh giao", "hđnd giao", "trung ương giao"]

    /// Every indicator of a plan with its target, its latest value of `version` for the plan's
    /// period, the verdict and its reason; the summary per group and in total. A fixed number of
    /// queries whatever the number of indicators.
    public func evaluation(planID: UUID, version: ValueVersion) async throws -> PlanEvaluation {
        let plan = try await self.plan(planID)
        let indicators = try await self.indicators(planID: planID)
        let targets = try await TargetRecord.query(on: database).filter(\.$planID == planID).all()
        let period = plan.period
        let latest = try await latestObservations(indicatorIDs: indicators.map(\.id), period: period, version: version)

        let targetByIndicator = Dictionary(grouping: targets, by: \.indicatorID).compactMapValues { candidates in
            candidates.min { Self.issuerRank($0.issuer) < Self.issuerRank($1.issuer) }
        }
        func line(_ info: IndicatorInfo) throws -> (IndicatorLine, TargetRecord?, ObservationRecord?) {
            let target = targetByIndicator[info.id]
            let observation = latest[info.id]
            let line = IndicatorLine(name: info.name, unit: info.unit, target: try target?.figure.figure(),
                                     value: try observation?.figure.figure(), direction: info.direction)
            return (line, target, observation)
        }

        var evaluations: [IndicatorEvaluation] = []
        var cores: [Indicator] = []
        for headline in indicators where headline.parentID == nil {
            let components = indicators.filter { $0.parentID == headline.id }
            let own = try line(headline)
            let parts = try components.map { ($0, try line($0)) }
            let indicator = Indicator(code: IndicatorCode(parsing: headline.code), line: own.0, components: parts.map(\.1.0))
            let assessment = indicator.assess(policy: plan.compositePolicy)
            cores.append(indicator)
            var evaluation = Self.evaluation(headline, own, verdict: assessment.verdict, reason: assessment.reason)
            evaluation.components = parts.map { info, part in
                let single = part.0.evaluate()
                return Self.evaluation(info, part, verdict: single?.verdict ?? .noData,
                                       reason: single?.reason.explanation ?? "Không có kế hoạch để đánh giá")
            }
            evaluations.append(evaluation)
        }
        let summary = PlanSummary(cores, policy: plan.compositePolicy)
        return PlanEvaluation(plan: plan, version: version, period: period, periodLabel: period.description,
                              policy: plan.compositePolicy, policyLabel: plan.compositePolicy.label,
                              indicators: evaluations, summary: summary, summaryText: summary.total.sentence)
    }

    private static func evaluation(_ info: IndicatorInfo, _ line: (IndicatorLine, TargetRecord?, ObservationRecord?),
                                   verdict: Verdict, reason: String) -> IndicatorEvaluation {
        IndicatorEvaluation(
            indicatorID: info.id, code: info.code, name: info.name, unit: info.unit, group: info.group, groupTitle: info.groupTitle,
            direction: info.direction, target: line.0.target.map(FigureValue.init), issuer: line.1?.issuer,
            value: line.0.value.map(FigureValue.init), revision: line.2?.revision, percentOfTarget: line.0.percentOfTarget,
            verdict: verdict, label: verdict.label, reason: reason, components: [])
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
