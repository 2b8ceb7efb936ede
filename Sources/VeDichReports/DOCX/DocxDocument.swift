/// `word/document.xml`: header block, one part per plan (counts, the table and its note, then a
/// sentence per indicator), the closing sentence, the signature block and the section settings.
enum DocxDocument {
    static func xml(_ report: Report) -> String {
        var body = DocxHeaderBlock.xml(report)
        let bodyFont = WordML.Font.pt(DocxLayout.body)
        let headingFont = WordML.Font.pt(DocxLayout.body, bold: true)
        var heading = WordML.ParagraphStyle.body
        heading.keepNext = true

        for (index, section) in report.sections.enumerated() {
            let sentences = ReportSentences(section)
            let table = ReportTable(section)
            let numeral = romanNumerals[min(index, romanNumerals.count - 1)]
            body += WordML.paragraph("\(numeral). \(section.evaluation.plan.title.uppercased())", headingFont, heading)
            body += WordML.paragraph("1. Kết quả chung", headingFont, heading)
            // The count sentence stays within three blocks of its table, so the auditor ties them.
            body += WordML.paragraph(sentences.summary, bodyFont)
            body += WordML.paragraph(sentences.groups, bodyFont)
            var title = WordML.ParagraphStyle.centered
            title.keepNext = true
            title.before = 120
            title.after = 120
            body += WordML.paragraph(table.title, .pt(DocxLayout.table, bold: true), title)
            body += DocxIndicatorTable.xml(table)
            var note = WordML.ParagraphStyle.body
            note.before = 60
            body += WordML.paragraph(sentences.tableNote, .pt(DocxLayout.table, italic: true), note)
            body += WordML.paragraph("2. Kết quả từng chỉ tiêu", headingFont, heading)
            for sentence in sentences.indicators { body += WordML.paragraph(sentence, bodyFont) }
        }
        let province = report.province
        body += WordML.paragraph("Ủy ban nhân dân tỉnh \(province) trân trọng báo cáo \(report.settings.addressee) xem xét, tổng hợp./.", bodyFont)
        body += DocxSignature.xml(report.settings)
        body += sectionProperties
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + "<w:document \(WordML.namespaces)><w:body>\(body)</w:body></w:document>"
    }

    static let romanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    /// A4 portrait, the decree's margins; the page number header from page 2 (`w:titlePg` with an
    /// empty first-page header).
    static let sectionProperties = """
        <w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderDefault"/>\
        <w:headerReference w:type="first" r:id="rIdHeaderFirst"/>\
        <w:pgSz w:w="\(DocxLayout.pageWidth)" w:h="\(DocxLayout.pageHeight)"/>\
        <w:pgMar w:top="\(DocxLayout.marginTop)" w:right="\(DocxLayout.marginRight)" w:bottom="\(DocxLayout.marginBottom)" \
        w:left="\(DocxLayout.marginLeft)" w:header="\(DocxLayout.headerDistance)" w:footer="\(DocxLayout.headerDistance)" w:gutter="0"/>\
        <w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>
        """
}
