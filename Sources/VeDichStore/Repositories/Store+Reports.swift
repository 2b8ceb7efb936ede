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
        return PlanReport(evaluation: snapshot.evaluation(version), groupTitles: titles, previous: snapshot.previous,
                          prose: try await sections(planID: planID))
    }
}
