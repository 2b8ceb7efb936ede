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
    /// Judges `value` against `target` (domain.md, "Targets and values as intervals").
    ///
    /// - Inside the target: Đạt. A threshold target (`≥5`, `<3`) is a minimum or maximum, so
    ///   meeting it is Đạt, not Vượt.
    /// - Wholly beyond a point or range target on the better side: Vượt; on the worse side, or
    ///   outside a band: Không đạt.
    /// - A value interval that reaches both sides of a bound: Chưa xác định. No value: Chưa có số liệu.
    public static func evaluate(value: Figure?, target: Figure, direction: Direction) -> Evaluation {
        let digits = max(target.fractionDigits, value?.fractionDigits ?? 0)
        func reason(_ kind: VerdictReason.Kind, bound: Bound? = nil, side: VerdictReason.Side? = nil) -> VerdictReason {
            var margin: Double?
            if let bound, let value, let side {
                let nearest = side == .above ? value.interval.lower?.value : value.interval.upper?.value
                margin = nearest.map { abs($0 - bound.value) }
            }
            return VerdictReason(kind: kind, bound: bound, side: side, margin: margin, direction: direction,
                                 valueText: value?.text, targetText: target.text, fractionDigits: digits)
        }
        guard let value else { return Evaluation(verdict: .noData, reason: reason(.noValue)) }

        let wanted = target.interval
        let actual = value.interval
        if wanted.contains(actual) {
            guard target.form.isThreshold else { return Evaluation(verdict: .met, reason: reason(.withinTarget)) }
            return Evaluation(verdict: .met, reason: reason(.thresholdMet, bound: wanted.lower ?? wanted.upper))
        }
        if let upper = wanted.upper, actual.liesWhollyAbove(upper) {
            let better = direction == .higher && !target.form.isThreshold
            return Evaluation(verdict: better ? .exceeded : .missed,
                              reason: reason(better ? .beyondFavourable : .beyondUnfavourable, bound: upper, side: .above))
        }
        if let lower = wanted.lower, actual.liesWhollyBelow(lower) {
            let better = direction == .lower && !target.form.isThreshold
            return Evaluation(verdict: better ? .exceeded : .missed,
                              reason: reason(better ? .beyondFavourable : .beyondUnfavourable, bound: lower, side: .below))
        }
        let straddled = straddledBound(of: wanted, by: actual)
        return Evaluation(verdict: .undetermined, reason: reason(.straddlesBound, bound: straddled))
    }

    private static func straddledBound(of target: Interval, by value: Interval) -> Bound? {
        if let lower = target.lower, !Interval(lower: lower, upper: nil).contains(value) { return lower }
        return target.upper
    }
}
