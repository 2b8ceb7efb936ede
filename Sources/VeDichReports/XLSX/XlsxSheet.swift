import CXLSXWriter
import VeDichCore
import VeDichPlanModel

/// One plan's table on one worksheet.
struct XlsxSheet {
    var sheet: UnsafeMutablePointer<lxw_worksheet>
    var formats: XlsxFormats

    static let headerRow: UInt32 = 3

    func write(_ section: PlanReport) {
        let table = ReportTable(section, unitColumn: true)
        let columns = table.headers.map(\.column)
        let last = UInt16(columns.count - 1)
        let sentences = ReportSentences(section)
        worksheet_merge_range(sheet, 0, 0, 0, last, table.title.nfc, formats.title)
        worksheet_set_row(sheet, 0, 36, nil)
        worksheet_merge_range(sheet, 1, 0, 1, last, sentences.tableNote.nfc, formats.note)
        worksheet_set_row(sheet, 1, 48, nil)

        for (index, header) in table.headers.enumerated() {
            worksheet_write_string(sheet, Self.headerRow, UInt16(index), header.text.nfc, formats.header)
            worksheet_set_column(sheet, UInt16(index), UInt16(index), Self.width(header.column), nil)
        }
        worksheet_set_row(sheet, Self.headerRow, 45, nil)

        var row = Self.headerRow + 1
        var mergeStart: (row: UInt32, verdict: Verdict)?
        func closeMerge() {
            guard let start = mergeStart, let column = columns.firstIndex(of: .verdict) else { return }
            if row - 1 > start.row {
                worksheet_merge_range(sheet, start.row, UInt16(column), row - 1, UInt16(column), start.verdict.label.nfc, formats.centered)
            }
            mergeStart = nil
        }
        for entry in table.rows {
            switch entry {
            case .group(let numeral, let title):
                closeMerge()
                worksheet_write_string(sheet, row, 0, numeral, formats.header)
                worksheet_merge_range(sheet, row, 1, row, last, title.nfc, formats.group)
            case .indicator(let number, let line, let verdict, let components):
                closeMerge()
                write(line, code: number, verdict: verdict, columns: columns, row: row)
                if components > 0 { mergeStart = (row, verdict) }
            case .component(let line):
                write(line, code: "", verdict: nil, columns: columns, row: row, component: true)
            }
            row += 1
        }
        closeMerge()
        // Each composite's deciding component, under the table.
        row += table.compositeNotes.isEmpty ? 0 : 1
        for note in table.compositeNotes {
            worksheet_merge_range(sheet, row, 0, row, last, note.nfc, formats.note)
            row += 1
        }

        worksheet_freeze_panes(sheet, Self.headerRow + 1, 2)
        worksheet_set_paper(sheet, 9)  // A4
        worksheet_set_landscape(sheet)
        worksheet_set_margins(sheet, 0.6, 0.4, 0.6, 0.6)
        worksheet_repeat_rows(sheet, Self.headerRow, Self.headerRow)
        worksheet_fit_to_pages(sheet, 1, 0)
        worksheet_set_footer(sheet, "&CTrang &P/&N")
    }

    private func write(_ line: ReportTable.Line, code: String, verdict: Verdict?, columns: [ReportTable.Column],
                       row: UInt32, component: Bool = false) {
        for (index, column) in columns.enumerated() {
            let col = UInt16(index)
            switch column {
            case .code: worksheet_write_string(sheet, row, col, code, formats.centered)
            case .name: worksheet_write_string(sheet, row, col, (component ? "- " + line.name : line.name).nfc, formats.text)
            case .unit: worksheet_write_string(sheet, row, col, (line.unit ?? "").nfc, formats.centered)
            case .target: formats.write(line.target, sheet: sheet, row: row, col: col)
            case .previous: formats.write(line.previous, sheet: sheet, row: row, col: col)
            case .value: formats.write(line.value, sheet: sheet, row: row, col: col)
            case .percent:
                // The core's rule decides: a ratio is a number (a formula over the two cells for a
                // point target), a difference where a ratio misleads is its words.
                if let percent = line.percentOfTarget {
                    if line.isFormulaRatio, let target = columns.firstIndex(of: .target), let value = columns.firstIndex(of: .value) {
                        // Excel rows are 1-based in formulas.
                        let formula = "=\(Self.letter(value))\(row + 1)/\(Self.letter(target))\(row + 1)*100"
                        worksheet_write_formula_num(sheet, row, col, formula, formats.number(digits: 1), percent)
                    } else {
                        worksheet_write_number(sheet, row, col, percent, formats.number(digits: 1))
                    }
                } else if !line.comparisonCell.isEmpty {
                    worksheet_write_string(sheet, row, col, line.comparisonCell.nfc, formats.figureText)
                } else {
                    worksheet_write_blank(sheet, row, col, formats.figureText)
                }
            case .verdict:
                if let verdict {
                    worksheet_write_string(sheet, row, col, verdict.label.nfc, formats.centered)
                } else {
                    worksheet_write_blank(sheet, row, col, formats.centered)
                }
            }
        }
    }


    static func letter(_ column: Int) -> String {
        var index = column
        var name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }

    static func width(_ column: ReportTable.Column) -> Double {
        switch column {
        case .code: 5
        case .name: 48
        case .unit: 11
        case .target, .previous, .value: 14
        case .percent: 11
        case .verdict: 13
        }
    }
}
