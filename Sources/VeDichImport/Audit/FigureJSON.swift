import VeDichCore

/// A figure as the JSON outputs show it: the text as written and its interval.
public struct FigureJSON: Encodable, Sendable {
    var text: String
    var form: Figure.Form
    var lower: Double?
    var upper: Double?
    var lowerInclusive: Bool?
    var upperInclusive: Bool?
    var isPercent: Bool

    public init(_ figure: Figure) {
        text = figure.text
        form = figure.form
        lower = figure.interval.lower?.value
        upper = figure.interval.upper?.value
        lowerInclusive = figure.interval.lower?.isInclusive
        upperInclusive = figure.interval.upper?.isInclusive
        isPercent = figure.isPercent
    }

    enum CodingKeys: String, CodingKey {
        case text, form, lower, upper
        case lowerInclusive = "lower_inclusive"
        case upperInclusive = "upper_inclusive"
        case isPercent = "is_percent"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(form, forKey: .form)
        // Unbounded ends are written as null, so a reader never meets an infinity JSON cannot hold.
        try container.encode(lower, forKey: .lower)
        try container.encode(upper, forKey: .upper)
        try container.encode(lowerInclusive, forKey: .lowerInclusive)
        try container.encode(upperInclusive, forKey: .upperInclusive)
        try container.encode(isPercent, forKey: .isPercent)
    }
}
