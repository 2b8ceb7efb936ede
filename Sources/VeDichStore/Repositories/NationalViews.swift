import Foundation
import VeDichCore
import VeDichPlanModel

// What the ministry reads across provinces: plain data made by `Store+National.swift` from each
// province's plan snapshot, so every verdict here is the one the province's own pages show.

/// Verdict counts of every province's annual plan for one year and value version.
public struct NationalSummary: Sendable, Codable, Equatable {
    public struct Province: Sendable, Codable, Equatable {
        public var provinceID: UUID
        public var province: String
        /// The province's annual plan of the year; nil when it has none in VeDich.
        public var planID: UUID?
        public var planTitle: String?
        /// Numbered indicators by verdict (components are counted in their headline).
        public var counts: VerdictCounts?
        /// "đạt và vượt": met or exceeded over all numbered indicators, 0…1; nil without indicators.
        public var metOrExceededShare: Double?

        enum CodingKeys: String, CodingKey {
            case province, counts
            case provinceID = "province_id", planID = "plan_id", planTitle = "plan_title", metOrExceededShare = "met_or_exceeded_share"
        }
    }

    public var year: Int
    public var version: ValueVersion
    public var provinces: [Province]
    /// Every province's counts added up.
    public var total: VerdictCounts
}

/// One indicator, lined up across provinces by its code in the higher-level system
/// (`indicators.national_code`, QĐ 293 / QĐ 54), in each province's annual plan of the year.
public struct IndicatorAcrossProvinces: Sendable, Codable, Equatable {
    public struct Province: Sendable, Codable, Equatable {
        public var provinceID: UUID
        public var province: String
        public var planID: UUID
        public var indicatorID: UUID
        /// The indicator's code and name in the province's own plan ("II.5").
        public var localCode: String
        public var name: String
        public var unit: String?
        public var target: FigureValue?
        public var value: FigureValue?
        public var comparison: PlanComparison?
        /// The "% kế hoạch" cell as every text output prints it.
        public var comparisonText: String
        public var verdict: Verdict
        public var label: String
        public var reason: String

        enum CodingKeys: String, CodingKey {
            case province, name, unit, target, value, comparison, verdict, label, reason
            case provinceID = "province_id", planID = "plan_id", indicatorID = "indicator_id", localCode = "local_code",
                 comparisonText = "comparison_text"
        }
    }

    public var code: String
    public var year: Int
    public var version: ValueVersion
    /// Highest "% kế hoạch" first; provinces whose ratio would mislead (thresholds, lower is
    /// better, no value) follow, by verdict and then by name.
    public var provinces: [Province]
    public var counts: VerdictCounts
}

/// Where each responsible agency's figures stand, province by province, for one year and version.
public struct ReportingStatus: Sendable, Codable, Equatable {
    public struct Agency: Sendable, Codable, Equatable {
        public var agencyID: UUID
        public var agency: String
        /// nil: nothing done yet (no workflow step taken).
        public var status: SubmissionStatus?
        public var statusLabel: String
        public var changedAt: Date?
        /// The agency's indicators (components included) that have a target.
        public var indicators: Int
        public var entered: Int
        public var missing: Int
        /// Late against the plan's data cut-off (`ReportingDeadline`).
        public var late: Bool

        enum CodingKeys: String, CodingKey {
            case agency, status, indicators, entered, missing, late
            case agencyID = "agency_id", statusLabel = "status_label", changedAt = "changed_at"
        }
    }

    public struct Province: Sendable, Codable, Equatable {
        public var provinceID: UUID
        public var province: String
        public var planID: UUID?
        public var planTitle: String?
        /// The plan's data cut-off for the version, `YYYY-MM-DD`; nil when not set.
        public var cutoff: String?
        public var agencies: [Agency]

        public func count(_ status: SubmissionStatus?) -> Int { agencies.filter { $0.status == status }.count }
        public var entered: Int { agencies.reduce(0) { $0 + $1.entered } }
        public var missing: Int { agencies.reduce(0) { $0 + $1.missing } }
        public var late: Int { agencies.filter(\.late).count }

        enum CodingKeys: String, CodingKey {
            case province, cutoff, agencies
            case provinceID = "province_id", planID = "plan_id", planTitle = "plan_title"
        }
    }

    public var year: Int
    public var version: ValueVersion
    public var provinces: [Province]
}

/// One agency's indicators in a province's plan, with target, value and verdict: the last step
/// of the ministry's drill-down before the indicator's own page.
public struct AgencyIndicators: Sendable, Codable, Equatable {
    public var province: String
    public var plan: PlanInfo
    public var agencyID: UUID
    public var agency: String
    public var version: ValueVersion
    public var indicators: [IndicatorEvaluation]

    enum CodingKeys: String, CodingKey {
        case province, plan, agency, version, indicators
        case agencyID = "agency_id"
    }
}
