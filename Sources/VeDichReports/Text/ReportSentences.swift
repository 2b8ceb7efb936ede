import Foundation
import VeDichCore
import VeDichPlanModel

/// The report's sentences, generated from a plan's evaluation in the register of the seed. Every
/// figure, verdict and count comes from `PlanEvaluation`; nothing here is typed by hand.
public struct ReportSentences: Sendable {
    public var section: PlanReport

    public init(_ section: PlanReport) {
        self.section = section
    }

    private var evaluation: PlanEvaluation { section.evaluation }

    /// Which figures, for which period: "ước cả năm 2024", "ước thực hiện giai đoạn 2021 - 2025",
    /// "chính thức năm 2024".
    public var figures: String {
        let plan = evaluation.plan
        let annual = plan.startYear == plan.endYear
        let span = annual ? "năm \(plan.startYear)" : "giai đoạn \(plan.startYear) - \(plan.endYear)"
        switch evaluation.version {
        case .fullYearEstimate: return annual ? "ước cả \(span)" : "ước thực hiện \(span)"
        case .firstHalfEstimate: return "ước 6 tháng đầu \(span)"
        case .preliminary: return "sơ bộ \(span)"
        case .official: return "chính thức \(span)"
        }
    }

    /// "Ước cả năm 2024", "Ước thực hiện giai đoạn 2021 - 2025", "Theo số liệu chính thức năm 2024".
    public var lead: String {
        switch evaluation.version {
        case .fullYearEstimate, .firstHalfEstimate: figures.prefix(1).uppercased() + figures.dropFirst()
        case .preliminary, .official: "Theo số liệu \(figures)"
        }
    }

    /// "Ước cả năm 2024 đạt và vượt 12/18 chỉ tiêu kế hoạch, có 6/18 chỉ tiêu không đạt, gồm: …".
    /// Worded so the auditor reads it back as a claim ("đạt và vượt N/M chỉ tiêu", "K/M chỉ tiêu
    /// không đạt") and checks it against the table that follows.
    public var summary: String {
        let counts = evaluation.summary.total
        let total = counts.total
        guard counts.noData < total else {
            return "\(lead): kế hoạch có \(total) chỉ tiêu chủ yếu, chưa có số liệu thực hiện để đánh giá."
        }
        var parts = ["\(lead) đạt và vượt \(counts.metOrExceeded)/\(total) chỉ tiêu kế hoạch"]
        if counts.exceeded > 0, counts.met > 0 {
            parts[0] += " (\(counts.exceeded) chỉ tiêu vượt, \(counts.met) chỉ tiêu đạt)"
        }
        let missed = names(with: .missed)
        parts.append(missed.isEmpty ? "không có chỉ tiêu nào không đạt"
                                    : "có \(counts.missed)/\(total) chỉ tiêu không đạt, gồm: \(missed.joined(separator: "; "))")
        let undetermined = names(with: .undetermined)
        if !undetermined.isEmpty {
            parts.append("\(undetermined.count) chỉ tiêu chưa xác định được do số liệu vắt qua mức kế hoạch, gồm: \(undetermined.joined(separator: "; "))")
        }
        let noData = names(with: .noData)
        if !noData.isEmpty { parts.append("\(noData.count) chỉ tiêu chưa có số liệu, gồm: \(noData.joined(separator: "; "))") }
        return parts.joined(separator: ", ") + "."
    }

    /// "Theo nhóm: các chỉ tiêu kinh tế có 5/7 chỉ tiêu đạt và vượt, 2 không đạt; …". The counts
    /// come before the words, so the auditor does not take a group's count for the table's.
    public var groups: String {
        let parts = evaluation.summary.groups.map { group -> String in
            let title = section.groupTitles[group.group].map { $0.lowercasedFirst } ?? "nhóm \(group.group)"
            let counts = group.counts
            guard counts.noData < counts.total else { return "\(title) (\(group.group)) có \(counts.total) chỉ tiêu, chưa có số liệu" }
            var text = "\(title) (\(group.group)) có \(counts.metOrExceeded)/\(counts.total) chỉ tiêu đạt và vượt"
            if counts.missed > 0 { text += ", \(counts.missed) không đạt" }
            if counts.undetermined > 0 { text += ", \(counts.undetermined) chưa xác định" }
            if counts.noData > 0 { text += ", \(counts.noData) chưa có số liệu" }
            return text
        }
        return "Theo nhóm: " + parts.joined(separator: "; ") + "."
    }

    /// The counts again, under the appendix's table, so that the table carries its own summary:
    /// "Tổng hợp: đạt và vượt 12/18 chỉ tiêu kế hoạch, 6/18 chỉ tiêu không đạt." Nil before any value.
    public var tableSummary: String? {
        let counts = evaluation.summary.total
        guard counts.noData < counts.total else { return nil }
        var text = "Tổng hợp: đạt và vượt \(counts.metOrExceeded)/\(counts.total) chỉ tiêu kế hoạch"
        if counts.missed > 0 { text += ", \(counts.missed)/\(counts.total) chỉ tiêu không đạt" }
        if counts.undetermined > 0 { text += ", \(counts.undetermined) chỉ tiêu chưa xác định" }
        if counts.noData > 0 { text += ", \(counts.noData) chỉ tiêu chưa có số liệu" }
        return text + "."
    }

    /// Where the body sends the reader for the table: "(Chi tiết từng chỉ tiêu tại Phụ lục kèm theo.)".
    public static func appendixPointer(_ appendix: String) -> String {
        "(Chi tiết từng chỉ tiêu tại \(appendix) kèm theo.)"
    }

    /// The note under the table: which values, and the composite policy in use.
    public var tableNote: String {
        "Ghi chú: đánh giá theo số liệu \(figures); chỉ tiêu gồm nhiều "
            + "thành phần được đánh giá theo \(evaluation.policy.vietnameseName) (\(evaluation.policy.vietnameseRule)). "
            + "Cột “So sánh với KH (%)” là tỷ lệ so với mức kế hoạch (với khoảng: so với cận trên); với chỉ tiêu càng thấp "
            + "càng tốt, tốc độ tăng hoặc số âm, cột ghi chênh lệch thay cho tỷ lệ."
    }

    /// One sentence per numbered indicator: "4. Lượng khách du lịch: ước đạt 4.160 nghìn lượt, đạt
    /// 102,5% kế hoạch (kế hoạch 4.060 nghìn lượt), vượt kế hoạch." A composite lists its lines,
    /// each with its own verdict, then the overall one.
    public var indicators: [String] {
        evaluation.indicators.map { indicator in
            let code = indicator.code
            let unit = Self.unit(indicator.name, indicator.unit)
            let name = Self.proseName(indicator.name, unit: unit)
            let own = indicator.target == nil ? nil : indicator
            if indicator.components.isEmpty, let own {
                return "\(code). \(name): \(describe(own, unit: unit)), \(Self.verdictPhrase(indicator.verdict))."
            }
            var parts: [String] = []
            if let own {
                parts.append("\(describe(own, unit: unit)) (\(Self.ownVerdict(of: own).label.lowercased()))")
            }
            parts += indicator.components.map { line in
                let partUnit = Self.unit(line.name, line.unit) ?? unit
                let partName = Self.proseName(line.name, unit: partUnit).lowercasedFirst
                return "\(partName) \(describe(line, unit: partUnit)) (\(line.verdict.label.lowercased()))"
            }
            // The deciding part is named when the parts disagree: "không đạt kế hoạch (do tỷ lệ …)".
            let judged = (own.map { [Self.ownVerdict(of: $0)] } ?? []) + indicator.components.map(\.verdict)
            let deciding = Set(judged).count < 2 ? "" : indicator.decidingComponent.map { " (do \(Self.proseName($0.name, unit: Self.unit($0.name, $0.unit)).lowercasedFirst))" } ?? ""
            return "\(code). \(name): " + parts.joined(separator: "; ")
                + "; đánh giá chung: \(Self.verdictPhrase(indicator.verdict))\(deciding)."
        }
    }

    /// A headline's own line judged alone: its stored verdict is the composite's.
    static func ownVerdict(of line: IndicatorEvaluation) -> Verdict {
        guard let target = line.target.flatMap({ try? Figure.parse($0.text) }) else { return .noData }
        let value = line.value.flatMap { try? Figure.parse($0.text) }
        return Evaluation.evaluate(value: value, target: target, direction: line.direction).verdict
    }

    private func names(with verdict: Verdict) -> [String] {
        evaluation.indicators.filter { $0.verdict == verdict }.map { Self.proseName($0.name, unit: $0.unit) }
    }

    /// "ước đạt 4.160 nghìn lượt, đạt 102,5% kế hoạch (kế hoạch 4.060 nghìn lượt)".
    private func describe(_ line: IndicatorEvaluation, unit: String?) -> String {
        let target = line.target.map { "kế hoạch \(Self.withUnit($0.text, unit))" } ?? "không có kế hoạch"
        guard let value = line.value else { return "\(target), chưa có số liệu thực hiện" }
        let verb = switch evaluation.version {
        case .fullYearEstimate, .firstHalfEstimate: "ước đạt"
        case .preliminary: "sơ bộ đạt"
        case .official: "đạt"
        }
        var text = "\(verb) \(Self.withUnit(value.text, unit))"
        // The core's rule: "đạt 102,6% kế hoạch", "đạt 84,4% so với cận trên 7,5", or the
        // difference where a ratio misleads ("thấp hơn cận dưới 0,67 điểm %").
        if let comparison = line.comparison {
            text += ", \(comparison.text) (\(target))"
        } else {
            text += " (\(target))"
        }
        return text
    }

    /// The unit a line's figures are in: its own, else the one its name ends with in
    /// parentheses ("Tổng số xã đạt chuẩn nông thôn mới (xã)"), so no sentence drops it.
    static func unit(_ name: String, _ unit: String?) -> String? {
        if let unit, !unit.isEmpty { return unit }
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return nil }
        let inner = name[name.index(after: open)..<name.index(before: name.endIndex)].trimmingCharacters(in: .whitespaces)
        return inner.isEmpty || inner.count > 20 ? nil : inner
    }

    static func withUnit(_ figure: String, _ unit: String?) -> String {
        guard let unit, !unit.isEmpty, !figure.hasSuffix(unit) else { return figure }
        return unit == "%" ? figure + "%" : "\(figure) \(unit)"
    }

    /// The name without its trailing unit: "Lượng khách du lịch (nghìn lượt)" → "Lượng khách du lịch".
    public static func proseName(_ name: String, unit: String?) -> String {
        guard let unit, name.hasSuffix("(\(unit))") else { return name }
        return String(name.dropLast(unit.count + 2)).trimmingCharacters(in: .whitespaces)
    }

    static func verdictPhrase(_ verdict: Verdict) -> String {
        switch verdict {
        case .exceeded: "vượt kế hoạch"
        case .met: "đạt kế hoạch"
        case .missed: "không đạt kế hoạch"
        case .undetermined: "chưa xác định được mức độ hoàn thành"
        case .noData: "chưa có số liệu để đánh giá"
        }
    }
}
