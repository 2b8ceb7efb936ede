/// The API's period: `{"kind": "half", "year": 2024, "half": 1}`, `{"kind": "quarter", "year":
/// 2024, "quarter": 2}`, `{"kind": "month", "year": 2024, "month": 6}`, `{"kind": "nine_months",
/// "year": 2024}`, `{"kind": "year", "year": 2024}`, and the multi-year form `{"kind": "span_average",
/// "start_year": 2021, "end_year": 2023}`. The older forms stay readable: `{"kind": "first_half",
/// "start_year": 2024, "end_year": 2024}` and a year as `start_year`/`end_year`. Every period is
/// written with `start_year` and `end_year` too, so a client of the older form keeps reading it.
extension Period: Codable {
    enum CodingKeys: String, CodingKey {
        case kind, year, half, quarter, month
        case startYear = "start_year"
        case endYear = "end_year"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kindText = try container.decode(String.self, forKey: .kind)
        let year = try container.decodeIfPresent(Int.self, forKey: .year)
        let start = try container.decodeIfPresent(Int.self, forKey: .startYear)
        let end = try container.decodeIfPresent(Int.self, forKey: .endYear)
        func oneYear() throws -> Int {
            guard let value = year ?? start ?? end, start == nil || start == value, end == nil || end == value else {
                throw DecodingError.dataCorruptedError(forKey: .year, in: container,
                    debugDescription: "Kỳ trong năm cần đúng một năm: ghi \"year\", ví dụ {\"kind\": \"half\", \"year\": 2024, \"half\": 1}")
            }
            return value
        }
        func part(_ key: CodingKeys, in range: ClosedRange<Int>) throws -> Int {
            guard let value = try container.decodeIfPresent(Int.self, forKey: key), range.contains(value) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container,
                    debugDescription: "Thiếu hoặc sai \"\(key.stringValue)\": ghi số từ \(range.lowerBound) đến \(range.upperBound)")
            }
            return value
        }
        switch kindText {
        case "half": self = .half(try part(.half, in: 1...2), try oneYear())
        case "quarter": self = .quarter(try part(.quarter, in: 1...4), try oneYear())
        case "month": self = .month(try part(.month, in: 1...12), try oneYear())
        case "nine_months": self = .nineMonths(try oneYear())
        case "year": self = .year(try oneYear())
        case "first_half": self = .half(1, try oneYear())
        case "second_half": self = .half(2, try oneYear())
        default:
            guard let kind = Kind(rawValue: kindText), !Self.withinYearKinds.contains(kind) else {
                throw DecodingError.dataCorruptedError(forKey: .kind, in: container,
                    debugDescription: "Loại kỳ \"\(kindText)\" không có: dùng month, quarter, half, nine_months, year, span_average, span_total hoặc span")
            }
            guard let start, let end, start <= end else {
                throw DecodingError.dataCorruptedError(forKey: .startYear, in: container,
                    debugDescription: "Giai đoạn cần \"start_year\" và \"end_year\" (năm đầu không sau năm cuối)")
            }
            self.init(kind: kind, startYear: start, endYear: end)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(apiKind, forKey: .kind)
        if kind == .year || isWithinYear { try container.encode(startYear, forKey: .year) }
        switch kind {
        case .firstHalf: try container.encode(1, forKey: .half)
        case .secondHalf: try container.encode(2, forKey: .half)
        case .quarter: try container.encodeIfPresent(part, forKey: .quarter)
        case .month: try container.encodeIfPresent(part, forKey: .month)
        default: break
        }
        try container.encode(startYear, forKey: .startYear)
        try container.encode(endYear, forKey: .endYear)
    }

    /// The `kind` the API writes: both halves are "half" with the half beside.
    public var apiKind: String {
        switch kind {
        case .firstHalf, .secondHalf: "half"
        default: kind.rawValue
        }
    }
}
