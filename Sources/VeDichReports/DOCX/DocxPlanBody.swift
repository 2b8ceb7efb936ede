import VeDichPlanModel

/// One plan's part of the body. With prose sections: each heading and its paragraphs in order,
/// and the generated counts and sentences under the section where the report had its figures.
/// Without: the generated part alone, as "1. Kết quả chung" and "2. Kết quả từng chỉ tiêu". The
/// table itself is in the appendix; the body points to it.
enum DocxPlanBody {
    static let bodyFont = WordML.Font.pt(DocxLayout.body)

    /// - Parameters:
    ///   - numeral: the plan's Roman numeral in a report of several plans.
    ///   - titled: print the plan's title as a heading (always when it has no prose).
    ///   - footnotes: collects the notes the prose cites, written as Word footnotes.
    static func xml(_ section: PlanReport, numeral: String, appendix: String, titled: Bool,
                    footnotes: inout DocxFootnotes) -> String {
        let sentences = ReportSentences(section)
        let title = section.evaluation.plan.title.uppercased()
        guard !section.prose.isEmpty else {
            return heading("\(numeral). \(title)", level: 1) + figures(sentences, appendix: appendix, subheadings: true)
        }
        var xml = titled ? heading(title, level: 0) : ""
        for prose in section.prose {
            if !prose.heading.isEmpty { xml += heading(prose.heading, level: prose.level) }
            xml += footnotes.section(prose.paragraphs, paragraph: { text, runs in
                runs.map { WordML.paragraph($0) } ?? Self.paragraph(text)
            }, runs: { WordML.run($0, bodyFont) })
            if prose.isFigures { xml += figures(sentences, appendix: appendix, subheadings: false) }
        }
        if !section.prose.contains(where: \.isFigures) {
            xml += heading("Kết quả thực hiện các chỉ tiêu chủ yếu", level: 2) + figures(sentences, appendix: appendix, subheadings: false)
        }
        return xml
    }

    /// The counts (which the auditor reads as a claim), the groups, the pointer to the appendix,
    /// and a sentence per indicator.
    static func figures(_ sentences: ReportSentences, appendix: String, subheadings: Bool) -> String {
        var xml = subheadings ? heading("1. Kết quả chung", level: 2) : ""
        xml += paragraph(sentences.summary) + paragraph(sentences.groups)
        for sentence in sentences.outlook { xml += paragraph(sentence) }
        xml += paragraph(ReportSentences.appendixPointer(appendix))
        if subheadings { xml += heading("2. Kết quả từng chỉ tiêu", level: 2) }
        for sentence in sentences.indicators { xml += paragraph(sentence) }
        return xml
    }

    /// A part ("Phần thứ nhất" over its title) is centred; "I." and "1." are bold, "1.1." and
    /// below bold italic, all kept with the paragraph after them.
    static func heading(_ text: String, level: Int) -> String {
        if level == 0 {
            var style = WordML.ParagraphStyle.centered
            style.keepNext = true
            style.after = 60
            let lines = text.split(separator: "\n").map(String.init)
            return lines.enumerated().map { index, line in
                var lineStyle = style
                lineStyle.before = index == 0 ? 240 : 0
                lineStyle.after = index == lines.count - 1 ? 120 : 0
                return WordML.paragraph(line, .pt(DocxLayout.body, bold: true), lineStyle)
            }.joined()
        }
        var style = WordML.ParagraphStyle.body
        style.keepNext = true
        if level == 1 { style.before = 120 }
        return WordML.paragraph(text, .pt(DocxLayout.body, bold: true, italic: level >= 3), style)
    }

    /// A body paragraph; a note no mark of its section refers to ("[6] …", so not made a Word
    /// footnote by `DocxFootnotes`) a size smaller.
    static func paragraph(_ text: String) -> String {
        let isFootnote = text.hasPrefix("[") && text.dropFirst().prefix(while: \.isNumber).count > 0
        return WordML.paragraph(text, isFootnote ? .pt(DocxLayout.table) : bodyFont)
    }
}
