/// What a value is reported for: a year, a part of it (a month, a quarter, a half, the first nine
/// months), or a span of years (whose value is an average, a total, or what the row itself says).
public struct Period: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case year
        case firstHalf = "first_half"
        case secondHalf = "second_half"
        /// One quarter; `part` says which (1–4).
        case quarter
        /// One month; `part` says which (1–12).
        case month
        /// January to September ("9 tháng đầu năm").
        case nineMonths = "nine_months"
        case spanAverage = "span_average"
        case spanTotal = "span_total"
        /// A span whose rows say themselves how they aggregate ("tăng bình quân", "đến năm 2025").
        case span
    }

    public var kind: Kind
    public var startYear: Int
    public var endYear: Int
    /// The quarter (1–4) or the month (1–12); nil for every other kind.
    public var part: Int?

    public init(kind: Kind, startYear: Int, endYear: Int, part: Int? = nil) {
        self.kind = kind
        self.startYear = startYear
        self.endYear = endYear
        self.part = part
    }

    public static func year(_ year: Int) -> Period { Period(kind: .year, startYear: year, endYear: year) }
    /// `half(1, 2024)`: "6 tháng đầu năm 2024".
    public static func half(_ half: Int, _ year: Int) -> Period {
        Period(kind: half == 1 ? .firstHalf : .secondHalf, startYear: year, endYear: year)
    }
    public static func quarter(_ quarter: Int, _ year: Int) -> Period { Period(kind: .quarter, startYear: year, endYear: year, part: quarter) }
    public static func month(_ month: Int, _ year: Int) -> Period { Period(kind: .month, startYear: year, endYear: year, part: month) }
    public static func nineMonths(_ year: Int) -> Period { Period(kind: .nineMonths, startYear: year, endYear: year) }

    /// A part of one year (not the whole year, not a span).
    public var isWithinYear: Bool { Self.withinYearKinds.contains(kind) }
    public static let withinYearKinds: Set<Kind> = [.firstHalf, .secondHalf, .quarter, .month, .nineMonths]

    /// The months of its year the period covers; nil for spans. The whole year is 1...12.
    public var months: ClosedRange<Int>? {
        switch kind {
        case .year: 1...12
        case .firstHalf: 1...6
        case .secondHalf: 7...12
        case .nineMonths: 1...9
        case .quarter: part.flatMap { (1...4).contains($0) ? (3 * $0 - 2)...(3 * $0) : nil }
        case .month: part.flatMap { (1...12).contains($0) ? $0...$0 : nil }
        case .spanAverage, .spanTotal, .span: nil
        }
    }

    /// Counts from January: a flow's value for it is what the year has gathered so far.
    public var isYearToDate: Bool { months?.lowerBound == 1 }

    /// The last day the period covers, as (year, month, day); nil for a malformed quarter or month.
    public var lastDay: CalendarDay? {
        guard let months else { return kind == .year || !isWithinYear ? CalendarDay(year: endYear, month: 12, day: 31) : nil }
        return CalendarDay.endOfMonth(year: endYear, month: months.upperBound)
    }

    /// Whether the fields fit together: a part only for quarters and months, in range, and one
    /// year for a part of a year.
    public var isWellFormed: Bool {
        switch kind {
        case .quarter: part.map { (1...4).contains($0) } == true && startYear == endYear
        case .month: part.map { (1...12).contains($0) } == true && startYear == endYear
        case .year, .firstHalf, .secondHalf, .nineMonths: part == nil && startYear == endYear
        case .spanAverage, .spanTotal, .span: part == nil && startYear <= endYear
        }
    }

    /// The text the store keeps in its `kind` column: the kind's name, with the quarter or the month
    /// for those ("quarter_2", "month_06"), so the (kind, start, end) key still names one period.
    public var storageKind: String {
        switch kind {
        case .quarter: "quarter_\(part ?? 0)"
        case .month: "month_" + ((part ?? 0) < 10 ? "0" : "") + "\(part ?? 0)"
        default: kind.rawValue
        }
    }

    /// The period a stored row names; nil for a kind this version does not know.
    public init?(storageKind: String, startYear: Int, endYear: Int) {
        if let kind = Kind(rawValue: storageKind), kind != .quarter, kind != .month {
            self.init(kind: kind, startYear: startYear, endYear: endYear)
            return
        }
        let pieces = storageKind.split(separator: "_")
        guard pieces.count == 2, let kind = Kind(rawValue: String(pieces[0])), kind == .quarter || kind == .month,
              let part = Int(pieces[1]) else { return nil }
        self.init(kind: kind, startYear: startYear, endYear: endYear, part: part)
        guard isWellFormed else { return nil }
    }

    /// Every stored kind of a part of a year, for queries that must leave them out or keep only them.
    public static let withinYearStorageKinds: [String] = ["first_half", "second_half", "nine_months"]
        + (1...4).map { "quarter_\($0)" } + (1...12).map { "month_" + ($0 < 10 ? "0" : "") + "\($0)" }

    /// "năm 2024", "6 tháng đầu năm 2025", "quý II năm 2024", "tháng 6 năm 2024",
    /// "bình quân giai đoạn 2021 - 2023", "giai đoạn 2021 - 2025".
    public var description: String {
        switch kind {
        case .year: "năm \(startYear)"
        case .firstHalf: "6 tháng đầu năm \(startYear)"
        case .secondHalf: "6 tháng cuối năm \(startYear)"
        case .nineMonths: "9 tháng đầu năm \(startYear)"
        case .quarter: "quý \(part.flatMap { (1...4).contains($0) ? ["I", "II", "III", "IV"][$0 - 1] : nil } ?? "?") năm \(startYear)"
        case .month: "tháng \(part.map(String.init) ?? "?") năm \(startYear)"
        case .spanAverage: "bình quân giai đoạn \(startYear) - \(endYear)"
        case .spanTotal: "tổng giai đoạn \(startYear) - \(endYear)"
        case .span: "giai đoạn \(startYear) - \(endYear)"
        }
    }
}

/// Which estimate a value is: estimates come first (statistics are published before the period
/// ends), the official figure follows and the verdict is judged again.
public enum ValueVersion: String, Sendable, Hashable, Codable, CaseIterable {
    case firstHalfEstimate = "uoc_6_thang"
    case fullYearEstimate = "uoc_ca_nam"
    case preliminary = "so_bo"
    case official = "chinh_thuc"

    public var label: String {
        switch self {
        case .firstHalfEstimate: "Ước 6 tháng"
        case .fullYearEstimate: "Ước cả năm"
        case .preliminary: "Sơ bộ"
        case .official: "Chính thức"
        }
    }
}

extension ValueVersion {
    /// The period a value of this version is for, given the plan's (or the year's) period: "ước 6
    /// tháng" is the first half's value, never a version of the whole year's (judged against the
    /// annual target it read "Không đạt" for every level and flow); every other version is of the
    /// period itself.
    public func period(for period: Period) -> Period {
        self == .firstHalfEstimate && period.kind == .year ? .half(1, period.startYear) : period
    }
}
