import CXLSXWriter
import Foundation
import VeDichCore
import VeDichPlanModel

/// The indicator table page as a workbook: the same rows and columns, a single number as a
/// numeric cell, % of plan as the number the core's `PlanComparison` gives where it is a ratio
/// (one decimal, as the page prints it), its words where a ratio would mislead.
public enum IndicatorTableXlsx {
    static let headerRow: UInt32 = 2

    /// The columns, in order; the previous period's is headed by its period, as on the page.
    public static func headers(previous: PreviousPeriodValues?, evaluation: PlanEvaluation) -> [String] {
        ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", previous.map { "Thực hiện \($0.period)" } ?? "Thực hiện kỳ trước",
         "\(evaluation.version.label) \(evaluation.periodLabel)", "% kế hoạch", "Đánh giá", "Lý do"]
    }

    public static func data(_ evaluation: PlanEvaluation, previous: PreviousPeriodValues?) throws(ReportError) -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-table-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bang.xlsx")
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw .outputNotWritable(path: folder.path)
        }
        let path = file.path
        guard let workbook = workbook_new(path) else { throw .workbookFailed(path: path, reason: "workbook_new") }
        let formats = XlsxFormats(workbook)
        guard let sheet = workbook_add_worksheet(workbook, "Bảng chỉ tiêu") else {
            workbook_close(workbook)
            throw .workbookFailed(path: path, reason: "workbook_add_worksheet")
        }
        let headers = headers(previous: previous, evaluation: evaluation)
        let last = UInt16(headers.count - 1)
        worksheet_merge_range(sheet, 0, 0, 0, last, "Bảng chỉ tiêu: \(evaluation.plan.title)".nfc, formats.title)
        worksheet_merge_range(sheet, 1, 0, 1, last,
                              "Chỉ tiêu tổng hợp đánh giá theo \(evaluation.policy.vietnameseName): \(evaluation.summaryText)".nfc, formats.note)
        let widths: [Double] = [6, 48, 11, 14, 14, 14, 12, 13, 60]
        for (index, header) in headers.enumerated() {
            worksheet_write_string(sheet, headerRow, UInt16(index), header.nfc, formats.header)
            worksheet_set_column(sheet, UInt16(index), UInt16(index), widths[index], nil)
        }
        var row = headerRow + 1
        for indicator in evaluation.indicators {
            write(indicator, code: indicator.code, previous: previous, row: row, sheet: sheet, formats)
            row += 1
            for component in indicator.components {
                write(component, code: "", previous: previous, row: row, sheet: sheet, formats, component: true)
                row += 1
            }
        }
        worksheet_freeze_panes(sheet, headerRow + 1, 2)
        worksheet_set_landscape(sheet)
        worksheet_set_paper(sheet, 9)
        worksheet_fit_to_pages(sheet, 1, 0)
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else { throw .workbookFailed(path: path, reason: String(cString: lxw_strerror(result))) }
        guard let data = try? Data(contentsOf: file) else { throw .outputNotWritable(path: path) }
        return data
    }

    private static func write(_ line: IndicatorEvaluation, code: String, previous: PreviousPeriodValues?, row: UInt32,
                              sheet: UnsafeMutablePointer<lxw_worksheet>, _ formats: XlsxFormats, component: Bool = false) {
        worksheet_write_string(sheet, row, 0, code.nfc, formats.centered)
        worksheet_write_string(sheet, row, 1, ((component ? "- " : "") + line.name).nfc, formats.text)
        worksheet_write_string(sheet, row, 2, (line.unit ?? "").nfc, formats.centered)
        formats.write(line.target, sheet: sheet, row: row, col: 3)
        formats.write(previous?.values[line.indicatorID], sheet: sheet, row: row, col: 4)
        formats.write(line.value, sheet: sheet, row: row, col: 5)
        if let comparison = line.comparison, comparison.kind == .ratio {
            worksheet_write_number(sheet, row, 6, comparison.number, formats.number(digits: 1))
        } else if !line.comparisonCell.isEmpty {
            worksheet_write_string(sheet, row, 6, line.comparisonCell.nfc, formats.figureText)
        } else {
            worksheet_write_blank(sheet, row, 6, formats.figureText)
        }
        // A component without a target of its own has no verdict to show, as on the page.
        let judged = line.target != nil || !line.components.isEmpty
        worksheet_write_string(sheet, row, 7, judged ? line.label.nfc : "", formats.centered)
        worksheet_write_string(sheet, row, 8, judged ? line.reason.nfc : "", formats.text)
    }

}
