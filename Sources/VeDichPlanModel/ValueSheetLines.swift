import VeDichCore

/// A line of a plan that takes a value, as a fill-in workbook names it.
public struct ValueSheetLine: Sendable, Equatable {
    /// The headline's code, or "I.4.a" for a component (`ValueSheetLayout.componentCode`).
    public var sheetCode: String
    public var line: IndicatorEvaluation
    public var isComponent: Bool

    public init(sheetCode: String, line: IndicatorEvaluation, isComponent: Bool) {
        self.sheetCode = sheetCode
        self.line = line
        self.isComponent = isComponent
    }
}

extension PlanEvaluation {
    /// Every line that has a target (headlines and components, as the entry page lists them),
    /// in plan order, each with the code the workbook gives it. The template and the reader of a
    /// filled workbook both name lines by this one rule.
    public var valueSheetLines: [ValueSheetLine] {
        indicators.flatMap { headline -> [ValueSheetLine] in
            let own = headline.target == nil ? [] : [ValueSheetLine(sheetCode: headline.code, line: headline, isComponent: false)]
            let parts = headline.components.enumerated().compactMap { index, component -> ValueSheetLine? in
                guard component.target != nil else { return nil }
                return ValueSheetLine(sheetCode: ValueSheetLayout.componentCode(headline.code, index: index), line: component, isComponent: true)
            }
            return own + parts
        }
    }
}
