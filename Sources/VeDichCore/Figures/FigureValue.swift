/// A figure as JSON shows it, in every output (API, audit, CLI): the text as written, its form,
/// and its interval. Unbounded ends are written as null, so a reader never meets an infinity.
public struct FigureValue: Sendable, Codable, Equatable {
    public var text: String
    public var form: Figure.Form
    public var lower: Double?
    public var lowerInclusive: Bool?
    public var upper: Double?
    public var upperInclusive: Bool?
    public var isPercent: Bool

    public init(_ figure: Figure) {
        text = figure.text
        form = figure.form
        lower = figure.interval.lower?.value
        lowerInclusive = figure.interval.lower?.isInclusive
        upper = figure.interval.upper?.value
        upperInclusive = figure.interval.upper?.isInclusive
        isPercent = figure.isPercent
    }

    enum CodingKeys: String, CodingKey {
        case text, form, lower, upper
        case lowerInclusive = "lower_inclusive", upperInclusive = "upper_inclusive", isPercent = "is_percent"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        form = try container.decode(Figure.Form.self, forKey: .form)
        lower = try container.decodeIfPresent(Double.self, forKey: .lower)
        lowerInclusive = try container.decodeIfPresent(Bool.self, forKey: .lowerInclusive)
        upper = try container.decodeIfPresent(Double.self, forKey: .upper)
        upperInclusive = try container.decodeIfPresent(Bool.self, forKey: .upperInclusive)
        isPercent = try container.decodeIfPresent(Bool.self, forKey: .isPercent) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(form, forKey: .form)
        try container.encode(lower, forKey: .lower)
        try container.encode(lowerInclusive, forKey: .lowerInclusive)
        try container.encode(upper, forKey: .upper)
        try container.encode(upperInclusive, forKey: .upperInclusive)
        try container.encode(isPercent, forKey: .isPercent)
    }
}
