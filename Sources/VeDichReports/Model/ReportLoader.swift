import Foundation
import VeDichCore
import VeDichStore

/// Reads what a report needs from the store: each plan's evaluation, its group titles, the
/// values of the latest earlier period its indicators have, and its prose sections.
public struct ReportLoader: Sendable {
    public var store: Store

    public init(store: Store) {
        self.store = store
    }

    public func report(plans: [(id: UUID, version: ValueVersion)], settings: ReportSettings = ReportSettings()) async throws -> Report {
        guard !plans.isEmpty else { throw ReportError.nothingToReport }
        var sections: [PlanReport] = []
        for plan in plans { sections.append(try await section(planID: plan.id, version: plan.version)) }
        return Report(province: sections[0].evaluation.plan.province, sections: sections, settings: settings)
    }

    public func section(planID: UUID, version: ValueVersion) async throws -> PlanReport {
        let evaluation = try await store.evaluation(planID: planID, version: version)
        let indicators = try await store.indicators(planID: planID)
        var titles: [String: String] = [:]
        for indicator in indicators {
            if let group = indicator.group, let title = indicator.groupTitle, titles[group] == nil { titles[group] = title }
        }
        let previous = try await previousValues(indicators.map(\.id), before: evaluation.plan.startYear)
        let prose = try await store.sections(planID: planID)
        return PlanReport(evaluation: evaluation, groupTitles: titles, previous: previous, prose: prose)
    }

    /// The latest period that ends before the plan starts, with each indicator's newest value for
    /// it (official first, then the most advanced estimate). Nil when there is none.
    func previousValues(_ indicatorIDs: [UUID], before year: Int) async throws -> PreviousValues? {
        var byIndicator: [UUID: [ObservationInfo]] = [:]
        for id in indicatorIDs {
            byIndicator[id] = try await store.observations(indicatorID: id).filter { $0.period.endYear < year }
        }
        let periods = Set(byIndicator.values.flatMap { $0.map(\.period) })
        guard let period = periods.max(by: { ($0.endYear, $0.endYear - $0.startYear) < ($1.endYear, $1.endYear - $1.startYear) })
        else { return nil }
        let rank: [ValueVersion] = [.official, .preliminary, .fullYearEstimate, .firstHalfEstimate]
        var values: [UUID: FigureValue] = [:]
        for (id, observations) in byIndicator {
            let chosen = observations.filter { $0.period == period }.min {
                ((rank.firstIndex(of: $0.version) ?? rank.count), -$0.revision) < ((rank.firstIndex(of: $1.version) ?? rank.count), -$1.revision)
            }
            if let chosen { values[id] = chosen.figure }
        }
        return PreviousValues(period: period, values: values)
    }
}
