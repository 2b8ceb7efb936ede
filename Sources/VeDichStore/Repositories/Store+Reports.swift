import Foundation
import VeDichCore

extension Store {
    /// What a report shows of each plan, from the same snapshot as the plan's pages (so the
    /// previous period follows the one rule): the evaluation of `version`, the group titles and
    /// the prose sections.
    public func planReports(_ plans: [(id: UUID, version: ValueVersion)]) async throws -> [PlanReport] {
        var reports: [PlanReport] = []
        for plan in plans { reports.append(try await planReport(planID: plan.id, version: plan.version)) }
        return reports
    }

    public func planReport(planID: UUID, version: ValueVersion) async throws -> PlanReport {
        let snapshot = try await snapshot(planID: planID)
        var titles: [String: String] = [:]
        for indicator in snapshot.indicators {
            if let group = indicator.group, let title = indicator.groupTitle, titles[group] == nil { titles[group] = title }
        }
        // A report on a year reads every value of that year on record: the outlook as of its last day.
        let annual = snapshot.plan.startYear == snapshot.plan.endYear
        let outlooks = annual ? try await self.outlooks(planID: planID, asOf: CalendarDay.endOfMonth(year: snapshot.plan.startYear, month: 12)
                                                            ?? CalendarDay(year: 2200, month: 12, day: 31)!) : []
        return PlanReport(evaluation: snapshot.evaluation(version), groupTitles: titles, previous: snapshot.previous,
                          prose: try await sections(planID: planID), outlooks: outlooks)
    }
}
