import Foundation
import Testing
import VeDichImport
import VeDichReports

/// The seed's footnotes ("[1] Nguyên nhân chủ yếu …") become Word footnotes at the foot of the
/// page, their marks raised in the sentence; a sentence the seed broke across lines is one paragraph.
@Suite struct FootnoteTests {
    static let firstNote = "Nguyên nhân chủ yếu là do ngành công nghiệp tăng 2,03%"

    @Test func notesAreWordFootnotesReferencedFromTheirSentence() async throws {
        let parts = try DocxStructureTests.parts(try DocxWriter.data(try await Demo.report("2024")))
        let notes = try #require(parts["word/footnotes.xml"])
        #expect(notes.contains(#"<w:footnote w:type="separator" w:id="-1">"#) && notes.contains("<w:separator/>"))
        #expect(notes.contains(#"<w:footnote w:type="continuationSeparator" w:id="0">"#) && notes.contains("<w:continuationSeparator/>"))
        #expect(notes.contains(#"<w:footnote w:id="1">"#) && notes.contains("<w:footnoteRef/>"))
        #expect(notes.contains(Self.firstNote))
        let document = try #require(parts["word/document.xml"])
        // "… ước tăng 4,72% [1], ước …": the mark is a reference at its place, the note not a body paragraph.
        #expect(document.contains(#"tăng 4,72% </w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>"#))
        #expect(!document.contains(Self.firstNote))
        #expect(!document.contains(">[1]") && !document.contains(">[6] "))
        let references = document.components(separatedBy: "<w:footnoteReference ").count - 1
        let footnotes = notes.components(separatedBy: "<w:footnoteRef/>").count - 1
        #expect(references == footnotes && references >= 15, "every note referenced once: \(references) references, \(footnotes) notes")
        #expect(try #require(parts["word/_rels/document.xml.rels"]).contains(#"relationships/footnotes" Target="footnotes.xml""#))
        #expect(try #require(parts["[Content_Types].xml"]).contains(#"PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml""#))
        #expect(try #require(parts["word/settings.xml"]).contains(#"<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>"#))
    }

    /// LibreOffice lays the notes out at the page foot: their text is in the PDF, and no line
    /// of it begins with a bracketed mark as a paragraph of its own would.
    @Test func libreOfficePrintsTheNotesAtThePageFoot() async throws {
        let pdf = try Tools.temporaryDirectory().appendingPathComponent("chu-thich.pdf")
        try PdfConverter().convert(docx: try DocxWriter.data(try await Demo.report("2024")), to: pdf)
        let text = try Tools.pdfText(pdf)
        #expect(text.contains(Self.firstNote))
        #expect(text.contains("Chỉ số CPI cả nước 6 tháng đầu năm tăng 4,08% so với cùng kỳ."))
        let lines = try Tools.run("/usr/bin/pdftotext", [pdf.path, "-"])
        let bracketed = lines.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).range(of: #"^\[\d+\]"#, options: .regularExpression) != nil }
        #expect(bracketed.isEmpty, "lines starting with a mark: \(bracketed.prefix(3))")
    }

    /// Read back, a Word footnote is its mark in the sentence and its note as a paragraph after
    /// the body, as the text seed prints them.
    @Test func wordFootnotesReadBackAsMarksAndNotes() async throws {
        let document = try DocxReaderProbe.read(try DocxWriter.data(try await Demo.report("2024")))
        let paragraphs = document.blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block { paragraph.text } else { nil }
        }
        #expect(paragraphs.contains { $0.contains("ước tăng 4,72% [1], ước cả năm 2024 tăng 6,33% [2]") })
        let note = try #require(paragraphs.firstIndex { $0.hasPrefix("[1] ") && $0.contains(Self.firstNote) })
        let closing = try #require(paragraphs.firstIndex { $0.contains("trân trọng báo cáo") })
        #expect(note > closing, "the notes come after the body")
    }

    /// The seed's "… nông thôn tiếp tục" / "được thực hiện có hiệu quả." is one paragraph of the report.
    @Test func theSeedsBrokenSentenceIsOneParagraph() async throws {
        let document = try #require(try DocxStructureTests.parts(try DocxWriter.data(try await Demo.report("2024")))["word/document.xml"])
        let paragraphs = document.components(separatedBy: "<w:p>")
        #expect(paragraphs.contains { $0.contains("nông nghiệp, nông thôn tiếp tục được thực hiện có hiệu quả.") })
        #expect(!paragraphs.contains { $0.contains(#"<w:t xml:space="preserve">được thực hiện có hiệu quả"#) })
    }
}
