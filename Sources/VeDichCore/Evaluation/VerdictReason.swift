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
        /// The value equals an open bound (`>3` with 3, `<7,6` with 7,6): it does not pass it,
        /// and there is no margin to speak of.
        case equalsOpenBound = "equals_open_bound"
        /// The value is an interval that reaches both sides of the bound.
        case straddlesBound = "straddles_bound"
        /// The value's unit cannot be compared with the target's (`7 tỷ đồng` against `7%`).
        case unitMismatch = "unit_mismatch"
    }

    public enum Side: String, Sendable, Hashable, Codable {
        case above, below
    }

    public var kind: Kind
    /// The bound of the target that decided, if one did.
    public var bound: Bound?
    /// Where the value lies relative to `bound`.
    public var side: Side?
    /// Distance from the value to the deciding bound, when both are finite numbers, in the
    /// target's unit.
    public var margin: Double?
    public var direction: Direction
    public var valueText: String?
    public var targetText: String
    public var fractionDigits: Int
    /// The form of the target, which decides how a bound is named (cận for a range, ngưỡng for a
    /// threshold, mức kế hoạch for a point). Nil in reasons stored before it existed.
    public var targetForm: Figure.Form?
    /// The target's unit as the figures are judged in (`tỷ đồng`, `%`), if any is known.
    public var unit: String?
    /// The value's unit when it differs: the converted one (`triệu đồng`) or the mismatched one.
    public var valueUnit: String?
    /// "4.400 triệu đồng = 4,4 tỷ đồng" when the value was converted into the target's unit.
    public var conversion: String?

    public init(
        kind: Kind, bound: Bound? = nil, side: Side? = nil, margin: Double? = nil,
        direction: Direction, valueText: String?, targetText: String, fractionDigits: Int,
        targetForm: Figure.Form? = nil, unit: String? = nil, valueUnit: String? = nil, conversion: String? = nil
    ) {
        self.kind = kind
        self.bound = bound
        self.side = side
        self.margin = margin
        self.direction = direction
        self.valueText = valueText
        self.targetText = targetText
        self.fractionDigits = fractionDigits
        self.targetForm = targetForm
        self.unit = unit
        self.valueUnit = valueUnit
        self.conversion = conversion
    }

    /// The reason in Vietnamese, with the figures, naming the direction in plain words:
    /// "Giá trị “6,33” thấp hơn cận dưới 7 của kế hoạch “7 - 7,5” là 0,67 (chỉ tiêu càng cao càng tốt)".
    public var explanation: String {
        let converted = conversion.map { " (quy đổi: \($0))" } ?? ""
        let value = "“\(valueText ?? "")”\(converted)"
        let target = "kế hoạch “\(targetText)”"
        let sense = "(\(direction.plainWords))"
        switch kind {
        case .noValue:
            return "Chưa có số liệu thực hiện để so với \(target)"
        case .unitMismatch:
            return "Không so được: đơn vị của giá trị “\(valueText ?? "")” (\(valueUnit ?? "")) khác loại với đơn vị của \(target) (\(unit ?? "")), cần nhập cùng loại đơn vị"
        case .withinTarget:
            let inside = targetForm == .point ? "bằng" : "nằm trong"
            return "Giá trị \(value) \(inside) \(target) \(sense)"
        case .thresholdMet:
            return "Giá trị \(value) thỏa \(boundName) của \(target): chỉ tiêu ngưỡng (mức tối thiểu hoặc tối đa) thỏa thì tính Đạt, không tính Vượt \(sense)"
        case .equalsOpenBound:
            let wanted = side == .below ? "cao hơn" : "thấp hơn"
            let passed = side == .below ? "chưa vượt qua" : "chưa xuống dưới"
            return "Giá trị \(value) bằng \(boundName) của \(target), \(passed) ngưỡng: kế hoạch đòi hỏi \(wanted) \(boundNumber) \(sense)"
        case .beyondFavourable, .beyondUnfavourable:
            let where_ = side == .above ? "cao hơn \(boundName)" : "thấp hơn \(boundName)"
            let by = margin.flatMap { $0 > 0 ? " là \(format($0))\(marginUnit)" : nil } ?? ""
            return "Giá trị \(value) \(where_) của \(target)\(by) \(sense)"
        case .straddlesBound:
            return "Giá trị \(value) vắt qua \(boundName) của \(target) (có thể ở cả hai phía), chưa thể kết luận \(sense)"
        }
    }

    /// The deciding bound in the target's own terms: "cận dưới 7" only for a range, "ngưỡng 3"
    /// for a threshold, "mức kế hoạch 4.060" for a point.
    private var boundName: String {
        let number = boundNumber
        switch targetForm {
        case .range?:
            guard let side else { return "cận \(number)" }
            return side == .below ? "cận dưới \(number)" : "cận trên \(number)"
        case .point?: return "mức kế hoạch \(number)"
        case .atLeast?, .greaterThan?, .atMost?, .lessThan?: return "ngưỡng \(number)"
        case nil:
            guard let side else { return "mức \(number)" }
            return side == .below ? "cận dưới \(number)" : "cận trên \(number)"
        }
    }

    private var boundNumber: String {
        let number = bound.map { VietnameseNumber.formatCompact($0.value, maxFractionDigits: fractionDigits) } ?? ""
        guard let unit else { return number }
        return unit == "%" ? "\(number)%" : "\(number) \(unit)"
    }

    private var marginUnit: String {
        guard let unit else { return "" }
        return unit == "%" ? " điểm %" : " \(unit)"
    }

    private func format(_ number: Double) -> String {
        // A converted margin carries extra decimals for small scales; trailing zeros say nothing.
        conversion == nil
            ? VietnameseNumber.format(number, fractionDigits: fractionDigits)
            : VietnameseNumber.formatCompact(number, maxFractionDigits: fractionDigits)
    }
}

extension Direction {
    /// The direction as a clerk would say it, for reasons and notes.
    public var plainWords: String {
        switch self {
        case .higher: "chỉ tiêu càng cao càng tốt"
        case .lower: "chỉ tiêu càng thấp càng tốt"
        case .band: "chỉ tiêu phải nằm trong khoảng kế hoạch, cao hơn hay thấp hơn đều là chưa đạt"
        }
    }
}
