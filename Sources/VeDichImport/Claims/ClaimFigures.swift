import VeDichCore

/// A claim's figures as the core's `Figure`s, so the % of plan and the verdict come from the
/// core's one rule (`PercentOfTarget`, `Evaluation`), never from a second formula here.
extension VietnameseNumber {
    var pointFigure: Figure {
        Figure(text: formatted, interval: .point(value), form: .point, fractionDigits: fractionDigits, isPercent: isPercent)
    }
}

enum ClaimFigures {
    /// The % of plan for each end the target has (a range has two: offices use either), by the core.
    static func percents(value: Figure, target: Figure) -> [Double] {
        guard !target.form.isThreshold else { return [] }
        let bases: [PercentOfTarget.Basis] = target.form == .range ? [.upperEnd, .lowerEnd] : [.point]
        return bases.compactMap { PercentOfTarget(value: value, target: target, basis: $0)?.percent }
    }

    /// Whether a stated percentage agrees with the computed one at the decimals it was written:
    /// rounded (118,2% covers 118,15 to 118,25) or cut off (104,45% written 104,4%, as some
    /// offices do). A true 104,26% written 104,4% is wrong; written 104,3% or 104,2% it is right.
    /// "khoảng" widens it to a whole percent.
    static func agrees(computed: Double, stated: VietnameseNumber, approximate: Bool) -> Bool {
        if approximate { return abs(computed - stated.value) <= 1 + 1e-9 }
        let half = NarrativeChecker.roundingTolerance(decimals: stated.fractionDigits)
        let unit = 2 * half - 2e-9
        return abs(computed - stated.value) <= half || (computed >= stated.value && computed - stated.value < unit)
    }

    static func percentText(_ value: Double, decimals: Int) -> String {
        VietnameseNumber.format(value, fractionDigits: decimals) + "%"
    }
}
