/// One line of an indicator table: a name, a target, a value and the direction that judges them.
public struct IndicatorLine: Sendable, Hashable, Codable {
    public var name: String
    public var unit: String?
    public var target: Figure?
    public var value: Figure?
    public var direction: Direction

    public init(name: String, unit: String? = nil, target: Figure?, value: Figure?, direction: Direction) {
        self.name = name
        self.unit = unit
        self.target = target
        self.value = value
        self.direction = direction
    }

    /// Nil when the line has no target to judge against.
    /// A value or target written without a unit takes the line's.
    public func evaluate() -> Evaluation? {
        target.map { Evaluation.evaluate(value: value, target: $0, direction: direction, unit: MeasureUnit(unit)) }
    }

    /// The "% kế hoạch" figure by the one rule (`PlanComparison`), with the plan's range-end setting.
    public func planComparison(rangeEnd: PlanComparison.RangeEnd = .upper) -> PlanComparison? {
        guard let target else { return nil }
        let unit = MeasureUnit(unit)
        return PlanComparison(value: value, target: target, direction: direction, rangeEnd: rangeEnd,
                              isGrowthRate: PlanComparison.isGrowthRate(name: name, target: target, unit: unit), unit: unit)
    }

    public var percentOfTarget: PercentOfTarget? {
        guard let target, let value else { return nil }
        return PercentOfTarget(value: value, target: target)
    }
}

/// A numbered indicator, `II.5`: its own line, or a headline with component lines under it.
public struct Indicator: Sendable, Hashable, Codable {
    public var code: IndicatorCode
    /// The indicator's own line. For a composite whose first line only names it ("Cơ cấu kinh tế
    /// (%)"), the line has no target.
    public var line: IndicatorLine
    public var components: [IndicatorLine]

    public init(code: IndicatorCode, line: IndicatorLine, components: [IndicatorLine] = []) {
        self.code = code
        self.line = line
        self.components = components
    }

    /// The lines that carry figures: the own line when it has a target, then the components.
    public var judgedLines: [IndicatorLine] {
        (line.target == nil ? [] : [line]) + components
    }

    public var isComposite: Bool { judgedLines.count > 1 }

    /// The indicator's verdict: its line's, or the composite under `policy`.
    public func verdict(policy: CompositePolicy) -> Verdict {
        let verdicts = judgedLines.compactMap { $0.evaluate()?.verdict }
        if verdicts.count == 1 { return verdicts[0] }
        return policy.combine(verdicts)
    }
}

/// `II.5`: the group's Roman numeral and the number within the group. Some tables letter their
/// indicators instead ("a", "b", "c"): the letter is what is printed (`a`, `II.b`), its place in
/// the alphabet is the number that orders and places it.
public struct IndicatorCode: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var group: String
    public var number: Int?
    /// "a" for a row lettered "a)"; nil for a numbered one.
    public var letter: String?

    public init(group: String, number: Int?) {
        self.group = group
        self.number = number
    }

    /// A lettered indicator: "a" is the first of its group, "b" the second, "đ" after "d" as
    /// Vietnamese lists letter them (a, b, c, d, đ, e, g…).
    public init(group: String, letter: Character) {
        let lowered = Character(letter.lowercased())
        self.group = group
        self.letter = String(lowered)
        self.number = Self.alphabet.firstIndex(of: lowered).map { Self.alphabet.distance(from: Self.alphabet.startIndex, to: $0) + 1 }
    }

    /// The Latin letters with "đ" in its Vietnamese place: orders both ways of lettering a list.
    private static let alphabet = "abcdđefghijklmnopqrstuvwxyz"

    public var description: String {
        let own = letter ?? number.map(String.init)
        return own.map { group.isEmpty ? $0 : "\(group).\($0)" } ?? group
    }

    public static func < (lhs: IndicatorCode, rhs: IndicatorCode) -> Bool {
        let left = RomanNumeral.value(lhs.group) ?? Int.max
        let right = RomanNumeral.value(rhs.group) ?? Int.max
        if left != right { return left < right }
        return (lhs.number ?? 0) < (rhs.number ?? 0)
    }
}

public enum RomanNumeral {
    /// `I` → 1 … `XX` → 20; nil for anything else.
    public static func value(_ text: some StringProtocol) -> Int? {
        let digits: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        var total = 0
        var previous = 0
        for character in text.uppercased().reversed() {
            guard let digit = digits[character] else { return nil }
            total += digit < previous ? -digit : digit
            previous = max(previous, digit)
        }
        return total > 0 ? total : nil
    }
}
