import VeDichCore

extension PlanEvaluation {
    /// The numbered indicators with no verdict for want of values (never components on their own:
    /// a composite's missing parts are named on its line, see `partsWithoutValue`). The same
    /// indicators the summary counts as "Chưa có số liệu".
    public var withoutData: [IndicatorEvaluation] {
        indicators.filter { $0.verdict == .noData }
    }

    /// The verdicts that changed since an earlier version of the same plan's values, by the
    /// core's rule (`VerdictChange`): judged in both, different.
    public func verdictChanges(since earlier: PlanEvaluation) -> [(now: IndicatorEvaluation, before: Verdict)] {
        let byID = Dictionary(indicators.map { ($0.indicatorID, $0) }, uniquingKeysWith: { first, _ in first })
        return VerdictChange.changes(before: earlier.indicators.map { ($0.indicatorID, $0.verdict) },
                                     now: indicators.map { ($0.indicatorID, $0.verdict) })
            .compactMap { change in byID[change.key].map { ($0, change.before) } }
    }
}

extension IndicatorEvaluation {
    /// A composite's parts that have no value yet.
    public var partsWithoutValue: [IndicatorEvaluation] { components.filter { $0.value == nil } }

    /// The "% kế hoạch" cell as every text output prints it (CSV, DOCX, the page): the
    /// percentage where the core's rule gives a ratio ("102,5"), else the difference in words
    /// ("thấp hơn cận dưới 0,67 điểm %"); empty when there is nothing to compare.
    public var comparisonCell: String {
        guard let comparison else { return "" }
        if comparison.kind == .ratio, let percent = comparison.percent { return VietnameseNumber.format(percent, fractionDigits: 1) }
        return comparison.text
    }

    /// How far the value still is from the target, the way the indicator is better (nil when it
    /// meets it or a figure is missing).
    public var shortfall: Shortfall? {
        guard let target, let value, value.form == .point, let number = value.lower else { return nil }
        return Shortfall(value: number, target: target, direction: direction)
    }
}
