/// Growth figures a plan report states: "tăng 13,12% so với cùng kỳ", and what is still needed.
public enum Growth {
    /// (value / base − 1) × 100. Nil when the base is zero.
    public static func percent(value: Double, base: Double) -> Double? {
        guard base != 0 else { return nil }
        return (value / base - 1) * 100
    }

    /// "tăng 13,12% so với cùng kỳ" / "giảm 2,5% so với …" / "bằng …".
    public static func sentence(value: Double, base: Double, baseName: String, fractionDigits: Int = 2) -> String? {
        guard let growth = percent(value: value, base: base) else { return nil }
        let magnitude = VietnameseNumber.format(abs(growth), fractionDigits: fractionDigits)
        if magnitude == VietnameseNumber.format(0, fractionDigits: fractionDigits) { return "bằng \(baseName)" }
        return "\(growth > 0 ? "tăng" : "giảm") \(magnitude)% so với \(baseName)"
    }

    /// The amount still needed to reach a level target: target − value so far (never negative).
    public static func amountStillNeeded(target: Double, soFar: Double) -> Double {
        max(0, target - soFar)
    }
}

/// The growth the second half of a year must reach for the year to reach its target.
///
/// If the first half grew `firstHalf` % and weighed `share` of the base year, the year grows
/// `share·g1 + (1 − share)·g2`, so g2 = (g − w·g1) / (1 − w). With g = 7, g1 = 4,72 and w = 0,461
/// this is the seed's "6 tháng cuối năm phải tăng ít nhất 8,95%".
public struct SecondHalfRate: Sendable, Hashable, Codable {
    public var annualTarget: Double
    public var firstHalf: Double
    public var share: Double

    public init(annualTarget: Double, firstHalf: Double, share: Double) {
        self.annualTarget = annualTarget
        self.firstHalf = firstHalf
        self.share = share
    }

    /// g2; nil when the share leaves no second half (w ≥ 1) or is not a share (w < 0).
    public var required: Double? {
        guard share >= 0, share < 1 else { return nil }
        return (annualTarget - share * firstHalf) / (1 - share)
    }

    /// The inverse: the year's growth from both halves' growth, w·g1 + (1 − w)·g2.
    public static func annualGrowth(firstHalf: Double, secondHalf: Double, share: Double) -> Double {
        share * firstHalf + (1 - share) * secondHalf
    }

    /// The first half's share of the year implied by the three rates, as the seed's 8,95% implies 0,461.
    public static func impliedShare(annualTarget: Double, firstHalf: Double, secondHalf: Double) -> Double? {
        guard firstHalf != secondHalf else { return nil }
        return (secondHalf - annualTarget) / (secondHalf - firstHalf)
    }
}

/// The growth an indicator page states: its latest yearly value against the year just before,
/// each in its most final version ("Năm 2024 (ước cả năm) tăng 5,2% so với năm 2023 (chính
/// thức)"). Never two versions of one year, never across a gap of years, never a half or a span.
public struct YearOnYearGrowth: Sendable, Hashable {
    public struct Point: Sendable, Hashable {
        public var year: Int
        public var value: Double
        public var version: ValueVersion

        public init(year: Int, value: Double, version: ValueVersion) {
            self.year = year
            self.value = value
            self.version = version
        }
    }

    public var latest: Point
    public var base: Point

    /// From one point per year (the most final version of each); nil unless the two latest
    /// years are consecutive and the earlier one is not zero.
    public init?(yearly points: [Point]) {
        let ordered = Dictionary(points.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first }).values.sorted { $0.year < $1.year }
        guard ordered.count >= 2 else { return nil }
        let latest = ordered[ordered.count - 1], base = ordered[ordered.count - 2]
        guard latest.year == base.year + 1, Growth.percent(value: latest.value, base: base.value) != nil else { return nil }
        self.latest = latest
        self.base = base
    }

    public var percent: Double { Growth.percent(value: latest.value, base: base.value) ?? 0 }

    /// "Năm 2024 (ước cả năm) tăng 5,20% so với năm 2023 (chính thức)."
    public var sentence: String {
        let comparison = Growth.sentence(value: latest.value, base: base.value, baseName: "năm \(base.year) (\(base.version.label.lowercased()))") ?? ""
        return "Năm \(latest.year) (\(latest.version.label.lowercased())) \(comparison)."
    }
}
