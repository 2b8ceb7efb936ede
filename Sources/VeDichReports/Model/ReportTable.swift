import Foundation
import VeDichCore
import VeDichPlanModel

/// A plan's indicator table laid out as rows, once, for every writer: group rows, numbered
/// indicators and their component rows, with the column headers the report reader recognises.
public struct ReportTable: Sendable {
    public struct Line: Sendable {
        public var name: String
        public var unit: String?
        public var target: FigureValue?
        public var previous: FigureValue?
        public var value: FigureValue?
        /// Value / target × 100, only when both are single numbers: what the XLSX writes as a formula.
        public var percentOfTarget: Double?
    }

    public enum Row: Sendable {
        case group(numeral: String, title: String)
        /// `number` as printed in the TT column; `components` rows follow and share the verdict cell.
        case indicator(number: String, line: Line, verdict: Verdict, components: Int)
        case component(Line)
    }

    public enum Column: Sendable, Hashable {
        case code, name, unit, target, previous, value, percent, verdict
    }

    public var title: String
    public var headers: [(column: Column, text: String)]
    public var rows: [Row]

    /// - Parameter unitColumn: the XLSX keeps units in a column of their own; the DOCX keeps them
    ///   in the name, as the seed does.
    public init(_ section: PlanReport, unitColumn: Bool = false) {
        let evaluation = section.evaluation
        let plan = evaluation.plan
        let span = plan.startYear == plan.endYear ? "năm \(plan.startYear)" : "\(plan.startYear) - \(plan.endYear)"
        title = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU \(plan.title.uppercased()) (SỐ LIỆU \(ReportSentences(section).figures.uppercased()))"
        var headers: [(Column, String)] = [(.code, "TT"), (.name, "Chỉ tiêu")]
        if unitColumn { headers.append((.unit, "Đơn vị")) }
        headers.append((.target, "Kế hoạch \(span)"))
        if let previous = section.previous { headers.append((.previous, previous.header)) }
        headers += [(.value, Self.actualHeader(evaluation.version, span: span)), (.percent, "So sánh với KH (%)"),
                    (.verdict, "Đánh giá thực hiện")]
        self.headers = headers

        var rows: [Row] = []
        var group: String?
        for indicator in evaluation.indicators {
            if let numeral = indicator.group, numeral != group {
                group = numeral
                rows.append(.group(numeral: numeral, title: section.groupTitles[numeral] ?? ""))
            }
            let number = indicator.code.split(separator: ".").last.map(String.init) ?? indicator.code
            rows.append(.indicator(number: number, line: Self.line(indicator, section), verdict: indicator.verdict,
                                   components: indicator.components.count))
            for component in indicator.components {
                var line = Self.line(component, section)
                line.unit = line.unit ?? indicator.unit
                rows.append(.component(line))
            }
        }
        self.rows = rows
    }

    /// "Ước TH cả năm 2024", "Ước TH 2021 - 2025", "Thực hiện năm 2024 (chính thức)": words the
    /// report reader and the importer take for the plan's own period and its version.
    static func actualHeader(_ version: ValueVersion, span: String) -> String {
        let yearly = span.hasPrefix("năm ")
        switch version {
        case .fullYearEstimate: return yearly ? "Ước TH cả \(span)" : "Ước TH \(span)"
        case .firstHalfEstimate: return "Ước TH 6 tháng đầu \(span)"
        case .preliminary: return "Thực hiện \(span) (sơ bộ)"
        case .official: return "Thực hiện \(span) (chính thức)"
        }
    }

    private static func line(_ evaluation: IndicatorEvaluation, _ section: PlanReport) -> Line {
        var percent: Double?
        if let target = evaluation.target, let value = evaluation.value, let base = target.point, base != 0, let number = value.point {
            percent = number / base * 100
        }
        return Line(name: evaluation.name, unit: evaluation.unit, target: evaluation.target,
                    previous: section.previous?.values[evaluation.indicatorID], value: evaluation.value, percentOfTarget: percent)
    }
}

extension FigureValue {
    /// The single number of a point figure, nil for ranges and thresholds.
    public var point: Double? {
        guard form == .point, let lower, lower == upper else { return nil }
        return lower
    }

    /// Decimals as written ("6,33" → 2), for number formats.
    public var fractionDigits: Int {
        guard let comma = text.lastIndex(of: ",") else { return 0 }
        return text[text.index(after: comma)...].prefix(while: \.isNumber).count
    }
}
