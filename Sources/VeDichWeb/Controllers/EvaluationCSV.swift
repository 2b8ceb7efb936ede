import VeDichCore
import VeDichStore

/// A plan's evaluation as CSV for a spreadsheet: one row per indicator and component, with the
/// figures as printed (Vietnamese decimal commas), the verdict and its reason.
enum EvaluationCSV {
    static let header = ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "% kế hoạch", "Đánh giá", "Lý do"]

    static func render(_ evaluation: PlanEvaluation, with writer: CSVWriter = CSVWriter(separator: .comma)) -> String {
        var rows: [[CSVWriter.Cell]] = []
        for indicator in evaluation.indicators {
            rows.append(row(indicator, code: indicator.code))
            rows += indicator.components.map { row($0, code: "") }
        }
        rows.append(["", .text("Tổng hợp (\(evaluation.policy.rawValue))"), "", "", "", "", .text(evaluation.summaryText), ""])
        return writer.render(header: header, rows: rows)
    }

    private static func row(_ indicator: IndicatorEvaluation, code: String) -> [CSVWriter.Cell] {
        [.text(code), .text(indicator.name), .text(indicator.unit ?? ""), .figure(indicator.target?.text ?? ""),
         .figure(indicator.value?.text ?? ""),
         .figure(indicator.percentOfTarget.map { VietnameseNumber.format($0.percent, fractionDigits: 1) } ?? ""),
         .text(indicator.label), .text(indicator.reason)]
    }
}
