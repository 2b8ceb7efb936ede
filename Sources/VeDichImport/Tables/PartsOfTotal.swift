import VeDichCore

/// Sub-rows that split their headline's total into parts: "- Thu nội địa" and "- Thu tiền sử
/// dụng đất" under "Tổng thu ngân sách trên địa bàn", in the headline's own unit. A part may fall
/// short while the total is met (one source of revenue makes up for another), so a part is a
/// breakdown, like a row after "Trong đó": a verdict cell merged down over it is the total's,
/// and only a verdict of its own makes it take part (issue 13: sub-rows without a verdict of
/// their own do not decide the parent's composite).
///
/// Parts are told from measures of their own (the seed's "Số bác sỹ", "Số giường bệnh", "Tỷ lệ …
/// tham gia bảo hiểm y tế" under "Tổng số xã đạt Bộ tiêu chí quốc gia về y tế xã", each a
/// criterion with its own unit) by the figures: the sub-rows are in the headline's unit, not a
/// rate, and either add up to the headline's target or value, or stand under a headline that
/// names a total ("Tổng …").
enum PartsOfTotal {
    static func mark(_ indicator: inout ReadIndicator) {
        let candidates = indicator.components.indices.filter { indicator.components[$0].stated == nil && !indicator.components[$0].isBreakdown }
        guard candidates.count >= 2, let target = indicator.line.target?.figure?.interval.pointValue,
              let unit = indicator.line.unit.map { Words($0) }, !unit.isEmpty, !unit.contains(Words("%")) else { return }
        let parts = candidates.map { indicator.components[$0] }
        guard parts.allSatisfy({ $0.unit.map { Words($0) } == unit }) else { return }
        let namesATotal = Words(indicator.line.name).hasPrefix(Words("tổng"))
        guard namesATotal || addsUp(parts.map(\.target), to: target) || addsUp(parts.map(\.actual), to: indicator.line.actual?.figure?.interval.pointValue)
        else { return }
        for index in candidates { indicator.components[index].isBreakdown = true }
    }

    /// Every part has a figure and together they make the whole, to the rounding of printed figures.
    private static func addsUp(_ figures: [ReadFigure?], to whole: Double?) -> Bool {
        guard let whole, whole > 0 else { return false }
        let values = figures.map { $0?.figure?.interval.pointValue }
        guard values.allSatisfy({ $0 != nil }) else { return false }
        let sum = values.reduce(0) { $0 + ($1 ?? 0) }
        return abs(sum - whole) <= whole * 0.005
    }
}
