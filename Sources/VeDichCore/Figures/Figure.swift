/// A target or a value as a plan writes it, read as an interval, with the original text kept.
///
/// `7 - 7,5` → [7; 7,5]; `4.400` → the point 4400; `≥5` and `từ 5% trở lên` → [5; +∞);
/// `dưới 3%` → (−∞; 3); `còn 2,02%` → the point 2,02, which says lower is better.
public struct Figure: Sendable, Hashable, Codable {
    public enum Form: String, Sendable, Hashable, Codable {
        case point
        case range
        case atLeast = "at_least"
        case greaterThan = "greater_than"
        case atMost = "at_most"
        case lessThan = "less_than"

        /// A threshold states a minimum or a maximum: meeting it is Đạt, never Vượt.
        public var isThreshold: Bool {
            switch self {
            case .point, .range: false
            case .atLeast, .greaterThan, .atMost, .lessThan: true
            }
        }
    }

    /// Exactly as written.
    public var text: String
    public var interval: Interval
    public var form: Form
    /// The direction the words or the comparison imply (`<`, `dưới`, `không quá`, `còn` → lower),
    /// or nil when the text alone does not say.
    public var impliedDirection: Direction?
    /// The most decimals any number in the text was written with: figures derived from it use them.
    public var fractionDigits: Int
    public var isPercent: Bool
    /// Words after the number, such as `triệu đồng`, or nil.
    public var unit: String?
    /// A number written in parentheses, as in `(-4,33)`.
    public var hasParenthesizedNumber: Bool

    public init(
        text: String, interval: Interval, form: Form, impliedDirection: Direction? = nil,
        fractionDigits: Int = 0, isPercent: Bool = false, unit: String? = nil,
        hasParenthesizedNumber: Bool = false
    ) {
        self.text = text
        self.interval = interval
        self.form = form
        self.impliedDirection = impliedDirection
        self.fractionDigits = fractionDigits
        self.isPercent = isPercent
        self.unit = unit
        self.hasParenthesizedNumber = hasParenthesizedNumber
    }

    /// Formats a figure derived from this one (a difference, a bound) with this one's decimals.
    public func format(_ value: Double) -> String {
        VietnameseNumber.format(value, fractionDigits: fractionDigits)
    }
}
