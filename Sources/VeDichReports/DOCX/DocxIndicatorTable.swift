import VeDichCore

/// A plan's indicator table as a real Word table: a header row repeated on every page, group rows
/// I/II/III in bold, components under their indicator, and the verdict cell merged down over an
/// indicator's component rows (`w:vMerge`), as the seed prints it.
enum DocxIndicatorTable {
    /// - Parameter available: the text width of the page the table stands on, in twips.
    static func xml(_ table: ReportTable, available: Int = DocxLayout.textWidth) -> String {
        let widths = widths(table.headers.map(\.column), available: available)
        let font = WordML.Font.pt(DocxLayout.table)
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
            + "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
                "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            }.joined() + "</w:tblBorders>"
            + #"<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>"#
        xml += DocxTable.grid(widths)

        xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        for (index, header) in table.headers.enumerated() {
            xml += cell(width: widths[index], text: header.text, font: .pt(DocxLayout.table, bold: true), alignment: .center)
        }
        xml += "</w:tr>"

        for row in table.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            switch row {
            case .group(let numeral, let title):
                let bold = WordML.Font.pt(DocxLayout.table, bold: true)
                xml += cell(width: widths[0], text: numeral, font: bold, alignment: .center)
                xml += cell(width: widths.dropFirst().reduce(0, +), text: title, font: bold, alignment: .left, span: widths.count - 1)
            case .indicator(let number, let line, let verdict, let components):
                for (index, header) in table.headers.enumerated() {
                    if header.column == .verdict {
                        xml += cell(width: widths[index], text: verdict.label, font: font, alignment: .center,
                                    merge: components > 0 ? .restart : nil)
                    } else {
                        xml += figureCell(header.column, line: line, number: number, width: widths[index], font: font)
                    }
                }
            case .component(let line):
                for (index, header) in table.headers.enumerated() {
                    if header.column == .verdict {
                        xml += cell(width: widths[index], text: "", font: font, alignment: .center, merge: .continuation)
                    } else {
                        xml += figureCell(header.column, line: line, number: "", width: widths[index], font: font, component: true)
                    }
                }
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    private static func figureCell(_ column: ReportTable.Column, line: ReportTable.Line, number: String, width: Int,
                                   font: WordML.Font, component: Bool = false) -> String {
        switch column {
        case .code: cell(width: width, text: number, font: font, alignment: .center)
        case .name: cell(width: width, text: component ? "- \(line.name)" : line.name, font: font, alignment: .left)
        case .unit: cell(width: width, text: line.unit ?? "", font: font, alignment: .center)
        case .target: cell(width: width, text: line.target?.text ?? "", font: font, alignment: .right)
        case .previous: cell(width: width, text: line.previous?.text ?? "", font: font, alignment: .right)
        case .value: cell(width: width, text: line.value?.text ?? "", font: font, alignment: .right)
        case .percent:
            cell(width: width, text: line.comparisonCell, font: font, alignment: .right)
        case .verdict: cell(width: width, text: "", font: font, alignment: .center)
        }
    }

    enum Merge { case restart, continuation }

    private static func cell(width: Int, text: String, font: WordML.Font, alignment: WordML.Alignment,
                             span: Int = 1, merge: Merge? = nil) -> String {
        // Appended into one string: a cell's pieces were five interpolated strings, for every
        // cell of every table.
        var xml = "<w:tc><w:tcPr><w:tcW w:w=\""
        xml.reserveCapacity(text.utf8.count + 400)
        xml += String(width)
        xml += "\" w:type=\"dxa\"/>"
        if span > 1 {
            xml += "<w:gridSpan w:val=\""
            xml += String(span)
            xml += "\"/>"
        }
        switch merge {
        case .restart: xml += #"<w:vMerge w:val="restart"/>"#
        case .continuation: xml += "<w:vMerge/>"
        case nil: break
        }
        xml += #"<w:vAlign w:val="center"/></w:tcPr>"#
        var style = WordML.ParagraphStyle.cell
        style.alignment = alignment
        xml += text.isEmpty ? WordML.paragraph("", style) : WordML.paragraph(text, font, style)
        xml += "</w:tc>"
        return xml
    }

    /// Fixed widths in twips for the narrow columns, a little wider on a wider page (at most
    /// 1,4 times: figures need no more); the name column takes what is left.
    static func widths(_ columns: [ReportTable.Column], available: Int = DocxLayout.textWidth) -> [Int] {
        let portrait: [ReportTable.Column: Int] = [.code: 567, .unit: 1000, .target: 1150, .previous: 1150, .value: 1150,
                                                    .percent: 950, .verdict: 1300]
        let scale = min(1.4, max(1.0, Double(available) / Double(DocxLayout.textWidth)))
        let fixed = portrait.mapValues { Int((Double($0) * scale).rounded()) }
        let used = columns.compactMap { fixed[$0] }.reduce(0, +)
        return columns.map { fixed[$0] ?? max(2000, available - used) }
    }
}
