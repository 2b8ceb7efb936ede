/// What a value is reported for: a year, one of its halves, or a span of years (whose value is
/// an average, a total, or what the row itself says).
public struct Period: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case year
        case firstHalf = "first_half"
        case secondHalf = "second_half"
        case spanAverage = "span_average"
        case spanTotal = "span_total"
        /// A span whose rows say themselves how they aggregate ("tăng bình quân", "đến năm 2025").
        case span
    }

    public var kind: Kind
    public var startYear: Int
    public var endYear: Int

    public init(kind: Kind, startYear: Int, endYear: Int) {
        self.kind = kind
        self.startYear = startYear
        self.endYear = endYear
    }

    enum CodingKeys: String, CodingKey {
        case kind
        case startYear = "start_year"
        case endYear = "end_year"
    }

    public static func year(_ year: Int) -> Period { Period(kind: .year, startYear: year, endYear: year) }

    /// "năm 2024", "6 tháng đầu năm 2025", "bình quân giai đoạn 2021 - 2023", "giai đoạn 2021 - 2025".
    public var description: String {
        switch kind {
        case .year: "năm \(startYear)"
        case .firstHalf: "6 tháng đầu năm \(startYear)"
        case .secondHalf: "6 tháng cuối năm \(startYear)"
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
