import Foundation
import VeDichCore

// The plan read models: what the store hands out and what the evaluation, pages, CSV and reports
// read. Plain values, never Fluent records, so a writer of reports needs no database to link.
// JSON keys are snake_case.

public struct PlanInfo: Sendable, Codable, Equatable {
    public var id: UUID
    public var title: String
    public var province: String
    public var horizon: String
    public var startYear: Int
    public var endYear: Int
    public var compositePolicy: CompositePolicy
    /// The issuer whose target the verdicts use; nil: the province's own (`TargetIssuer.defaultOrder`).
    public var governingIssuer: TargetIssuer?
    /// Which end of a range target "% kế hoạch" is measured against.
    public var rangeEnd: PlanComparison.RangeEnd
    /// When the plan was issued ("đã ban hành"): its targets are locked until an admin unlocks them.
    public var issuedAt: Date?
    public var issuedBy: String?
    /// The data cut-off date ("số liệu tính đến ngày", `YYYY-MM-DD`) of each value version that has one.
    public var dataCutoffs: [ValueVersion: String]

    /// The period a plan is judged on: its year, or its whole span.
    public var period: Period {
        horizon == "annual" ? .year(startYear) : Period(kind: .span, startYear: startYear, endYear: endYear)
    }

    public var isIssued: Bool { issuedAt != nil }

    public init(id: UUID, title: String, province: String, horizon: String, startYear: Int, endYear: Int,
                compositePolicy: CompositePolicy, governingIssuer: TargetIssuer? = nil, rangeEnd: PlanComparison.RangeEnd = .upper,
                issuedAt: Date? = nil, issuedBy: String? = nil, dataCutoffs: [ValueVersion: String] = [:]) {
        self.id = id
        self.title = title
        self.province = province
        self.horizon = horizon
        self.startYear = startYear
        self.endYear = endYear
        self.compositePolicy = compositePolicy
        self.governingIssuer = governingIssuer
        self.rangeEnd = rangeEnd
        self.issuedAt = issuedAt
        self.issuedBy = issuedBy
        self.dataCutoffs = dataCutoffs
    }

    enum CodingKeys: String, CodingKey {
        case id, title, province, horizon
        case startYear = "start_year", endYear = "end_year", compositePolicy = "composite_policy"
        case governingIssuer = "governing_issuer", rangeEnd = "range_end", issuedAt = "issued_at", issuedBy = "issued_by"
        case dataCutoffs = "data_cutoffs"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(UUID.self, forKey: .id), title: try container.decode(String.self, forKey: .title),
                  province: try container.decode(String.self, forKey: .province), horizon: try container.decode(String.self, forKey: .horizon),
                  startYear: try container.decode(Int.self, forKey: .startYear), endYear: try container.decode(Int.self, forKey: .endYear),
                  compositePolicy: try container.decode(CompositePolicy.self, forKey: .compositePolicy),
                  governingIssuer: try container.decodeIfPresent(TargetIssuer.self, forKey: .governingIssuer),
                  rangeEnd: try container.decodeIfPresent(PlanComparison.RangeEnd.self, forKey: .rangeEnd) ?? .upper,
                  issuedAt: try container.decodeIfPresent(Date.self, forKey: .issuedAt),
                  issuedBy: try container.decodeIfPresent(String.self, forKey: .issuedBy),
                  dataCutoffs: Dictionary(uniqueKeysWithValues: (try container.decodeIfPresent([String: String].self, forKey: .dataCutoffs) ?? [:])
                      .compactMap { key, date in ValueVersion(rawValue: key).map { ($0, date) } }))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(province, forKey: .province)
        try container.encode(horizon, forKey: .horizon)
        try container.encode(startYear, forKey: .startYear)
        try container.encode(endYear, forKey: .endYear)
        try container.encode(compositePolicy, forKey: .compositePolicy)
        // Always present (null when unset), so an API reader sees every setting.
        try container.encode(governingIssuer, forKey: .governingIssuer)
        try container.encode(rangeEnd, forKey: .rangeEnd)
        try container.encode(issuedAt, forKey: .issuedAt)
        try container.encode(issuedBy, forKey: .issuedBy)
        // `{"uoc_6_thang": "2026-06-15"}`: a dictionary keyed by an enum would encode as an array.
        try container.encode(Dictionary(uniqueKeysWithValues: dataCutoffs.map { ($0.key.rawValue, $0.value) }), forKey: .dataCutoffs)
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
    /// A component shown under its headline that does not take part in its verdict (a breakdown
    /// printed without a verdict of its own). Not in the JSON: the evaluation says what decided.
    public var outsideVerdict = false

    public init(id: UUID, code: String, name: String, unit: String?, direction: Direction, directionReason: String,
                group: String?, groupTitle: String?, parentID: UUID?, position: Int) {
        self.id = id
        self.code = code
        self.name = name
        self.unit = unit
        self.direction = direction
        self.directionReason = directionReason
        self.group = group
        self.groupTitle = groupTitle
        self.parentID = parentID
        self.position = position
    }

    enum CodingKeys: String, CodingKey {
        case id, code, name, unit, direction, group, position
        case directionReason = "direction_reason", groupTitle = "group_title", parentID = "parent_id"
    }
}

public struct TargetInfo: Sendable, Codable, Equatable {
    public var id: UUID
    public var indicatorID: UUID
    public var code: String
    /// As stored and shown: "Tỉnh giao", "HĐND tỉnh giao".
    public var issuer: String
    /// The issuer's code (`hdnd_tinh`), what a PUT of the target names; nil for a label this version does not know.
    public var issuerCode: TargetIssuer?
    public var figure: FigureValue
    /// Grows by one with every change; a change must name the revision it was based on.
    public var revision: Int

    public init(id: UUID, indicatorID: UUID, code: String, issuer: String, figure: FigureValue, revision: Int = 1) {
        self.id = id
        self.indicatorID = indicatorID
        self.code = code
        self.issuer = issuer
        self.issuerCode = TargetIssuer(stored: issuer)
        self.figure = figure
        self.revision = revision
    }

    enum CodingKeys: String, CodingKey {
        case id, code, issuer, figure, revision
        case indicatorID = "indicator_id", issuerCode = "issuer_code"
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
    /// This revision withdraws the value: `figure` is the value withdrawn, `note` says why, and
    /// until a new value comes the period has no value.
    public var withdrawn: Bool
    /// The plausibility warnings the person confirmed when saving this revision.
    public var warnings: [String]

    public init(id: UUID, indicatorID: UUID, period: Period, periodLabel: String, version: ValueVersion, revision: Int,
                figure: FigureValue, note: String?, recordedBy: String, recordedAt: Date?,
                withdrawn: Bool = false, warnings: [String] = []) {
        self.id = id
        self.indicatorID = indicatorID
        self.period = period
        self.periodLabel = periodLabel
        self.version = version
        self.revision = revision
        self.figure = figure
        self.note = note
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.withdrawn = withdrawn
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case id, period, version, revision, figure, note, withdrawn, warnings
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
    /// The ratio part of `comparison`, kept for API readers of `percent_of_target`.
    public var percentOfTarget: PercentOfTarget?
    /// The "% kế hoạch" figure by the core's one rule (`PlanComparison`): a ratio, or the
    /// difference where a ratio misleads. Nil: the cell stays empty.
    public var comparison: PlanComparison?
    public var verdict: Verdict
    public var label: String
    public var reason: String
    public var components: [IndicatorEvaluation]
    /// For a composite, the component whose verdict decided the whole (the plan's composite
    /// policy: the failing part under strict, …), shown beside the composite's verdict.
    public var decidingComponent: DecidingComponent?

    public init(indicatorID: UUID, code: String, name: String, unit: String?, group: String?, groupTitle: String?,
                direction: Direction, target: FigureValue?, issuer: String?, value: FigureValue?, revision: Int?,
                percentOfTarget: PercentOfTarget?, comparison: PlanComparison? = nil, verdict: Verdict, label: String, reason: String,
                components: [IndicatorEvaluation] = [], decidingComponent: DecidingComponent? = nil) {
        self.indicatorID = indicatorID
        self.code = code
        self.name = name
        self.unit = unit
        self.group = group
        self.groupTitle = groupTitle
        self.direction = direction
        self.target = target
        self.issuer = issuer
        self.value = value
        self.revision = revision
        self.percentOfTarget = percentOfTarget
        self.verdict = verdict
        self.label = label
        self.reason = reason
        self.components = components
        self.comparison = comparison
        self.decidingComponent = decidingComponent
    }

    enum CodingKeys: String, CodingKey {
        case code, name, unit, group, direction, target, issuer, value, revision, comparison, verdict, label, reason, components
        case indicatorID = "indicator_id", percentOfTarget = "percent_of_target", groupTitle = "group_title"
        case decidingComponent = "deciding_component"
    }
}

/// The component that decided a composite's verdict: what a reader needs beside the verdict to
/// see why ("Tỷ lệ người dân tham gia bảo hiểm y tế: 94,8 so với kế hoạch 95 — Không đạt").
public struct DecidingComponent: Sendable, Codable, Equatable {
    public var indicatorID: UUID
    public var name: String
    public var unit: String?
    public var target: FigureValue?
    public var value: FigureValue?
    public var verdict: Verdict

    public init(indicatorID: UUID, name: String, unit: String?, target: FigureValue?, value: FigureValue?, verdict: Verdict) {
        self.indicatorID = indicatorID
        self.name = name
        self.unit = unit
        self.target = target
        self.value = value
        self.verdict = verdict
    }

    public init(_ component: IndicatorEvaluation) {
        self.init(indicatorID: component.indicatorID, name: component.name, unit: component.unit, target: component.target,
                  value: component.value, verdict: component.verdict)
    }

    /// "Tỷ lệ người dân tham gia bảo hiểm y tế (%): 94,8 so với kế hoạch 95 — Không đạt".
    public var text: String {
        let figures = "\(value?.text ?? "chưa có số liệu") so với kế hoạch \(target?.text ?? "chưa có")"
        return "\(name): \(figures) — \(verdict.label)"
    }

    enum CodingKeys: String, CodingKey {
        case name, unit, target, value, verdict
        case indicatorID = "indicator_id"
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

    public init(plan: PlanInfo, version: ValueVersion, period: Period, periodLabel: String, policy: CompositePolicy,
                policyLabel: String, indicators: [IndicatorEvaluation], summary: PlanSummary, summaryText: String) {
        self.plan = plan
        self.version = version
        self.period = period
        self.periodLabel = periodLabel
        self.policy = policy
        self.policyLabel = policyLabel
        self.indicators = indicators
        self.summary = summary
        self.summaryText = summaryText
    }

    enum CodingKeys: String, CodingKey {
        case plan, version, period, policy, indicators, summary
        case periodLabel = "period_label", policyLabel = "policy_label", summaryText = "summary_text"
    }
}
