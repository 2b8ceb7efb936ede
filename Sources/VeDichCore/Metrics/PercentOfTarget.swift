/// "Đạt X% kế hoạch": the value as a percentage of the target, saying which end of the target
/// it was measured against (a range has two; the prose usually uses the upper).
public struct PercentOfTarget: Sendable, Hashable, Codable {
    public enum Basis: String, Sendable, Hashable, Codable {
        case point
        case upperEnd = "upper_end"
        case lowerEnd = "lower_end"
        case threshold
    }

    public var percent: Double
    public var basis: Basis
    /// The target number the value was divided by.
    public var targetValue: Double

    public init(percent: Double, basis: Basis, targetValue: Double) {
        self.percent = percent
        self.basis = basis
        self.targetValue = targetValue
    }

    /// Nil when the value is not a single number, or the target has no finite non-zero end.
    public init?(value: Figure, target: Figure, basis preferred: Basis = .upperEnd) {
        guard let number = value.interval.pointValue else { return nil }
        let interval = target.interval
        let chosen: (Basis, Double)?
        switch target.form {
        case .point:
            chosen = interval.pointValue.map { (.point, $0) }
        case .range:
            chosen = preferred == .lowerEnd
                ? interval.lower.map { (.lowerEnd, $0.value) }
                : interval.upper.map { (.upperEnd, $0.value) }
        case .atLeast, .greaterThan:
            chosen = interval.lower.map { (.threshold, $0.value) }
        case .atMost, .lessThan:
            chosen = interval.upper.map { (.threshold, $0.value) }
        }
        guard let (basis, base) = chosen, base != 0 else { return nil }
        self.init(percent: number / base * 100, basis: basis, targetValue: base)
    }

    enum CodingKeys: String, CodingKey {
        case percent, basis
        case targetValue = "target_value"
    }

    /// "đạt 91,1% kế hoạch (so với cận trên 8.400)".
    public func sentence(fractionDigits: Int = 1) -> String {
        let percentText = VietnameseNumber.format(percent, fractionDigits: fractionDigits)
        let baseText = VietnameseNumber.formatCompact(targetValue, maxFractionDigits: 3)
        let against = switch basis {
        case .point: "kế hoạch \(baseText)"
        case .upperEnd: "cận trên \(baseText) của kế hoạch"
        case .lowerEnd: "cận dưới \(baseText) của kế hoạch"
        case .threshold: "ngưỡng \(baseText) của kế hoạch"
        }
        return "đạt \(percentText)% so với \(against)"
    }
}
