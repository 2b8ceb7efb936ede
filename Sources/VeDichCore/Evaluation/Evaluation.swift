/// A verdict with the reason a person can check.
public struct Evaluation: Sendable, Hashable, Codable {
    public var verdict: Verdict
    public var reason: VerdictReason

    public init(verdict: Verdict, reason: VerdictReason) {
        self.verdict = verdict
        self.reason = reason
    }
}

extension Evaluation {
    /// Judges `value` against `target` (docs/evaluation-rules.md).
    ///
    /// - Units first: a value in another scale of the target's unit is converted (`4.400 triệu
    ///   đồng` = 4,4 tỷ đồng) and the reason says so; a value without a unit takes `unit`, the
    ///   indicator's. Units that cannot be compared give Chưa xác định with a `unitMismatch`
    ///   reason, so stored data never stops a page; entry and the CLI call `evaluateChecked`.
    /// - Inside the target: Đạt. A threshold target (`≥5`, `<3`) is a minimum or maximum, so
    ///   meeting it is Đạt, not Vượt.
    /// - Wholly beyond a point or range target on the better side: Vượt; on the worse side, or
    ///   outside a band: Không đạt. A value equal to an open bound (`>3` with 3) is Không đạt
    ///   and its reason says it equals the threshold.
    /// - A value interval that reaches both sides of a bound: Chưa xác định. No value: Chưa có số liệu.
    public static func evaluate(value: Figure?, target: Figure, direction: Direction, unit: MeasureUnit? = nil) -> Evaluation {
        guard let value else {
            return Evaluation(verdict: .noData, reason: VerdictReason(
                kind: .noValue, direction: direction, valueText: nil, targetText: target.text,
                fractionDigits: target.fractionDigits, targetForm: target.form, unit: (target.measureUnit ?? unit)?.text))
        }
        return evaluate(value: value, target: target, direction: direction, unit: unit)
    }

    /// The same for a value that is there: chosen whenever the caller has one, as it reads the
    /// value's fields in place (an optional's were copied, the whole figure, to be read).
    public static func evaluate(value: Figure, target: Figure, direction: Direction, unit: MeasureUnit? = nil) -> Evaluation {
        // No unit words anywhere (most figures): nothing to convert or to mismatch, and a bare
        // number beside a % takes the %. Judged without building an alignment, whose units
        // and result were most of the cost of an evaluation.
        // `case nil`, not `== nil`: the generic comparison copied the unit through its witnesses.
        if case nil = unit, case nil = value.unit, case nil = target.unit {
            let percent: String? = target.isPercent || value.isPercent ? MeasureUnit.percentText : nil
            return judge(valueText: value.text, actual: value.interval, valueDigits: value.fractionDigits, target: target,
                         direction: direction, converts: false, targetUnit: percent, valueUnit: nil, conversion: nil)
        }
        switch UnitAlignment.align(value: value, target: target, indicatorUnit: unit) {
        case .success(let alignment):
            let factor = alignment.factor, converts = factor != 1
            // The value's interval in the target's unit (`UnitAlignment.converted`), its text kept as written.
            let actual = converts
                ? Interval(lower: value.interval.lower.map { Bound($0.value * factor, isInclusive: $0.isInclusive) },
                           upper: value.interval.upper.map { Bound($0.value * factor, isInclusive: $0.isInclusive) })
                : value.interval
            return judge(valueText: value.text, actual: actual, valueDigits: value.fractionDigits, target: target,
                         direction: direction, converts: converts, targetUnit: alignment.targetUnit?.text,
                         valueUnit: converts ? alignment.valueUnit?.text : nil, conversion: alignment.note(for: value))
        case .failure(let mismatch):
            return Evaluation(verdict: .undetermined, reason: VerdictReason(
                kind: .unitMismatch, direction: direction, valueText: value.text, targetText: target.text,
                fractionDigits: max(target.fractionDigits, value.fractionDigits), targetForm: target.form,
                unit: mismatch.targetUnit.text, valueUnit: mismatch.valueUnit.text))
        }
    }

    /// As `evaluate`, but units that cannot be compared are an error with a Vietnamese message,
    /// for input a person is typing (entry, `vedich evaluate`).
    public static func evaluateChecked(value: Figure?, target: Figure, direction: Direction, unit: MeasureUnit? = nil) throws(UnitMismatchError) -> Evaluation {
        if let value, case .failure(let mismatch) = UnitAlignment.align(value: value, target: target, indicatorUnit: unit) {
            throw mismatch
        }
        return evaluate(value: value, target: target, direction: direction, unit: unit)
    }

    /// - Parameters:
    ///   - actual: the value's interval in the target's unit.
    ///   - converts: the value was converted into the target's unit.
    ///   - targetUnit: the unit the figures are judged in, as the reason names it.
    ///   - valueUnit: the value's own unit when it was converted.
    ///   - conversion: "4.400 triệu đồng = 4,4 tỷ đồng" when it was.
    private static func judge(valueText: String, actual: Interval, valueDigits: Int, target: Figure, direction: Direction,
                              converts: Bool, targetUnit: String?, valueUnit: String?, conversion: String?) -> Evaluation {
        // Decided first on numbers alone; the reason, which holds the texts, is made once at the end.
        let (verdict, kind, bound, side) = decide(actual, target.interval, isThreshold: target.form.isThreshold, direction: direction)
        var margin: Double?
        if let bound, let side, kind != .straddlesBound {
            let nearest = side == .above ? actual.lower?.value : actual.upper?.value
            margin = nearest.map { abs($0 - bound.value) }
        }
        return Evaluation(verdict: verdict, reason: VerdictReason(
            kind: kind, bound: bound, side: side, margin: margin, direction: direction,
            valueText: valueText, targetText: target.text,
            fractionDigits: max(target.fractionDigits, valueDigits) + (converts ? 3 : 0),
            targetForm: target.form, unit: targetUnit, valueUnit: valueUnit, conversion: conversion))
    }

    /// The verdict of a value interval against a target interval, and which bound decided it.
    private static func decide(_ actual: Interval, _ wanted: Interval, isThreshold: Bool, direction: Direction)
        -> (Verdict, VerdictReason.Kind, Bound?, VerdictReason.Side?) {
        if wanted.contains(actual) {
            guard isThreshold else { return (.met, .withinTarget, nil, nil) }
            return (.met, .thresholdMet, wanted.lower ?? wanted.upper, nil)
        }
        if let upper = wanted.upper, actual.liesWhollyAbove(upper) {
            if touches(actual.lower, open: upper) { return (.missed, .equalsOpenBound, upper, .above) }
            let better = direction == .higher && !isThreshold
            return (better ? .exceeded : .missed, better ? .beyondFavourable : .beyondUnfavourable, upper, .above)
        }
        if let lower = wanted.lower, actual.liesWhollyBelow(lower) {
            if touches(actual.upper, open: lower) { return (.missed, .equalsOpenBound, lower, .below) }
            let better = direction == .lower && !isThreshold
            return (better ? .exceeded : .missed, better ? .beyondFavourable : .beyondUnfavourable, lower, .below)
        }
        let (straddled, side) = straddledBound(of: wanted, by: actual)
        return (.undetermined, .straddlesBound, straddled, side)
    }

    /// True when a value's closed end sits exactly on the target's open bound (`>3` with 3).
    private static func touches(_ end: Bound?, open bound: Bound) -> Bool {
        guard let end else { return false }
        return end.value == bound.value && end.isInclusive && !bound.isInclusive
    }

    private static func straddledBound(of target: Interval, by value: Interval) -> (Bound?, VerdictReason.Side?) {
        if let lower = target.lower, !Interval(lower: lower, upper: nil).contains(value) { return (lower, .below) }
        return (target.upper, target.upper == nil ? nil : .above)
    }
}
