import VeDichCore

/// Charts drawn on the server as SVG: no script, so they work under a strict content policy and
/// print as they show.
enum Charts {
    /// Horizontal bars of how many indicators have each verdict.
    static func verdictBars(_ counts: VerdictCounts) -> HTML {
        let verdicts = Verdict.allCases
        let maxCount = max(1, verdicts.map { counts[$0] }.max() ?? 1)
        let rowHeight = 26, width = 420, labelWidth = 120
        let colors: [Verdict: String] = [.exceeded: "#0a6b2f", .met: "#1d6fb8", .missed: "#b3261e", .undetermined: "#8a7300", .noData: "#8a939e"]
        let summary = verdicts.map { "\($0.label): \(counts[$0])" }.joined(separator: ", ")
        return el("svg", ["viewBox": "0 0 \(width) \(rowHeight * verdicts.count + 4)", "width": "100%", "role": "img",
                          "aria-label": "Biểu đồ số chỉ tiêu theo đánh giá. \(summary)", "style": "max-width:\(width)px"]) {
            for (index, verdict) in verdicts.enumerated() {
                let y = index * rowHeight + 2
                let barWidth = (width - labelWidth - 40) * counts[verdict] / maxCount
                el("text", ["x": "0", "y": "\(y + 17)"]) { verdict.label }
                el("rect", ["x": "\(labelWidth)", "y": "\(y + 4)", "width": "\(max(barWidth, 1))", "height": "16", "fill": colors[verdict] ?? "#888"])
                el("text", ["x": "\(labelWidth + barWidth + 6)", "y": "\(y + 17)"]) { "\(counts[verdict])" }
            }
        }
    }

    struct Point { var label: String; var value: Double }

    /// Values over periods as a line, with the target drawn as a band (or a line for a point).
    static func series(_ points: [Point], band: (lower: Double?, upper: Double?)?, unit: String?) -> HTML {
        guard !points.isEmpty else { return el("p", ["class": "muted"]) { "Chưa có số liệu để vẽ biểu đồ." } }
        let width = 640.0, height = 240.0, left = 60.0, bottom = 30.0, top = 10.0
        var values = points.map(\.value)
        if let band { values += [band.lower, band.upper].compactMap { $0 } }
        var low = values.min() ?? 0, high = values.max() ?? 1
        if low == high { low -= 1; high += 1 }
        let pad = (high - low) * 0.1
        low -= pad; high += pad
        func y(_ value: Double) -> Double { top + (height - top - bottom) * (1 - (value - low) / (high - low)) }
        func x(_ index: Int) -> Double {
            points.count == 1 ? (left + width) / 2 : left + (width - left - 20) * Double(index) / Double(points.count - 1)
        }
        let format = { (value: Double) in VietnameseNumber.formatCompact(value, maxFractionDigits: 2) }
        let path = points.indices.map { "\($0 == 0 ? "M" : "L")\(x($0)),\(y(points[$0].value))" }.joined(separator: " ")
        return el("svg", ["viewBox": "0 0 \(Int(width)) \(Int(height))", "width": "100%", "role": "img", "style": "max-width:640px",
                          "aria-label": "Biểu đồ giá trị theo kỳ: " + points.map { "\($0.label) \(format($0.value))" }.joined(separator: "; ")]) {
            if let band {
                let upper = y(band.upper ?? high), lower = y(band.lower ?? low)
                el("rect", ["x": "\(left)", "y": "\(min(upper, lower))", "width": "\(width - left - 10)",
                            "height": "\(max(abs(lower - upper), 2))", "fill": "#1d6fb8", "fill-opacity": "0.18"])
                el("text", ["x": "\(left + 4)", "y": "\(min(upper, lower) - 3)"]) { "Kế hoạch" }
            }
            el("line", ["x1": "\(left)", "y1": "\(height - bottom)", "x2": "\(width - 10)", "y2": "\(height - bottom)", "stroke": "#4a5360"])
            el("text", ["x": "2", "y": "\(y(high - pad) + 4)"]) { format(high - pad) }
            el("text", ["x": "2", "y": "\(y(low + pad) + 4)"]) { format(low + pad) }
            el("path", ["d": path, "fill": "none", "stroke": "#0b4f8a", "stroke-width": "2"])
            for (index, point) in points.enumerated() {
                el("circle", ["cx": "\(x(index))", "cy": "\(y(point.value))", "r": "4", "fill": "#0b4f8a"])
                el("text", ["x": "\(x(index) - 20)", "y": "\(height - 10)"]) { point.label }
            }
        }
    }
}
