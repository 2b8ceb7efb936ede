import Foundation
import VeDichCore

/// Finds the value table in a workbook (the row with a "Mã" cell and a "Số liệu" cell) and
/// reads each row under it. Nothing is guessed: a number typed as text, a formula, a value
/// without a code, a code given twice, or text that is not a figure is a problem named by its
/// cell, with the same words as value entry.
public enum ValueSheetReader {
    public static func read(_ spreadsheet: Spreadsheet) throws(SpreadsheetReadError) -> ValueSheet {
        for sheet in spreadsheet.sheets {
            if let header = header(in: sheet) {
                return read(sheet, header: header, spreadsheet: spreadsheet)
            }
        }
        throw .noHeader(name: spreadsheet.name, sheets: spreadsheet.sheets.map(\.name))
    }

    /// The header row and the columns of the code and the value.
    static func header(in sheet: Spreadsheet.Sheet) -> (row: Int, code: Int, value: Int)? {
        for rowIndex in sheet.rows.keys.sorted() {
            guard let cells = sheet.rows[rowIndex] else { continue }
            let code = cells.first { $0.value.shown == ValueSheetLayout.codeHeader }?.key
            let value = cells.first { $0.value.shown == ValueSheetLayout.valueHeader }?.key
            if let code, let value { return (rowIndex, code, value) }
        }
        return nil
    }

    static func read(_ sheet: Spreadsheet.Sheet, header: (row: Int, code: Int, value: Int), spreadsheet: Spreadsheet) -> ValueSheet {
        var result = ValueSheet(source: spreadsheet.name, sheetName: sheet.name, planID: nil, agency: nil, version: nil,
                                entries: [], problems: [])
        readIdentity(sheet, above: header.row, into: &result)
        // The name is the first text column after the code, as the template lays it out.
        let nameColumn = header.code + 1
        var seen: [String: Int] = [:]
        for rowIndex in sheet.rows.keys.sorted() where rowIndex > header.row {
            let code = sheet.cell(row: rowIndex, column: header.code).shown
            let cell = sheet.cell(row: rowIndex, column: header.value)
            let location = CellLocation(sheet: sheet.name, row: rowIndex, column: header.value, isWholeFile: !spreadsheet.typedCells)
            if cell.isEmpty { continue }
            guard !code.isEmpty else {
                result.problems.append(ValueSheetProblem(location, "có số liệu “\(echo(cell.shown))” ở một hàng không có mã chỉ tiêu (hàng thêm vào?) — ghi số liệu vào đúng hàng của chỉ tiêu trong mẫu, xóa hàng thêm"))
                continue
            }
            if let first = seen[code] {
                result.problems.append(ValueSheetProblem(location, "mã “\(echo(code))” đã có ở hàng \(first) — mỗi chỉ tiêu chỉ ghi một lần, xóa hàng lặp"))
                continue
            }
            seen[code] = location.row
            switch text(of: cell, typed: spreadsheet.typedCells) {
            case .success(let text):
                result.entries.append(ValueSheet.Entry(location: location,
                                                       codeLocation: CellLocation(sheet: sheet.name, row: rowIndex, column: header.code, isWholeFile: !spreadsheet.typedCells),
                                                       code: code,
                                                       name: sheet.cell(row: rowIndex, column: nameColumn).shown, text: text))
            case .failure(let problem):
                result.problems.append(ValueSheetProblem(location, problem.message))
            }
        }
        if result.entries.isEmpty, result.problems.isEmpty {
            result.problems.append(ValueSheetProblem(nil, "\(spreadsheet.typedCells ? "Trang" : "Tệp") “\(sheet.name)” chưa có số liệu nào ở cột “\(ValueSheetLayout.valueHeader)” (cột \(CellLocation.letter(header.value))) — ghi số liệu vào cột đó rồi tải lên lại"))
        }
        return result
    }

    struct CellProblem: Error { var message: String }

    /// The value of a cell as Vietnamese text, or why it cannot be one.
    static func text(of cell: Spreadsheet.Cell, typed: Bool) -> Result<String, CellProblem> {
        switch cell {
        case .empty:
            return .failure(CellProblem(message: "ô trống"))
        case .number(let raw):
            guard let text = vietnamese(raw) else {
                return .failure(CellProblem(message: "“\(echo(raw))” không đọc được thành số — ghi số, ví dụ 5,2"))
            }
            return .success(text)
        case .date(_, let day):
            return .failure(CellProblem(message: "ô chứa ngày \(day) chứ không phải con số — đổi định dạng ô thành Số (Excel tự đổi số thành ngày khi gõ có dấu / hoặc -) rồi ghi con số"))
        case .formula(let formula, _):
            return .failure(CellProblem(message: "ô có công thức “\(echo(formula))” — ghi thẳng con số, không dùng công thức"))
        case .boolean(let value):
            return .failure(CellProblem(message: "“\(value ? "TRUE" : "FALSE")” không phải là số — ghi số, ví dụ 5,2"))
        case .error(let code):
            return .failure(CellProblem(message: "ô báo lỗi “\(echo(code))” — ghi thẳng con số"))
        case .text(let raw):
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            // No figure is that long; the reason would echo the whole text, maybe several times.
            guard text.count <= echoLimit else {
                return .failure(CellProblem(message: "“\(echo(text))” (\(text.count) ký tự) không phải là số — ghi số, ví dụ 5,2"))
            }
            let figure: Figure
            do { figure = try Figure.parse(text) } catch {
                return .failure(CellProblem(message: "“\(text)” không phải là số: \(error.userMessage.what) — \(error.userMessage.fix)"))
            }
            // In a typed workbook a number belongs in a number cell: "1.029" typed as text may be
            // one thousand and twenty-nine or a little over one, so it is reported, not guessed.
            // A range or a threshold (`7 - 7,5`, `<5`) can only be text, and is taken as written.
            if typed, figure.form == .point {
                if (try? VietnameseNumber.parse(text)) != nil {
                    return .failure(CellProblem(message: "số “\(text)” được gõ dạng chữ — xóa dấu ' ở đầu (hoặc đổi định dạng ô thành Số) rồi gõ lại số"))
                }
                return .failure(CellProblem(message: "“\(text)” không phải là số — ghi số, ví dụ 5,2"))
            }
            return .success(text)
        }
    }

    /// Cell text is echoed in a problem at most this long: a pasted page must not fill the
    /// message and the preview page.
    static let echoLimit = 80

    /// The text as echoed in a problem: cut to `echoLimit` characters and "…".
    static func echo(_ text: String) -> String {
        text.count > echoLimit ? String(text.prefix(echoLimit)) + "…" : text
    }

    /// `5.2` → `5,2`; `4400` → `4400`; `1E-3` → `0,001`. A spreadsheet shows at most 15
    /// significant digits, so binary noise (`0.30000000000000004`) reads as it is shown.
    static func vietnamese(_ raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed), value.isFinite else { return nil }
        var shown = String(format: "%.15g", value)
        if shown.contains("e") {
            guard abs(value) < 1e15 else { return nil }
            shown = String(format: "%.15f", value)
            while shown.hasSuffix("0") { shown.removeLast() }
            if shown.hasSuffix(".") { shown.removeLast() }
        }
        return shown.replacingOccurrences(of: ".", with: ",")
    }

    /// The labelled cells above the header: plan id, agency, version (`ValueSheetLayout`).
    static func readIdentity(_ sheet: Spreadsheet.Sheet, above headerRow: Int, into result: inout ValueSheet) {
        for rowIndex in sheet.rows.keys.sorted() where rowIndex < headerRow {
            guard let cells = sheet.rows[rowIndex] else { continue }
            for (column, cell) in cells {
                let value = cells.filter { $0.key > column && !$0.value.isEmpty }.min { $0.key < $1.key }?.value.shown
                guard let value, !value.isEmpty else { continue }
                switch cell.shown {
                case ValueSheetLayout.planLabel: result.planID = UUID(uuidString: value)
                case ValueSheetLayout.agencyLabel: result.agency = value
                case ValueSheetLayout.versionLabel:
                    result.version = ValueVersion(rawValue: value) ?? ValueVersion.allCases.first { $0.label == value }
                default: continue
                }
            }
        }
    }
}
