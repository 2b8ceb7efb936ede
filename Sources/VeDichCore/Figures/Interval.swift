/// One end of an interval. `isInclusive` is false for strict comparisons such as `>3` or `<5`.
public struct Bound: Sendable, Hashable, Codable {
    public var value: Double
    public var isInclusive: Bool

    public init(_ value: Double, isInclusive: Bool = true) {
        self.value = value
        self.isInclusive = isInclusive
    }
}

/// A set of reals written as a target or a value: `[7; 7,5]`, `[5; +∞)`, `(−∞; 3)`, or a point.
/// A missing bound is unbounded on that side.
public struct Interval: Sendable, Hashable, Codable {
    public var lower: Bound?
    public var upper: Bound?

    public init(lower: Bound?, upper: Bound?) {
        self.lower = lower
        self.upper = upper
    }

    public static func point(_ value: Double) -> Interval {
        Interval(lower: Bound(value), upper: Bound(value))
    }

    public static func closed(_ lower: Double, _ upper: Double) -> Interval {
        Interval(lower: Bound(lower), upper: Bound(upper))
    }

    public var isPoint: Bool {
        guard let lower, let upper else { return false }
        return lower.value == upper.value
    }

    /// The one value of a point interval.
    public var pointValue: Double? { isPoint ? lower?.value : nil }

    /// True when every element of `other` lies in this interval.
    public func contains(_ other: Interval) -> Bool {
        if let lower {
            guard let otherLower = other.lower else { return false }
            if otherLower.value < lower.value { return false }
            if otherLower.value == lower.value, otherLower.isInclusive, !lower.isInclusive { return false }
        }
        if let upper {
            guard let otherUpper = other.upper else { return false }
            if otherUpper.value > upper.value { return false }
            if otherUpper.value == upper.value, otherUpper.isInclusive, !upper.isInclusive { return false }
        }
        return true
    }

    /// True when every element of this interval is greater than every element allowed up to `bound`
    /// (that is, the interval lies wholly on the far side of an upper end).
    public func liesWhollyAbove(_ bound: Bound) -> Bool {
        guard let lower else { return false }
        if lower.value > bound.value { return true }
        return lower.value == bound.value && !(lower.isInclusive && bound.isInclusive)
    }

    /// True when this interval lies wholly on the near side of a lower end.
    public func liesWhollyBelow(_ bound: Bound) -> Bool {
        guard let upper else { return false }
        if upper.value < bound.value { return true }
        return upper.value == bound.value && !(upper.isInclusive && bound.isInclusive)
    }

    /// Written for a person: `[7; 7,5]`, `[5; +∞)`.
    public func formatted(fractionDigits: Int) -> String {
        let open = lower.map { $0.isInclusive ? "[" : "(" } ?? "("
        let close = upper.map { $0.isInclusive ? "]" : ")" } ?? ")"
        let low = lower.map { VietnameseNumber.format($0.value, fractionDigits: fractionDigits) } ?? "−∞"
        let high = upper.map { VietnameseNumber.format($0.value, fractionDigits: fractionDigits) } ?? "+∞"
        return "\(open)\(low); \(high)\(close)"
    }
}
