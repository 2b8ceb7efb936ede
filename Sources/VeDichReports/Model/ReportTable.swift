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
        /// The "% kế hoạch" figure by the core's one rule (`PlanComparison`), as in the API.
        public var comparison: PlanComparison?
        /// That figure as every text output prints it (`IndicatorEvaluation.comparisonCell`).
        public var comparisonCell: String

        /// The percentage where the rule gives a ratio: what the XLSX writes as a number.
        public var percentOfTarget: Double? { comparison?.kind == .ratio ? comparison?.percent : nil }

        /// A ratio of two single numbers (a point target): the XLSX writes it as a formula over them.
        public var isFormulaRatio: Bool {
            comparison?.kind == .ratio && comparison?.basis == .point && target?.point != nil && value?.point != nil
        }
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
    /// One line per composite: its verdict and the component that decided it (name, value,
    /// target), printed under the table.
    public var compositeNotes: [String]

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
        var notes: [String] = []
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
            if let deciding = indicator.decidingComponent {
                notes.append("\(indicator.code) \(indicator.name): \(indicator.verdict.label), do thành phần \(deciding.text)")
            }
        }
        self.rows = rows
        compositeNotes = notes
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
        Line(name: evaluation.name, unit: evaluation.unit, target: evaluation.target,
             previous: section.previous?.values[evaluation.indicatorID], value: evaluation.value,
             comparison: evaluation.comparison, comparisonCell: evaluation.comparisonCell)
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
