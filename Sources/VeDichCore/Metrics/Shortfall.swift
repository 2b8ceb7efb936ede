/// "Còn thiếu": how far a value still is from its target, the way the indicator is better.
///
/// - Higher is better: the amount below the target's floor (a point, a range's lower end, a
///   threshold): "còn thiếu 240 so với kế hoạch 4.400".
/// - Lower is better: the excess over the ceiling (a point, a range's upper end, a threshold):
///   "còn vượt 0,4 so với mức tối đa 3"; being below a ceiling is no shortfall.
/// - A band: whichever end the value lies beyond.
/// At an open bound (`>3`, `<7,6`) a value equal to it has not passed it: the shortfall says so
/// rather than "0". A value that meets its target has none.
public struct Shortfall: Sendable, Hashable, Codable {
    public enum Side: String, Sendable, Hashable, Codable {
        /// Below a floor: the value must rise by `amount`.
        case belowFloor = "below_floor"
        /// Above a ceiling: the value must fall by `amount`.
        case aboveCeiling = "above_ceiling"
    }

    public var side: Side
    /// The target's end the value is measured to.
    public var bound: Double
    /// How far the value is from `bound` (≥ 0); 0 only at an open bound it has not passed.
    public var amount: Double
    /// The bound is open (`>3`): reaching it is not enough.
    public var boundIsOpen: Bool

    public init(side: Side, bound: Double, amount: Double, boundIsOpen: Bool) {
        self.side = side
        self.bound = bound
        self.amount = amount
        self.boundIsOpen = boundIsOpen
    }

    /// Nil when the value meets the target, or either figure has no number to measure with.
    public init?(value: Double, target: FigureValue, direction: Direction) {
        // Unbounded ends are nil, so a threshold has only the end it names.
        let floor = target.lower, ceiling = target.upper
        let floorOpen = target.lowerInclusive == false, ceilingOpen = target.upperInclusive == false
        let checksFloor = direction != .lower, checksCeiling = direction != .higher
        if checksFloor, let floor, value < floor || (floorOpen && value == floor) {
            self.init(side: .belowFloor, bound: floor, amount: floor - value, boundIsOpen: floorOpen)
        } else if checksCeiling, let ceiling, value > ceiling || (ceilingOpen && value == ceiling) {
            self.init(side: .aboveCeiling, bound: ceiling, amount: value - ceiling, boundIsOpen: ceilingOpen)
        } else {
            return nil
        }
    }

    /// "còn thiếu 240 so với kế hoạch 4.400", "còn vượt 0,4 so với mức tối đa 3",
    /// "bằng ngưỡng 3, chưa vượt qua". `targetText` is the target as written; `unit` follows the amount.
    public func text(targetText: String, fractionDigits: Int, unit: String? = nil) -> String {
        let boundText = VietnameseNumber.formatCompact(bound, maxFractionDigits: max(3, fractionDigits))
        if amount == 0 {
            return side == .belowFloor ? "bằng ngưỡng \(boundText), chưa vượt qua" : "bằng mức tối đa \(boundText), chưa thấp hơn"
        }
        let amountText = VietnameseNumber.format(amount, fractionDigits: fractionDigits) + (unit.map { " \($0)" } ?? "")
        return side == .belowFloor ? "còn thiếu \(amountText) so với kế hoạch \(targetText)"
                                   : "còn vượt \(amountText) so với mức tối đa của kế hoạch \(targetText)"
    }
}
