import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// The seed typed into a Word document (by LibreOffice, not by VeDich) reads to the same rows as
/// its extracted text.
struct SeedDocxTests {
    static let docx: Result<URL, any Error> = Result {
        let text = try TextReportReader.read(contentsOf: Seed.url)
        return try LibreOffice.docx(fromHTML: HTMLDocument.from(text), name: "lang-son-2025")
    }

    @Test func docxReadsToTheSameRowsAsText() throws {
        let report = try Auditor().audit(contentsOf: try Self.docx.get())
        #expect(report.tables.count == Seed.report.tables.count)
        for (fromDocx, fromText) in zip(report.tables, Seed.report.tables) {
            #expect(fromDocx.table.kind == fromText.table.kind)
            #expect(fromDocx.table.period == fromText.table.period)
            #expect(fromDocx.rows.count == fromText.rows.count)
            for (docxRow, textRow) in zip(fromDocx.rows, fromText.rows) {
                let label = "\(fromText.table.period ?? "") \(textRow.indicator.code) \(textRow.indicator.line.name)"
                #expect(docxRow.indicator.code == textRow.indicator.code, "\(label)")
                #expect(docxRow.indicator.lines.map(\.name) == textRow.indicator.lines.map(\.name), "\(label)")
                #expect(docxRow.indicator.lines.map { $0.target?.text } == textRow.indicator.lines.map { $0.target?.text }, "\(label)")
                #expect(docxRow.indicator.lines.map { $0.actual?.text } == textRow.indicator.lines.map { $0.actual?.text }, "\(label)")
                #expect(docxRow.indicator.statedText == textRow.indicator.statedText, "\(label)")
                #expect(docxRow.computed == textRow.computed, "\(label)")
            }
            #expect(fromDocx.computedSummary == fromText.computedSummary)
        }
        #expect(report.findings.map(\.kind) == Seed.report.findings.map(\.kind))
        #expect(report.targets.map(\.name) == Seed.report.targets.map(\.name))
    }

    @Test func docxFindingsPointAtTableCells() throws {
        let report = try Auditor().audit(contentsOf: try Self.docx.get())
        let contradiction = try #require(report.findings.first { $0.kind == .statedVerdictContradictsValues })
        #expect(contradiction.location.table == 1)
        #expect(contradiction.location.row != nil)
        #expect(contradiction.location.cell != nil)
        #expect(contradiction.location.line == nil)
    }
}
