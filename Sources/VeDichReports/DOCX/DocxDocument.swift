/// `word/document.xml`: on A4 portrait the header block, each plan's body (its prose sections
/// with the generated counts and sentences, see `DocxPlanBody`), the closing sentence and the
/// signature block; then each plan's indicator table as a "Phụ lục" on A4 landscape.
enum DocxDocument {
    /// `word/document.xml` and the `word/footnotes.xml` its prose refers to.
    static func parts(_ report: Report) -> (document: String, footnotes: String) {
        var footnotes = DocxFootnotes()
        var body = DocxHeaderBlock.xml(report)
        let appendices = DocxAppendix.names(count: report.sections.count)
        for (index, section) in report.sections.enumerated() {
            body += DocxPlanBody.xml(section, numeral: romanNumerals[min(index, romanNumerals.count - 1)],
                                     appendix: appendices[index], titled: report.sections.count > 1,
                                     footnotes: &footnotes)
        }
        let province = report.province
        body += WordML.paragraph("Ủy ban nhân dân tỉnh \(province) trân trọng báo cáo \(report.settings.addressee) xem xét, tổng hợp./.",
                                 DocxPlanBody.bodyFont)
        body += DocxSignature.xml(report.settings)
        body += DocxSectionBreak.paragraph(ending: .portrait)
        for (index, section) in report.sections.enumerated() {
            if index > 0 { body += DocxSectionBreak.paragraph(ending: .landscape) }
            body += DocxAppendix.xml(section, name: appendices[index], report: report)
        }
        body += DocxSectionBreak.properties(.landscape)
        let document = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + "<w:document \(WordML.namespaces)><w:body>\(body)</w:body></w:document>"
        return (document, footnotes.xml)
    }

    static let romanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
}
