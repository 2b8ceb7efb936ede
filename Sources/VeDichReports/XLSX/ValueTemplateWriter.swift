import CXLSXWriter
import Foundation
import VeDichCore

/// The fill-in workbook: sheet "Số liệu" with the agency's indicators and an empty value column,
/// protected except for the value cells; sheet "Hướng dẫn" says in Vietnamese how to fill it in
/// and send it back. Above the table, labelled cells say which plan, agency and version the
/// values are for (`ValueSheetLayout`), so the upload needs nothing else, even saved as CSV.
public enum ValueTemplateWriter {
    /// The header row (0-based): the rows above it say what the workbook is for.
    static let headerRow: UInt32 = 6

    public static func data(_ template: ValueTemplate) throws(ReportError) -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-template-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mau.xlsx")
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw .outputNotWritable(path: folder.path)
        }
        try write(template, to: file)
        guard let data = try? Data(contentsOf: file) else { throw .outputNotWritable(path: file.path) }
        return data
    }

    public static func write(_ template: ValueTemplate, to url: URL) throws(ReportError) {
        let path = url.path
        guard let workbook = workbook_new(path) else { throw .workbookFailed(path: path, reason: "workbook_new") }
        let formats = TemplateFormats(workbook)
        guard let sheet = workbook_add_worksheet(workbook, ValueSheetLayout.sheetName),
              let help = workbook_add_worksheet(workbook, ValueSheetLayout.instructionsSheetName) else {
            workbook_close(workbook)
            throw .workbookFailed(path: path, reason: "workbook_add_worksheet")
        }
        writeValues(template, on: sheet, formats)
        writeInstructions(template, on: help, formats)
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else { throw .workbookFailed(path: path, reason: String(cString: lxw_strerror(result))) }
    }

    private static func writeValues(_ template: ValueTemplate, on sheet: UnsafeMutablePointer<lxw_worksheet>, _ formats: TemplateFormats) {
        let valueColumn: UInt16 = 5
        worksheet_merge_range(sheet, 0, 0, 0, valueColumn,
                              "\(template.agency): số liệu \(template.version.label.lowercased()) \(template.periodLabel)".nfc, formats.title)
        worksheet_set_row(sheet, 0, 30, nil)
        worksheet_merge_range(sheet, 1, 0, 1, valueColumn, "\(template.planTitle) — \(template.province)".nfc, formats.note)
        // What the upload reads: label, then the value in the next cell. Protected like the rest.
        let identity: [(String, String, String)] = [
            (ValueSheetLayout.planLabel, template.planID.uuidString.lowercased(), "không sửa: cho VeDich biết tệp thuộc kế hoạch nào"),
            (ValueSheetLayout.agencyLabel, template.agency, ""),
            (ValueSheetLayout.versionLabel, template.version.rawValue, "\(template.version.label), kỳ \(template.periodLabel)"),
        ]
        for (offset, (label, value, note)) in identity.enumerated() {
            let row = UInt32(2 + offset)
            worksheet_write_string(sheet, row, 0, label.nfc, formats.label)
            worksheet_write_string(sheet, row, 1, value.nfc, formats.identity)
            if !note.isEmpty { worksheet_write_string(sheet, row, 2, note.nfc, formats.note) }
        }
        worksheet_merge_range(sheet, 5, 0, 5, valueColumn,
                              "Chỉ ghi vào các ô màu vàng của cột “\(ValueSheetLayout.valueHeader)”: một con số (5,2 · 4.400) hoặc một khoảng (7 - 7,5), một ngưỡng (<5). Xem trang “\(ValueSheetLayout.instructionsSheetName)”.".nfc,
                              formats.note)
        worksheet_set_row(sheet, 5, 32, nil)

        let headers = [ValueSheetLayout.codeHeader, "Chỉ tiêu", "Đơn vị", "Kế hoạch", template.previousLabel, ValueSheetLayout.valueHeader]
        let widths: [Double] = [9, 52, 12, 14, 16, 16]
        for (index, header) in headers.enumerated() {
            worksheet_write_string(sheet, headerRow, UInt16(index), header.nfc, formats.header)
            worksheet_set_column(sheet, UInt16(index), UInt16(index), widths[index], nil)
        }
        worksheet_set_row(sheet, headerRow, 32, nil)
        for (offset, line) in template.rows.enumerated() {
            let row = headerRow + 1 + UInt32(offset)
            worksheet_write_string(sheet, row, 0, line.code.nfc, formats.centered)
            worksheet_write_string(sheet, row, 1, ((line.isComponent ? "- " : "") + line.name).nfc, formats.text)
            worksheet_write_string(sheet, row, 2, (line.unit ?? "").nfc, formats.centered)
            formats.base.write(line.target, sheet: sheet, row: row, col: 3)
            formats.base.write(line.previous, sheet: sheet, row: row, col: 4)
            worksheet_write_blank(sheet, row, valueColumn, formats.value)
        }
        worksheet_freeze_panes(sheet, headerRow + 1, 2)
        worksheet_set_landscape(sheet)
        worksheet_set_paper(sheet, 9)
        worksheet_fit_to_pages(sheet, 1, 0)
        // Everything is locked but the value cells (their format is unlocked); no password: the
        // protection keeps the codes and targets from being typed over by mistake, not a secret.
        worksheet_protect(sheet, nil, nil)
        worksheet_activate(sheet)
    }

    private static func writeInstructions(_ template: ValueTemplate, on sheet: UnsafeMutablePointer<lxw_worksheet>, _ formats: TemplateFormats) {
        let lines = [
            "Hướng dẫn điền số liệu",
            "1. Mở trang “\(ValueSheetLayout.sheetName)”. Mỗi dòng là một chỉ tiêu của \(template.agency) trong \(template.planTitle).",
            "2. Chỉ ghi vào cột “\(ValueSheetLayout.valueHeader)” (các ô màu vàng); các ô khác được khóa để mã, tên và kế hoạch không bị sửa nhầm.",
            "3. Ghi con số như trong văn bản: 5,2 · 4.400 · 1.029,5. Có thể ghi một khoảng (7 - 7,5) hoặc một ngưỡng (<5, ≥3) khi số liệu chỉ ước được như vậy.",
            "4. Không dùng công thức; không gõ số dưới dạng chữ (có dấu ' ở đầu); không thêm dòng, không sửa mã chỉ tiêu.",
            "5. Để trống ô của chỉ tiêu chưa có số liệu.",
            "6. Lưu tệp (.xlsx; .xls, .ods hoặc CSV cũng được) rồi tải lên ở trang Nhập số liệu của VeDich, mục “Nhập từ tệp Excel/CSV”.",
            "7. VeDich cho xem trước từng giá trị với đánh giá của nó và liệt kê mọi ô có vấn đề (trang, hàng, cột). Khi có ô sai, không giá trị nào được ghi; sửa ô đó rồi tải lên lại.",
            "8. Số liệu được ghi khi bấm “Xác nhận”; mỗi thay đổi được lưu vào nhật ký (ai, lúc nào, giá trị cũ, giá trị mới).",
        ]
        worksheet_set_column(sheet, 0, 0, 110, nil)
        for (index, line) in lines.enumerated() {
            worksheet_write_string(sheet, UInt32(index), 0, line.nfc, index == 0 ? formats.title : formats.text)
        }
        worksheet_protect(sheet, nil, nil)
    }
}

/// The template's formats: the annex's look, plus the unlocked, yellow value cell.
struct TemplateFormats {
    var base: XlsxFormats
    var label: UnsafeMutablePointer<lxw_format>?
    var identity: UnsafeMutablePointer<lxw_format>?
    var value: UnsafeMutablePointer<lxw_format>?

    init(_ workbook: UnsafeMutablePointer<lxw_workbook>?) {
        base = XlsxFormats(workbook)
        guard let workbook else { return }
        label = workbook_add_format(workbook)
        format_set_font_name(label, "Times New Roman")
        format_set_bold(label)
        identity = workbook_add_format(workbook)
        format_set_font_name(identity, "Times New Roman")
        format_set_font_color(identity, 0x595959)
        value = workbook_add_format(workbook)
        format_set_font_name(value, "Times New Roman")
        format_set_font_size(value, 12)
        format_set_border(value, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_pattern(value, UInt8(LXW_PATTERN_SOLID.rawValue))
        format_set_bg_color(value, 0xFFF2CC)
        format_set_unlocked(value)
    }

    var title: UnsafeMutablePointer<lxw_format>? { base.title }
    var note: UnsafeMutablePointer<lxw_format>? { base.note }
    var header: UnsafeMutablePointer<lxw_format>? { base.header }
    var text: UnsafeMutablePointer<lxw_format>? { base.text }
    var centered: UnsafeMutablePointer<lxw_format>? { base.centered }
}
