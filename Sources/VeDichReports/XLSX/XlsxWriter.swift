import CXLSXWriter
import Foundation
import VeDichCore
import VeDichPlanModel

/// The XLSX annex: one sheet per plan table, numbers as numeric cells (with as many decimals as
/// written), % of plan as a formula where target and value are both single numbers, intervals
/// (`7 - 7,5`, `<5`, `≥3`) as text. Frozen header, A4 landscape.
public enum XlsxWriter {
    public static func write(_ report: Report, to url: URL) throws(ReportError) {
        let path = url.path
        guard let workbook = workbook_new(path) else {
            throw .workbookFailed(path: path, reason: "workbook_new")
        }
        let formats = XlsxFormats(workbook)
        var names: Set<String> = []
        for section in report.sections {
            let name = sheetName(section, taken: names)
            names.insert(name)
            guard let sheet = workbook_add_worksheet(workbook, name.nfc) else {
                workbook_close(workbook)
                throw .workbookFailed(path: path, reason: "workbook_add_worksheet “\(name)”")
            }
            XlsxSheet(sheet: sheet, formats: formats).write(section)
        }
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else {
            throw .workbookFailed(path: path, reason: String(cString: lxw_strerror(result)))
        }
    }

    /// "KH 2024", "KH 2021-2025"; Excel allows 31 characters and no `[]:*?/\`.
    static func sheetName(_ section: PlanReport, taken: Set<String>) -> String {
        let plan = section.evaluation.plan
        let base = plan.startYear == plan.endYear ? "KH \(plan.startYear)" : "KH \(plan.startYear)-\(plan.endYear)"
        var name = base
        var counter = 2
        while taken.contains(name) {
            name = "\(base) (\(counter))"
            counter += 1
        }
        return name
    }
}

/// The cell formats of one workbook, made once (libxlsxwriter keeps them until it closes).
struct XlsxFormats {
    var title: UnsafeMutablePointer<lxw_format>?
    var note: UnsafeMutablePointer<lxw_format>?
    var header: UnsafeMutablePointer<lxw_format>?
    var group: UnsafeMutablePointer<lxw_format>?
    var text: UnsafeMutablePointer<lxw_format>?
    var centered: UnsafeMutablePointer<lxw_format>?
    var figureText: UnsafeMutablePointer<lxw_format>?
    /// `#,##0`, `#,##0.0`, … by decimals: Excel and LibreOffice show them with the reader's own
    /// separators, so a Vietnamese locale sees 1.029,5.
    var numbers: [UnsafeMutablePointer<lxw_format>?] = []

    init(_ workbook: UnsafeMutablePointer<lxw_workbook>?) {
        guard let workbook else { return }
        func make(bold: Bool = false, italic: Bool = false, border: Bool = true, align: UInt8? = nil, wrap: Bool = false,
                  number: String? = nil) -> UnsafeMutablePointer<lxw_format>? {
            let format = workbook_add_format(workbook)
            format_set_font_name(format, "Times New Roman")
            format_set_font_size(format, 12)
            if bold { format_set_bold(format) }
            if italic { format_set_italic(format) }
            if border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
            if let align { format_set_align(format, align) }
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
            if wrap { format_set_text_wrap(format) }
            if let number { format_set_num_format(format, number) }
            return format
        }
        let center = UInt8(LXW_ALIGN_CENTER.rawValue)
        let right = UInt8(LXW_ALIGN_RIGHT.rawValue)
        title = make(bold: true, border: false, align: center, wrap: true)
        note = make(italic: true, border: false, align: UInt8(LXW_ALIGN_LEFT.rawValue), wrap: true)
        header = make(bold: true, align: center, wrap: true)
        group = make(bold: true, wrap: true)
        text = make(wrap: true)
        centered = make(align: center, wrap: true)
        figureText = make(align: right)
        numbers = (0...4).map { digits in
            make(align: right, number: digits == 0 ? "#,##0" : "#,##0." + String(repeating: "0", count: digits))
        }
    }

    func number(digits: Int) -> UnsafeMutablePointer<lxw_format>? {
        numbers.isEmpty ? nil : numbers[min(max(digits, 0), numbers.count - 1)]
    }

    /// A single number as a numeric cell; an interval, a threshold or words as text: the one way
    /// every VeDich workbook writes a figure.
    func write(_ figure: FigureValue?, sheet: UnsafeMutablePointer<lxw_worksheet>, row: UInt32, col: UInt16) {
        guard let figure else {
            worksheet_write_blank(sheet, row, col, figureText)
            return
        }
        if let number = figure.point {
            worksheet_write_number(sheet, row, col, number, self.number(digits: figure.fractionDigits))
        } else {
            worksheet_write_string(sheet, row, col, figure.text.nfc, figureText)
        }
    }
}
