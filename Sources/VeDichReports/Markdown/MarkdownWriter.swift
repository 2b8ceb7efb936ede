import Foundation
import VeDichCore
import VeDichPlanModel

/// The same report as Markdown (pipe tables), for `make bench` to hand to pandoc: the text,
/// prose sections and tables the DOCX holds, from the same evaluation and in the same order, so
/// the two DOCX writers do the same work.
public enum MarkdownWriter {
    public static func markdown(_ report: Report) -> String {
        let settings = report.settings
        var lines: [String] = []
        lines += settings.issuer(province: report.province).map { "**\($0)**  " }
        lines += [settings.numberLine, "", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ", "**Độc lập - Tự do - Hạnh phúc**", "",
                  "*\(settings.dateLine(province: report.province, year: report.year))*", "", "# BÁO CÁO", "",
                  "**\(report.subject)**", ""]
        let appendices = DocxAppendix.names(count: report.sections.count)
        for (index, section) in report.sections.enumerated() {
            lines += body(section, numeral: DocxDocument.romanNumerals[min(index, 9)], appendix: appendices[index],
                          titled: report.sections.count > 1)
        }
        lines += ["Ủy ban nhân dân tỉnh \(report.province) trân trọng báo cáo \(settings.addressee) xem xét, tổng hợp./.", "",
                  "***Nơi nhận:***  "]
        lines += settings.recipients.map { "- \($0);" } + ["- \(settings.archive).", ""]
        lines += settings.authority.map { "**\($0)**  " } + ["", "**\(settings.signer ?? "")**", ""]
        for (index, section) in report.sections.enumerated() {
            lines += appendix(section, name: appendices[index], report: report)
        }
        return lines.joined(separator: "\n").nfc
    }

    /// The same order as `DocxPlanBody`: prose sections, the generated part where the figures go.
    private static func body(_ section: PlanReport, numeral: String, appendix: String, titled: Bool) -> [String] {
        let sentences = ReportSentences(section)
        func figures(subheadings: Bool) -> [String] {
            var lines = subheadings ? ["### 1. Kết quả chung", ""] : []
            lines += [sentences.summary, "", sentences.groups, ""] + sentences.outlook.flatMap { [$0, ""] }
                + [ReportSentences.appendixPointer(appendix), ""]
            if subheadings { lines += ["### 2. Kết quả từng chỉ tiêu", ""] }
            for sentence in sentences.indicators { lines += [sentence, ""] }
            return lines
        }
        let title = section.evaluation.plan.title.uppercased()
        guard !section.prose.isEmpty else { return ["## \(numeral). \(title)", ""] + figures(subheadings: true) }
        var lines = titled ? ["## \(title)", ""] : []
        for prose in section.prose {
            if !prose.heading.isEmpty {
                let marks = String(repeating: "#", count: min(6, prose.level + 2))
                lines += ["\(marks) \(prose.heading.replacingOccurrences(of: "\n", with: " "))", ""]
            }
            for paragraph in prose.paragraphs { lines += [paragraph, ""] }
            if prose.isFigures { lines += figures(subheadings: false) }
        }
        if !section.prose.contains(where: \.isFigures) { lines += ["#### Kết quả thực hiện các chỉ tiêu chủ yếu", ""] + figures(subheadings: false) }
        return lines
    }

    private static func appendix(_ section: PlanReport, name: String, report: Report) -> [String] {
        let sentences = ReportSentences(section)
        let table = ReportTable(section)
        var lines = ["", "**\(name)**", "", "**\(table.title)**", "", "*\(DocxAppendix.attachmentNote(report))*", ""]
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
        lines += [""] + (sentences.tableSummary.map { [$0, ""] } ?? []) + ["*\(sentences.tableNote)*", ""]
        return lines
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
            case .percent: line.comparisonCell
            case .verdict: verdict
            }
        }
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
