import Foundation
import VeDichPlanModel

/// A plan's indicator table as an appendix to the report (decree30.md §5): "Phụ lục", its
/// title, the attachment note naming the report, the table, the counts and the note on the
/// composite policy. It stands in a landscape section of its own.
enum DocxAppendix {
    /// "Phụ lục" for a single appendix; "Phụ lục I", "Phụ lục II", … when there are several.
    static func names(count: Int) -> [String] {
        guard count > 1 else { return ["Phụ lục"] }
        return (0..<count).map { "Phụ lục \(DocxDocument.romanNumerals[min($0, DocxDocument.romanNumerals.count - 1)])" }
    }

    static func xml(_ section: PlanReport, name: String, report: Report) -> String {
        let sentences = ReportSentences(section)
        let table = ReportTable(section)
        var centred = WordML.ParagraphStyle.centered
        centred.keepNext = true
        var attachment = centred
        attachment.after = 120
        var xml = WordML.paragraph(name, .pt(DocxLayout.body, bold: true), centred)
        xml += WordML.paragraph(table.title, .pt(DocxLayout.body, bold: true), centred)
        xml += WordML.paragraph(attachmentNote(report), .pt(DocxLayout.body, italic: true), attachment)
        xml += DocxIndicatorTable.xml(table, available: DocxLayout.landscapeTextWidth)
        var note = WordML.ParagraphStyle.body
        note.before = 60
        note.after = 0
        if let summary = sentences.tableSummary {
            xml += WordML.paragraph(summary, .pt(DocxLayout.table), note)
            note.before = 0
        }
        xml += WordML.paragraph(sentences.tableNote, .pt(DocxLayout.table, italic: true), note)
        note.before = 0
        for composite in table.compositeNotes {
            xml += WordML.paragraph(composite, .pt(DocxLayout.table), note)
        }
        return xml
    }

    /// "(Kèm theo Báo cáo số 125/BC-UBND ngày 05 tháng 7 năm 2024 của Ủy ban nhân dân tỉnh
    /// Lạng Sơn)", with blanks where Văn thư fills in the number and the date.
    static func attachmentNote(_ report: Report) -> String {
        let settings = report.settings
        let number = settings.numberLine.hasPrefix("Số:") ? String(settings.numberLine.dropFirst(3)).trimmingCharacters(in: .whitespaces)
            : settings.numberLine
        let date = settings.date?.text ?? "ngày      tháng      năm \(report.year)"
        return "(Kèm theo Báo cáo số \(number.hasPrefix("/") ? "      " + number : number) \(date) của Ủy ban nhân dân tỉnh \(report.province))"
    }
}
