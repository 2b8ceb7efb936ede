import VeDichCore

/// Charts drawn on the server as SVG: no script, so they work under a strict content policy and
/// print as they show.
enum Charts {
    /// Horizontal bars of how many indicators have each verdict.
    static func verdictBars(_ counts: VerdictCounts) -> HTML {
        let verdicts = Verdict.allCases
        let maxCount = max(1, verdicts.map { counts[$0] }.max() ?? 1)
        let rowHeight = 28, width = 460, labelWidth = 136
        let colors: [Verdict: String] = [.exceeded: "#0a6b2f", .met: "#1d6fb8", .missed: "#b3261e", .undetermined: "#8a7300", .noData: "#8a939e"]
        let summary = verdicts.map { "\($0.label): \(counts[$0])" }.joined(separator: ", ")
        let height = rowHeight * verdicts.count + 4
        // Sizes are attributes (the CSP allows no inline style); CSS only lets the chart shrink.
        return el("svg", ["viewBox": "0 0 \(width) \(height)", "width": "\(width)", "height": "\(height)", "class": "chart bars", "role": "img",
                          "aria-label": "Biểu đồ số chỉ tiêu theo đánh giá. \(summary)"]) {
            for (index, verdict) in verdicts.enumerated() {
                let y = index * rowHeight + 2
                let barWidth = (width - labelWidth - 40) * counts[verdict] / maxCount
                el("text", ["x": "0", "y": "\(y + 17)"]) { verdict.label }
                el("rect", ["x": "\(labelWidth)", "y": "\(y + 4)", "width": "\(max(barWidth, 1))", "height": "16", "fill": colors[verdict] ?? "#888"])
                el("text", ["x": "\(labelWidth + barWidth + 6)", "y": "\(y + 17)"]) { "\(counts[verdict])" }
            }
        }
    }
}
