import Foundation
import VeDichCore

/// The same report as Markdown (pipe tables), for `make bench` to hand to pandoc: the text and
/// tables the DOCX holds, from the same evaluation, so the two DOCX writers do the same work.
public enum MarkdownWriter {
    public static func markdown(_ report: Report) -> String {
        let settings = report.settings
        var lines: [String] = []
        lines += settings.issuer(province: report.province).map { "**\($0)**  " }
        lines += [settings.numberLine, "", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ", "**Độc lập - Tự do - Hạnh phúc**", "",
                  "*\(settings.dateLine(province: report.province, year: report.year))*", "", "# BÁO CÁO", "",
                  "**\(report.subject)**", ""]
        for (index, section) in report.sections.enumerated() {
            let sentences = ReportSentences(section)
            let table = ReportTable(section)
            lines += ["## \(DocxDocument.romanNumerals[min(index, 9)]). \(section.evaluation.plan.title.uppercased())", "",
                      "### 1. Kết quả chung", "", sentences.summary, "", sentences.groups, "", "**\(table.title)**", ""]
            lines.append("| " + table.headers.map(\.text).joined(separator: " | ") + " |")
            lines.append("|" + table.headers.map { _ in "---" }.joined(separator: "|") + "|")
            for row in table.rows {
                let cells: [String] = switch row {
                case .group(let numeral, let title):
                    ["**\(numeral)**", "**\(title)**"] + Array(repeating: "", count: table.headers.count - 2)
                case .indicator(let number, let line, let verdict, _):
                    cells(table, line, code: number, verdict: verdict.label)
                case .component(let line):
                    cells(table, line, code: "", verdict: "", component: true)
                }
                lines.append("| " + cells.map(escape).joined(separator: " | ") + " |")
            }
            lines += ["", "*\(sentences.tableNote)*", "", "### 2. Kết quả từng chỉ tiêu", ""]
            for sentence in sentences.indicators { lines += [sentence, ""] }
        }
        lines += ["Ủy ban nhân dân tỉnh \(report.province) trân trọng báo cáo \(settings.addressee) xem xét, tổng hợp./.", "",
                  "***Nơi nhận:***  "]
        lines += settings.recipients.map { "- \($0);" } + ["- \(settings.archive).", ""]
        lines += settings.authority.map { "**\($0)**  " } + ["", "**\(settings.signer ?? "")**", ""]
        return lines.joined(separator: "\n").nfc
    }

    private static func cells(_ table: ReportTable, _ line: ReportTable.Line, code: String, verdict: String,
                              component: Bool = false) -> [String] {
        table.headers.map { header in
            switch header.column {
            case .code: code
            case .name: component ? "- \(line.name)" : line.name
            case .unit: line.unit ?? ""
            case .target: line.target?.text ?? ""
            case .previous: line.previous?.text ?? ""
            case .value: line.value?.text ?? ""
            case .percent: line.percentOfTarget.map { VietnameseNumber.format($0, fractionDigits: 1) } ?? ""
            case .verdict: verdict
            }
        }
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
