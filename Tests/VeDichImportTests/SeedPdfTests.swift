import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// The seed's DOCX exported to PDF by LibreOffice (as an office puts its report on a portal) reads
/// to the same rows, targets, values, stated verdicts and findings as the DOCX.
struct SeedPdfTests {
    static let pdf: Result<URL, any Error> = Result { try LibreOffice.pdf(from: try SeedDocxTests.docx.get()) }
    static let fromDocx: Result<AuditReport, any Error> = Result { try Auditor().audit(contentsOf: try SeedDocxTests.docx.get()) }
    static let fromPdf: Result<AuditReport, any Error> = Result { try Auditor().audit(contentsOf: try pdf.get()) }

    @Test func pdfReadsToTheSameRowsAsDocx() throws {
        let pdf = try Self.fromPdf.get(), docx = try Self.fromDocx.get()
        #expect(pdf.tables.count == docx.tables.count)
        for (fromPdf, fromDocx) in zip(pdf.tables, docx.tables) {
            #expect(fromPdf.table.kind == fromDocx.table.kind)
            #expect(fromPdf.table.period == fromDocx.table.period)
            #expect(fromPdf.table.title == fromDocx.table.title)
            #expect(fromPdf.rows.map(\.indicator.code.description) == fromDocx.rows.map(\.indicator.code.description))
            for (pdfRow, docxRow) in zip(fromPdf.rows, fromDocx.rows) {
                let label = "\(fromDocx.table.period ?? "") \(docxRow.indicator.code) \(docxRow.indicator.line.name)"
                #expect(pdfRow.indicator.lines.map(\.name) == docxRow.indicator.lines.map(\.name), "\(label)")
                #expect(pdfRow.indicator.lines.map { $0.target?.text } == docxRow.indicator.lines.map { $0.target?.text }, "\(label)")
                #expect(pdfRow.indicator.lines.map { $0.actual?.text } == docxRow.indicator.lines.map { $0.actual?.text }, "\(label)")
                #expect(pdfRow.indicator.statedText == docxRow.indicator.statedText, "\(label)")
                #expect(pdfRow.computed == docxRow.computed, "\(label)")
            }
            #expect(fromPdf.computedSummary == fromDocx.computedSummary)
        }
        #expect(pdf.findings.map(\.kind) == docx.findings.map(\.kind))
        #expect(pdf.targets.map(\.name) == docx.targets.map(\.name))
    }

    @Test func pdfGivesTheSeedsAuditResults() throws {
        let report = try Self.fromPdf.get()
        #expect(report.tables.map(\.rows.count) == [18, 18])
        let contradictions = report.findings.filter { $0.kind == .statedVerdictContradictsValues }
        #expect(contradictions.count == 2)
        #expect(contradictions.contains { $0.message.contains("chỉ tiêu II.2") && $0.message.contains("Bảng kế hoạch năm 2024") })
        #expect(contradictions.contains { $0.message.contains("chỉ tiêu II.5") && $0.message.contains("Bảng kế hoạch 5 năm 2021-2025") })
        let summary = try #require(report.findings.first { $0.kind == .summaryCountMismatch })
        #expect(summary.message.contains("đạt và vượt 14/18 chỉ tiêu"))
    }

    @Test func pdfFindingsNameThePageAndLine() throws {
        let report = try Self.fromPdf.get()
        let contradiction = try #require(report.findings.first { $0.kind == .statedVerdictContradictsValues })
        #expect(contradiction.location.page != nil)
        #expect(contradiction.location.line != nil)
        #expect(contradiction.location.table == 1)
        #expect(contradiction.location.description.hasPrefix("trang "))
    }
}
