/// The closing block: Nơi nhận on the left, the signing authority, space for the signature and
/// seal, and the signer's name on the right (decree30.md §4), in a borderless table.
enum DocxSignature {
    static func xml(_ settings: ReportSettings) -> String {
        let heading = WordML.paragraph(WordML.run("Nơi nhận:", .pt(DocxLayout.recipientsHeading, bold: true, italic: true)),
                                       WordML.ParagraphStyle(alignment: .left, after: 0, line: 240))
        let entries = (settings.recipients.map { "- \($0);" } + ["- \(settings.archive)."]).map {
            WordML.paragraph($0, .pt(DocxLayout.recipients), WordML.ParagraphStyle(alignment: .left, after: 0, line: 240))
        }.joined()
        let bold = WordML.Font.pt(DocxLayout.body, bold: true)
        let authority = settings.authority.map { WordML.paragraph($0, bold, .centered) }.joined()
        // Room for the signature and the seal.
        let space = String(repeating: WordML.paragraph("", .pt(DocxLayout.body), .centered), count: 4)
        let name = WordML.paragraph(settings.signer ?? "", bold, .centered)
        return DocxTable.borderless(widths: [DocxLayout.leftColumn + 500, DocxLayout.rightColumn - 500],
                                    rows: [[heading + entries, authority + space + name]])
    }
}
