/// The "% kế hoạch" cell: how a value stands against its target, by the one rule every output
/// (page, CSV, XLSX, DOCX, API) uses (docs/evaluation-rules.md, "% of plan").
///
/// - A point target: value / target × 100 ("đạt 102,5% kế hoạch").
/// - A range: against the end the plan's setting names, the upper by default as offices write
///   it, and the text says which end ("đạt 84,4% so với cận trên 7,5").
/// - No ratio where a ratio misleads: thresholds (`≥5`, `<3`: met or not, and "100% of >3"
///   beside Không đạt is false), lower-is-better indicators (a ratio reads "more is better"),
///   bands, growth rates (6,33% of 7% is not "90% of the plan"), a negative value or a target
///   end that is not positive. These get the difference in the target's unit instead, to the
///   end the value lies beyond ("thấp hơn cận dưới 0,67 điểm %"), or "trong khoảng kế hoạch" /
///   "bằng ngưỡng 3".
public struct PlanComparison: Sendable, Hashable, Codable {
    /// The plan's setting: which end of a range target a ratio is measured against.
    public enum RangeEnd: String, Sendable, Hashable, Codable, CaseIterable {
        case upper
        case lower

        public var label: String {
            switch self {
            case .upper: "so với cận trên của khoảng kế hoạch"
            case .lower: "so với cận dưới của khoảng kế hoạch"
            }
        }
    }

    public enum Kind: String, Sendable, Hashable, Codable {
        /// `percent` holds value / base × 100.
        case ratio
        /// `difference` holds value − base, in `unit` (`điểm %` for a target in %).
        case difference
    }

    public var kind: Kind
    /// The end of the target the value was compared with.
    public var basis: PercentOfTarget.Basis
    /// That end's number, in the target's unit.
    public var base: Double
    public var percent: Double?
    /// Signed: negative below the base; 0 for a value inside a range.
    public var difference: Double?
    /// The unit of `difference`: `điểm %` for a target in %, else the target's unit, or nil.
    public var unit: String?
    /// Decimals for the difference: the most the figures were written with.
    public var fractionDigits: Int

    public init(kind: Kind, basis: PercentOfTarget.Basis, base: Double, percent: Double? = nil,
                difference: Double? = nil, unit: String? = nil, fractionDigits: Int = 1) {
        self.kind = kind
        self.basis = basis
        self.base = base
        self.percent = percent
        self.difference = difference
        self.unit = unit
        self.fractionDigits = fractionDigits
    }

    /// Nil when there is no single value number, the units cannot be compared, or the target has
    /// no finite end to compare with. `unit` is the indicator's (a value without one takes it);
    /// `isGrowthRate` says the indicator is a growth rate (see `isGrowthRate(name:target:unit:)`).
    public init?(value: Figure?, target: Figure, direction: Direction, rangeEnd: RangeEnd = .upper,
                 isGrowthRate: Bool = false, unit indicatorUnit: MeasureUnit? = nil) {
        guard let written = value, case .success(let alignment) = UnitAlignment.align(value: written, target: target, indicatorUnit: indicatorUnit),
              let number = alignment.converted(written).interval.pointValue else { return nil }
        let interval = target.interval
        let digits = max(target.fractionDigits, written.fractionDigits)
        let differenceUnit = alignment.targetUnit.map { $0.dimension == .percent ? "điểm %" : $0.text }

        let ratioEnd: (PercentOfTarget.Basis, Double)? = switch target.form {
        case .point: interval.pointValue.map { (.point, $0) }
        case .range: rangeEnd == .lower ? interval.lower.map { (.lowerEnd, $0.value) } : interval.upper.map { (.upperEnd, $0.value) }
        case .atLeast, .greaterThan, .atMost, .lessThan: nil
        }
        let ratioMisleads = target.form.isThreshold || direction != .higher || isGrowthRate || number < 0 || (ratioEnd?.1 ?? 0) <= 0
        if !ratioMisleads, let (basis, base) = ratioEnd {
            self.init(kind: .ratio, basis: basis, base: base, percent: number / base * 100, unit: differenceUnit, fractionDigits: digits)
            return
        }

        // The difference is measured to the end the value lies beyond, so its sign and its words agree.
        let lower = interval.lower?.value, upper = interval.upper?.value
        let basis: PercentOfTarget.Basis
        let base: Double
        switch target.form {
        case .point:
            guard let point = interval.pointValue else { return nil }
            (basis, base) = (.point, point)
        case .range:
            guard let lower, let upper else { return nil }
            if number < lower { (basis, base) = (.lowerEnd, lower) }
            else if number > upper { (basis, base) = (.upperEnd, upper) }
            else { (basis, base) = rangeEnd == .lower ? (.lowerEnd, lower) : (.upperEnd, upper) }
        case .atLeast, .greaterThan:
            guard let lower else { return nil }
            (basis, base) = (.threshold, lower)
        case .atMost, .lessThan:
            guard let upper else { return nil }
            (basis, base) = (.threshold, upper)
        }
        let inside = target.form == .range && lower.map { number >= $0 } == true && upper.map { number <= $0 } == true
        self.init(kind: .difference, basis: basis, base: base, difference: inside ? 0 : number - base,
                  unit: differenceUnit, fractionDigits: digits)
    }

    /// The number for a spreadsheet cell: the percentage for a ratio, the signed difference otherwise.
    public var number: Double { percent ?? difference ?? 0 }

    /// The same figure as the older `PercentOfTarget`, for a ratio.
    public var percentOfTarget: PercentOfTarget? {
        percent.map { PercentOfTarget(percent: $0, basis: basis, targetValue: base) }
    }

    /// For a cell: "đạt 102,5% kế hoạch", "đạt 84,4% so với cận trên 7,5",
    /// "thấp hơn cận dưới 0,67 điểm %", "trong khoảng kế hoạch", "bằng ngưỡng 3".
    public var text: String { text(percentDigits: 1) }

    public func text(percentDigits: Int) -> String {
        let baseText = VietnameseNumber.formatCompact(base, maxFractionDigits: max(3, fractionDigits))
        let end = switch basis {
        case .point: "mức kế hoạch"
        case .upperEnd: "cận trên"
        case .lowerEnd: "cận dưới"
        case .threshold: "ngưỡng"
        }
        switch kind {
        case .ratio:
            let percentText = VietnameseNumber.format(percent ?? 0, fractionDigits: percentDigits)
            return basis == .point ? "đạt \(percentText)% kế hoạch" : "đạt \(percentText)% so với \(end) \(baseText)"
        case .difference:
            let difference = difference ?? 0
            let magnitude = VietnameseNumber.format(abs(difference), fractionDigits: fractionDigits)
            if magnitude == VietnameseNumber.format(0, fractionDigits: fractionDigits) {
                return basis == .upperEnd || basis == .lowerEnd ? "trong khoảng kế hoạch" : "bằng \(end) \(baseText)"
            }
            let unitText = unit.map { " \($0)" } ?? ""
            return "\(difference > 0 ? "cao hơn" : "thấp hơn") \(end) \(magnitude)\(unitText)"
        }
    }

    /// A growth rate, for which a ratio misleads: the figures are in % and the name speaks of
    /// growth or reduction as whole words ("Tốc độ tăng tổng sản phẩm…", "Tỷ lệ hộ nghèo giảm",
    /// "tăng trưởng"), not of a share ("Tỷ lệ lao động qua đào tạo").
    public static func isGrowthRate(name: String, target: Figure?, unit: MeasureUnit? = nil) -> Bool {
        let inPercent = target?.isPercent == true || unit?.dimension == .percent || name.contains("%")
        guard inPercent else { return false }
        let words = name.lowercased().split { !$0.isLetter }
        return words.contains { $0 == "tăng" || $0 == "giảm" } || name.lowercased().contains("tốc độ")
    }
}
