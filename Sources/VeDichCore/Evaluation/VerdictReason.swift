/// Why a verdict was reached, in terms a person can check against the figures: which bound of
/// the target decided, on which side the value lies, and by how much.
public struct VerdictReason: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case noValue = "no_value"
        /// The value lies inside a point or a range target.
        case withinTarget = "within_target"
        /// The value lies inside a threshold target (`≥5`, `<3`): met, never exceeded.
        case thresholdMet = "threshold_met"
        /// The value lies beyond the bound on the better side.
        case beyondFavourable = "beyond_favourable"
        /// The value lies beyond the bound on the worse side, or outside a band.
        case beyondUnfavourable = "beyond_unfavourable"
        /// The value is an interval that reaches both sides of the bound.
        case straddlesBound = "straddles_bound"
    }

    public enum Side: String, Sendable, Hashable, Codable {
        case above, below
    }

    public var kind: Kind
    /// The bound of the target that decided, if one did.
    public var bound: Bound?
    /// Where the value lies relative to `bound`.
    public var side: Side?
    /// Distance from the value to the deciding bound, when both are finite numbers.
    public var margin: Double?
    public var direction: Direction
    public var valueText: String?
    public var targetText: String
    public var fractionDigits: Int

    public init(
        kind: Kind, bound: Bound? = nil, side: Side? = nil, margin: Double? = nil,
        direction: Direction, valueText: String?, targetText: String, fractionDigits: Int
    ) {
        self.kind = kind
        self.bound = bound
        self.side = side
        self.margin = margin
        self.direction = direction
        self.valueText = valueText
        self.targetText = targetText
        self.fractionDigits = fractionDigits
    }

    /// The reason in Vietnamese, with the figures:
    /// "Giá trị “6,33” thấp hơn cận dưới 7 của kế hoạch “7 - 7,5” là 0,67 (hướng: cao hơn là tốt)".
    public var explanation: String {
        let value = "“\(valueText ?? "")”"
        let target = "kế hoạch “\(targetText)”"
        let boundText = bound.map { VietnameseNumber.formatCompact($0.value, maxFractionDigits: fractionDigits) } ?? ""
        let sense = "hướng: \(direction.label)"
        switch kind {
        case .noValue:
            return "Chưa có số liệu thực hiện để so với \(target)"
        case .withinTarget:
            return "Giá trị \(value) nằm trong \(target) (\(sense))"
        case .thresholdMet:
            return "Giá trị \(value) thỏa ngưỡng \(boundText) của \(target): chỉ tiêu ngưỡng thỏa thì tính Đạt, không tính Vượt (\(sense))"
        case .beyondFavourable, .beyondUnfavourable:
            let where_ = side == .above ? "cao hơn cận trên \(boundText)" : "thấp hơn cận dưới \(boundText)"
            let by = margin.map { " là \(format($0))" } ?? ""
            return "Giá trị \(value) \(where_) của \(target)\(by) (\(sense))"
        case .straddlesBound:
            return "Giá trị \(value) vắt qua cận \(boundText) của \(target), chưa thể kết luận (\(sense))"
        }
    }

    private func format(_ number: Double) -> String {
        VietnameseNumber.format(number, fractionDigits: fractionDigits)
    }
}
