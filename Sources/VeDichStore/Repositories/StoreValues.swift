import Foundation
import VeDichCore

// What the store hands out: plain values, never Fluent records. JSON keys are snake_case.

public struct PlanInfo: Sendable, Codable, Equatable {
    public var id: UUID
    public var title: String
    public var province: String
    public var horizon: String
    public var startYear: Int
    public var endYear: Int
    public var compositePolicy: CompositePolicy

    /// The period a plan is judged on: its year, or its whole span.
    public var period: Period {
        horizon == "annual" ? .year(startYear) : Period(kind: .span, startYear: startYear, endYear: endYear)
    }

    enum CodingKeys: String, CodingKey {
        case id, title, province, horizon
        case startYear = "start_year", endYear = "end_year", compositePolicy = "composite_policy"
    }
}

public struct IndicatorInfo: Sendable, Codable, Equatable {
    public var id: UUID
    public var code: String
    public var name: String
    public var unit: String?
    public var direction: Direction
    public var directionReason: String
    public var group: String?
    public var groupTitle: String?
    /// The headline indicator this one is a component of, in this plan.
    public var parentID: UUID?
    public var position: Int

    enum CodingKeys: String, CodingKey {
        case id, code, name, unit, direction, group, position
        case directionReason = "direction_reason", groupTitle = "group_title", parentID = "parent_id"
    }
}

public struct TargetInfo: Sendable, Codable, Equatable {
    public var id: UUID
    public var indicatorID: UUID
    public var code: String
    public var issuer: String
    public var figure: FigureValue

    enum CodingKeys: String, CodingKey {
        case id, code, issuer, figure
        case indicatorID = "indicator_id"
    }
}

public struct ObservationInfo: Sendable, Codable, Equatable {
    public var id: UUID
    public var indicatorID: UUID
    public var period: Period
    public var periodLabel: String
    public var version: ValueVersion
    public var revision: Int
    public var figure: FigureValue
    public var note: String?
    public var recordedBy: String
    public var recordedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, period, version, revision, figure, note
        case indicatorID = "indicator_id", periodLabel = "period_label", recordedBy = "recorded_by", recordedAt = "recorded_at"
    }
}

/// One indicator of a plan judged live: its target, its latest value of the chosen version, the
/// verdict and the reason. Components carry the same, and the headline's verdict follows the
/// plan's composite policy.
public struct IndicatorEvaluation: Sendable, Codable, Equatable {
    public var indicatorID: UUID
    public var code: String
    public var name: String
    public var unit: String?
    public var group: String?
    public var groupTitle: String?
    public var direction: Direction
    public var target: FigureValue?
    public var issuer: String?
    public var value: FigureValue?
    public var revision: Int?
    public var percentOfTarget: PercentOfTarget?
    public var verdict: Verdict
    public var label: String
    public var reason: String
    public var components: [IndicatorEvaluation]

    enum CodingKeys: String, CodingKey {
        case code, name, unit, group, direction, target, issuer, value, revision, verdict, label, reason, components
        case indicatorID = "indicator_id", percentOfTarget = "percent_of_target", groupTitle = "group_title"
    }
}

public struct PlanEvaluation: Sendable, Codable, Equatable {
    public var plan: PlanInfo
    public var version: ValueVersion
    public var period: Period
    public var periodLabel: String
    public var policy: CompositePolicy
    public var policyLabel: String
    public var indicators: [IndicatorEvaluation]
    public var summary: PlanSummary
    /// "đạt và vượt 14/18 chỉ tiêu".
    public var summaryText: String

    enum CodingKeys: String, CodingKey {
        case plan, version, period, policy, indicators, summary
        case periodLabel = "period_label", policyLabel = "policy_label", summaryText = "summary_text"
    }
}
