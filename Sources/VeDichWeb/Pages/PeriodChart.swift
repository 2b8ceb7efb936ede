import VeDichCore
import VeDichPlanModel

/// An indicator's values on an honest axis: one column per calendar year. A year's value is a
/// mark in its column, a half-year's in its half of the column, a span's (2021-2023, 2021-2025) a
/// bar across the years it covers; a value written as a bound ("<5", "≥3") or a range is drawn
/// as the interval it states, open towards the chart's edge. Periods of different kinds are never
/// joined by a line; only consecutive whole years are.
enum PeriodChart {
    /// One value to draw: the period it is for, and what it says.
    struct Mark {
        var period: Period
        var figure: FigureValue
        var version: ValueVersion
        var label: String

        /// An estimate is drawn hollow: it will be replaced by the official figure.
        var isEstimate: Bool { version == .firstHalfEstimate || version == .fullYearEstimate }
    }

    /// The value each period shows: its most final version (official over preliminary over
    /// estimates), the latest revision of it. Withdrawn values are not drawn.
    static func marks(_ observations: [ObservationInfo]) -> [Mark] {
        let order = ValueVersion.allCases
        var best: [Period: ObservationInfo] = [:]
        for observation in observations {
            guard let current = best[observation.period] else { best[observation.period] = observation; continue }
            let rank = order.firstIndex(of: observation.version) ?? 0, currentRank = order.firstIndex(of: current.version) ?? 0
            if rank > currentRank || (rank == currentRank && observation.revision > current.revision) {
                best[observation.period] = observation
            }
        }
        let drawn = best.values.filter { !$0.withdrawn && ($0.figure.lower != nil || $0.figure.upper != nil) }
        let ordered = drawn.sorted { (a: ObservationInfo, b: ObservationInfo) -> Bool in
            (a.period.startYear, a.period.endYear, a.period.storageKind) < (b.period.startYear, b.period.endYear, b.period.storageKind)
        }
        return ordered.map { observation in
            let label = "\(observation.periodLabel): \(observation.figure.text) (\(observation.version.label.lowercased()))"
            return Mark(period: observation.period, figure: observation.figure, version: observation.version, label: label)
        }
    }

    static func draw(_ marks: [Mark], target: (figure: FigureValue, period: Period)?, unit: String?) -> HTML {
        guard !marks.isEmpty else { return el("p", ["class": "muted"]) { "Chưa có số liệu để vẽ biểu đồ." } }
        let width = 640.0, height = 260.0, left = 64.0, right = 12.0, top = 18.0, bottom = 40.0
        let periods = marks.map(\.period) + (target.map { [$0.period] } ?? [])
        let firstYear = periods.map(\.startYear).min() ?? 0, lastYear = periods.map(\.endYear).max() ?? 0
        let column = (width - left - right) / Double(lastYear - firstYear + 1)
        var values = marks.flatMap { [$0.figure.lower, $0.figure.upper].compactMap { $0 } }
        if let target { values += [target.figure.lower, target.figure.upper].compactMap { $0 } }
        var low = values.min() ?? 0, high = values.max() ?? 1
        if low == high { low -= 1; high += 1 }
        let pad = (high - low) * 0.12
        let shownLow = low, shownHigh = high
        low -= pad; high += pad
        func y(_ value: Double) -> Double { top + (height - top - bottom) * (1 - (value - low) / (high - low)) }
        func x(year: Int) -> Double { left + column * Double(year - firstYear) }
        /// Where a period's mark stands: the middle of its year, of its months (a half, a quarter,
        /// a month, nine months), or of its span.
        func center(_ period: Period) -> Double {
            if period.isWithinYear, let months = period.months {
                return x(year: period.startYear) + column * (Double(months.lowerBound - 1) + Double(months.count) / 2) / 12
            }
            return (x(year: period.startYear) + x(year: period.endYear + 1)) / 2
        }
        let format = { (value: Double) in VietnameseNumber.formatCompact(value, maxFractionDigits: 2) }
        let baseline = height - bottom
        let description = marks.map(\.label).joined(separator: "; ")
        return el("svg", ["viewBox": "0 0 \(Int(width)) \(Int(height))", "width": "\(Int(width))", "height": "\(Int(height))",
                          "class": "chart", "role": "img",
                          "aria-label": "Biểu đồ giá trị theo kỳ\(unit.map { " (\($0))" } ?? ""): \(description)"]) {
            if let target {
                // The plan's band over the years it covers; a bound is open towards the edge.
                let upper = y(target.figure.upper ?? high), lower = y(target.figure.lower ?? low)
                let from = x(year: target.period.startYear), to = x(year: target.period.endYear + 1)
                el("rect", ["class": "band", "x": "\(from)", "y": "\(min(upper, lower))", "width": "\(to - from)",
                            "height": "\(max(abs(lower - upper), 2))"])
                el("text", ["x": "\(from + 4)", "y": "\(max(min(upper, lower) - 4, 12))"]) { "Kế hoạch \(target.figure.text)" }
            }
            el("line", ["class": "axis", "x1": "\(left)", "y1": "\(baseline)", "x2": "\(width - right)", "y2": "\(baseline)"])
            el("line", ["class": "axis", "x1": "\(left)", "y1": "\(top)", "x2": "\(left)", "y2": "\(baseline)"])
            el("text", ["x": "\(left - 6)", "y": "\(y(shownHigh) + 4)", "text-anchor": "end"]) { format(shownHigh) }
            el("text", ["x": "\(left - 6)", "y": "\(y(shownLow) + 4)", "text-anchor": "end"]) { format(shownLow) }
            for year in firstYear...lastYear {
                if year > firstYear {
                    el("line", ["class": "grid", "x1": "\(x(year: year))", "y1": "\(top)", "x2": "\(x(year: year))", "y2": "\(baseline)"])
                }
                el("text", ["x": "\(x(year: year) + column / 2)", "y": "\(baseline + 16)", "text-anchor": "middle"]) { "\(year)" }
            }
            // Consecutive whole years of the same series, joined.
            let years = marks.filter { $0.period.kind == .year && $0.figure.form == .point }
            for (before, after) in zip(years, years.dropFirst()) where after.period.startYear == before.period.startYear + 1 {
                if let a = before.figure.lower, let b = after.figure.lower {
                    el("line", ["class": "series", "x1": "\(center(before.period))", "y1": "\(y(a))", "x2": "\(center(after.period))", "y2": "\(y(b))"])
                }
            }
            // Longer spans first, so a shorter period's mark is never hidden under a longer one's.
            for mark in marks.sorted(by: { $0.period.endYear - $0.period.startYear > $1.period.endYear - $1.period.startYear }) {
                Self.mark(mark, center: center(mark.period), from: x(year: mark.period.startYear) + 3,
                          to: x(year: mark.period.endYear + 1) - 3, y: y, low: low, high: high)
            }
            el("text", ["x": "\(left)", "y": "\(height - 4)", "class": "legend"]) {
                "● chính thức, sơ bộ · ○ ước tính · ▬ giai đoạn nhiều năm · ┃ khoảng giá trị (như “<5”)"
            }
        }
    }

    /// One value: a dot for a number, a vertical interval for a bound or range; across its years
    /// for a span.
    static func mark(_ mark: Mark, center: Double, from: Double, to: Double, y: (Double) -> Double, low: Double, high: Double) -> HTML {
        let style = mark.isEstimate ? "mark estimate" : "mark"
        let isSpan = mark.period.startYear != mark.period.endYear
        let figure = mark.figure
        let top = y(figure.upper ?? high), bottom = y(figure.lower ?? low)
        return el("g", ["class": style]) {
            el("title") { mark.label }
            if figure.form == .point, let value = figure.lower {
                if isSpan {
                    el("rect", ["x": "\(from)", "y": "\(y(value) - 3)", "width": "\(to - from)", "height": "6"])
                } else {
                    el("circle", ["cx": "\(center)", "cy": "\(y(value))", "r": "5"])
                }
                el("text", ["x": "\(center)", "y": "\(y(value) - 9)", "text-anchor": "middle"]) { figure.text }
            } else {
                // An interval: "<5" reaches down to the chart's floor, "≥3" up to its top.
                if isSpan {
                    el("rect", ["class": "interval", "x": "\(from)", "y": "\(top)", "width": "\(to - from)", "height": "\(max(bottom - top, 2))"])
                } else {
                    el("rect", ["class": "interval", "x": "\(center - 4)", "y": "\(top)", "width": "8", "height": "\(max(bottom - top, 2))"])
                }
                el("text", ["x": "\(center + 8)", "y": "\((top + bottom) / 2 + 4)"]) { figure.text }
            }
        }
    }
}
