import Foundation
import VeDichCore

/// One plan's part of a report, as read from the store: its evaluation, its group titles, the
/// previous period's values (the same snapshot and rule as the plan's pages) and its prose.
public struct PlanReport: Sendable {
    public var evaluation: PlanEvaluation
    /// Group numeral → its title, "I" → "Các chỉ tiêu kinh tế".
    public var groupTitles: [String: String]
    /// The previous period's values shown beside the plan's.
    public var previous: PreviousPeriodValues?
    /// The sections people write (assessment, causes, lessons, tasks, recommendations), in
    /// order; the generated figures go where a `figures` section stands. Empty: figures only.
    public var prose: [ReportSectionInfo]
    /// An annual plan's early warning (at risk first), from the values of the year on record;
    /// empty for a five-year plan.
    public var outlooks: [IndicatorOutlook]

    public init(evaluation: PlanEvaluation, groupTitles: [String: String], previous: PreviousPeriodValues? = nil,
                prose: [ReportSectionInfo] = [], outlooks: [IndicatorOutlook] = []) {
        self.evaluation = evaluation
        self.groupTitles = groupTitles
        self.previous = previous
        self.prose = prose
        self.outlooks = outlooks
    }
}
