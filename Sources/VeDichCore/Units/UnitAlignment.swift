/// How a value's unit meets its target's, and the factor that brings the value into the
/// target's unit so the two are judged on the same scale.
///
/// The target's own unit wins; a target without one takes the indicator's. A value without a
/// unit takes the indicator's unit when that can be compared with the target's (an indicator in
/// `tỷ đồng` with a target written `4,4 nghìn tỷ đồng`), otherwise the target's. With no unit on
/// either side the numbers are compared as written.
public struct UnitAlignment: Sendable, Hashable {
    public var targetUnit: MeasureUnit?
    public var valueUnit: MeasureUnit?
    /// Multiplies a value number into the target's unit; 1 when no conversion is needed.
    public var factor: Double

    /// True when the value was written in another scale than the target (`triệu đồng` vs `tỷ đồng`).
    public var converts: Bool { factor != 1 }

    public static func align(value: Figure, target: Figure, indicatorUnit: MeasureUnit? = nil) -> Result<UnitAlignment, UnitMismatchError> {
        // The common case, no unit words anywhere: nothing to convert or to mismatch (a bare
        // number beside a % takes the %), and no unit text is parsed.
        if indicatorUnit == nil, value.unit == nil, target.unit == nil {
            let percent: MeasureUnit? = target.isPercent || value.isPercent ? .percent : nil
            return .success(UnitAlignment(targetUnit: percent, valueUnit: percent, factor: 1))
        }
        let targetUnit = target.measureUnit ?? indicatorUnit
        var valueUnit = value.measureUnit
        if valueUnit == nil {
            if let indicatorUnit, targetUnit.map({ $0.isCommensurable(with: indicatorUnit) }) ?? true {
                valueUnit = indicatorUnit
            } else {
                valueUnit = targetUnit
            }
        }
        guard let targetUnit, let valueUnit else {
            return .success(UnitAlignment(targetUnit: targetUnit, valueUnit: valueUnit, factor: 1))
        }
        guard let factor = targetUnit.factor(from: valueUnit) else {
            return .failure(UnitMismatchError(targetUnit: targetUnit, valueUnit: valueUnit))
        }
        return .success(UnitAlignment(targetUnit: targetUnit, valueUnit: valueUnit, factor: factor))
    }

    /// `value` in the target's unit: its interval scaled, its text kept as written.
    public func converted(_ value: Figure) -> Figure {
        guard converts else { return value }
        var result = value
        result.interval = Interval(
            lower: value.interval.lower.map { Bound($0.value * factor, isInclusive: $0.isInclusive) },
            upper: value.interval.upper.map { Bound($0.value * factor, isInclusive: $0.isInclusive) })
        return result
    }

    /// "4.400 triệu đồng = 4,4 tỷ đồng" for a converted point value; nil when nothing was converted.
    public func note(for value: Figure) -> String? {
        guard converts, let targetUnit, let valueUnit else { return nil }
        func text(_ interval: Interval, digits: Int) -> String {
            if let point = interval.pointValue { return VietnameseNumber.formatCompact(point, maxFractionDigits: digits) }
            return interval.formatted(fractionDigits: digits)
        }
        let convertedDigits = min(9, value.fractionDigits + max(0, Int((-log10Approximation(factor)).rounded(.up))))
        let before = text(value.interval, digits: value.fractionDigits)
        let after = text(converted(value).interval, digits: convertedDigits)
        return "\(before) \(valueUnit.text) = \(after) \(targetUnit.text)"
    }

    /// log10 without Foundation, for the handful of powers of ten units use.
    private func log10Approximation(_ x: Double) -> Double {
        var exponent = 0.0
        var rest = x
        while rest >= 10 { rest /= 10; exponent += 1 }
        while rest < 1, rest > 0 { rest *= 10; exponent -= 1 }
        return exponent
    }
}
