/// The first-page header block and the title: a borderless two-column table (issuing body and
/// Số, ký hiệu on the left; Quốc hiệu, Tiêu ngữ and địa danh-ngày on the right), then "BÁO CÁO"
/// and the trích yếu. Two rows, so that Số and the date line start on the same line.
enum DocxHeaderBlock {
    static func xml(_ report: Report) -> String {
        let settings = report.settings
        let left = DocxLayout.leftColumn
        let right = DocxLayout.rightColumn
        let issuer = settings.issuer(province: report.province).map {
            WordML.paragraph($0, .pt(DocxLayout.issuer, bold: true), .centered)
        }.joined() + WordML.rule(width: left / 3, available: left)
        let national = WordML.paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", .pt(DocxLayout.nationalName, bold: true), .centered)
            + WordML.paragraph("Độc lập - Tự do - Hạnh phúc", .pt(DocxLayout.motto, bold: true), .centered)
            // As long as the tiêu ngữ: about 6,2 cm at 14 pt bold.
            + WordML.rule(width: 3520, available: right)
        var numberStyle = WordML.ParagraphStyle.centered
        numberStyle.before = 120
        let number = WordML.paragraph(settings.numberLine, .pt(DocxLayout.number), numberStyle)
        let date = WordML.paragraph(settings.dateLine(province: report.province, year: report.year),
                                    .pt(DocxLayout.dateLine, italic: true), numberStyle)

        var title = WordML.ParagraphStyle.centered
        title.before = 360
        var subject = WordML.ParagraphStyle.centered
        subject.after = 60
        return DocxTable.borderless(widths: [left, right], rows: [[issuer, national], [number, date]])
            + WordML.paragraph("BÁO CÁO", .pt(DocxLayout.body, bold: true), title)
            + WordML.paragraph(report.subject, .pt(DocxLayout.body, bold: true), subject)
            + WordML.rule(width: DocxLayout.textWidth / 4, available: DocxLayout.textWidth)
            + WordML.paragraph("", .pt(DocxLayout.body), .centered)
    }
}

/// Table scaffolding shared by the header, indicator and signature tables.
enum DocxTable {
    /// A table with no borders, cells holding ready-made paragraphs.
    static func borderless(widths: [Int], rows: [[String]]) -> String {
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
            + #"<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>"#
            + #"<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>"#
        xml += grid(widths)
        // A row never splits over two pages: the signing authority stays with the name.
        for row in rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (width, content) in zip(widths, row) {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>\(content.isEmpty ? "<w:p/>" : content)</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    static func grid(_ widths: [Int]) -> String {
        "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
    }
}
