import Foundation
@testable import VeDichImport

/// Writes HTML that LibreOffice turns into a DOCX, the way an office would type a report in Word:
/// paragraphs, and tables with rowspan/colspan for merged cells.
enum HTMLDocument {
    static func page(_ body: String) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Báo cáo</title></head>
        <body>\(body)</body></html>
        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func paragraph(_ text: String) -> String { "<p>\(escape(text))</p>\n" }

    /// Rows of cells; a cell "^" is covered by the cell above (rowspan), "" is an empty cell.
    static func table(_ rows: [[String]]) -> String {
        var html = "<table border=\"1\">\n"
        for (rowIndex, row) in rows.enumerated() {
            html += "<tr>"
            for (column, cell) in row.enumerated() where cell != "^" {
                var span = 1
                while rowIndex + span < rows.count, column < rows[rowIndex + span].count, rows[rowIndex + span][column] == "^" {
                    span += 1
                }
                let tag = rowIndex == 0 ? "th" : "td"
                html += "<\(tag)\(span > 1 ? " rowspan=\"\(span)\"" : "")>\(escape(cell))</\(tag)>"
            }
            html += "</tr>\n"
        }
        return html + "</table>\n"
    }

    /// The whole document as HTML: how the seed would look typed into Word.
    static func from(_ document: SourceDocument) -> String {
        var body = ""
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph):
                body += self.paragraph(paragraph.text)
            case .table(let table):
                body += self.table(table.rows.map { row in row.map { $0.merge == .continuesAbove ? "^" : $0.text } })
            }
        }
        return page(body)
    }
}
