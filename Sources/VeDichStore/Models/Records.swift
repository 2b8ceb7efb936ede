import Fluent
import Foundation

// Fluent's models are reference types with property wrappers that Fluent mutates; they never
// leave VeDichStore: repositories turn them into core values or DTO-ready structs.
// `@unchecked Sendable` as in vapor/template: a record is used by one task at a time.

/// A province or commune. Units are data (34 provinces since 2025), never code.
public final class AdminUnitRecord: Model, @unchecked Sendable {
    public static let schema = "admin_units"
    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "code") public var code: String?
    @Field(key: "name") public var name: String
    /// "province" or "commune".
    @Field(key: "level") public var level: String
    @OptionalField(key: "parent_id") public var parentID: UUID?

    public init() {}
    public init(name: String, level: String, code: String? = nil, parentID: UUID? = nil) {
        self.name = name
        self.level = level
        self.code = code
        self.parentID = parentID
    }
}

/// A sở, ngành or UBND cấp xã that reports values.
public final class AgencyRecord: Model, @unchecked Sendable {
    public static let schema = "agencies"
    @ID(key: .id) public var id: UUID?
    @Field(key: "unit_id") public var unitID: UUID
    @Field(key: "name") public var name: String
    /// "so_nganh", "ubnd_xa" or "khac".
    @Field(key: "kind") public var kind: String

    public init() {}
    public init(unitID: UUID, name: String, kind: String) {
        self.unitID = unitID
        self.name = name
        self.kind = kind
    }
}

/// A five-year or annual plan of a province, with the composite policy its reports state.
public final class PlanRecord: Model, @unchecked Sendable {
    public static let schema = "plans"
    @ID(key: .id) public var id: UUID?
    @Field(key: "unit_id") public var unitID: UUID
    @Field(key: "title") public var title: String
    /// "five_year" or "annual".
    @Field(key: "horizon") public var horizon: String
    @Field(key: "start_year") public var startYear: Int
    @Field(key: "end_year") public var endYear: Int
    @Field(key: "composite_policy") public var compositePolicy: String

    public init() {}
    public init(unitID: UUID, title: String, horizon: String, startYear: Int, endYear: Int, compositePolicy: String) {
        self.unitID = unitID
        self.title = title
        self.horizon = horizon
        self.startYear = startYear
        self.endYear = endYear
        self.compositePolicy = compositePolicy
    }
}

/// "I / Các chỉ tiêu kinh tế" within a plan.
public final class IndicatorGroupRecord: Model, @unchecked Sendable {
    public static let schema = "indicator_groups"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "numeral") public var numeral: String
    @Field(key: "title") public var title: String
    @Field(key: "position") public var position: Int

    public init() {}
    public init(planID: UUID, numeral: String, title: String, position: Int) {
        self.planID = planID
        self.numeral = numeral
        self.title = title
        self.position = position
    }
}

/// An indicator of a province's system, shared by its plans (a plan numbers it its own way).
public final class IndicatorRecord: Model, @unchecked Sendable {
    public static let schema = "indicators"
    @ID(key: .id) public var id: UUID?
    @Field(key: "unit_id") public var unitID: UUID
    /// The name folded for matching: lower case, single spaces.
    @Field(key: "key") public var key: String
    @Field(key: "name") public var name: String
    @OptionalField(key: "measure_unit") public var measureUnit: String?
    @Field(key: "direction") public var direction: String
    @Field(key: "direction_reason") public var directionReason: String
    @OptionalField(key: "agency_id") public var agencyID: UUID?
    /// Its code in the national system (mã số ở hệ thống cấp cao hơn), for the ministry's roll-up.
    @OptionalField(key: "national_code") public var nationalCode: String?
    /// When the planning office stopped following it; nil while followed (never deleted).
    @OptionalField(key: "retired_at") public var retiredAt: Date?
    @OptionalField(key: "retired_reason") public var retiredReason: String?
    /// Counts catalogue edits, for refusing an edit based on an older state.
    @Field(key: "revision") public var revision: Int

    public init() {}
    public init(unitID: UUID, key: String, name: String, measureUnit: String?, direction: String, directionReason: String) {
        self.unitID = unitID
        self.key = key
        self.name = name
        self.measureUnit = measureUnit
        self.direction = direction
        self.directionReason = directionReason
        self.revision = 0
    }
}

/// An indicator's place in a plan: its code there (`II.5`), its group, the headline it is a
/// component of, its order.
public final class PlanIndicatorRecord: Model, @unchecked Sendable {
    public static let schema = "plan_indicators"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "indicator_id") public var indicatorID: UUID
    @OptionalField(key: "group_id") public var groupID: UUID?
    @Field(key: "code") public var code: String
    @OptionalField(key: "parent_indicator_id") public var parentIndicatorID: UUID?
    @Field(key: "position") public var position: Int
    /// A sub-row that does not take part in its headline's verdict (a breakdown printed without a
    /// verdict of its own); nil: it does.
    @OptionalField(key: "outside_verdict") public var outsideVerdict: Bool?

    public init() {}
    public init(planID: UUID, indicatorID: UUID, groupID: UUID?, code: String, parentIndicatorID: UUID?, position: Int) {
        self.planID = planID
        self.indicatorID = indicatorID
        self.groupID = groupID
        self.code = code
        self.parentIndicatorID = parentIndicatorID
        self.position = position
    }
}

/// A target of a plan for an indicator, from one issuer (Trung ương giao, tỉnh giao, HĐND giao).
public final class TargetRecord: Model, @unchecked Sendable {
    public static let schema = "targets"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "indicator_id") public var indicatorID: UUID
    @Field(key: "issuer") public var issuer: String
    @Group(key: "figure") public var figure: FigureFields
    @Field(key: "recorded_by") public var recordedBy: String
    @Timestamp(key: "recorded_at", on: .create) public var recordedAt: Date?
    /// Grows by one with every change; NULL on a target stored before revisions were kept: 1.
    @OptionalField(key: "revision") public var revision: Int?
    /// What the report printed beside the target ("(tăng 15%)"); a planner's edit of the figure ends it.
    @OptionalField(key: "note") public var note: String?

    public init() {}
}

/// A period values are reported for: a year, a half, or a span of years (average or total).
public final class PeriodRecord: Model, @unchecked Sendable {
    public static let schema = "periods"
    @ID(key: .id) public var id: UUID?
    @Field(key: "kind") public var kind: String
    @Field(key: "start_year") public var startYear: Int
    @Field(key: "end_year") public var endYear: Int

    public init() {}
    public init(kind: String, startYear: Int, endYear: Int) {
        self.kind = kind
        self.startYear = startYear
        self.endYear = endYear
    }
}

/// One revision of a value: never overwritten, a change adds revision n + 1.
public final class ObservationRecord: Model, @unchecked Sendable {
    public static let schema = "observations"
    @ID(key: .id) public var id: UUID?
    @Field(key: "indicator_id") public var indicatorID: UUID
    @Field(key: "period_id") public var periodID: UUID
    @Field(key: "version") public var version: String
    @Field(key: "revision") public var revision: Int
    @Group(key: "figure") public var figure: FigureFields
    @OptionalField(key: "agency_id") public var agencyID: UUID?
    @OptionalField(key: "note") public var note: String?
    @Field(key: "recorded_by") public var recordedBy: String
    @Timestamp(key: "recorded_at", on: .create) public var recordedAt: Date?
    /// True on a revision that withdraws the value (its figure is the one withdrawn); else nil.
    @OptionalField(key: "withdrawn") public var withdrawn: Bool?
    /// The plausibility warnings confirmed when the value was saved, one per line.
    @OptionalField(key: "warnings") public var warnings: String?

    public init() {}
}

/// A figure as stored: its text (the source of truth) and its parsed bounds, for queries.
public final class FigureFields: Fields, @unchecked Sendable {
    @Field(key: "text") public var text: String
    @Field(key: "form") public var form: String
    @OptionalField(key: "lower") public var lower: Double?
    @OptionalField(key: "lower_inclusive") public var lowerInclusive: Bool?
    @OptionalField(key: "upper") public var upper: Double?
    @OptionalField(key: "upper_inclusive") public var upperInclusive: Bool?

    public init() {}
}
