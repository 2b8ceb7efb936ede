/// What the outlook of one indicator is read from: the indicator, its annual target and its values.
public struct OutlookInput: Sendable, Hashable {
    /// One value: the most final version the store holds for the period.
    public struct Point: Sendable, Hashable {
        public var period: Period
        public var value: Double

        public init(period: Period, value: Double) {
            self.period = period
            self.value = value
        }
    }

    public var name: String
    public var unit: String?
    public var nature: ValueNature
    public var direction: Direction
    /// The plan's annual target for `year`; nil leaves nothing to judge against.
    public var target: Figure?
    public var year: Int
    /// Only values whose period has ended by this day count.
    public var asOf: CalendarDay
    /// The indicator's values: the plan year's parts, and past years' parts and whole years.
    public var points: [Point]
    /// w set by the office, used when the base year's levels are not known.
    public var firstHalfShare: Double?
    /// The base year's first-half and whole-year levels of what a growth rate measures (GRDP in
    /// tỷ đồng for the GRDP growth rate), when the store knows them: they give w.
    public var baseYearLevels: (firstHalf: Double, year: Double)?

    public init(name: String, unit: String? = nil, nature: ValueNature, direction: Direction, target: Figure?, year: Int,
                asOf: CalendarDay, points: [Point], firstHalfShare: Double? = nil, baseYearLevels: (firstHalf: Double, year: Double)? = nil) {
        self.name = name
        self.unit = unit
        self.nature = nature
        self.direction = direction
        self.target = target
        self.year = year
        self.asOf = asOf
        self.points = points
        self.firstHalfShare = firstHalfShare
        self.baseYearLevels = baseYearLevels
    }

    public static func == (lhs: OutlookInput, rhs: OutlookInput) -> Bool {
        lhs.name == rhs.name && lhs.unit == rhs.unit && lhs.nature == rhs.nature && lhs.direction == rhs.direction
            && lhs.target == rhs.target && lhs.year == rhs.year && lhs.asOf == rhs.asOf && lhs.points == rhs.points
            && lhs.firstHalfShare == rhs.firstHalfShare && lhs.baseYearLevels?.firstHalf == rhs.baseYearLevels?.firstHalf
            && lhs.baseYearLevels?.year == rhs.baseYearLevels?.year
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(year)
        hasher.combine(points)
    }

    /// Whether the indicator is a growth rate ("Tốc độ tăng GRDP (%)"), by the rule "% kế hoạch" uses.
    public var isGrowthRate: Bool {
        nature == .rate && PlanComparison.isGrowthRate(name: name, target: target, unit: MeasureUnit(unit))
    }

    /// The plan year's parts whose period has ended by `asOf`, earliest end first.
    var yearParts: [Point] {
        points.filter { $0.period.isWithinYear && $0.period.startYear == year && ($0.period.lastDay.map { $0 <= asOf } ?? false) }
            .sorted { ($0.period.lastDay!, $0.period.months!.count) < ($1.period.lastDay!, $1.period.months!.count) }
    }

    /// The end of the target the year must reach: the lower end when higher is better, the upper
    /// when lower is better; a band has no single end (its outlook is read as a level).
    var targetEnd: Double? {
        guard let interval = target?.interval else { return nil }
        switch direction {
        case .higher: return interval.lower?.value ?? interval.upper?.value
        case .lower: return interval.upper?.value ?? interval.lower?.value
        case .band: return nil
        }
    }

    /// Whether `value` meets the target by the indicator's direction.
    func meets(_ value: Double) -> Bool? {
        guard let interval = target?.interval else { return nil }
        switch direction {
        case .higher: return (interval.lower?.value ?? interval.upper?.value).map { value >= $0 }
        case .lower: return (interval.upper?.value ?? interval.lower?.value).map { value <= $0 }
        case .band:
            return (interval.lower.map { value >= $0.value } ?? true) && (interval.upper.map { value <= $0.value } ?? true)
        }
    }

    /// A flow's total from January to the end of `month` of `year`: a year-to-date value for it (6
    /// or 9 months, the year), or the sum of its quarters or months when every one is there.
    func yearToDate(year: Int, throughMonth month: Int, from points: [Point]) -> Double? {
        let ofYear = points.filter { $0.period.startYear == year && $0.period.endYear == year }
        if let direct = ofYear.first(where: { $0.period.isYearToDate && $0.period.months?.upperBound == month && $0.period.kind != .month }) {
            return direct.value
        }
        for kind in [Period.Kind.quarter, .month] {
            let pieces = ofYear.filter { $0.period.kind == kind && ($0.period.months?.upperBound ?? 13) <= month }
            let covered = pieces.reduce(0) { $0 + ($1.period.months?.count ?? 0) }
            if covered == month, Set(pieces.map(\.period)).count == pieces.count { return pieces.reduce(0) { $0 + $1.value } }
        }
        return nil
    }
}

/// "8,95", "7", "1.029,5": at most two decimals, as reports write them.
func outlookNumber(_ value: Double) -> String { VietnameseNumber.formatCompact(value, maxFractionDigits: 2) }
