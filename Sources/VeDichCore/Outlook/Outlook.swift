/// Whether an indicator is on course to meet its annual target, read from the values of the year
/// so far: the early warning an office needs in June. One rule (`Outlook.assess`) for the API, the
/// CLI, the pages and the report.
public struct Outlook: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case onTrack = "du_kien_dat"
        case atRisk = "nguy_co_khong_dat"
        case cannotJudge = "chua_the_danh_gia"

        public var label: String {
            switch self {
            case .onTrack: "Dự kiến đạt"
            case .atRisk: "Nguy cơ không đạt"
            case .cannotJudge: "Chưa thể đánh giá"
            }
        }

        /// At risk first, then what cannot be judged yet, then what is on track.
        public var urgency: Int {
            switch self {
            case .atRisk: 0
            case .cannotJudge: 1
            case .onTrack: 2
            }
        }
    }

    /// How the status was reached, so a reader can redo it.
    public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
        /// g2 = (g − w·g1) / (1 − w) against the best second half of past years (or the first half's pace).
        case secondHalfRate = "second_half_rate"
        /// A flow's share of the annual target so far against the same share in past years.
        case seasonalShare = "seasonal_share"
        /// A flow's share of the annual target so far against the share of the year gone by.
        case elapsedShare = "elapsed_share"
        /// A level's or share's latest value against the target, carried to the year's end by its trend.
        case lastValueTrend = "last_value_trend"
        /// Nothing to go on: no target, or no value of the year yet.
        case none

        public var label: String {
            switch self {
            case .secondHalfRate: "Tốc độ cần đạt 6 tháng cuối năm"
            case .seasonalShare: "Lũy kế so với tỷ lệ mùa vụ các năm trước"
            case .elapsedShare: "Lũy kế so với thời gian đã qua trong năm"
            case .lastValueTrend: "Số liệu mới nhất và xu hướng"
            case .none: "Chưa đủ số liệu"
            }
        }
    }

    public var status: Status
    public var method: Method
    /// Why, in Vietnamese, with the figures: "… 6 tháng cuối năm phải đạt tối thiểu 8,95% …".
    public var reason: String
    /// For a growth rate: the rate the second half must reach (g2).
    public var requiredRate: Double?
    public var figures: OutlookFigures

    public init(status: Status, method: Method, reason: String, requiredRate: Double? = nil, figures: OutlookFigures = OutlookFigures()) {
        self.status = status
        self.method = method
        self.reason = reason
        self.requiredRate = requiredRate
        self.figures = figures
    }

    enum CodingKeys: String, CodingKey {
        case status, method, reason, figures
        case requiredRate = "required_rate"
    }
}

/// The figures an outlook used, each nil when the method had no use for it.
public struct OutlookFigures: Sendable, Hashable, Codable {
    /// The annual target's end the year must reach (the lower end of `7 - 7,5` when higher is better).
    public var annualTarget: Double?
    /// The period of the year's value the outlook read, and that value (a rate, a level or a flow so far).
    public var period: Period?
    public var value: Double?
    /// Growth rates: the first half's rate, the first half's share of the base year (w) and where w came from.
    public var firstHalfRate: Double?
    public var firstHalfShare: Double?
    public var shareSource: ShareSource?
    /// Growth rates: the best second-half rate among past years, and which year.
    public var bestPastSecondHalfRate: Double?
    public var bestPastYear: Int?
    /// Flows: % of the annual target reached so far, the usual % by this point of the year, the projected year's total.
    public var percentOfTarget: Double?
    public var usualPercent: Double?
    public var projectedYearEnd: Double?
    /// Levels: the value before the latest, and its period, that give the trend.
    public var previousValue: Double?
    public var previousPeriod: Period?

    public enum ShareSource: String, Sendable, Hashable, Codable {
        /// The base year's first-half and annual levels.
        case baseYearLevels = "base_year_levels"
        /// The share the planning office set for the indicator.
        case office
    }

    public init() {}

    enum CodingKeys: String, CodingKey {
        case period, value
        case annualTarget = "annual_target"
        case firstHalfRate = "first_half_rate", firstHalfShare = "first_half_share", shareSource = "share_source"
        case bestPastSecondHalfRate = "best_past_second_half_rate", bestPastYear = "best_past_year"
        case percentOfTarget = "percent_of_target", usualPercent = "usual_percent", projectedYearEnd = "projected_year_end"
        case previousValue = "previous_value", previousPeriod = "previous_period"
    }
}
