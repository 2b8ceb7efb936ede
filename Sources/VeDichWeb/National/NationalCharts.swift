import VeDichCore
import VeDichStore

/// The national charts, drawn on the server as SVG like `Charts`: sizes and colours are
/// attributes, never inline styles (the content policy allows none).
enum NationalCharts {
    static let colors: [Verdict: String] = [.exceeded: "#0a6b2f", .met: "#1d6fb8", .missed: "#b3261e", .undetermined: "#8a7300", .noData: "#8a939e"]

    /// One bar per province: the indicator's "% kế hoạch" where it is a ratio, coloured by the
    /// province's verdict; provinces without a ratio show their verdict in words instead.
    static func indicatorBars(_ indicator: IndicatorAcrossProvinces) -> HTML {
        let rowHeight = 22, width = 640, labelWidth = 150, barSpace = 380
        let ratios = indicator.provinces.map { $0.comparison?.kind == .ratio ? $0.comparison?.percent : nil }
        let maxRatio = max(100, ratios.compactMap { $0 }.max() ?? 100)
        let height = rowHeight * indicator.provinces.count + 24
        let hundred = labelWidth + Int(Double(barSpace) * 100 / maxRatio)
        let description = indicator.provinces.map { "\($0.province): \($0.comparisonText.isEmpty ? $0.label : $0.comparisonText) (\($0.label))" }
            .joined(separator: "; ")
        return el("svg", ["viewBox": "0 0 \(width) \(height)", "width": "\(width)", "height": "\(height)", "class": "chart bars", "role": "img",
                          "aria-label": "Biểu đồ % kế hoạch theo tỉnh. \(description)"]) {
            for (index, row) in indicator.provinces.enumerated() {
                let y = index * rowHeight + 2
                el("text", ["x": "0", "y": "\(y + 15)"]) { row.province }
                if let ratio = ratios[index] {
                    let bar = max(1, Int(Double(barSpace) * max(ratio, 0) / maxRatio))
                    el("rect", ["x": "\(labelWidth)", "y": "\(y + 3)", "width": "\(bar)", "height": "14", "fill": colors[row.verdict] ?? "#888"])
                    el("text", ["x": "\(labelWidth + bar + 6)", "y": "\(y + 15)"]) { "\(row.comparisonText)% · \(row.label)" }
                } else {
                    el("text", ["x": "\(labelWidth)", "y": "\(y + 15)"]) { row.value == nil ? row.label : "\(row.value?.text ?? "") · \(row.label)" }
                }
            }
            // The 100% line: the plan.
            el("line", ["x1": "\(hundred)", "y1": "0", "x2": "\(hundred)", "y2": "\(height - 18)", "stroke": "#333", "stroke-dasharray": "4 3"])
            el("text", ["x": "\(hundred - 14)", "y": "\(height - 4)"]) { "100%" }
        }
    }

    /// One stacked bar per province: how many of its indicators have each verdict.
    static func summaryBars(_ summary: NationalSummary) -> HTML {
        let rowHeight = 22, width = 640, labelWidth = 150, barSpace = 440
        let planned = summary.provinces.filter { $0.counts != nil }
        let most = max(1, planned.map { $0.counts?.total ?? 0 }.max() ?? 1)
        let height = rowHeight * planned.count + 4
        let description = planned.map { "\($0.province): \($0.counts?.sentence ?? "")" }.joined(separator: "; ")
        return el("svg", ["viewBox": "0 0 \(width) \(height)", "width": "\(width)", "height": "\(height)", "class": "chart bars", "role": "img",
                          "aria-label": "Biểu đồ số chỉ tiêu theo đánh giá của từng tỉnh. \(description)"]) {
            for (index, province) in planned.enumerated() {
                let y = index * rowHeight + 2
                let counts = province.counts ?? VerdictCounts()
                el("text", ["x": "0", "y": "\(y + 15)"]) { province.province }
                let segments = stacked(counts, most: most, space: barSpace)
                for segment in segments {
                    el("rect", ["x": "\(labelWidth + segment.x)", "y": "\(y + 3)", "width": "\(segment.width)", "height": "14",
                                "fill": colors[segment.verdict] ?? "#888"]) {
                        el("title") { "\(province.province): \(segment.verdict.label) \(counts[segment.verdict])" }
                    }
                }
                el("text", ["x": "\(labelWidth + (segments.last.map { $0.x + $0.width } ?? 0) + 6)", "y": "\(y + 15)"]) {
                    NationalText.percent(province.metOrExceededShare)
                }
            }
        }
    }

    /// Where each verdict's part of a stacked bar starts and how wide it is.
    static func stacked(_ counts: VerdictCounts, most: Int, space: Int) -> [(verdict: Verdict, x: Int, width: Int)] {
        var x = 0
        return Verdict.allCases.filter { counts[$0] > 0 }.map { verdict in
            let width = max(1, space * counts[verdict] / most)
            defer { x += width }
            return (verdict, x, width)
        }
    }

    /// The colours' key, as text beside small squares.
    static func legend() -> HTML {
        el("p", ["class": "muted legend"]) {
            for verdict in Verdict.allCases {
                el("svg", ["width": "12", "height": "12", "viewBox": "0 0 12 12", "aria-hidden": "true"]) {
                    el("rect", ["width": "12", "height": "12", "fill": colors[verdict] ?? "#888"])
                }
                " \(verdict.label) "
            }
        }
    }
}
