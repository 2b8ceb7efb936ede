import VeDichCore
import VeDichStore

/// A plan's evaluation as CSV for a spreadsheet: one row per indicator and component, with the
/// figures as printed (Vietnamese decimal commas), the verdict and its reason.
enum EvaluationCSV {
    static let header = ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "% kế hoạch", "Đánh giá", "Lý do"]

    static func render(_ evaluation: PlanEvaluation) -> String {
        var rows = [header]
        for indicator in evaluation.indicators {
            rows.append(row(indicator, code: indicator.code))
            rows += indicator.components.map { row($0, code: "") }
        }
        rows.append(["", "Tổng hợp (\(evaluation.policy.rawValue))", "", "", "", "", evaluation.summaryText, ""])
        // A byte-order mark, so spreadsheet programs read the Vietnamese as UTF-8.
        return "\u{FEFF}" + rows.map { $0.map(escape).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func row(_ indicator: IndicatorEvaluation, code: String) -> [String] {
        [code, indicator.name, indicator.unit ?? "", indicator.target?.text ?? "", indicator.value?.text ?? "",
         indicator.percentOfTarget.map { VietnameseNumber.format($0.percent, fractionDigits: 1) } ?? "",
         indicator.label, indicator.reason]
    }

    static func escape(_ field: String) -> String {
        // By scalar: "\r\n" is one Character that equals neither "\r" nor "\n".
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
