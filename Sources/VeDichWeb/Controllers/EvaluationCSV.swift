import VeDichCore
import VeDichStore

/// A plan's evaluation as CSV for a spreadsheet: one row per indicator and component, with the
/// figures as printed (Vietnamese decimal commas), the verdict and its reason.
enum EvaluationCSV {
    /// The previous period's column is headed by its period ("Thực hiện giai đoạn 2021 - 2023"),
    /// by the same rule as the table page and the reports.
    static func header(previous: PreviousPeriodValues?) -> [String] {
        ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", previous.map { "Thực hiện \($0.period)" } ?? "Thực hiện kỳ trước", "Thực hiện",
         "% kế hoạch", "Đánh giá", "Thành phần quyết định", "Lý do"]
    }

    static func render(_ evaluation: PlanEvaluation, previous: PreviousPeriodValues? = nil,
                       with writer: CSVWriter = CSVWriter(separator: .comma)) -> String {
        var rows: [[CSVWriter.Cell]] = []
        for indicator in evaluation.indicators {
            rows.append(row(indicator, code: indicator.code, previous: previous))
            rows += indicator.components.map { row($0, code: "", previous: previous) }
        }
        rows.append(["", .text("Tổng hợp (\(evaluation.policy.vietnameseName))"), "", "", "", "", "", .text(evaluation.summaryText), "", ""])
        return writer.render(header: header(previous: previous), rows: rows)
    }

    private static func row(_ indicator: IndicatorEvaluation, code: String, previous: PreviousPeriodValues?) -> [CSVWriter.Cell] {
        [.text(code), .text(indicator.name), .text(indicator.unit ?? ""), .figure(indicator.target?.text ?? ""),
         .figure(previous?.values[indicator.indicatorID]?.text ?? ""), .figure(indicator.value?.text ?? ""),
         .figure(indicator.comparisonCell), .text(indicator.label), .text(indicator.decidingComponent?.text ?? ""),
         .text(indicator.reason)]
    }
}
