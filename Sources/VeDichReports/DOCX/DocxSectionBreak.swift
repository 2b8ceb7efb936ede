/// Section properties (`w:sectPr`): the body on A4 portrait, each appendix on A4 landscape
/// (decree30.md §1 and §5) with its own page numbers from 1. Every section shows no number on
/// its first page and a centred number on the others.
enum DocxSectionBreak {
    enum Orientation { case portrait, landscape }

    static func properties(_ orientation: Orientation) -> String {
        let size = switch orientation {
        case .portrait: "<w:pgSz w:w=\"\(DocxLayout.pageWidth)\" w:h=\"\(DocxLayout.pageHeight)\"/>"
        case .landscape: "<w:pgSz w:w=\"\(DocxLayout.pageHeight)\" w:h=\"\(DocxLayout.pageWidth)\" w:orient=\"landscape\"/>"
        }
        return """
            <w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderDefault"/>\
            <w:headerReference w:type="first" r:id="rIdHeaderFirst"/>\
            \(size)\
            <w:pgMar w:top="\(DocxLayout.marginTop)" w:right="\(DocxLayout.marginRight)" w:bottom="\(DocxLayout.marginBottom)" \
            w:left="\(DocxLayout.marginLeft)" w:header="\(DocxLayout.headerDistance)" w:footer="\(DocxLayout.headerDistance)" w:gutter="0"/>\
            <w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>
            """
    }

    /// Ends the section before it: Word keeps a section's properties in its last paragraph.
    static func paragraph(ending orientation: Orientation) -> String {
        "<w:p><w:pPr>\(properties(orientation))</w:pPr></w:p>"
    }
}
