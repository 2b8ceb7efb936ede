import CXLSXWriter
import Foundation
import VeDichCore

/// A plain table as a one-sheet workbook: a title, a note, a header row and rows of cells. For
/// the downloads whose rows are made elsewhere (the ministry's national tables); figures go
/// through `XlsxFormats.write`, the one way every VeDich workbook writes a figure.
public struct TableWorkbook: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        /// A target or value as written: a single number as a numeric cell, anything else as text.
        case figure(FigureValue?)
        case number(Double, digits: Int)
        case count(Int)
        case blank
    }

    public var sheetName: String
    public var title: String
    public var note: String
    public var headers: [String]
    /// Column widths in characters, one per header (missing ones get 14).
    public var widths: [Double]
    public var rows: [[Cell]]

    public init(sheetName: String, title: String, note: String, headers: [String], widths: [Double], rows: [[Cell]]) {
        self.sheetName = sheetName
        self.title = title
        self.note = note
        self.headers = headers
        self.widths = widths
        self.rows = rows
    }

    static let headerRow: UInt32 = 2

    public func data() throws(ReportError) -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-table-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw .outputNotWritable(path: folder.path)
        }
        let path = folder.appendingPathComponent("bang.xlsx").path
        guard let workbook = workbook_new(path) else { throw .workbookFailed(path: path, reason: "workbook_new") }
        let formats = XlsxFormats(workbook)
        // Excel allows 31 characters and none of []:*?/\ in a sheet name.
        let name = String(sheetName.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        guard let sheet = workbook_add_worksheet(workbook, name.nfc) else {
            workbook_close(workbook)
            throw .workbookFailed(path: path, reason: "workbook_add_worksheet")
        }
        let last = UInt16(max(headers.count - 1, 0))
        worksheet_merge_range(sheet, 0, 0, 0, last, title.nfc, formats.title)
        worksheet_merge_range(sheet, 1, 0, 1, last, note.nfc, formats.note)
        for (index, header) in headers.enumerated() {
            worksheet_write_string(sheet, Self.headerRow, UInt16(index), header.nfc, formats.header)
            worksheet_set_column(sheet, UInt16(index), UInt16(index), widths.indices.contains(index) ? widths[index] : 14, nil)
        }
        for (offset, cells) in rows.enumerated() {
            let row = Self.headerRow + 1 + UInt32(offset)
            for (index, cell) in cells.enumerated() {
                let col = UInt16(index)
                switch cell {
                case .text(let text): worksheet_write_string(sheet, row, col, text.nfc, formats.text)
                case .figure(let figure): formats.write(figure, sheet: sheet, row: row, col: col)
                case .number(let number, let digits): worksheet_write_number(sheet, row, col, number, formats.number(digits: digits))
                case .count(let count): worksheet_write_number(sheet, row, col, Double(count), formats.number(digits: 0))
                case .blank: worksheet_write_blank(sheet, row, col, formats.text)
                }
            }
        }
        worksheet_freeze_panes(sheet, Self.headerRow + 1, 1)
        worksheet_set_landscape(sheet)
        worksheet_set_paper(sheet, 9)
        worksheet_fit_to_pages(sheet, 1, 0)
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else { throw .workbookFailed(path: path, reason: String(cString: lxw_strerror(result))) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .outputNotWritable(path: path) }
        return data
    }
}
